import { Writable } from 'node:stream';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import winston from 'winston';
import { describe, expect, test } from 'vitest';
import { llmFormat } from '../../../adapters/winston';
import { createRedactor, trackLlmCall, type LlmCallRecord } from '../../../src/index';
import { fakeClock, fakeStreamingCall, openaiChatChunks, spaced } from '../../support/llm-streams';

const EMAIL = 'ada.lovelace@example.com';
const PROMPT = `promptleak: summarise the thread with ${EMAIL}`;
const SYSTEM = 'systemleak: you are a support agent';
const PIECES = ['outputleak: ', 'I wrote to ', EMAIL, '.'];
const LEAKS = ['promptleak', 'systemleak', 'outputleak', EMAIL];

function collectingLogger(format: winston.Logform.Format): { logger: winston.Logger; lines: () => Record<string, unknown>[]; raw: () => string } {
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      written.push(chunk.toString());
      cb();
    },
  });
  const logger = winston.createLogger({ format, transports: [new winston.transports.Stream({ stream })] });
  return { logger, raw: () => written.join(''), lines: () => written.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** winston writes through streams: let the pending writes land. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

/** A streamed OpenAI call, tracked, logged from onRecord the way the README shows. */
async function loggedStreamedCall(logger: winston.Logger): Promise<LlmCallRecord> {
  const clock = fakeClock();
  let record: LlmCallRecord | undefined;
  const request = { model: 'gpt-4o-mini', messages: [{ role: 'system', content: SYSTEM }, { role: 'user', content: PROMPT }], temperature: 0, stream: true, stream_options: { include_usage: true } };
  const call = fakeStreamingCall(clock, 120, spaced(openaiChatChunks(PIECES, { prompt: 31, completion: 11 }), [80, 20]));
  const stream = await trackLlmCall(call, {
    request,
    clock: clock.now,
    app: { serviceName: 'support-bot' },
    onRecord: (r) => {
      record = r;
      logger.info('llm call', { llm: r });
    },
  });
  for await (const _ of stream);
  await settled();
  return record!;
}

describe('winston: llmFormat', () => {
  test('a streamed call is logged with tokens, TTFT/TTLT, cost and metadata, content redacted', async () => {
    const { logger, lines, raw } = collectingLogger(winston.format.combine(llmFormat({ content: 'redact', redactor: createRedactor() }), winston.format.json()));
    const record = await loggedStreamedCall(logger);
    const [line] = lines();
    expect(line).toMatchObject({
      level: 'info',
      message: 'llm call',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.request.temperature': 0,
      'gen_ai.usage.input_tokens': 31,
      'gen_ai.usage.output_tokens': 11,
      'gen_ai.response.time_to_first_chunk': 0.2,
      'scrubline.response.time_to_last_chunk': 0.32,
      'scrubline.response.chunk_count': 7,
      'scrubline.call.outcome': 'completed',
      'service.name': 'support-bot',
      'gen_ai.output.messages': [{ role: 'assistant', parts: [{ type: 'text', content: 'outputleak: I wrote to [EMAIL].' }], finish_reason: 'stop' }],
    });
    expect(line!['scrubline.cost.total']).toBeCloseTo((31 * 0.15 + 11 * 0.6) / 1e6, 15);
    expect(line).not.toHaveProperty('llm');
    expect(raw()).not.toContain(EMAIL);
    // The caller's record keeps the original text: the format copied, it did not rewrite.
    expect(JSON.stringify(record)).toContain(EMAIL);
  });

  test('content: drop is metrics only: no prompt or completion text reaches the sink, every number does', async () => {
    const { logger, lines, raw } = collectingLogger(winston.format.combine(llmFormat({ content: 'drop' }), winston.format.json()));
    await loggedStreamedCall(logger);
    for (const leak of LEAKS) expect(raw()).not.toContain(leak);
    expect(lines()[0]).toMatchObject({ 'gen_ai.usage.input_tokens': 31, 'gen_ai.usage.output_tokens': 11, 'gen_ai.response.time_to_first_chunk': 0.2, 'scrubline.response.time_to_last_chunk': 0.32 });
    expect(lines()[0]!['scrubline.cost.total']).toBeGreaterThan(0);
  });

  test('tokens are counted on the original text, before a scrubbing format that runs after', async () => {
    // Stands in for any scrubbing format placed after llmFormat (scrubline's redactFormat is one).
    const redactor = createRedactor();
    const scrubStrings = winston.format((info) => {
      for (const [k, v] of Object.entries(info)) if (typeof v === 'string') info[k] = redactor.redact(v);
      return info;
    });
    const { logger, lines } = collectingLogger(winston.format.combine(llmFormat({ content: 'keep' }), scrubStrings(), winston.format.json()));
    const prompt = `mail ${EMAIL} and call +1 415 555 0132`;
    logger.info('hand-built', { llm: { request: { model: 'gpt-4o' }, input: prompt, output: 'ok' } });
    await settled();
    const line = lines()[0]!;
    expect(encode(redactor.redact(prompt)).length).not.toBe(encode(prompt).length);
    expect(line['gen_ai.usage.input_tokens']).toBe(encode(prompt).length);
    expect(line['scrubline.usage.input_tokens_estimated']).toBe(true);
  });

  test('camelCase names on request', async () => {
    const { logger, lines } = collectingLogger(winston.format.combine(llmFormat({ content: 'drop', names: 'camel' }), winston.format.json()));
    await loggedStreamedCall(logger);
    expect(lines()[0]).toMatchObject({ inputTokens: 31, outputTokens: 11, timeToFirstChunkSeconds: 0.2, timeToLastChunkSeconds: 0.32, provider: 'openai' });
  });

  test('copy on write: the info object winston shares between transports is not changed; other lines pass as they are', () => {
    const format = llmFormat({ content: 'drop' });
    const record: LlmCallRecord = { usage: { inputTokens: 1, outputTokens: 2 }, output: 'secret' };
    const info = { level: 'info', message: 'x', llm: record, [Symbol.for('level')]: 'info' };
    const out = format.transform(info) as Record<string | symbol, unknown>;
    expect(out).not.toBe(info);
    expect(info.llm).toBe(record);
    expect(out[Symbol.for('level')]).toBe('info');
    expect(out).toMatchObject({ 'gen_ai.usage.output_tokens': 2 });
    const plain = { level: 'info', message: 'no record here', user: 'x' };
    expect(format.transform(plain)).toBe(plain);
  });

  test('a custom key', () => {
    const out = llmFormat({ key: 'call', content: 'drop' }).transform({ level: 'info', message: 'm', call: { usage: { inputTokens: 3 } } }) as Record<string, unknown>;
    expect(out).toEqual({ level: 'info', message: 'm', 'gen_ai.usage.input_tokens': 3 });
  });
});
