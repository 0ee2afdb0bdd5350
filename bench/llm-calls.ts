/**
 * What tracking costs, measured in one run (machines here swing 2x between runs: read the ratios).
 *
 *   npm run bench:llm
 *
 * 1. Per-chunk overhead of trackLlmCall on an in-memory OpenAI chat stream, against bare iteration.
 * 2. Token estimates: scrubline's windowed count against gpt-tokenizer counting the whole text, on
 *    prose and on a pathological run (one long pre-token, where whole-text counting is quadratic).
 * 3. llmFields on a typical record: redact, drop.
 */
import { clearMergeCache, countTokens as wholeText } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens, llmFields, trackLlmCall, type LlmCallRecord } from 'scrubline';

const ROUNDS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, d = 1) => n.toFixed(d).padStart(10);

function time(fn: () => void): number {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const CHUNKS = 20_000;
const head = { id: 'chatcmpl-bench', object: 'chat.completion.chunk', created: 1, model: 'gpt-4o-mini-2024-07-18' };
const chunks = [
  ...Array.from({ length: CHUNKS - 2 }, (_, i) => ({ ...head, choices: [{ index: 0, delta: { content: `tok${i % 97} ` }, logprobs: null, finish_reason: null }], usage: null })),
  { ...head, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }], usage: null },
  { ...head, choices: [], usage: { prompt_tokens: 10, completion_tokens: CHUNKS, total_tokens: CHUNKS + 10 } },
];
async function* source() {
  for (const c of chunks) yield c;
}

async function perChunk(): Promise<void> {
  const bare: number[] = [];
  const tracked: number[] = [];
  // Two unmeasured rounds let the JIT settle; then the contenders alternate.
  for (let r = -2; r < ROUNDS; r++) {
    const b = await timeAsync(async () => {
      for await (const _ of source());
    });
    const t = await timeAsync(async () => {
      for await (const _ of trackLlmCall(source(), { app: false, onRecord: () => undefined }));
    });
    if (r >= 0) {
      bare.push(b);
      tracked.push(t);
    }
  }
  const b = median(bare);
  const t = median(tracked);
  console.log('1. streaming, in-memory chunks (no network: the worst case for relative overhead)');
  console.log(`   bare iteration      ${fmt(CHUNKS / b / 1e3)} K chunks/s`);
  console.log(`   trackLlmCall        ${fmt(CHUNKS / t / 1e3)} K chunks/s   ${fmt(b / t, 2)}x   +${(((t - b) / CHUNKS) * 1e6).toFixed(2)} µs per chunk`);
}

/** gpt-tokenizer caches merges: every timing starts from an empty cache on text it has not seen. */
function coldTime(fn: () => void): number {
  clearMergeCache();
  return time(fn);
}

function tokenEstimates(): void {
  const prose = (r: number) => `Round ${r}: the quick brown fox jumps over the lazy dog, said Åsa Lindgren to the support bot. `.repeat(12_000); // ~1 MB
  const run = (r: number) => String.fromCharCode(0x61 + r).repeat(40_000); // one 40 KB pre-token, a new letter each round
  console.log('2. token estimates (o200k_base, merge cache cleared before each timing)');
  for (const [name, make] of [['prose, 1 MB', prose], ['one 40 KB pre-token', run]] as const) {
    const whole = median(Array.from({ length: ROUNDS }, (_, r) => coldTime(() => wholeText(make(r)))));
    const windowed = median(Array.from({ length: ROUNDS }, (_, r) => coldTime(() => countTokens([make(r)]))));
    const mb = make(0).length / 1e6;
    console.log(`   ${name.padEnd(20)} whole ${fmt(mb / whole, 2)} MB/s   windowed ${fmt(mb / windowed, 2)} MB/s   ${fmt(whole / windowed, 2)}x   counts ${wholeText(make(0))} / ${countTokens([make(0)])}`);
  }
}

function fields(): void {
  const record: LlmCallRecord = {
    provider: 'openai',
    request: { model: 'gpt-4o-mini', temperature: 0.2 },
    usage: { inputTokens: 420, outputTokens: 180 },
    timing: { startTime: new Date().toISOString(), durationSeconds: 1.2, timeToFirstChunkSeconds: 0.3 },
    input: { messages: [{ role: 'user', parts: [{ type: 'text', content: 'Please email jane.doe@example.com the refund for order 4111 1111 1111 1111. '.repeat(8) }] }] },
    output: 'Sure, I have written to jane.doe@example.com. '.repeat(10),
  };
  const N = 2_000;
  console.log('3. llmFields on a ~1 KB record');
  llmFields(record); // builds the default redactor once
  for (const content of ['drop', 'redact'] as const) {
    const t = median(Array.from({ length: ROUNDS }, () => time(() => {
      for (let i = 0; i < N; i++) llmFields(record, { content });
    })));
    console.log(`   content ${content.padEnd(8)} ${fmt(N / t / 1e3)} K records/s`);
  }
}

async function main(): Promise<void> {
  countTokens(['warm up the tokenizer']);
  await perChunk();
  tokenEstimates();
  fields();
}

void main();
