/**
 * The telemetry of one model call: what `trackLlmCall` measures and what the logger adapters turn
 * into OpenTelemetry GenAI fields. Plain JSON data, so a record survives structured cloning into a
 * pino worker and can be written by hand for calls scrubline did not wrap.
 */

/** A piece of a message, in the OpenTelemetry GenAI message schema. */
export interface TextPart {
  readonly type: 'text' | 'reasoning' | 'refusal';
  readonly content: string;
}

export interface ToolCallPart {
  readonly type: 'tool_call';
  readonly id?: string;
  readonly name: string;
  /** Parsed JSON when the provider sent a JSON string that parses; the string otherwise. */
  readonly arguments?: unknown;
}

export interface ToolResultPart {
  readonly type: 'tool_call_response';
  readonly id?: string;
  readonly result?: unknown;
}

/** Images, audio, files: only their kind is kept, never the data. */
export interface OpaquePart {
  readonly type: string;
}

export type MessagePart = TextPart | ToolCallPart | ToolResultPart | OpaquePart;

export interface ChatMessage {
  readonly role: string;
  readonly parts: readonly MessagePart[];
}

export interface OutputMessage extends ChatMessage {
  readonly finish_reason?: string;
}

/** What was sent to the model: content, subject to the adapters' content policy. */
export interface LlmInput {
  readonly system?: readonly MessagePart[];
  readonly messages?: readonly ChatMessage[];
}

/** Sampling parameters as the request set them. */
export interface LlmRequestParams {
  readonly model?: string;
  readonly temperature?: number;
  readonly topP?: number;
  readonly topK?: number;
  readonly maxTokens?: number;
  readonly seed?: number;
  readonly stopSequences?: readonly string[];
  readonly frequencyPenalty?: number;
  readonly presencePenalty?: number;
  readonly choiceCount?: number;
  readonly stream?: boolean;
}

export interface LlmResponseInfo {
  readonly id?: string;
  readonly model?: string;
  /** The provider's own values (`stop`, `length`, `end_turn`, `max_output_tokens`, …), one per choice. */
  readonly finishReasons?: readonly string[];
}

/**
 * Token counts. `inputTokens` includes cached input (as OpenTelemetry asks), whichever way the
 * provider reports it; `outputTokens` includes reasoning tokens.
 */
export interface LlmUsage {
  readonly inputTokens?: number;
  readonly outputTokens?: number;
  readonly cacheReadInputTokens?: number;
  readonly cacheCreationInputTokens?: number;
  readonly reasoningOutputTokens?: number;
  /** True when the count came from the local tokenizer, not from the provider. */
  readonly inputEstimated?: boolean;
  readonly outputEstimated?: boolean;
}

/** In the pricing table's currency (USD for the built-in table). */
export interface LlmCost {
  readonly input: number;
  readonly output: number;
  readonly total: number;
}

/** All durations in seconds, measured from the start of the call. */
export interface LlmTiming {
  /** ISO 8601 time the call started. */
  readonly startTime: string;
  readonly durationSeconds?: number;
  readonly timeToFirstChunkSeconds?: number;
  /** First chunk that carried output (text, tool-call arguments, reasoning), not just a role or a ping. */
  readonly timeToFirstTokenSeconds?: number;
  readonly timeToLastChunkSeconds?: number;
  readonly chunkCount?: number;
  readonly outputTokensPerSecond?: number;
  readonly interChunkP50Seconds?: number;
  readonly interChunkMaxSeconds?: number;
}

/**
 * How the call ended. `truncated`: the stream ended without the provider's end event;
 * `cancelled`: the consumer stopped reading before the end.
 */
export type LlmOutcome = 'completed' | 'truncated' | 'cancelled' | 'aborted' | 'timeout' | 'error';

export interface LlmError {
  /** The error's class name (`RateLimitError`, `TypeError`, …) or the provider's error code. */
  readonly type: string;
  /** Can quote the prompt (providers echo input in 400s): content, subject to the content policy. */
  readonly message?: string;
}

export interface RunIds {
  readonly runId?: string;
  readonly traceId?: string;
  readonly spanId?: string;
  readonly traceFlags?: string;
  readonly conversationId?: string;
}

export interface AppContext {
  readonly serviceName?: string;
  readonly serviceVersion?: string;
  readonly environment?: string;
  readonly hostName?: string;
  readonly gitCommit?: string;
}

export interface PromptTemplateRef {
  readonly name?: string;
  readonly version?: string;
}

export interface RagDocument {
  readonly id: string;
  readonly score?: number;
  /** Chunk text: logged only with `ragText: true`, and then under the content policy. */
  readonly content?: string;
}

export interface RagDetails {
  readonly retriever?: string;
  /** Index or collection: `gen_ai.data_source.id`. */
  readonly dataSourceId?: string;
  readonly topK?: number;
  /** The retrieval query: content, subject to the content policy. */
  readonly query?: string;
  readonly documents?: readonly RagDocument[];
}

export interface LlmCallRecord {
  readonly provider?: string;
  readonly operation?: string;
  readonly request?: LlmRequestParams;
  readonly response?: LlmResponseInfo;
  readonly usage?: LlmUsage;
  readonly cost?: LlmCost;
  readonly timing?: LlmTiming;
  readonly outcome?: LlmOutcome;
  readonly error?: LlmError;
  /** A plain string is one user message. */
  readonly input?: LlmInput | string;
  /** A plain string is one assistant message. */
  readonly output?: readonly OutputMessage[] | string;
  readonly run?: RunIds;
  readonly app?: AppContext;
  readonly prompt?: PromptTemplateRef;
  /** Stable hash of provider, model, parameters, template and tool names: same hash, same configuration. */
  readonly configHash?: string;
  readonly rag?: RagDetails;
}
