import { REDACTION_FAILED } from '../redact/markers';
import { byteSize, parseCommandArgs, positiveInt } from './args';
import { batchRedactorFor, type BatchSetup } from './batch-redactor';
import { EXIT_OK } from './errors';
import { summaryText } from './format';
import { resolveInputs } from './inputs';
import { fileOutput, OutputClosed, stdoutOutput } from './output';
import { runPipeline, type PipelineResult } from './pipeline';
import { ProgressBar } from './progress';
import { redactorOptionsFrom, RULE_OPTIONS, RULE_OPTIONS_HELP } from './rule-options';
import { Warnings } from './warnings';

const OPTIONS = {
  ...RULE_OPTIONS,
  output: { type: 'string', short: 'o' },
  summary: { type: 'boolean', short: 's' },
  threads: { type: 'string', short: 'j' },
  'max-line': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const REDACT_HELP = `Usage: scrubline redact [options] [FILE... | -]

Redacts log files (or stdin, with - or no FILE) to stdout, line by line, in order.
A line holding a JSON object is redacted as a record (keys:, paths: and JSON-aware),
any other line as text. Lines with nothing to redact are copied byte for byte.

Options:
  -o, --output FILE     write here instead of stdout; replaced only when the run succeeds
                        (so -o may name an input: the file is redacted in place)
  -s, --summary         print lines, records and findings per type to stderr at the end
  -j, --threads N       threads to redact on: 1 is this one alone, N adds N-1 worker threads.
                        Default: one per idle core (by load average), the workers starting
                        once input passes 8 MB
      --max-line SIZE   longest line redacted (default 8M); longer lines are written as
                        ${REDACTION_FAILED}, so one endless line cannot exhaust memory
  -h, --help            this help

${RULE_OPTIONS_HELP}

A progress line is drawn on stderr when it is a terminal and the output is not.
Exit status: 0 done, 2 bad flags, unreadable input or bad rules.
`;

/** Long enough for any real log line; short enough that a few in flight stay far below 200 MB. */
const DEFAULT_MAX_LINE = 8 << 20;

export async function redact(args: readonly string[]): Promise<number> {
  const started = performance.now();
  const { values, positionals } = parseCommandArgs('redact', args, OPTIONS);
  if (values.help === true) {
    process.stdout.write(REDACT_HELP);
    return EXIT_OK;
  }
  const setup: BatchSetup = {
    options: redactorOptionsFrom(values),
    maxLine: values['max-line'] === undefined ? DEFAULT_MAX_LINE : byteSize('--max-line', values['max-line']),
  };
  const threads = values.threads === undefined ? undefined : positiveInt('--threads', values.threads);
  const { inputs, total } = await resolveInputs(positionals, 'redact');

  // Only where a person watches, and not tangled with output on the same terminal.
  const watched = process.stderr.isTTY === true && (values.output !== undefined || process.stdout.isTTY !== true);
  const progress = watched ? new ProgressBar(process.stderr) : undefined;
  const warnings = new Warnings((text) => {
    progress?.clear();
    process.stderr.write(`scrubline redact: warning: ${text}\n`);
  });
  // Built before the output is opened, so bad rules fail before any output exists.
  const local = batchRedactorFor(setup, (error) => warnings.add(error.message));
  const output = values.output === undefined ? stdoutOutput() : await fileOutput(values.output);
  const onSigint = () => process.exit(130);
  process.once('SIGINT', onSigint);
  let result: PipelineResult;
  try {
    result = await runPipeline({
      inputs,
      setup,
      local,
      output,
      threads,
      warn: (text) => warnings.add(text),
      progress: (done, stats) => progress?.update(() => ({ done, total, seconds: (performance.now() - started) / 1000, stats })),
    });
    await output.finish();
  } catch (err) {
    await output.abort();
    if (err instanceof OutputClosed) return EXIT_OK;
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
    progress?.clear();
  }
  warnings.flush();
  if (values.summary === true) {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`${summaryText({ ...result, seconds, engine: local.redactor.engine })}\n`);
  }
  return EXIT_OK;
}
