#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench } from './bench';
import { check } from './check';
import { describeError, EXIT_OK, EXIT_USAGE } from './errors';
import { explain } from './explain';
import { redact } from './redact';

/** The `scrubline` bin: one file per command, this one only dispatches and reports errors. */

const COMMANDS: Record<string, (args: readonly string[]) => Promise<number>> = { redact, explain, check, bench };

const HELP = `Usage: scrubline <command> [options]

Keeps personal data and secrets out of logs, with the same rules as the library.

Commands:
  redact [FILE... | -]   redact log files (NDJSON or text, per line) to stdout or -o FILE
  explain TEXT | FILE    show what each rule found in a text, and what checks turned down
  check RULEFILE...      validate rule files, run their examples and a property test per rule
  bench [--quick]        run the benchmark (from a source checkout)

Run 'scrubline <command> --help' for a command's options.
  -h, --help             this help
  -v, --version          print the version
`;

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if (topic !== undefined && COMMANDS[topic] !== undefined) return COMMANDS[topic]!(['--help']);
    // Asked for, help is the output; given no command at all, it explains a usage error.
    if (command === undefined) process.stderr.write(HELP);
    else process.stdout.write(HELP);
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    process.stderr.write(`scrubline: unknown command '${command}'\nRun 'scrubline --help' for the commands.\n`);
    return EXIT_USAGE;
  }
  try {
    return await run(rest);
  } catch (err) {
    const { text, code } = describeError(err, command);
    process.stderr.write(`${text}\n`);
    return code;
  }
}

function version(): string {
  // dist/src/cli/main.js → the package root three levels up.
  return (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}

/** Resolves once everything written so far has been handed to the OS (pipes are async on macOS). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

// An explicit exit once output is flushed: a stdin still open, or a worker thread that has not
// wound down yet, must not keep the process alive after the result is decided.
main(process.argv.slice(2))
  .catch((err: unknown) => {
    process.stderr.write(`${describeError(err, '').text}\n`);
    return 1;
  })
  .then(async (code) => {
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  });
