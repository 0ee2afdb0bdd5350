/**
 * Records per second for structured log records, ~300 B and ~8 KB, against pino's built-in path
 * redaction and against the text round trip JSON.stringify → redact → JSON.parse, all measured in
 * one run (machines here swing 2x between runs: read the ratios, not the absolute numbers).
 *
 *   npm run bench:records            # both engines
 *   npm run bench:records -- re2     # one engine
 *
 * pino's redaction is path-only: it hides what the configured paths name and nothing in free
 * text, so it does strictly less work than scrubline. It is the floor a user pays today.
 */
import pino from 'pino';
import { createRedactor, type Redactor } from 'scrubline';
import { sampleText } from './measure/sample-text';

// ---- deterministic records ------------------------------------------------------------------

const { random, pick, digits, value, email, prose: proseAt } = sampleText(
  0x9e3779b9,
  'the order was shipped on time but the customer asked about a refund for the second item in ' +
  'their basket please summarise the conversation and draft a polite reply that explains our ' +
  'return policy mention the tracking page and offer a discount code for the next purchase',
);
const prose = (chars: number): string => proseAt(chars, 0.02);

function smallRecord(i: number): Record<string, unknown> {
  return {
    level: 30,
    time: 1764400000000 + i,
    pid: 4242,
    hostname: 'api-7f9c',
    reqId: `req-${i}`,
    req: { method: 'POST', url: '/v1/chat/completions', headers: { authorization: `Bearer tok_${digits(16)}`, 'content-type': 'application/json' } },
    user: { id: `u_${digits(6)}`, email: random() < 0.5 ? `user${i}@example.com` : undefined, plan: 'pro' },
    msg: random() < 0.3 ? `signup from ${value()}` : 'request completed',
    responseTime: Math.floor(random() * 900),
  };
}

function largeRecord(i: number): Record<string, unknown> {
  const address = email();
  return {
    level: 30,
    time: 1764400000000 + i,
    msg: 'llm call',
    'gen_ai.request.model': 'gpt-4o-mini',
    'gen_ai.provider.name': 'openai',
    req: { headers: { authorization: `Bearer sk-proj-${digits(40)}`, cookie: `sid=${digits(20)}` } },
    request: {
      temperature: 0.2,
      max_tokens: 512,
      messages: [
        { role: 'system', content: prose(1200) },
        { role: 'user', content: prose(1800) },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: `call_${digits(8)}`, type: 'function', function: { name: 'lookup_customer', arguments: JSON.stringify({ email: address, apiKey: `k_${digits(24)}` }) } }],
        },
        { role: 'tool', tool_call_id: `call_${digits(8)}`, content: JSON.stringify({ customer: { email: address, phone: `+1 415-555-${digits(4)}`, orders: [{ id: digits(8), total: 42.5 }] }, notes: prose(600) }) },
      ],
    },
    response: {
      id: `chatcmpl-${digits(12)}`,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: prose(2200) } }],
      usage: { prompt_tokens: 1830, completion_tokens: 540, total_tokens: 2370 },
    },
  };
}

// ---- contenders -----------------------------------------------------------------------------

const RULES = { keys: ['authorization', 'cookie', '*token*', 'password'], paths: ['**.apiKey'] };
/** What a pino user writes for the same secrets; pino has no `**`, so each place is spelled out. */
const PINO_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'request.messages[*].tool_calls[*].function.arguments'];

const nullStream = { write: (_line: string): void => undefined };

type Contender = { name: string; run: (record: Record<string, unknown>) => unknown };

function contenders(r: Redactor): Contender[] {
  const plain = pino({ base: undefined, timestamp: false }, nullStream);
  const withRedact = pino({ base: undefined, timestamp: false, redact: { paths: PINO_PATHS } }, nullStream);
  return [
    { name: 'pino, built-in path redaction', run: (rec) => withRedact.info(rec) },
    { name: 'pino + redactValue', run: (rec) => plain.info(r.redactValue(rec)) },
    { name: 'redactValue alone', run: (rec) => r.redactValue(rec) },
    { name: 'stringify → redact → parse', run: (rec) => parseOrUndefined(r.redact(JSON.stringify(rec))) },
  ];
}

/** The round trip's own cost, even on the records whose JSON it broke (counted separately). */
function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// ---- measurement ----------------------------------------------------------------------------

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Rounds interleave the contenders so a slow moment of the machine hits all of them alike. */
function measure(list: Contender[], records: Record<string, unknown>[], perRound: number, rounds: number): number[] {
  const rates: number[][] = list.map(() => []);
  for (const c of list) for (let i = 0; i < Math.min(perRound, 200); i++) c.run(records[i % records.length]!); // warm-up
  for (let round = 0; round < rounds; round++) {
    list.forEach((c, ci) => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < perRound; i++) c.run(records[i % records.length]!);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      rates[ci]!.push(perRound / seconds);
    });
  }
  return rates.map(median);
}

/** Records the text round trip cannot give back: redaction broke their JSON. */
function brokenByTextRoundTrip(r: Redactor, records: Record<string, unknown>[]): number {
  return records.filter((rec) => parseOrUndefined(r.redact(JSON.stringify(rec))) === undefined).length;
}

function main(): void {
  const engines = process.argv.slice(2).filter((a) => a === 're2' || a === 're2-wasm') as ('re2' | 're2-wasm')[];
  const sizes = [
    { label: '~300 B', records: Array.from({ length: 512 }, (_, i) => smallRecord(i)), perRound: { re2: 20_000, 're2-wasm': 4_000 } },
    { label: '~8 KB', records: Array.from({ length: 64 }, (_, i) => largeRecord(i)), perRound: { re2: 1_000, 're2-wasm': 150 } },
  ];
  for (const engine of engines.length > 0 ? engines : (['re2', 're2-wasm'] as const)) {
    let r: Redactor;
    try {
      r = createRedactor({ engine, rules: [RULES] });
    } catch (err) {
      console.log(`\n${engine}: skipped (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    console.log(`\nengine ${r.engine}, packs pii+secrets, keys ${RULES.keys.join(' ')}, paths ${RULES.paths.join(' ')}; median of 5 rounds`);
    for (const size of sizes) {
      const bytes = size.records.reduce((n, rec) => n + Buffer.byteLength(JSON.stringify(rec)), 0) / size.records.length;
      const list = contenders(r);
      const rates = measure(list, size.records, size.perRound[engine], 5);
      const base = rates[0]!;
      const text = rates[3]!;
      console.log(`\n  ${size.label} records (mean ${Math.round(bytes)} B of JSON)`);
      console.log(`  ${'contender'.padEnd(32)}${'records/s'.padStart(11)}${'MB/s'.padStart(8)}${'vs pino paths'.padStart(15)}${'vs text trip'.padStart(14)}`);
      list.forEach((c, i) => {
        const rate = rates[i]!;
        console.log(
          `  ${c.name.padEnd(32)}${Math.round(rate).toString().padStart(11)}${((rate * bytes) / 1e6).toFixed(1).padStart(8)}` +
            `${`${(rate / base).toFixed(2)}x`.padStart(15)}${`${(rate / text).toFixed(2)}x`.padStart(14)}`,
        );
      });
      const broken = brokenByTextRoundTrip(r, size.records);
      if (broken > 0) console.log(`  (the text round trip broke the JSON of ${broken} of ${size.records.length} records)`);
    }
  }
}

main();
