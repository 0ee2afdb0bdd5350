/**
 * scrubline/pino against plain pino, all measured in one run (machines here swing 2x between
 * runs: read the ratios, not the absolute numbers):
 *   1. app-thread time per log call: pino → pino/file vs pino → scrubline → pino/file (the
 *      scrubbing happens in the worker, so the target is ≤ 1.1x; on 2 shared cores a busy worker
 *      still competes with the app thread for CPU, which this cannot separate);
 *   2. worker throughput for ~1 KB LLM log records, lines/s from the first call to the close;
 *   3. the in-process hook (`hooks.streamWrite`) vs plain pino, per call.
 *
 *   npm run bench:pino                 # engine auto (native node-re2 when it loads)
 *   npm run bench:pino -- re2-wasm     # the pure wasm engine
 *
 * The transport is loaded by its package name from the built package, as an app loads it.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { scrubStreamWrite } from 'scrubline/pino';
import { sampleText } from './measure/sample-text';

// ---- deterministic ~1 KB LLM records ---------------------------------------------------------

const { random, pick, digits, value, email, prose: proseAt } = sampleText(
  0x2545f491,
  'the order was shipped on time but the customer asked about a refund for the second item in ' +
  'their basket please summarise the conversation and draft a polite reply that explains our ' +
  'return policy mention the tracking page and offer a discount code for the next purchase',
);
const prose = (chars: number): string => proseAt(chars, 0.03);

/** The fields an app passes to logger.info for one LLM call; pino adds level, time, pid, host. */
function llmRecord(i: number): Record<string, unknown> {
  return {
    reqId: `req-${i}`,
    'gen_ai.request.model': 'gpt-4o-mini',
    'gen_ai.usage.input_tokens': 400 + Math.floor(random() * 200),
    'gen_ai.usage.output_tokens': 100 + Math.floor(random() * 200),
    user: { id: `u_${digits(6)}`, email: random() < 0.3 ? email() : undefined },
    prompt: prose(420),
    completion: prose(320),
  };
}

const RECORDS = Array.from({ length: 1024 }, (_, i) => llmRecord(i));
const MSG = 'llm call';
const SETTLE_MS = 300;

// ---- helpers --------------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const flushed = (logger: pino.Logger) => new Promise<void>((resolve, reject) => logger.flush((err) => (err ? reject(err) : resolve())));

async function closed(stream: ReturnType<typeof pino.transport>): Promise<void> {
  const done = once(stream, 'close');
  // pino unrefs its worker once ready: without a handle of our own the process would exit first.
  const alive = setInterval(() => {}, 1000);
  stream.end();
  await done;
  clearInterval(alive);
}

type TransportFactory = (file: string) => ReturnType<typeof pino.transport>;

function contenders(engine: string | undefined): { name: string; make: TransportFactory }[] {
  const scrub: Record<string, unknown> = engine === undefined ? {} : { engine };
  return [
    { name: 'pino → pino/file', make: (file) => pino.transport({ target: 'pino/file', options: { destination: file } }) },
    {
      name: 'pino → scrubline → pino/file',
      make: (file) => pino.transport({ pipeline: [{ target: 'scrubline/pino', options: scrub }, { target: 'pino/file', options: { destination: file } }] }),
    },
    { name: 'pino → scrubline (terminal)', make: (file) => pino.transport({ target: 'scrubline/pino', options: { ...scrub, destination: file } }) },
  ];
}

// ---- 1. app-thread time per call ------------------------------------------------------------

/**
 * The time a burst of log calls takes on the app thread. Each burst gets a fresh transport whose
 * worker is idle (ready, nothing sent yet), so no worker is still scrubbing an earlier burst; the
 * drain and close afterwards are not timed. thread-stream copies the burst into the worker's
 * buffer after the calls return, the same bytes for every contender; `logger.flush()` would
 * busy-wait on the app thread (setImmediate) until the worker has read them, so it is not timed.
 * Rounds interleave the contenders.
 */
