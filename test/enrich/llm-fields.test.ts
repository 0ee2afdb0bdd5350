import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, test } from 'vitest';
import { createRedactor, llmFields, REDACTION_FAILED, type LlmCallRecord } from '../../src/index';

const EMAIL = 'ada.lovelace@example.com';
const tokens = (text: string) => encode(text).length;

/** Every piece of text here is content; each carries a marker word so a leak is easy to find. */
const system = [{ type: 'text', content: 'systemleak: contact grace@example.org' }] as const;
const messages = [
  { role: 'user', parts: [{ type: 'text', content: `userleak: my email is ${EMAIL}` }] },
  { role: 'assistant', parts: [{ type: 'tool_call', id: 'call_1', name: 'lookup', arguments: { email: EMAIL, note: 'argleak' } }] },
] as const;
const output = [{ role: 'assistant', parts: [{ type: 'text', content: `outputleak: I will write to ${EMAIL}` }], finish_reason: 'stop' }] as const;

const record: LlmCallRecord = {
  provider: 'openai',
  operation: 'chat',
  request: { model: 'gpt-4o-mini', temperature: 0.2, stopSequences: ['END'] },
  response: { id: 'chatcmpl-1', model: 'gpt-4o-mini-2024-07-18', finishReasons: ['stop'] },
  usage: { inputTokens: 40, outputTokens: 12, cacheReadInputTokens: 8 },
  timing: { startTime: '2023-11-14T22:13:20.000Z', durationSeconds: 1.5, timeToFirstChunkSeconds: 0.25, timeToLastChunkSeconds: 1.4, chunkCount: 9 },
  outcome: 'error',
  error: { type: 'BadRequestError', message: `promptleak: invalid input from ${EMAIL}` },
  input: { system, messages },
  output,
  run: { runId: 'run-1', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: '01', conversationId: 'conv-1' },
  app: { serviceName: 'bot', serviceVersion: '1.0.0', environment: 'prod', hostName: 'web-1', gitCommit: 'f'.repeat(40) },
  prompt: { name: 'answer', version: '7' },
  configHash: '0123456789abcdef',
  rag: { retriever: 'bm25', dataSourceId: 'kb', topK: 2, query: `queryleak: who is ${EMAIL}`, documents: [{ id: 'd1', score: 0.9, content: `chunkleak: ${EMAIL} wrote it` }, { id: 'd2' }] },
};

const LEAKS = ['promptleak', 'systemleak', 'userleak', 'argleak', 'outputleak', 'queryleak', 'chunkleak', EMAIL, 'grace@example.org'];

