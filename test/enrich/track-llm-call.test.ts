import { encode } from 'gpt-tokenizer/encoding/o200k_base';
import { describe, expect, test } from 'vitest';
import { StreamStallError, trackLlmCall, type LlmCallRecord, type TrackLlmCallOptions } from '../../src/index';
import {
  anthropicEvents,
  anthropicMessage,
  APIUserAbortError,
  fakeCall,
  fakeClock,
  FakeSdkStream,
  fakeStreamingCall,
  openaiChatChunks,
  openaiChatCompletion,
  openaiResponsesEvents,
  openaiToolCallChunks,
  RateLimitError,
  spaced,
  timedChunks,
  type FakeClock,
} from '../support/llm-streams';

const tokens = (text: string) => encode(text).length;

const chatRequest = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Greet Ada.' },
  ],
  temperature: 0.2,
  top_p: 0.9,
  max_tokens: 64,
  seed: 7,
  stop: ['\n\n'],
  stream: true,
  stream_options: { include_usage: true },
};

/** Options with a fake clock, no environment probing, and a place to collect the record. */
function tracking(clock: FakeClock, extra: Partial<TrackLlmCallOptions> = {}): { options: TrackLlmCallOptions; records: LlmCallRecord[]; errors: Error[] } {
  const records: LlmCallRecord[] = [];
  const errors: Error[] = [];
  return { records, errors, options: { clock: clock.now, app: false, onRecord: (r) => records.push(r), onError: (e) => errors.push(e), ...extra } };
}

async function drain<C>(stream: AsyncIterable<C>): Promise<C[]> {
  const seen: C[] = [];
  for await (const c of stream) seen.push(c);
  return seen;
}

describe('OpenAI chat stream through an APIPromise', () => {
  const chunks = openaiChatChunks(['Hello', ', ', 'Ada', '!'], { prompt: 19, completion: 4 });
  // headers after 100 ms; role chunk 150 ms later; then 50, 50, 100, 50; finish 25; usage 25; end 10.
  const gaps = [150, 50, 50, 100, 50, 25, 25];

  test('returns the same promise and stream, chunks untouched, and times every chunk as the consumer gets it', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { request: chatRequest });
    const call = fakeStreamingCall(clock, 100, spaced(chunks, gaps), { afterMs: 10 });
    const tracked = trackLlmCall(call, options);
    expect(tracked).toBe(call);
    const stream = await tracked;
    expect(stream).toBeInstanceOf(FakeSdkStream);
    const seen = await drain(stream);
    expect(seen).toHaveLength(chunks.length);
    seen.forEach((c, i) => expect(c).toBe(chunks[i]));

    expect(records).toHaveLength(1);
    const r = records[0]!;
    expect(r.timing).toEqual({
      startTime: new Date(1_700_000_000_000).toISOString(),
      durationSeconds: 0.56,
      timeToFirstChunkSeconds: 0.25, // the role chunk, not the headers at 0.1
      timeToFirstTokenSeconds: 0.3, // 'Hello'
      timeToLastChunkSeconds: 0.55, // the usage-only chunk
      chunkCount: 7,
      // gaps 50 50 100 50 25 25 → sorted 25 25 50 50 50 100: nearest-rank median 50, max 100
      interChunkP50Seconds: 0.05,
      interChunkMaxSeconds: 0.1,
      // 4 reported output tokens over the 0.3 s between first and last chunk
      outputTokensPerSecond: 4 / 0.3,
    });
    expect(r.usage).toEqual({ inputTokens: 19, outputTokens: 4, cacheReadInputTokens: 0, reasoningOutputTokens: 0 });
    expect(r.outcome).toBe('completed');
    expect(r.error).toBeUndefined();
    expect(r.provider).toBe('openai');
    expect(r.operation).toBe('chat');
    expect(r.response).toEqual({ id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT', model: 'gpt-4o-mini-2024-07-18', finishReasons: ['stop'] });
    expect(r.request).toEqual({ model: 'gpt-4o-mini', temperature: 0.2, topP: 0.9, maxTokens: 64, seed: 7, stopSequences: ['\n\n'], stream: true });
    expect(r.input).toEqual({
      messages: [
        { role: 'system', parts: [{ type: 'text', content: 'You are terse.' }] },
        { role: 'user', parts: [{ type: 'text', content: 'Greet Ada.' }] },
      ],
    });
    expect(r.output).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'Hello, Ada!' }], finish_reason: 'stop' }]);
    // gpt-4o-mini: 19 × $0.15/M in, 4 × $0.60/M out (the dated response model falls back to its base id)
    expect(r.cost!.input).toBeCloseTo((19 * 0.15) / 1e6, 15);
    expect(r.cost!.output).toBeCloseTo((4 * 0.6) / 1e6, 15);
    expect(r.run?.runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.configHash).toMatch(/^[0-9a-f]{16}$/);
  });

  test('.withResponse() still works and yields the same, measured stream', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const tracked = trackLlmCall(fakeStreamingCall(clock, 100, spaced(chunks, gaps)), options);
    const { data, response } = await tracked.withResponse();
    expect(response.status).toBe(200);
    await drain(data);
    expect(records).toHaveLength(1);
    expect(records[0]!.timing?.timeToFirstChunkSeconds).toBe(0.25);
  });

  test('nothing is recorded before the consumer reads: awaiting the promise only brings the headers', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const stream = await trackLlmCall(fakeStreamingCall(clock, 100, spaced(chunks, gaps)), options);
    clock.advance(5000); // the app does something else before reading
    expect(records).toHaveLength(0);
    await drain(stream);
    expect(records[0]!.timing?.timeToFirstChunkSeconds).toBe(5.25);
  });

  test('streamed tool calls are assembled and their JSON arguments parsed', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    await drain(await trackLlmCall(fakeStreamingCall(clock, 10, spaced(openaiToolCallChunks('get_weather', ['{"ci', 'ty":"Par', 'is"}']), [10])), options));
    expect(records[0]!.output).toEqual([
      { role: 'assistant', parts: [{ type: 'tool_call', id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA', name: 'get_weather', arguments: { city: 'Paris' } }], finish_reason: 'tool_calls' },
    ]);
    expect(records[0]!.response?.finishReasons).toEqual(['tool_calls']);
  });
});

