import { createRedactor, type EngineName, type Redactor } from 'scrubline';

/**
 * `npm run bench:stream [-- --quick]`: what streaming redaction adds per chunk. LLM-like
 * responses with planted PII are streamed in token-sized chunks (1–8 characters), single
 * characters and 64-character pieces; for each engine it reports the time `push()` takes per chunk
 * (median and p99), the characters held back, and the total streaming time as a ratio to
 * `redact()` of the whole response measured in the same run (absolute speeds on a shared 2-core
 * machine swing 2x between runs; ratios do not). Every streamed output is checked against
 * `redact()` of the whole text.
 */
const quick = process.argv.includes('--quick');
const SETTINGS = quick ? { texts: 40, runs: 3 } : { texts: 200, runs: 5 };

const now = (): number => Number(process.hrtime.bigint()) / 1e3; // µs

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SENTENCES = [
  'Sure, here is a summary of the ticket you shared.',
  'The customer asked us to update the billing address on file.',
  "I've drafted a reply below; feel free to adjust the tone.",
  'Let me know if you want the response shorter or more formal.',
  'Based on the logs, the request failed after the third retry.',
  '**Next steps:**\n1. Confirm the identity of the caller.\n2. Reset the password.\n',
];
const VALUES = [
  'jane.doe@example.com',
  '+1 415 555 0132',
  '(415) 555-0132',
  '4111 1111 1111 1111',
  'DE89370400440532013000',
  '536-22-8726',
  '203.0.113.42',
  'AKIAIOSFODNN7EXAMPLE',
  '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',
  'Bearer abcdefghijklmnop1234',
];

/** A response of about 2 KB: prose with a planted value every few sentences. */
function response(next: () => number): string {
  let out = '';
  while (out.length < 2000) {
    out += SENTENCES[Math.floor(next() * SENTENCES.length)]! + ' ';
    if (next() < 0.35) out += `Contact: ${VALUES[Math.floor(next() * VALUES.length)]!}. `;
  }
  return out;
}

type Chunker = { name: string; cut: (text: string, next: () => number) => string[] };
const CHUNKERS: Chunker[] = [
  { name: 'tokens (1-8 chars)', cut: (t, next) => cutBy(t, () => 1 + Math.floor(next() * 8)) },
  { name: '1 char', cut: (t) => cutBy(t, () => 1) },
  { name: '64 chars', cut: (t) => cutBy(t, () => 64) },
];

function cutBy(text: string, size: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = size();
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

interface Row {
  engine: EngineName;
  chunks: string;
  perChunk: { median: number; p99: number };
  pending: { mean: number; max: number };
  ratio: number;
  streamMBs: number;
  wholeMBs: number;
  mismatches: number;
}

function measure(redactor: Redactor, engine: EngineName, texts: string[], chunker: Chunker): Row {
  const next = rng(7);
  const pieces = texts.map((t) => chunker.cut(t, next));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const expected = texts.map((t) => redactor.redact(t)); // also warms both paths up
  const chunkCount = pieces.reduce((n, p) => n + p.length, 0);
  const times = new Float64Array(chunkCount * SETTINGS.runs);
  let t = 0;
  let mismatches = 0;
  let pendingSum = 0;
  let pendingMax = 0;
  const streamRuns: number[] = [];
  const wholeRuns: number[] = [];
  for (let run = 0; run < SETTINGS.runs; run++) {
    let total = 0;
    pieces.forEach((chunks, i) => {
      const stream = redactor.createStream();
      let out = '';
      for (const chunk of chunks) {
        const start = now();
        out += stream.push(chunk);
        const dt = now() - start;
        times[t++] = dt;
        total += dt;
        pendingSum += stream.pending;
        pendingMax = Math.max(pendingMax, stream.pending);
      }
      const start = now();
      out += stream.flush();
      total += now() - start;
      if (out !== expected[i]) mismatches++;
    });
    streamRuns.push(total);
    const start = now();
    for (const text of texts) redactor.redact(text);
    wholeRuns.push(now() - start);
  }
  times.sort();
  const streamUs = median(streamRuns);
  const wholeUs = median(wholeRuns);
  return {
    engine,
    chunks: chunker.name,
    perChunk: { median: percentile(times, 0.5), p99: percentile(times, 0.99) },
    pending: { mean: pendingSum / (chunkCount * SETTINGS.runs), max: pendingMax },
    ratio: streamUs / wholeUs,
    streamMBs: bytes / streamUs,
    wholeMBs: bytes / wholeUs,
    mismatches,
  };
}

function main(): void {
  const next = rng(20261129);
  const texts = Array.from({ length: SETTINGS.texts }, () => response(next));
  const kb = texts.reduce((n, t) => n + t.length, 0) / 1024;
  console.log(`Streaming redaction: ${texts.length} responses, ${kb.toFixed(0)} KB, default packs, ${SETTINGS.runs} runs (medians)\n`);
  console.log('| engine | chunks | push() per chunk, median | p99 | held back, mean / max chars | stream vs whole redact() | stream MB/s | whole MB/s | mismatches |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  let failed = false;
  for (const engine of ['re2', 're2-wasm'] as const) {
    const redactor = createRedactor({ engine, onError: () => {} });
    for (const chunker of CHUNKERS) {
      const r = measure(redactor, engine, texts, chunker);
      failed ||= r.mismatches > 0;
      console.log(
        `| ${r.engine} | ${r.chunks} | ${r.perChunk.median.toFixed(1)} µs | ${r.perChunk.p99.toFixed(1)} µs | ${r.pending.mean.toFixed(1)} / ${r.pending.max} | ${r.ratio.toFixed(1)}x | ${r.streamMBs.toFixed(2)} | ${r.wholeMBs.toFixed(2)} | ${r.mismatches} |`,
      );
    }
  }
  if (failed) {
    console.error('\nStreamed output differed from redact() of the whole text.');
    process.exitCode = 1;
  }
}

main();
