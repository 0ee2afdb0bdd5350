/**
 * What scrubbing costs a winston user, on ~1 KB LLM call records: `json()` alone against
 * `combine(redactFormat(), json())` (the scrubber before the finalizer: each value scanned once),
 * `combine(json(), redactFormat())` (after it: the fields and the finished line), and whole
 * loggers writing to a null stream, plain against `redactLogger`. All in one run, rounds
 * interleaved, medians of 7 (machines here swing 2x between runs: read the ratios).
 *
 *   npm run bench:winston            # both engines
 *   npm run bench:winston -- re2     # one engine
 */
import { Writable } from 'node:stream';
import winston from 'winston';
import { redactFormat, redactLogger } from 'scrubline/winston';
import { createRedactor, type EngineName, type Redactor } from 'scrubline';
import { sampleText } from './measure/sample-text';

const { combine, json, timestamp } = winston.format;
const LEVEL = Symbol.for('level');

// ---- deterministic records ------------------------------------------------------------------

const { random, pick, digits, value, email, prose: proseAt } = sampleText(
  0x2545f491,
  'please summarise the support ticket below and draft a short reply the customer wants to know ' +
  'why the invoice total changed after the plan upgrade and whether the refund was processed',
);
const prose = (chars: number): string => proseAt(chars, 0.03);

/** The metadata of one LLM call as an app hands it to `logger.info(message, meta)`. */
function llmRecord(i: number): Record<string, unknown> {
  return {
    'gen_ai.operation.name': 'chat',
    'gen_ai.request.model': 'gpt-4o-mini',
    'gen_ai.response.id': `chatcmpl-${digits(12)}`,
    'gen_ai.usage.input_tokens': 412,
    'gen_ai.usage.output_tokens': 187,
    user: { id: `u_${digits(6)}`, email: random() < 0.5 ? `user${i}@example.com` : undefined },
    prompt: prose(420),
    completion: prose(330),
    latencyMs: Math.floor(random() * 2000),
  };
}

// ---- contenders -----------------------------------------------------------------------------

interface Contender {
  readonly name: string;
  run(message: string, meta: Record<string, unknown>): void;
}

/** A format as winston runs it: on a fresh info per call, as `logger.info(message, meta)` builds. */
function formatOnly(name: string, format: winston.Logform.Format): Contender {
  return {
    name,
    run: (message, meta) => {
      format.transform(Object.assign({}, meta, { [LEVEL]: 'info', level: 'info', message }), format.options);
    },
  };
}

/** A whole logger: winston's stream plumbing, the format, a Stream transport into nothing. */
function logger(name: string, make: (l: winston.Logger) => winston.Logger): Contender {
  const sink = new Writable({ write: (_chunk, _enc, done) => done() });
  const l = make(winston.createLogger({ format: combine(timestamp(), json()), transports: [new winston.transports.Stream({ stream: sink })] }));
  return { name, run: (message, meta) => l.info(message, meta) };
}

function contenders(r: Redactor): Contender[] {
  const plainJson = json();
  return [
    formatOnly('json()', json()),
    formatOnly('combine(redactFormat(), json())', combine(redactFormat(r), json())),
    formatOnly('combine(json(), redactFormat())', combine(json(), redactFormat(r))),
    // The core's share of the above: what is left is the adapter's own cost.
    { name: 'redactValue(info), then json()', run: (message, meta) => void plainJson.transform(r.redactValue(Object.assign({}, meta, { [LEVEL]: 'info', level: 'info', message })), plainJson.options) },
    logger('logger, json()', (l) => l),
    logger('logger, redactLogger', (l) => redactLogger(l, r)),
  ];
}

// ---- measurement ----------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Rounds interleave the contenders so a slow moment of the machine hits all of them alike. */
function measure(list: Contender[], records: Record<string, unknown>[], perRound: number, rounds: number): number[] {
  const rates: number[][] = list.map(() => []);
  const message = (i: number) => (i % 3 === 0 ? `chat completion for ${email()}` : 'chat completion');
  const messages = records.map((_, i) => message(i));
  for (const c of list) for (let i = 0; i < 2_000; i++) c.run(messages[i % records.length]!, records[i % records.length]!); // warm-up
  for (let round = 0; round < rounds; round++) {
    list.forEach((c, ci) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < perRound; i++) c.run(messages[i % records.length]!, records[i % records.length]!);
      rates[ci]!.push(perRound / (Number(process.hrtime.bigint() - start) / 1e9));
    });
  }
  return rates.map(median);
}

function main(): void {
  const asked = process.argv.slice(2).filter((a): a is EngineName => a === 're2' || a === 're2-wasm');
  const records = Array.from({ length: 256 }, (_, i) => llmRecord(i));
  const bytes = records.reduce((n, rec) => n + Buffer.byteLength(JSON.stringify({ level: 'info', message: 'chat completion', ...rec })), 0) / records.length;
  for (const engine of asked.length > 0 ? asked : (['re2', 're2-wasm'] as const)) {
    let r: Redactor;
    try {
      r = createRedactor({ engine });
    } catch (err) {
      console.log(`\n${engine}: skipped (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const list = contenders(r);
    const rates = measure(list, records, engine === 're2' ? 5_000 : 800, 7);
    const base = rates[0]!;
    console.log(`\nengine ${r.engine}, packs pii+secrets, LLM call records of ${Math.round(bytes)} B JSON on average; median of 7 rounds`);
    console.log(`  ${'contender'.padEnd(36)}${'records/s'.padStart(11)}${'MB/s'.padStart(8)}${'vs json()'.padStart(11)}`);
    list.forEach((c, i) => {
      const rate = rates[i]!;
      console.log(`  ${c.name.padEnd(36)}${Math.round(rate).toString().padStart(11)}${((rate * bytes) / 1e6).toFixed(1).padStart(8)}${`${(rate / base).toFixed(3)}x`.padStart(11)}`);
    });
  }
}

main();