describe('token counts', () => {
  const pieces = ['Bonjour ', 'Ada, ', 'ravie de vous voir.'];

  test("the provider's usage wins over the tokenizer", async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { request: chatRequest });
    // Deliberately far from what a tokenizer would say: the reported numbers must be kept as they are.
    await drain(await trackLlmCall(fakeStreamingCall(clock, 10, spaced(openaiChatChunks(pieces, { prompt: 1234, completion: 567, cached: 1024 }), [10])), options));
    expect(records[0]!.usage).toEqual({ inputTokens: 1234, outputTokens: 567, cacheReadInputTokens: 1024, reasoningOutputTokens: 0 });
  });

  test('without reported usage, the tokenizer counts the original text and the record says so', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { request: chatRequest });
    await drain(await trackLlmCall(fakeStreamingCall(clock, 10, spaced(openaiChatChunks(pieces), [10])), options));
    expect(records[0]!.usage).toEqual({
      inputTokens: tokens('You are terse.') + tokens('Greet Ada.'),
      inputEstimated: true,
      outputTokens: tokens(pieces.join('')),
      outputEstimated: true,
    });
  });

  test('estimateTokens: false leaves unknown counts unknown', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { request: chatRequest, estimateTokens: false });
    await drain(await trackLlmCall(fakeStreamingCall(clock, 10, spaced(openaiChatChunks(pieces), [10])), options));
    expect(records[0]!.usage).toBeUndefined();
    expect(records[0]!.timing?.outputTokensPerSecond).toBeUndefined();
  });
});

