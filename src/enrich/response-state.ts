import type { LlmError, MessagePart, OutputMessage } from './record';

export type ResponseFormat = 'openai-chat' | 'openai-responses' | 'anthropic' | 'text';

/** Token counts as the provider reported them, normalised: `input` includes cached input. */
export interface ReportedUsage {
  input?: number;
  output?: number;
  cacheRead?: number;
  cacheCreation?: number;
  reasoning?: number;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type BuildingPart = Mutable<MessagePart> & { content?: string; arguments?: unknown };

/** One choice's output, assembled from deltas: consecutive deltas of one block join one part. */
class OutputBuilder {
  private readonly parts: BuildingPart[] = [];
  private readonly byKey = new Map<string, BuildingPart>();
  finishReason: string | undefined;

  text(key: string, type: 'text' | 'reasoning' | 'refusal', delta: string): void {
    const part = this.byKey.get(key);
    if (part !== undefined && typeof part.content === 'string') part.content += delta;
    else this.add(key, { type, content: delta });
  }

  toolCall(key: string, id: string | undefined, name: string | undefined): void {
    const part = this.byKey.get(key);
    if (part === undefined) this.add(key, { type: 'tool_call', ...(id === undefined ? {} : { id }), name: name ?? '', arguments: '' });
    else if (name !== undefined && name !== '') (part as { name?: string }).name = name;
  }

  toolArguments(key: string, delta: string): void {
    if (!this.byKey.has(key)) this.toolCall(key, undefined, undefined);
    const part = this.byKey.get(key)!;
    part.arguments = String(part.arguments ?? '') + delta;
  }

  /** A whole part from a non-streamed response. */
  push(part: MessagePart): void {
    this.parts.push({ ...part });
  }

  message(): OutputMessage {
    return { role: 'assistant', parts: this.parts.map(finishPart), ...(this.finishReason === undefined ? {} : { finish_reason: this.finishReason }) };
  }

  private add(key: string, part: BuildingPart): void {
    this.byKey.set(key, part);
    this.parts.push(part);
  }
}

function finishPart(part: BuildingPart): MessagePart {
  if (part.type !== 'tool_call' || typeof part.arguments !== 'string') return part as MessagePart;
  const { arguments: raw, ...rest } = part;
  if (raw === '') return rest as MessagePart;
  try {
    return { ...rest, arguments: JSON.parse(raw) } as MessagePart;
  } catch {
    return { ...rest, arguments: raw } as MessagePart;
  }
}

/** What a response told us so far, fed chunk by chunk (or at once for a non-streamed response). */
export class ResponseState {
  format: ResponseFormat | undefined;
  id: string | undefined;
  model: string | undefined;
  /** The provider's end event arrived (finish_reason, response.completed, message_stop). */
  ended = false;
  /** An error the provider reported inside the stream or the response body. */
  error: LlmError | undefined;
  readonly usage: ReportedUsage = {};
  private readonly outputs = new Map<number, OutputBuilder>();

  output(index: number): OutputBuilder {
    let b = this.outputs.get(index);
    if (b === undefined) this.outputs.set(index, (b = new OutputBuilder()));
    return b;
  }

  finish(index: number, reason: string): void {
    this.output(index).finishReason = reason;
  }

  private byChoice(): OutputBuilder[] {
    return [...this.outputs.entries()].sort((a, b) => a[0] - b[0]).map(([, b]) => b);
  }

  messages(): OutputMessage[] {
    return this.byChoice().map((b) => b.message());
  }

  finishReasons(): string[] {
    return this.byChoice().flatMap((b) => (b.finishReason === undefined ? [] : [b.finishReason]));
  }

  /** The provider that owns this wire format, when the caller did not say. */
  provider(): string | undefined {
    if (this.format === 'openai-chat' || this.format === 'openai-responses') return 'openai';
    if (this.format === 'anthropic') return 'anthropic';
    return undefined;
  }
}

export const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
