/**
 * Fake model calls with the exact shapes the official SDKs produce (openai 6.x, @anthropic-ai/sdk),
 * on a fake clock: no network, no SDK dependency, exact times.
 */

export interface FakeClock {
  readonly now: () => number;
  advance(ms: number): void;
}

/** Starts at a round epoch time so every difference is an exact integer of milliseconds. */
export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let t = start;
  return {
    now: () => t,
    advance(ms) {
      t += ms;
    },
  };
}

/** One step of a fake stream: wait `ms` on the fake clock, then deliver `chunk`. */
export type Step<C> = readonly [ms: number, chunk: C];

export interface StreamEnd {
  /** Time between the last chunk and the end (or the error). */
  readonly afterMs?: number;
  /** Thrown instead of ending, like a cut connection (`TypeError: terminated`). */
  readonly error?: unknown;
  /** Never ends: the next read waits forever (a stalled stream). */
  readonly stall?: boolean;
}

export async function* timedChunks<C>(clock: FakeClock, steps: readonly Step<C>[], end: StreamEnd = {}): AsyncGenerator<C> {
  for (const [ms, chunk] of steps) {
    clock.advance(ms);
    yield chunk;
  }
  clock.advance(end.afterMs ?? 0);
  if (end.stall === true) await new Promise(() => undefined);
  if (end.error !== undefined) throw end.error;
}

/**
 * Like the SDKs' `Stream`: a class with private state, a `controller` that aborts the HTTP request
 * when the consumer stops early, readable once.
 */
export class FakeSdkStream<C> implements AsyncIterable<C> {
  #consumed = false;
  readonly controller = new AbortController();
  returned = false;

  constructor(private readonly source: AsyncIterator<C>) {}

  [Symbol.asyncIterator](): AsyncIterator<C> {
    if (this.#consumed) throw new Error('Cannot iterate over a consumed stream, use `.tee()` to split the stream.');
    this.#consumed = true;
    return {
      next: () => this.source.next(),
      return: async () => {
        this.returned = true;
        this.controller.abort();
        await this.source.return?.(undefined);
        return { done: true, value: undefined };
      },
    };
  }
}

/**
 * Like the SDKs' `APIPromise`: a Promise subclass that parses lazily and once, with
 * `.withResponse()` returning the same parsed data plus the raw response.
 */
export class FakeAPIPromise<T> extends Promise<T> {
  private parsed: Promise<T> | undefined;
  private readonly produce: () => Promise<T>;

  constructor(produce: () => Promise<T>) {
    super((resolve) => resolve(null as T));
    this.produce = produce;
  }

  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  parse(): Promise<T> {
    this.parsed ??= this.produce();
    return this.parsed;
  }