describe('other wire formats', () => {
  test('OpenAI Responses: text deltas, usage from response.completed with cached and reasoning tokens', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { request: { model: 'gpt-4.1', instructions: 'Be brief.', input: 'Capital of France?', max_output_tokens: 50 } });
    const events = openaiResponsesEvents(['Par', 'is.'], { input: 2000, output: 30, cached: 1500, reasoning: 12 });
    await drain(await trackLlmCall(fakeStreamingCall(clock, 40, spaced(events, [60, 10])), options));
    const r = records[0]!;
    expect(r.usage).toEqual({ inputTokens: 2000, outputTokens: 30, cacheReadInputTokens: 1500, reasoningOutputTokens: 12 });
    expect(r.output).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'Paris.' }], finish_reason: 'completed' }]);
    expect(r.response?.id).toBe('resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b');
    expect(r.input).toEqual({ system: [{ type: 'text', content: 'Be brief.' }], messages: [{ role: 'user', parts: [{ type: 'text', content: 'Capital of France?' }] }] });
    expect(r.request?.maxTokens).toBe(50);
    expect(r.timing?.timeToFirstChunkSeconds).toBe(0.1);
    // created, in_progress, item added, part added: no output until the first delta
    expect(r.timing?.timeToFirstTokenSeconds).toBe(0.14);
    // gpt-4.1: 500 fresh × $2 + 1500 cached × $0.50 in; 30 × $8 out (per million)
    expect(r.cost!.input).toBeCloseTo((500 * 2 + 1500 * 0.5) / 1e6, 15);
    expect(r.cost!.output).toBeCloseTo((30 * 8) / 1e6, 15);
    expect(r.outcome).toBe('completed');
  });

  test('Anthropic: message_delta overwrites the placeholder output count; cached input is added to input_tokens', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { request: { model: 'claude-sonnet-4-5', system: 'Use tools.', messages: [{ role: 'user', content: 'Weather in Paris?' }], max_tokens: 1024, top_k: 5 } });
    const events = anthropicEvents(['Let me check.'], { input: 100, output: 42, cacheRead: 1000, cacheWrite: 200 }, { name: 'get_weather', json: ['{"city": ', '"Paris"}'] });
    await drain(await trackLlmCall(fakeStreamingCall(clock, 30, spaced(events, [20])), options));
    const r = records[0]!;
    expect(r.provider).toBe('anthropic');
    expect(r.usage).toEqual({ inputTokens: 1300, outputTokens: 42, cacheReadInputTokens: 1000, cacheCreationInputTokens: 200 });
    expect(r.response).toEqual({ id: 'msg_01XFDUDYJgAACzvnptvVoYEL', model: 'claude-sonnet-4-5-20250929', finishReasons: ['tool_use'] });
    expect(r.output).toEqual([
      {
        role: 'assistant',
        parts: [
          { type: 'text', content: 'Let me check.' },
          { type: 'tool_call', id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'get_weather', arguments: { city: 'Paris' } },
        ],
        finish_reason: 'tool_use',
      },
    ]);
    expect(r.request).toEqual({ model: 'claude-sonnet-4-5', maxTokens: 1024, topK: 5 });
    // claude-sonnet-4-5: 100 × $3 + 1000 × $0.30 + 200 × $3.75 in, 42 × $15 out (per million)
    expect(r.cost!.total).toBeCloseTo((100 * 3 + 1000 * 0.3 + 200 * 3.75 + 42 * 15) / 1e6, 15);
  });

  test('a plain async iterable of strings is returned as is and measured', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { request: { model: 'llama-3.1-8b', prompt: 'Say hi' } });
    const source = timedChunks(clock, spaced(['Hi', ' there'], [200, 300]));
    const tracked = trackLlmCall(source, options);
    expect(tracked).toBe(source);
    expect(await drain(tracked)).toEqual(['Hi', ' there']);
    const r = records[0]!;
    expect(r.provider).toBeUndefined();
    expect(r.outcome).toBe('completed');
    expect(r.output).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'Hi there' }] }]);
    expect(r.usage).toEqual({ inputTokens: tokens('Say hi'), inputEstimated: true, outputTokens: tokens('Hi there'), outputEstimated: true });
    expect(r.timing).toMatchObject({ timeToFirstChunkSeconds: 0.2, timeToLastChunkSeconds: 0.5, chunkCount: 2, outputTokensPerSecond: tokens('Hi there') / 0.3 });
    expect(r.cost).toBeUndefined(); // no price for this model
  });

  test.each([
    ['chat completion', openaiChatCompletion('Four.', { prompt: 30, completion: 2, cached: 0 }), { inputTokens: 30, outputTokens: 2, cacheReadInputTokens: 0, reasoningOutputTokens: 0 }, ['stop']],
    ['Anthropic message', anthropicMessage('Four.', { input: 25, output: 3, cacheRead: 5 }), { inputTokens: 30, outputTokens: 3, cacheReadInputTokens: 5, cacheCreationInputTokens: 0 }, ['end_turn']],
  ])('a non-streamed %s: usage, output and duration', async (_name, response, usage, finishReasons) => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const value = await trackLlmCall(fakeCall(clock, 1250, response), options);
    expect(value).toBe(response);
    await Promise.resolve();
    const r = records[0]!;
    expect(r.usage).toEqual(usage);
    expect(r.response?.finishReasons).toEqual(finishReasons);
    expect(r.output).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'Four.' }], finish_reason: finishReasons[0] }]);
    expect(r.timing).toEqual({ startTime: new Date(1_700_000_000_000).toISOString(), durationSeconds: 1.25, outputTokensPerSecond: usage.outputTokens / 1.25 });
    expect(r.cost).toBeDefined();
  });
});

