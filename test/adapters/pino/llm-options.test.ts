import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import pino from 'pino';
import { describe, expect, test } from 'vitest';
import type { llmTransport as LlmTransport } from '../../../adapters/pino';
import { pinoLlmOptions } from '../../../adapters/pino';
import { llmFields, trackLlmCall, type LlmCallRecord } from '../../../src/index';
import { builtPackage } from '../../support/built';
import { anthropicEvents, fakeClock, fakeStreamingCall, spaced } from '../../support/llm-streams';
import { tempFiles } from '../../support/tmp';

const EMAIL = 'ada.lovelace@example.com';
const PROMPT = `promptleak: draft a reply to ${EMAIL}`;
const PIECES = ['outputleak: ', 'Dear ', EMAIL];
const LEAKS = ['promptleak', 'outputleak', EMAIL];

/** A streamed Anthropic call, tracked on a fake clock. */
async function streamedRecord(): Promise<LlmCallRecord> {
  const clock = fakeClock();
  let record: LlmCallRecord | undefined;
  const call = fakeStreamingCall(clock, 200, spaced(anthropicEvents(PIECES, { input: 24, output: 9, cacheRead: 0 }), [100, 25]));
  const stream = await trackLlmCall(call, {
    request: { model: 'claude-haiku-4-5', max_tokens: 256, messages: [{ role: 'user', content: PROMPT }] },
    clock: clock.now,
    app: { serviceName: 'drafts', environment: 'test' },
    onRecord: (r) => (record = r),
  });
  for await (const _ of stream);
  return record!;
}

