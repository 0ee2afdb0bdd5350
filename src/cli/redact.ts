import { availableParallelism } from 'node:os';
import { byteSize, parseCommandArgs, positiveInt } from './args';
import { batchRedactorFor, type BatchSetup } from './batch-redactor';
import { EXIT_OK } from './errors';
import { bytes, summaryText } from './format';
import { InOrder } from './in-order';
import { resolveInputs } from './inputs';
import { lineBatches, type Input } from './line-batches';
import { addStats, emptyStats } from './line-stats';
import { fileOutput, OutputClosed, stdoutOutput } from './output';
import { ProgressBar } from './progress';
import type { BatchResult } from './redact-lines';
import { REDACTION_FAILED } from '../redact/markers';
import { redactorOptionsFrom, RULE_OPTIONS, RULE_OPTIONS_HELP } from './rule-options';
import { Warnings } from './warnings';
import { WorkerPool } from './worker-pool';

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
                        Default: one per core, the workers starting once input passes 8 MB
      --max-line SIZE   longest line redacted (default 8M); longer lines are written as
                        ${REDACTION_FAILED}, so one endless line cannot exhaust memory
  -h, --help            this help

${RULE_OPTIONS_HELP}

A progress line is drawn on stderr when it is a terminal and the output is not.
Exit status: 0 done, 2 bad flags, unreadable input or bad rules.
`;

/** Input size after which `auto` starts worker threads: below it, starting them costs more than it saves. */
const AUTO_POOL_AFTER = 8 << 20;
const DEFAULT_MAX_LINE = 8 << 20;
/** More threads than this gain little: reading, ordering and writing stay on one thread. */
const MAX_AUTO_THREADS = 8;

/** A redacted batch, with where it came from. */
interface Done extends BatchResult {
  readonly input: number;
  readonly size: number;
}

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
  // Built here first, so bad rules fail before any output exists.
  const local = batchRedactorFor(setup, (error) => warnings.add(error.message));
  const output = values.output === undefined ? stdoutOutput() : await fileOutput(values.output);

  // N threads: this one (reading, writing, and redacting whatever the workers have no room for) and N-1 workers.
  const threadCount = threads ?? Math.min(availableParallelism(), MAX_AUTO_THREADS);
  const workers = threadCount - 1;
  let pool: WorkerPool | undefined;
  const startPool = () => (pool = new WorkerPool(workers, setup, (message) => warnings.add(message)));
  if (threads !== undefined && workers >= 1) startPool();
  let usedPool = false;

  const stats = emptyStats();
  const linesIn = inputs.map(() => 0);
  let done = 0;
  const writer = new InOrder<Done>(workers * 2 + 2, async (d) => {
    await output.write(d.out);
    for (const line of d.tooLong) warnings.add(`${where(inputs, d.input, linesIn[d.input]! + line)}: longer than --max-line (${bytes(setup.maxLine)}); written as ${REDACTION_FAILED}`);
    for (const line of d.failed) warnings.add(`${where(inputs, d.input, linesIn[d.input]! + line)}: could not be redacted; written as ${REDACTION_FAILED}`);
    linesIn[d.input]! += d.stats.lines;
    addStats(stats, d.stats);
    done += d.size;
    progress?.update(() => ({ done, total, seconds: (performance.now() - started) / 1000, stats }));
  });

  const onSigint = () => process.exit(130);
  process.once('SIGINT', onSigint);
  let read = 0;
  try {
    for await (const batch of lineBatches(inputs, setup.maxLine)) {
      if (batch.kind === 'too-long') {
        await writer.push(withheldLine(batch.input, batch.size, batch.ending));
        continue;
      }
      const size = batch.bytes.length;
      read += size;
      if (pool === undefined && threads === undefined && workers >= 1 && read >= AUTO_POOL_AFTER) startPool();
      // Until the workers have built their redactors, and whenever they are all busy, this thread redacts.
      if (pool?.ready === true && pool.hasRoom) {
        usedPool = true;
        const { input } = batch;
        await writer.push(pool.run(batch.bytes).then((r) => ({ ...r, input, size })));
      } else await writer.push({ ...local.run(batch.bytes), input: batch.input, size });
    }
    await writer.finish();
    await output.finish();
  } catch (err) {
    await output.abort();
    if (err instanceof OutputClosed) return EXIT_OK;
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
    progress?.clear();
    await (pool as WorkerPool | undefined)?.close();
  }
  warnings.flush();
  if (values.summary === true) {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`${summaryText({ stats, bytes: done, seconds, engine: local.engine, threads: usedPool ? workers + 1 : 1 })}\n`);
  }
  return EXIT_OK;
}

function withheldLine(input: number, size: number, ending: Uint8Array): Done {
  return {
    out: Buffer.concat([Buffer.from(REDACTION_FAILED), ending]),
    stats: { lines: 1, records: 0, withheld: 1, types: { REDACTION_FAILED: 1 } },
    tooLong: [1],
    failed: [],
    input,
    size: size + ending.length,
  };
}

function where(inputs: readonly Input[], input: number, line: number): string {
  return `${inputs[input]!.name}:${line}`;
}