describe('failures reach the caller unchanged and are recorded', () => {
  test('an error in the middle of a stream: same error object, partial output, outcome error', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const cut = new TypeError('terminated');
    const chunks = openaiChatChunks(['Hello', ' wor']).slice(0, 3); // role, 'Hello', ' wor': then the connection drops
    const stream = await trackLlmCall(fakeStreamingCall(clock, 100, spaced(chunks, [100]), { afterMs: 700, error: cut }), options);
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const c of stream) seen.push(c);
      })(),
    ).rejects.toBe(cut);
    expect(seen).toHaveLength(3);
    const r = records[0]!;
    expect(r.outcome).toBe('error');
    expect(r.error).toEqual({ type: 'TypeError', message: 'terminated' });
    expect(r.output).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'Hello wor' }] }]);
    expect(r.timing).toMatchObject({ chunkCount: 3, timeToFirstChunkSeconds: 0.2, timeToLastChunkSeconds: 0.4, durationSeconds: 1.1 });
    expect(r.usage?.outputEstimated).toBe(true);
  });

  test('a rejected request (HTTP 429 after SDK retries): same error, outcome error with its class name, no unhandled rejection', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { request: chatRequest });
    const err = new RateLimitError('429 Rate limit reached for gpt-4o-mini');
    const call = trackLlmCall(fakeCall(clock, 300, { error: err }), options);
    await expect(call).rejects.toBe(err);
    expect(records[0]).toMatchObject({ outcome: 'error', error: { type: 'RateLimitError', message: '429 Rate limit reached for gpt-4o-mini' }, timing: { durationSeconds: 0.3 } });
    expect(records[0]!.timing?.chunkCount).toBeUndefined();
  });

  test.each([
    { name: 'an AbortSignal abort', makeError: () => new DOMException('This operation was aborted', 'AbortError'), type: 'AbortError', outcome: 'aborted' },
    { name: "the SDK's user-abort error", makeError: () => new APIUserAbortError('Request was aborted.'), type: 'APIUserAbortError', outcome: 'aborted' },
    { name: 'an SDK connection timeout', makeError: () => Object.assign(new Error('Request timed out.'), { name: 'APIConnectionTimeoutError' }), type: 'APIConnectionTimeoutError', outcome: 'timeout' },
  ])('$name mid-stream is recorded as $outcome', async ({ makeError, type, outcome }) => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const error = makeError();
    const stream = await trackLlmCall(fakeStreamingCall(clock, 10, spaced(openaiChatChunks(['a']).slice(0, 2), [10]), { error }), options);
    await expect(drain(stream)).rejects.toBe(error);
    expect(records[0]).toMatchObject({ outcome, error: { type } });
  });

  test('a stalled stream fails after stallTimeoutMs and the SDK stream is closed (its request aborted)', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock, { stallTimeoutMs: 30 });
    const stream = await trackLlmCall(fakeStreamingCall(clock, 10, spaced(openaiChatChunks(['a']).slice(0, 2), [10]), { stall: true }), options);
    await expect(drain(stream)).rejects.toBeInstanceOf(StreamStallError);
    expect(stream.controller.signal.aborted).toBe(true);
    expect(records[0]).toMatchObject({ outcome: 'timeout', error: { type: 'StreamStallError' }, timing: { chunkCount: 2 } });
  });

  test('a stream that just ends without its end event is truncated', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const events = anthropicEvents(['Hello'], { input: 10, output: 5 }).slice(0, 4); // start, block start, ping, one delta
    await drain(await trackLlmCall(fakeStreamingCall(clock, 10, spaced(events, [10])), options));
    expect(records[0]!.outcome).toBe('truncated');
    // message_start gave the input count; the output count never came
    expect(records[0]!.usage).toMatchObject({ inputTokens: 10, outputTokens: tokens('Hello'), outputEstimated: true });
  });
});

