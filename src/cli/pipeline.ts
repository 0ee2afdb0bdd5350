import { availableParallelism, loadavg } from 'node:os';
import { REDACTION_FAILED } from '../redact/markers';
import type { BatchRedactor, BatchSetup } from './batch-redactor';
import { bytes } from './format';
import { InOrder } from './in-order';
import { lineBatches, type Input } from './line-batches';
import { addStats, emptyStats, type LineStats } from './line-stats';
import type { Output } from './output';
import type { BatchResult } from './redact-lines';
import { WorkerPool } from './worker-pool';

/** Input size after which automatic threading starts workers: below it, starting them costs more than it saves. */
const AUTO_POOL_AFTER = 8 << 20;

/**
 * Automatic threading only adds workers that can get a core: on a machine already busy, a worker
 * costs its start-up (loading and compiling the rules again, cold JIT) and gains nothing. Measured
 * on a shared 2-core machine at load 5: 64 MB took 2.9 s on one thread and 3.6 s on two.
 */
function usefulWorkers(threads: number): number {
  // This thread takes one core; the 1-minute load average says how busy the others are.
  return Math.min(threads - 1, Math.ceil(threads - 1 - loadavg()[0]!));
}
/** More threads than this gain little: reading, ordering and writing stay on one thread. */
const MAX_AUTO_THREADS = 8;

export interface PipelineParams {
  readonly inputs: readonly Input[];
  readonly setup: BatchSetup;
  /** This thread's redactor, built by the caller (so bad rules fail before any output exists). */
  readonly local: BatchRedactor;
  readonly output: Output;
  /** Threads to redact on, this one included; undefined: one per core, workers only for big inputs. */
  readonly threads: number | undefined;
  warn(text: string): void;
  /** Called after each batch is written, for the progress line. */
  progress(done: number, stats: LineStats): void;
}

export interface PipelineResult {
  readonly stats: LineStats;
  /** Input bytes read. */
  readonly bytes: number;
  /** Threads that redacted: 1, or this one and the workers. */
  readonly threads: number;
}

/** A redacted batch, with where it came from. */
interface Done extends BatchResult {
  readonly input: number;
  readonly size: number;
}

/**
 * Reads the inputs as batches of lines, redacts them on this thread and on worker threads, and
 * writes the results in input order. Memory stays constant: reading waits while the window of
 * unwritten batches is full, and writing waits for the output to drain.
 */
export async function runPipeline(p: PipelineParams): Promise<PipelineResult> {
  const threadCount = p.threads ?? Math.min(availableParallelism(), MAX_AUTO_THREADS);
  const workers = threadCount - 1;
  let pool: WorkerPool | undefined;
  let poolThreads = threadCount;
  let autoDecided = p.threads !== undefined || workers < 1;
  let usedPool = false;
  const stats = emptyStats();
  const linesIn = p.inputs.map(() => 0);
  let done = 0;
  const writer = new InOrder<Done>(workers * 2 + 2, async (d) => {
    await p.output.write(d.out);
    const at = (line: number) => `${p.inputs[d.input]!.name}:${linesIn[d.input]! + line}`;
    for (const line of d.tooLong) p.warn(`${at(line)}: longer than --max-line (${bytes(p.setup.maxLine)}); written as ${REDACTION_FAILED}`);
    for (const line of d.failed) p.warn(`${at(line)}: could not be redacted; written as ${REDACTION_FAILED}`);
    linesIn[d.input]! += d.stats.lines;
    addStats(stats, d.stats);
    done += d.size;
    p.progress(done, stats);
  });
  try {
    // Asked for by number, the workers take batches from the first one: wait until they are ready.
    if (p.threads !== undefined && workers >= 1) {
      pool = new WorkerPool(workers, p.setup, p.warn);
      await pool.whenReady();
    }
    let read = 0;
    for await (const batch of lineBatches(p.inputs, p.setup.maxLine)) {
      if (batch.kind === 'too-long') {
        await writer.push(withheldLine(batch.input, batch.size, batch.ending));
        continue;
      }
      const { input } = batch;
      const size = batch.bytes.length;
      read += size;
      if (!autoDecided && read >= AUTO_POOL_AFTER) {
        autoDecided = true;
        const useful = usefulWorkers(threadCount);
        if (useful >= 1) {
          pool = new WorkerPool(useful, p.setup, p.warn);
          poolThreads = useful + 1;
        }
      }
      // While the workers start, and whenever they all have work queued, this thread redacts.
      if (pool?.ready === true && pool.hasRoom) {
        usedPool = true;
        await writer.push(pool.run(batch.bytes).then((r) => ({ ...r, input, size })));
      } else await writer.push({ ...p.local.run(batch.bytes), input, size });
    }
    await writer.finish();
  } finally {
    await pool?.close();
  }
  return { stats, bytes: done, threads: usedPool ? poolThreads : 1 };
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