async function appThread(dir: string, engine: string | undefined, burst: number, rounds: number): Promise<void> {
  const list = contenders(engine);
  const perCall: number[][] = list.map(() => []);
  for (let round = -2; round < rounds; round++) {
    // Each round starts with another contender, so no one always goes first.
    for (let k = 0; k < list.length; k++) {
      const ci = (k + Math.max(round, 0)) % list.length;
      const stream = list[ci]!.make(join(dir, `app-${ci}.log`));
      await once(stream, 'ready');
      // A fresh worker finishes compiling and collecting in the background: let it settle.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const logger = pino(stream);
      const start = process.hrtime.bigint();
      for (let i = 0; i < burst; i++) logger.info(RECORDS[i % RECORDS.length], MSG);
      const micros = Number(process.hrtime.bigint() - start) / 1e3;
      // Rounds -2 and -1 warm up the app thread's code paths.
      if (round >= 0) perCall[ci]!.push(micros / burst);
      await flushed(logger);
      await closed(stream);
    }
  }
  const medians = perCall.map(median);
  console.log(`\n1. app-thread time per log call (bursts of ${burst}, median of ${rounds})`);
  console.log(`   ${'transport'.padEnd(32)}${'µs/call'.padStart(9)}${'vs pino/file'.padStart(14)}`);
  list.forEach((c, i) => console.log(`   ${c.name.padEnd(32)}${medians[i]!.toFixed(2).padStart(9)}${`${(medians[i]! / medians[0]!).toFixed(2)}x`.padStart(14)}`));
}

// ---- 2. worker throughput -------------------------------------------------------------------

/** Lines/s from the first log call until the transport has closed its file: the worker's pace. */
async function throughput(dir: string, engine: string | undefined, lines: number, rounds: number): Promise<void> {
  const list = contenders(engine);
  const rates: number[][] = list.map(() => []);
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    for (let ci = 0; ci < list.length; ci++) {
      const file = join(dir, `tp-${ci}-${round}.log`);
      const stream = list[ci]!.make(file);
      await once(stream, 'ready');
      // A fresh worker finishes compiling and collecting in the background: let it settle.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const logger = pino(stream);
      const start = process.hrtime.bigint();
      for (let i = 0; i < lines; i++) logger.info(RECORDS[i % RECORDS.length], MSG);
      await flushed(logger);
      await closed(stream);
      rates[ci]!.push(lines / (Number(process.hrtime.bigint() - start) / 1e9));
      if (ci === 0) bytes = Buffer.byteLength(JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, hostname: 'h', ...RECORDS[0], msg: MSG }));
      rmSync(file);
    }
  }
  const medians = rates.map(median);
  console.log(`\n2. worker throughput, ${lines} records of ~${bytes} B each (median of ${rounds})`);
  console.log(`   ${'transport'.padEnd(32)}${'lines/s'.padStart(10)}${'MB/s'.padStart(8)}${'vs pino/file'.padStart(14)}`);
  list.forEach((c, i) =>
    console.log(`   ${c.name.padEnd(32)}${Math.round(medians[i]!).toString().padStart(10)}${((medians[i]! * bytes) / 1e6).toFixed(1).padStart(8)}${`${(medians[i]! / medians[0]!).toFixed(2)}x`.padStart(14)}`),
  );
}

// ---- 3. in-process hook ---------------------------------------------------------------------

function hook(engine: string | undefined, calls: number, rounds: number): void {
  const dest = () => pino.destination({ dest: '/dev/null', sync: true });
  const list = [
    { name: 'pino', logger: pino(dest()) },
    { name: 'pino + scrubStreamWrite', logger: pino({ hooks: { streamWrite: scrubStreamWrite(engine === undefined ? {} : { engine: engine as 're2' }) } }, dest()) },
  ];
  const perCall: number[][] = list.map(() => []);
  for (const { logger } of list) for (let i = 0; i < 500; i++) logger.info(RECORDS[i % RECORDS.length], MSG);
  for (let round = 0; round < rounds; round++) {
    list.forEach(({ logger }, ci) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) logger.info(RECORDS[i % RECORDS.length], MSG);
      perCall[ci]!.push(Number(process.hrtime.bigint() - start) / 1e3 / calls);
    });
  }
  const medians = perCall.map(median);
  console.log(`\n3. in-process hook, app-thread time per call (${calls} calls to /dev/null, median of ${rounds})`);
  console.log(`   ${'logger'.padEnd(32)}${'µs/call'.padStart(9)}${'vs pino'.padStart(10)}`);
  list.forEach((c, i) => console.log(`   ${c.name.padEnd(32)}${medians[i]!.toFixed(2).padStart(9)}${`${(medians[i]! / medians[0]!).toFixed(2)}x`.padStart(10)}`));
}

async function main(): Promise<void> {
  const engine = process.argv.slice(2).find((a) => a === 're2' || a === 're2-wasm');
  const quick = process.argv.includes('--quick');
  const dir = mkdtempSync(join(tmpdir(), 'scrubline-bench-pino-'));
  console.log(`scrubline/pino bench, engine ${engine ?? 'auto'}, ${RECORDS.length} distinct records, ~3% of words planted PII`);
  try {
    await appThread(dir, engine, quick ? 500 : 2000, quick ? 3 : 9);
    await throughput(dir, engine, quick ? 2000 : 10_000, quick ? 1 : 3);
    hook(engine, quick ? 500 : 2000, quick ? 3 : 7);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