describe('a consumer that stops early still gets a record', () => {
  test('break before the end: outcome cancelled, and the SDK stream is closed', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const stream = await trackLlmCall(fakeStreamingCall(clock, 100, spaced(openaiChatChunks(['one ', 'two ', 'three']), [50])), options);
    for await (const chunk of stream) {
      if (JSON.stringify(chunk).includes('two')) break;
    }
    expect(stream.returned).toBe(true);
    expect(stream.controller.signal.aborted).toBe(true);
    const r = records[0]!;
    expect(r.outcome).toBe('cancelled');
    expect(r.output).toEqual([{ role: 'assistant', parts: [{ type: 'text', content: 'one two ' }] }]);
    expect(r.timing).toMatchObject({ chunkCount: 3, timeToLastChunkSeconds: 0.25, durationSeconds: 0.25 });
  });

  test("break after the provider's end event but before the usage chunk: completed, tokens estimated", async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const stream = await trackLlmCall(fakeStreamingCall(clock, 100, spaced(openaiChatChunks(['done'], { prompt: 5, completion: 1 }), [50])), options);
    for await (const chunk of stream) {
      if (JSON.stringify(chunk).includes('"finish_reason":"stop"')) break;
    }
    expect(records[0]).toMatchObject({ outcome: 'completed', usage: { outputTokens: tokens('done'), outputEstimated: true } });
  });
});

describe('the tracker never disturbs the call', () => {
  test('a throwing onRecord goes to onError; the stream is unaffected', async () => {
    const clock = fakeClock();
    const errors: Error[] = [];
    const chunks = openaiChatChunks(['x']);
    const stream = await trackLlmCall(fakeStreamingCall(clock, 1, spaced(chunks, [1])), {
      clock: clock.now,
      app: false,
      onRecord: () => {
        throw new Error('sink down');
      },
      onError: (e) => errors.push(e),
    });
    expect(await drain(stream)).toEqual(chunks);
    expect(errors.map((e) => e.message)).toEqual(['sink down']);
  });

  test('chunks of no known shape pass through and are counted', async () => {
    const clock = fakeClock();
    const { options, records, errors } = tracking(clock);
    const odd = [null, 42, { type: 'text-delta', textDelta: 'hi' }, ['a'], { choices: 'nope' }];
    expect(await drain(trackLlmCall(timedChunks(clock, spaced(odd, [10])), options))).toEqual(odd);
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({ outcome: 'completed', timing: { chunkCount: 5 } });
  });

  test('a request that cannot be read costs the record its detail, never the call', async () => {
    const clock = fakeClock();
    const { options, records, errors } = tracking(clock);
    const request = {
      get model(): string {
        throw new Error('getter exploded');
      },
    };
    const chunks = openaiChatChunks(['x']);
    expect(await drain(await trackLlmCall(fakeStreamingCall(clock, 1, spaced(chunks, [1])), { ...options, request }))).toEqual(chunks);
    expect(errors.map((e) => e.message)).toEqual(['getter exploded']);
    expect(records[0]).toMatchObject({ outcome: 'completed', usage: { outputTokens: tokens('x') } });
    expect(records[0]!.request).toBeUndefined();
  });

  test('a frozen iterable is measured through an object that inherits from it', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const source = timedChunks(clock, spaced(['a', 'b'], [10]));
    const frozen = Object.freeze({ [Symbol.asyncIterator]: () => source });
    expect(await drain(trackLlmCall(frozen, options))).toEqual(['a', 'b']);
    expect(records[0]!.timing?.chunkCount).toBe(2);
  });

  test('a frozen SDK stream (private fields, controller) still works and is measured', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const chunks = openaiChatChunks(['a', 'b']);
    const frozen = Object.freeze(new FakeSdkStream(timedChunks(clock, spaced(chunks, [10]))));
    const tracked = trackLlmCall(frozen, options);
    expect(tracked.controller).toBe(frozen.controller);
    expect(await drain(tracked)).toEqual(chunks);
    expect(records[0]).toMatchObject({ outcome: 'completed', timing: { chunkCount: chunks.length } });
  });

  test('a second iteration of the same stream is not measured twice', async () => {
    const clock = fakeClock();
    const { options, records } = tracking(clock);
    const gen = async function* () {
      yield 'x';
    };
    const iterable = { [Symbol.asyncIterator]: () => gen() };
    const tracked = trackLlmCall(iterable, options);
    await drain(tracked);
    await drain(tracked);
    expect(records).toHaveLength(1);
  });
});

