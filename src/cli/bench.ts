import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packsDir } from '../rules/packs';
import { parseCommandArgs } from './args';
import { EXIT_OK, fsReason, UserError } from './errors';

const OPTIONS = { quick: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } } as const;

export const BENCH_HELP = `Usage: scrubline bench [--quick]

Runs the project's benchmark (npm run bench, or bench:quick with --quick): scrubline on both
engines against other redaction libraries and V8 baselines, on a generated LLM-log corpus.
The benchmark lives in bench/ of a source checkout; the npm package does not ship it.

Options:
  -q, --quick           the short run CI uses (under a minute)
  -h, --help            this help
`;

export async function bench(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('bench', args, OPTIONS);
  if (values.help === true) {
    process.stdout.write(BENCH_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UserError(`unexpected argument '${positionals[0]}'`, "Run 'scrubline bench --help' for usage.");
  // The package root: where the built-in rule packs live.
  return runBench(dirname(packsDir()), values.quick === true);
}

/**
 * Delegates to the benchmark's own npm script in `root`, so there is one benchmark, however it
 * is started. Without one (an installed package), says where to find it.
 */
export async function runBench(root: string, quick: boolean): Promise<number> {
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (scripts['bench'] === undefined || !existsSync(join(root, 'bench'))) {
    throw new UserError(
      `no benchmark here: it lives in bench/ of a source checkout of scrubline, and the npm package does not ship it`,
      'From a checkout: npm ci && npm run bench   (or: npx scrubline bench --quick)',
    );
  }
  const args = quick ? (scripts['bench:quick'] !== undefined ? ['run', 'bench:quick'] : ['run', 'bench', '--', '--quick']) : ['run', 'bench'];
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  process.stderr.write(`scrubline bench: npm ${args.join(' ')} (in ${root})\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (err) => reject(new UserError(`cannot run npm: ${fsReason(err)}`)));
    child.on('close', (code, signal) => resolve(code ?? (signal === null ? 1 : 128 + 2)));
  });
}