describe('names', () => {
  test('OpenTelemetry GenAI names, durations in seconds, content kept under keep', () => {
    expect(llmFields(record, { content: 'keep', ragText: true })).toEqual({
      'gen_ai.operation.name': 'chat',
      'gen_ai.provider.name': 'openai',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.request.temperature': 0.2,
      'gen_ai.request.stop_sequences': ['END'],
      'gen_ai.response.id': 'chatcmpl-1',
      'gen_ai.response.model': 'gpt-4o-mini-2024-07-18',
      'gen_ai.response.finish_reasons': ['stop'],
      'gen_ai.usage.input_tokens': 40,
      'gen_ai.usage.output_tokens': 12,
      'gen_ai.usage.cache_read.input_tokens': 8,
      // gpt-4o-mini: 32 fresh × $0.15 + 8 cached × $0.075 = $5.4 per million in; 12 × $0.60 = $7.2 per million out
      'scrubline.cost.input': 0.0000054,
      'scrubline.cost.output': 0.0000072,
      'scrubline.cost.total': 0.0000126,
      'scrubline.call.start_time': '2023-11-14T22:13:20.000Z',
      'gen_ai.client.operation.duration': 1.5,
      'gen_ai.response.time_to_first_chunk': 0.25,
      'scrubline.response.time_to_last_chunk': 1.4,
      'scrubline.response.chunk_count': 9,
      'scrubline.call.outcome': 'error',
      'error.type': 'BadRequestError',
      'exception.message': `promptleak: invalid input from ${EMAIL}`,
      'scrubline.run.id': 'run-1',
      trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
      span_id: '00f067aa0ba902b7',
      trace_flags: '01',
      'gen_ai.conversation.id': 'conv-1',
      'service.name': 'bot',
      'service.version': '1.0.0',
      'deployment.environment.name': 'prod',
      'host.name': 'web-1',
      'vcs.ref.head.revision': 'f'.repeat(40),
      'gen_ai.prompt.name': 'answer',
      'scrubline.prompt.version': '7',
      'scrubline.config.hash': '0123456789abcdef',
      'scrubline.retrieval.retriever': 'bm25',
      'gen_ai.data_source.id': 'kb',
      'scrubline.retrieval.top_k': 2,
      'gen_ai.retrieval.query.text': `queryleak: who is ${EMAIL}`,
      'gen_ai.retrieval.documents': [{ id: 'd1', score: 0.9, content: `chunkleak: ${EMAIL} wrote it` }, { id: 'd2' }],
      'gen_ai.system_instructions': system,
      'gen_ai.input.messages': messages,
      'gen_ai.output.messages': output,
    });
  });

  test('flat camelCase names carry the same values', () => {
    const otel = llmFields(record, { content: 'keep' });
    const camel = llmFields(record, { content: 'keep', names: 'camel' });
    expect(Object.values(camel)).toEqual(Object.values(otel));
    expect(camel).toMatchObject({ inputTokens: 40, outputTokens: 12, durationSeconds: 1.5, timeToFirstChunkSeconds: 0.25, requestModel: 'gpt-4o-mini', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', costTotal: expect.any(Number) });
    for (const key of Object.keys(camel)) expect(key).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  test('a plain string prompt and completion become one user and one assistant message', () => {
    const fields = llmFields({ input: 'hi', output: 'hello', usage: { inputTokens: 1, outputTokens: 1 } }, { content: 'keep' });
    expect(fields['gen_ai.input.messages']).toEqual([{ role: 'user', parts: [{ type: 'text', content: 'hi' }] }]);
    expect(fields['gen_ai.output.messages']).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'hello' }] }]);
  });
});

describe('content policy', () => {
  test('drop: every number kept, no text at all (metrics only)', () => {
    const fields = llmFields(record, { content: 'drop', ragText: true });
    const line = JSON.stringify(fields);
    for (const leak of LEAKS) expect(line).not.toContain(leak);
    expect(fields).toMatchObject({ 'gen_ai.usage.input_tokens': 40, 'gen_ai.usage.output_tokens': 12, 'gen_ai.client.operation.duration': 1.5, 'error.type': 'BadRequestError' });
    expect(fields['gen_ai.retrieval.documents']).toEqual([{ id: 'd1', score: 0.9 }, { id: 'd2' }]);
    for (const key of ['gen_ai.input.messages', 'gen_ai.output.messages', 'gen_ai.system_instructions', 'exception.message', 'gen_ai.retrieval.query.text']) expect(fields).not.toHaveProperty(key);
  });

  test('redact: every piece of text goes through the redactor, structure kept', () => {
    const fields = llmFields(record, { content: 'redact', redactor: createRedactor(), ragText: true });
    const line = JSON.stringify(fields);
    expect(line).not.toContain(EMAIL);
    expect(line).not.toContain('grace@example.org');
    expect(fields['exception.message']).toBe('promptleak: invalid input from [EMAIL]');
    expect(fields['gen_ai.retrieval.query.text']).toBe('queryleak: who is [EMAIL]');
    expect(fields['gen_ai.input.messages']).toEqual([
      { role: 'user', parts: [{ type: 'text', content: 'userleak: my email is [EMAIL]' }] },
      { role: 'assistant', parts: [{ type: 'tool_call', id: 'call_1', name: 'lookup', arguments: { email: '[EMAIL]', note: 'argleak' } }] },
    ]);
    expect(fields['gen_ai.output.messages']).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'outputleak: I will write to [EMAIL]' }], finish_reason: 'stop' }]);
    expect(fields['gen_ai.retrieval.documents']).toEqual([{ id: 'd1', score: 0.9, content: 'chunkleak: [EMAIL] wrote it' }, { id: 'd2' }]);
  });

  test('redact is the default, with the built-in packs', () => {
    expect(JSON.stringify(llmFields(record))).not.toContain(EMAIL);
  });

  test('retrieved chunk text is left out unless asked for, under any policy', () => {
    for (const content of ['keep', 'redact', 'drop'] as const) {
      expect(llmFields(record, { content })['gen_ai.retrieval.documents']).toEqual([{ id: 'd1', score: 0.9 }, { id: 'd2' }]);
    }
  });

  test('a failing redactor fails closed: content becomes [REDACTION_FAILED], numbers stay', () => {
    const broken = {
      redactValue(): never {
        throw new Error('engine aborted');
      },
    };
    const fields = llmFields(record, { content: 'redact', redactor: broken, ragText: true });
    const line = JSON.stringify(fields);
    for (const leak of LEAKS) expect(line).not.toContain(leak);
    expect(fields['exception.message']).toBe(REDACTION_FAILED);
    expect(fields['gen_ai.output.messages']).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: REDACTION_FAILED }] }]);
    expect(fields['gen_ai.usage.input_tokens']).toBe(40);
  });

  test("the redactor's key rules reach into tool arguments", () => {
    const redactor = createRedactor({ rules: [{ keys: ['note'] }] });
    const fields = llmFields(record, { content: 'redact', redactor });
    expect((fields['gen_ai.input.messages'] as { parts: { arguments?: unknown }[] }[])[1]!.parts[0]!.arguments).toEqual({ email: '[EMAIL]', note: '[REDACTED]' });
  });

  test('the record is never mutated', () => {
    const before = structuredClone(record);
    llmFields(record, { content: 'redact', ragText: true });
    llmFields(record, { content: 'drop' });
    expect(record).toEqual(before);
  });
});