describe('run metadata', () => {
  test('run id, conversation, prompt template, RAG details and app context go into the record', async () => {
    const clock = fakeClock();
    const rag = { retriever: 'bm25+ann', dataSourceId: 'kb-prod', topK: 2, query: 'refund policy', documents: [{ id: 'doc-1', score: 0.91, content: 'Refunds within 30 days.' }, { id: 'doc-7', score: 0.72 }] };
    const { options, records } = tracking(clock, {
      runId: 'run-42',
      conversationId: 'conv-9',
      prompt: { name: 'support-answer', version: '3' },
      rag,
      app: { serviceName: 'support-bot', serviceVersion: '1.4.2', environment: 'staging', gitCommit: 'a'.repeat(40) },
      provider: 'azure.ai.openai',
      operation: 'text_completion',
    });
    await drain(await trackLlmCall(fakeStreamingCall(clock, 1, spaced(openaiChatChunks(['ok']), [1])), options));
    const r = records[0]!;
    expect(r.run).toEqual({ runId: 'run-42', conversationId: 'conv-9' });
    expect(r.prompt).toEqual({ name: 'support-answer', version: '3' });
    expect(r.rag).toEqual(rag);
    expect(r.app).toMatchObject({ serviceName: 'support-bot', serviceVersion: '1.4.2', environment: 'staging', gitCommit: 'a'.repeat(40) });
    expect(r.app?.hostName).toBeTypeOf('string');
    expect(r.provider).toBe('azure.ai.openai');
    expect(r.operation).toBe('text_completion');
  });

  test('the configuration hash follows model, parameters and template, not the messages', async () => {
    const hashOf = async (request: object, prompt?: { name: string; version: string }) => {
      const clock = fakeClock();
      const { options, records } = tracking(clock, { request, ...(prompt === undefined ? {} : { prompt }) });
      await drain(await trackLlmCall(fakeStreamingCall(clock, 1, spaced(openaiChatChunks(['ok']), [1])), options));
      return records[0]!.configHash!;
    };
    const base = await hashOf(chatRequest);
    expect(await hashOf({ ...chatRequest, messages: [{ role: 'user', content: 'something else' }] })).toBe(base);
    expect(await hashOf({ ...chatRequest, stream: false })).toBe(base);
    expect(await hashOf({ ...chatRequest, temperature: 0.3 })).not.toBe(base);
    expect(await hashOf({ ...chatRequest, model: 'gpt-4o' })).not.toBe(base);
    expect(await hashOf(chatRequest, { name: 't', version: '2' })).not.toBe(await hashOf(chatRequest, { name: 't', version: '3' }));
  });
});