function memoryDestination(): { dest: Writable; lines: () => Record<string, unknown>[]; raw: () => string } {
  const written: string[] = [];
  const dest = new Writable({
    write(chunk: Buffer, _enc, cb) {
      written.push(chunk.toString());
      cb();
    },
  });
  return { dest, raw: () => written.join(''), lines: () => written.join('').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('pino in process: mixin and merge strategy', () => {
  test('the log call carries the record; the line carries tokens, TTFT/TTLT, cost and metadata, content redacted', async () => {
    const record = await streamedRecord();
    const { dest, lines, raw } = memoryDestination();
    const logger = pino({ ...pinoLlmOptions({ content: 'redact' }) }, dest);
    logger.info({ llm: record, reqId: 'r-1' }, 'llm call');
    const line = lines()[0]!;
    expect(line).toMatchObject({
      msg: 'llm call',
      reqId: 'r-1',
      'gen_ai.provider.name': 'anthropic',
      'gen_ai.response.model': 'claude-sonnet-4-5-20250929',
      'gen_ai.usage.input_tokens': 24,
      'gen_ai.usage.output_tokens': 9,
      'gen_ai.response.time_to_first_chunk': 0.3,
      'scrubline.response.chunk_count': 9,
      'service.name': 'drafts',
      'deployment.environment.name': 'test',
      'gen_ai.input.messages': [{ role: 'user', parts: [{ type: 'text', content: 'promptleak: draft a reply to [EMAIL]' }] }],
    });
    expect(line['scrubline.cost.total']).toBeGreaterThan(0);
    expect(line).not.toHaveProperty('llm');
    expect(raw()).not.toContain(EMAIL);
    expect(JSON.stringify(record)).toContain(EMAIL); // the caller's object is untouched
  });

  test('content: drop is metrics only: no prompt or completion text reaches the sink', async () => {
    const record = await streamedRecord();
    const { dest, lines, raw } = memoryDestination();
    const logger = pino({ ...pinoLlmOptions({ content: 'drop' }) }, dest);
    logger.info({ llm: record }, 'llm call');
    for (const leak of LEAKS) expect(raw()).not.toContain(leak);
    expect(lines()[0]).toMatchObject({ 'gen_ai.usage.input_tokens': 24, 'gen_ai.usage.output_tokens': 9, 'scrubline.response.time_to_last_chunk': expect.any(Number) });
  });

  test('lines without a record are left alone; fields the call sets itself win', () => {
    const { dest, lines } = memoryDestination();
    const logger = pino({ ...pinoLlmOptions({ content: 'drop', names: 'camel' }) }, dest);
    logger.info({ user: 'u-1' }, 'plain');
    logger.info({ llm: { usage: { inputTokens: 5 } }, inputTokens: 'mine' }, 'override');
    expect(lines()[0]).toMatchObject({ msg: 'plain', user: 'u-1' });
    expect(lines()[1]).toMatchObject({ msg: 'override', inputTokens: 'mine' });
  });

  test("or the log call's object itself: logger.info(llmFields(record), msg)", async () => {
    const record = await streamedRecord();
    const { dest, lines } = memoryDestination();
    pino(dest).info(llmFields(record, { content: 'drop', names: 'camel' }), 'llm call');
    expect(lines()[0]).toMatchObject({ msg: 'llm call', inputTokens: 24, outputTokens: 9, timeToFirstChunkSeconds: 0.3 });
  });
});

describe('pino transport: tokens counted in the worker, before scrubbing', () => {
  async function throughWorker(options: Parameters<typeof LlmTransport>[0], log: (logger: pino.Logger) => void): Promise<string> {
    const root = builtPackage();
    // Loaded from dist/, as an app loads the package: the worker needs JavaScript.
    const { llmTransport } = require(join(root, 'dist', 'adapters', 'pino.js')) as { llmTransport: typeof LlmTransport };
    const file = join(tempFiles({}), 'app.log');
    const transport = pino.transport({ pipeline: [llmTransport(options), { target: 'pino/file', options: { destination: file } }] });
    const logger = pino(transport);
    log(logger);
    await new Promise<void>((resolve, reject) => {
      transport.on('close', resolve);
      transport.on('error', reject);
      transport.end();
    });
    return readFileSync(file, 'utf8');
  }

  const handBuilt = { request: { model: 'gpt-4o' }, input: PROMPT, output: PIECES.join(''), timing: { startTime: '2026-11-29T08:00:00.000Z', durationSeconds: 2.5 } };

  test('drop: the worker counts the original text, writes every number and no text', async () => {
    const record = await streamedRecord();
    const out = await throughWorker({ content: 'drop' }, (logger) => {
      logger.info({ llm: handBuilt }, 'hand-built');
      logger.info({ llm: record }, 'tracked');
      logger.info({ n: 1 }, 'plain');
    });
    for (const leak of LEAKS) expect(out).not.toContain(leak);
    const [hand, tracked, plain] = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(hand).toMatchObject({
      msg: 'hand-built',
      'gen_ai.usage.input_tokens': encode(PROMPT).length,
      'gen_ai.usage.output_tokens': encode(PIECES.join('')).length,
      'scrubline.usage.input_tokens_estimated': true,
      'gen_ai.client.operation.duration': 2.5,
    });
    expect(hand!['scrubline.cost.total']).toBeGreaterThan(0);
    expect(tracked).toMatchObject({ msg: 'tracked', 'gen_ai.usage.input_tokens': 24, 'gen_ai.response.time_to_first_chunk': 0.3 });
    expect(plain).toMatchObject({ msg: 'plain', n: 1 });
  });

  test('redact: the worker builds its redactor from cloneable options', async () => {
    const out = await throughWorker({ content: 'redact', redactor: { packs: ['pii'] }, names: 'camel' }, (logger) => logger.info({ llm: handBuilt }, 'hand-built'));
    expect(out).not.toContain(EMAIL);
    const line = JSON.parse(out) as Record<string, unknown>;
    expect(line['inputMessages']).toEqual([{ role: 'user', parts: [{ type: 'text', content: 'promptleak: draft a reply to [EMAIL]' }] }]);
    expect(line['inputTokens']).toBe(encode(PROMPT).length);
  });
});