  override then<A = T, B = never>(onFulfilled?: ((v: T) => A | PromiseLike<A>) | null, onRejected?: ((e: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.parse().then(onFulfilled, onRejected);
  }

  override catch<B = never>(onRejected?: ((e: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.parse().catch(onRejected);
  }

  async withResponse(): Promise<{ data: T; response: { status: number }; request_id: string }> {
    return { data: await this.parse(), response: { status: 200 }, request_id: 'req_fake' };
  }
}

/** `client.…create({ stream: true })`: the headers arrive after `headersMs`, then the chunks. */
export function fakeStreamingCall<C>(clock: FakeClock, headersMs: number, steps: readonly Step<C>[], end?: StreamEnd): FakeAPIPromise<FakeSdkStream<C>> {
  return new FakeAPIPromise(async () => {
    clock.advance(headersMs);
    return new FakeSdkStream(timedChunks(clock, steps, end));
  });
}

/** A non-streamed call that answers after `ms`, or fails with `error`. */
export function fakeCall<T>(clock: FakeClock, ms: number, response: T | { error: unknown }): FakeAPIPromise<T> {
  return new FakeAPIPromise(async () => {
    clock.advance(ms);
    if (typeof response === 'object' && response !== null && 'error' in response) throw response.error;
    return response as T;
  });
}

/** Stand-ins for SDK error classes: like them, they keep the name `Error`. */
export class RateLimitError extends Error {
  readonly status = 429;
}
export class APIUserAbortError extends Error {}

// ---- OpenAI Chat Completions ------------------------------------------------------------------

const CHAT_HEAD = { id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT', object: 'chat.completion.chunk', created: 1727000000, model: 'gpt-4o-mini-2024-07-18', service_tier: 'default', system_fingerprint: 'fp_44709d6fcb' } as const;

/** A role chunk, one chunk per piece of text, a finish_reason chunk, and (with usage) the usage-only chunk whose `choices` is `[]`. */
export function openaiChatChunks(pieces: readonly string[], usage?: { prompt: number; completion: number; cached?: number; reasoning?: number }): object[] {
  const withUsage = usage !== undefined;
  const u = withUsage ? { usage: null } : {};
  return [
    { ...CHAT_HEAD, choices: [{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }], ...u, obfuscation: 'x3' },
    ...pieces.map((content) => ({ ...CHAT_HEAD, choices: [{ index: 0, delta: { content }, logprobs: null, finish_reason: null }], ...u, obfuscation: 'Qa' })),
    { ...CHAT_HEAD, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'stop' }], ...u, obfuscation: 'f' },
    ...(withUsage
      ? [
          {
            ...CHAT_HEAD,
            choices: [],
            usage: {
              prompt_tokens: usage.prompt,
              completion_tokens: usage.completion,
              total_tokens: usage.prompt + usage.completion,
              prompt_tokens_details: { cached_tokens: usage.cached ?? 0, audio_tokens: 0 },
              completion_tokens_details: { reasoning_tokens: usage.reasoning ?? 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
            },
            obfuscation: 'kq',
          },
        ]
      : []),
  ];
}

/** Tool-call deltas as Chat Completions streams them: id and name first, arguments in pieces. */
export function openaiToolCallChunks(name: string, argPieces: readonly string[]): object[] {
  return [
    { ...CHAT_HEAD, choices: [{ index: 0, delta: { role: 'assistant', content: null, tool_calls: [{ index: 0, id: 'call_DdmO9pD3xa9XTPNJ32zg2hcA', type: 'function', function: { name, arguments: '' } }], refusal: null }, logprobs: null, finish_reason: null }] },
    ...argPieces.map((p) => ({ ...CHAT_HEAD, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: p } }] }, logprobs: null, finish_reason: null }] })),
    { ...CHAT_HEAD, choices: [{ index: 0, delta: {}, logprobs: null, finish_reason: 'tool_calls' }] },
  ];
}

