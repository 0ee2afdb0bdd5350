/**
 * Where the streamed text sits in the chunks of the LLM SDKs (openai 6, @anthropic-ai/sdk 1), so a
 * streamed completion can be redacted without changing the chunks' shape. A text that continues
 * across chunks is a channel: one choice's content, one tool call's arguments, one content block.
 */

export type Path = readonly (string | number)[];
type Obj = Record<string, unknown>;

/** A piece of a channel's text in one chunk, and where it sits. */
export interface Slot {
  readonly channel: string;
  readonly path: Path;
  readonly text: string;
}

export interface ChunkFamily {
  slots(chunk: Obj): Slot[];
  /** Whether this chunk ends the channel (the end of a choice, a content block, the response). */
  ends(chunk: Obj, channel: string): boolean;
  /** Where this chunk can carry an ended channel's last text, when it has no slot for it. */
  tailPath(chunk: Obj, channel: string): Path | undefined;
  /** A chunk of the same kind carrying only `text`, modelled on the chunk `slot` was in. */
  carrier(template: Obj, slot: Slot, text: string): Obj;
}

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** OpenAI Chat Completions chunks: `choices[].delta.content`, `.refusal`, `.tool_calls[].function.arguments`. */
const openAiChat: ChunkFamily = {
  slots(chunk) {
    const out: Slot[] = [];
    (chunk['choices'] as unknown[]).forEach((choice, i) => {
      if (!isObj(choice) || !isObj(choice['delta'])) return;
      const delta = choice['delta'];
      const at = ['choices', i, 'delta'];
      const index = String(choice['index'] ?? i);
      for (const field of ['content', 'refusal']) {
        const text = delta[field];
        if (typeof text === 'string') out.push({ channel: `${index}:${field}`, path: [...at, field], text });
      }
      if (!Array.isArray(delta['tool_calls'])) return;
      delta['tool_calls'].forEach((call: unknown, j) => {
        if (!isObj(call) || !isObj(call['function']) || typeof call['function']['arguments'] !== 'string') return;
        const channel = `${index}:tool:${String(call['index'] ?? j)}`;
        out.push({ channel, path: [...at, 'tool_calls', j, 'function', 'arguments'], text: call['function']['arguments'] });
      });
    });
    return out;
  },
  ends(chunk, channel) {
    return (chunk['choices'] as unknown[]).some((c) => isObj(c) && c['finish_reason'] != null && channel.startsWith(`${String(c['index'])}:`));
  },
  tailPath(chunk, channel) {
    const [index, field] = channel.split(':');
    if (field === 'tool') return undefined;
    const i = (chunk['choices'] as unknown[]).findIndex((c) => isObj(c) && String(c['index']) === index && isObj(c['delta']));
    return i < 0 ? undefined : ['choices', i, 'delta', field!];
  },
  carrier(template, slot, text) {
    const i = slot.path[1] as number;
    const choice = (template['choices'] as Obj[])[i]!;
    const [, field, call] = slot.channel.split(':');
    const delta = field === 'tool' ? { tool_calls: [{ index: Number(call), function: { arguments: text } }] } : { [field!]: text };
    return { ...template, choices: [{ ...choice, delta, finish_reason: null, logprobs: null }] };
  },
};

const ANTHROPIC_DELTA_FIELD: Record<string, string> = { text_delta: 'text', thinking_delta: 'thinking', input_json_delta: 'partial_json' };
const ANTHROPIC_BLOCK_FIELD: Record<string, string> = { text: 'text', thinking: 'thinking' };
const ANTHROPIC_DELTA_TYPE: Record<string, string> = { text: 'text_delta', thinking: 'thinking_delta', partial_json: 'input_json_delta' };

/** Anthropic Messages events: a content block's text, thinking or tool input JSON, from its start to its stop. */
const anthropic: ChunkFamily = {
  slots(chunk) {
    const index = String(chunk['index']);
    const [holder, fields] = chunk['type'] === 'content_block_delta' ? ['delta', ANTHROPIC_DELTA_FIELD] : chunk['type'] === 'content_block_start' ? ['content_block', ANTHROPIC_BLOCK_FIELD] : [];
    const part = holder === undefined ? undefined : chunk[holder];
    if (!isObj(part) || typeof part['type'] !== 'string') return [];
    const field = fields![part['type']];
    const text = field === undefined ? undefined : part[field];
    return typeof text === 'string' ? [{ channel: index, path: [holder!, field!], text }] : [];
  },
  ends(chunk, channel) {
    const type = chunk['type'];
    return (type === 'content_block_stop' && String(chunk['index']) === channel) || type === 'message_delta' || type === 'message_stop';
  },
  tailPath: () => undefined,
  carrier(template, slot, text) {
    const field = slot.path[1] as string;
    return { type: 'content_block_delta', index: template['index'], delta: { type: ANTHROPIC_DELTA_TYPE[field], [field]: text } };
  },
};

const RESPONSE_ENDS = new Set(['response.completed', 'response.incomplete', 'response.failed']);

/** OpenAI Responses events: every `….delta` event's text, until its `….done` event. */
const openAiResponses: ChunkFamily = {
  slots(chunk) {
    const type = chunk['type'] as string;
    if (!type.endsWith('.delta') || typeof chunk['delta'] !== 'string') return [];
    return [{ channel: responsesChannel(type.slice(0, -'.delta'.length), chunk), path: ['delta'], text: chunk['delta'] }];
  },
  ends(chunk, channel) {
    const type = chunk['type'] as string;
    return RESPONSE_ENDS.has(type) || (type.endsWith('.done') && responsesChannel(type.slice(0, -'.done'.length), chunk) === channel);
  },
  tailPath: () => undefined,
  carrier(template, _slot, text) {
    return { ...template, delta: text, ...(Array.isArray(template['logprobs']) ? { logprobs: [] } : {}) };
  },
};

function responsesChannel(kind: string, chunk: Obj): string {
  return [kind, chunk['item_id'], chunk['output_index'], chunk['content_index'], chunk['summary_index']].map(String).join('|');
}

/** Which SDK a chunk comes from, by its shape; undefined for a shape none of them uses. */
export function familyOf(chunk: Obj): ChunkFamily | undefined {
  if (Array.isArray(chunk['choices'])) return openAiChat;
  const type = chunk['type'];
  if (typeof type !== 'string') return undefined;
  return type.startsWith('response.') ? openAiResponses : anthropic;
}
