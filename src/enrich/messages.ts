import type { ChatMessage, MessagePart, OutputMessage } from './record';

/**
 * Provider message shapes (OpenAI Chat and Responses, Anthropic Messages) → the OpenTelemetry GenAI
 * message schema, so every provider logs the same structure. Image, audio and file parts keep only
 * their kind: their data is large and no log needs it.
 */

type Obj = Readonly<Record<string, unknown>>;

export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** OpenTelemetry wants tool arguments as objects; providers send JSON strings. */
export function parseArguments(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Message content (a string, or a list of typed blocks) → parts. */
export function toParts(content: unknown): MessagePart[] {
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', content }];
  if (!Array.isArray(content)) return [];
  return content.flatMap((block) => {
    const part = toPart(block);
    return part === undefined ? [] : [part];
  });
}

function toPart(block: unknown): MessagePart | undefined {
  if (typeof block === 'string') return { type: 'text', content: block };
  if (!isObject(block)) return undefined;
  const type = str(block['type']) ?? 'unknown';
  switch (type) {
    case 'text':
    case 'input_text':
    case 'output_text':
      return { type: 'text', content: str(block['text']) ?? '' };
    case 'refusal':
      return { type: 'refusal', content: str(block['refusal']) ?? '' };
    case 'thinking':
      return { type: 'reasoning', content: str(block['thinking']) ?? '' };
    case 'tool_use':
    case 'server_tool_use':
      return { type: 'tool_call', id: str(block['id']), name: str(block['name']) ?? '', arguments: block['input'] };
    case 'tool_result':
      return { type: 'tool_call_response', id: str(block['tool_use_id']), result: toolResult(block['content']) };
    default:
      return { type };
  }
}

function toolResult(content: unknown): unknown {
  return Array.isArray(content) ? toParts(content) : content;
}

/** One request message or Responses input item → a message. */
export function toMessage(item: unknown): ChatMessage | undefined {
  if (typeof item === 'string') return { role: 'user', parts: toParts(item) };
  if (!isObject(item)) return undefined;
  switch (item['type']) {
    case 'function_call':
      return { role: 'assistant', parts: [{ type: 'tool_call', id: str(item['call_id']), name: str(item['name']) ?? '', arguments: parseArguments(item['arguments']) }] };
    case 'function_call_output':
      return { role: 'tool', parts: [{ type: 'tool_call_response', id: str(item['call_id']), result: item['output'] }] };
    case 'reasoning':
      return { role: 'assistant', parts: summaryParts(item['summary']) };
  }
  const role = str(item['role']) ?? 'user';
  if (role === 'tool' && item['tool_call_id'] !== undefined) {
    return { role, parts: [{ type: 'tool_call_response', id: str(item['tool_call_id']), result: toolResult(item['content']) }] };
  }
  const parts = toParts(item['content']);
  if (Array.isArray(item['tool_calls'])) {
    for (const call of item['tool_calls']) {
      if (!isObject(call)) continue;
      const fn = isObject(call['function']) ? call['function'] : {};
      parts.push({ type: 'tool_call', id: str(call['id']), name: str(fn['name']) ?? '', arguments: parseArguments(fn['arguments']) });
    }
  }
  return { role, parts };
}

export function summaryParts(summary: unknown): MessagePart[] {
  if (!Array.isArray(summary)) return [];
  return summary.filter(isObject).map((s) => ({ type: 'reasoning', content: str(s['text']) ?? '' }));
}

export function toMessages(items: unknown): ChatMessage[] {
  const list = Array.isArray(items) ? items : [items];
  return list.flatMap((m) => {
    const message = toMessage(m);
    return message === undefined ? [] : [message];
  });
}

/** A plain completion string → the one assistant message it stands for. */
export function textOutput(text: string): OutputMessage[] {
  return [{ role: 'assistant', parts: text === '' ? [] : [{ type: 'text', content: text }] }];
}

/**
 * Every piece of text in some parts, for token estimation: text, reasoning, tool arguments and
 * results (serialised when they are objects, as the provider tokenises them).
 */
export function partTexts(parts: readonly MessagePart[], out: string[] = []): string[] {
  for (const part of parts) {
    if ('content' in part && typeof part.content === 'string') out.push(part.content);
    else if (part.type === 'tool_call' && 'name' in part) {
      out.push(part.name);
      pushValue(part.arguments, out);
    } else if (part.type === 'tool_call_response' && 'result' in part) pushValue(part.result, out);
  }
  return out;
}

function pushValue(value: unknown, out: string[]): void {
  if (value === undefined) return;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value) && value.every((v) => isObject(v) && typeof v['type'] === 'string')) partTexts(value as MessagePart[], out);
  else {
    try {
      out.push(JSON.stringify(value) ?? '');
    } catch {
      // A cycle or a BigInt cannot be sent to a provider either: nothing to count.
    }
  }
}