export const openaiChatCompletion = (text: string, usage: { prompt: number; completion: number; cached?: number }) => ({
  id: 'chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG',
  object: 'chat.completion',
  created: 1727000000,
  model: 'gpt-4o-2024-08-06',
  choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
  usage: {
    prompt_tokens: usage.prompt,
    completion_tokens: usage.completion,
    total_tokens: usage.prompt + usage.completion,
    prompt_tokens_details: { cached_tokens: usage.cached ?? 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  },
  service_tier: 'default',
  system_fingerprint: 'fp_50cad350e4',
});

// ---- OpenAI Responses ---------------------------------------------------------------------------

const responseObject = (status: string, usage: object | null, output: object[]) => ({
  id: 'resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b',
  object: 'response',
  created_at: 1741476542,
  status,
  error: null,
  incomplete_details: null,
  instructions: null,
  model: 'gpt-4.1-2025-04-14',
  output,
  parallel_tool_calls: true,
  temperature: 1,
  usage,
});

/** created, in_progress, item and part added, text deltas, the done events, and `response.completed` with usage. */
export function openaiResponsesEvents(pieces: readonly string[], usage: { input: number; output: number; cached?: number; reasoning?: number }): object[] {
  const item = 'msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b';
  const text = pieces.join('');
  const message = { id: item, type: 'message', status: 'completed', role: 'assistant', content: [{ type: 'output_text', text, annotations: [] }] };
  let seq = 0;
  return [
    { type: 'response.created', sequence_number: seq++, response: responseObject('in_progress', null, []) },
    { type: 'response.in_progress', sequence_number: seq++, response: responseObject('in_progress', null, []) },
    { type: 'response.output_item.added', sequence_number: seq++, output_index: 0, item: { id: item, type: 'message', status: 'in_progress', role: 'assistant', content: [] } },
    { type: 'response.content_part.added', sequence_number: seq++, item_id: item, output_index: 0, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } },
    ...pieces.map((delta) => ({ type: 'response.output_text.delta', sequence_number: seq++, item_id: item, output_index: 0, content_index: 0, delta, logprobs: [] })),
    { type: 'response.output_text.done', sequence_number: seq++, item_id: item, output_index: 0, content_index: 0, text, logprobs: [] },
    { type: 'response.content_part.done', sequence_number: seq++, item_id: item, output_index: 0, content_index: 0, part: { type: 'output_text', text, annotations: [] } },
    { type: 'response.output_item.done', sequence_number: seq++, output_index: 0, item: message },
    {
      type: 'response.completed',
      sequence_number: seq++,
      response: responseObject(
        'completed',
        { input_tokens: usage.input, input_tokens_details: { cached_tokens: usage.cached ?? 0 }, output_tokens: usage.output, output_tokens_details: { reasoning_tokens: usage.reasoning ?? 0 }, total_tokens: usage.input + usage.output },
        [message],
      ),
    },
  ];
}

// ---- Anthropic Messages -----------------------------------------------------------------------

/**
 * message_start (output_tokens: a placeholder), ping, a text block, optionally a tool_use block
 * with input_json_delta pieces, message_delta with the real output count, message_stop.
 */
export function anthropicEvents(pieces: readonly string[], usage: { input: number; output: number; cacheRead?: number; cacheWrite?: number }, tool?: { name: string; json: readonly string[] }): object[] {
  return [
    {
      type: 'message_start',
      message: {
        id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
        type: 'message',
        role: 'assistant',
        content: [],
        model: 'claude-sonnet-4-5-20250929',
        stop_reason: null,
        stop_sequence: null,
        usage: { input_tokens: usage.input, cache_creation_input_tokens: usage.cacheWrite ?? 0, cache_read_input_tokens: usage.cacheRead ?? 0, output_tokens: 1, service_tier: 'standard' },
      },
    },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'ping' },
    ...pieces.map((text) => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } })),
    { type: 'content_block_stop', index: 0 },
    ...(tool === undefined
      ? []
      : [
          { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: tool.name, input: {} } },
          ...tool.json.map((partial_json) => ({ type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json } })),
          { type: 'content_block_stop', index: 1 },
        ]),
    { type: 'message_delta', delta: { stop_reason: tool === undefined ? 'end_turn' : 'tool_use', stop_sequence: null }, usage: { output_tokens: usage.output } },
    { type: 'message_stop' },
  ];
}

export const anthropicMessage = (text: string, usage: { input: number; output: number; cacheRead?: number; cacheWrite?: number }) => ({
  id: 'msg_013Zva2CMHLNnXjNJJKqJ2EF',
  type: 'message',
  role: 'assistant',
  model: 'claude-haiku-4-5-20251001',
  content: [{ type: 'text', text }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: usage.input, cache_creation_input_tokens: usage.cacheWrite ?? 0, cache_read_input_tokens: usage.cacheRead ?? 0, output_tokens: usage.output },
});

/** Spaced so the fake clock shows each step: [gap before chunk i, chunk i]. */
export const spaced = <C>(chunks: readonly C[], gaps: readonly number[]): Step<C>[] => chunks.map((c, i) => [gaps[i] ?? gaps[gaps.length - 1]!, c] as const);