describe('tokens and cost for records without them', () => {
  const prompt = `Write to ${EMAIL} and to lin.wei@example.net about invoice 4111 1111 1111 1111`;
  const handBuilt: LlmCallRecord = { request: { model: 'gpt-4o' }, input: prompt, output: 'Done.' };

  test('tokens are counted on the original text, before redaction', () => {
    const redacted = createRedactor().redact(prompt);
    expect(tokens(redacted)).not.toBe(tokens(prompt)); // so the test can tell which one was counted
    const fields = llmFields(handBuilt, { content: 'redact' });
    expect(fields['gen_ai.usage.input_tokens']).toBe(tokens(prompt));
    expect(fields['gen_ai.usage.output_tokens']).toBe(tokens('Done.'));
    expect(fields['scrubline.usage.input_tokens_estimated']).toBe(true);
    expect(fields['scrubline.usage.output_tokens_estimated']).toBe(true);
    expect(JSON.stringify(fields)).not.toContain(EMAIL);
  });

  test('pricing overrides win for the model they name; pricing: false gives no cost', () => {
    const fields = llmFields({ request: { model: 'my-azure-deployment' }, response: { model: 'gpt-4o-2024-08-06' }, usage: { inputTokens: 1_000_000, outputTokens: 2_000_000 } }, { pricing: { 'my-azure-deployment': { input: 1, output: 2 } } });
    expect(fields['scrubline.cost.total']).toBe(5);
    expect(llmFields({ request: { model: 'gpt-4o' }, usage: { inputTokens: 10, outputTokens: 10 } }, { pricing: false })).not.toHaveProperty('scrubline.cost.total');
  });
});

test('malformed hand-built records never throw, and drop still leaves no text', () => {
  const bad = { input: 42, output: { text: 'leak-output' }, usage: { inputTokens: 3 }, error: { type: 'E', message: 'leak-error' } } as unknown as LlmCallRecord;
  for (const content of ['keep', 'redact', 'drop'] as const) expect(() => llmFields(bad, { content })).not.toThrow();
  const line = JSON.stringify(llmFields(bad, { content: 'drop' }));
  expect(line).not.toContain('leak');
  expect(line).toContain('"gen_ai.usage.input_tokens":3');
});
