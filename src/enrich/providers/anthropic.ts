import { isObject, str, toParts } from '../messages';
import { int, type ResponseState } from '../response-state';

/**
 * Anthropic Messages. Streamed: `message_start` (its `usage.output_tokens` is a placeholder),
 * content blocks (start / delta / stop), `message_delta` (the real output count: overwrite, never
 * add; recent API versions repeat the input counts there too), `message_stop`. `input_tokens`
 * excludes cached tokens, so the cache reads and writes are added to it.
 */

type Obj = Readonly<Record<string, unknown>>;

const EVENTS = new Set(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop', 'ping']);

export function isAnthropicEvent(c: Obj): boolean {
  const type = str(c['type']);
  return type !== undefined && (EVENTS.has(type) || (type === 'error' && isObject(c['error'])));
}

export function isAnthropicMessage(r: Obj): boolean {
  return r['type'] === 'message' && Array.isArray(r['content']);
}

/** Returns whether the event carried output. */
export function observeAnthropicEvent(state: ResponseState, e: Obj): boolean {
  state.format = 'anthropic';
  const out = state.output(0);
  const key = `block:${int(e['index']) ?? 0}`;
  switch (e['type']) {
    case 'message_start': {
      const message = isObject(e['message']) ? e['message'] : {};
      state.id ??= str(message['id']);
      state.model ??= str(message['model']);
      usage(state, message['usage'], false);
      return false;
    }
    case 'content_block_start': {
      const block = isObject(e['content_block']) ? e['content_block'] : {};
      if (block['type'] === 'tool_use' || block['type'] === 'server_tool_use') out.toolCall(key, str(block['id']), str(block['name']));
      const text = str(block['text']);
      if (text !== undefined && text !== '') {
        out.text(key, 'text', text);
        return true;
      }
      return false;
    }
    case 'content_block_delta': {
      const delta = isObject(e['delta']) ? e['delta'] : {};
      const text = str(delta['text']);
      const json = str(delta['partial_json']);
      const thinking = str(delta['thinking']);
      if (delta['type'] === 'text_delta' && text !== undefined && text !== '') out.text(key, 'text', text);
      else if (delta['type'] === 'input_json_delta' && json !== undefined && json !== '') out.toolArguments(key, json);
      else if (delta['type'] === 'thinking_delta' && thinking !== undefined && thinking !== '') out.text(key, 'reasoning', thinking);
      else return false;
      return true;
    }
    case 'message_delta': {
      const delta = isObject(e['delta']) ? e['delta'] : {};
      const reason = str(delta['stop_reason']);
      if (reason !== undefined) state.finish(0, reason);
      usage(state, e['usage'], true);
      return false;
    }
    case 'message_stop':
      state.ended = true;
      return false;
    case 'error': {
      const err = isObject(e['error']) ? e['error'] : {};
      state.error = { type: str(err['type']) ?? 'error', ...(str(err['message']) === undefined ? {} : { message: str(err['message'])! }) };
      return false;
    }
  }
  return false;
}

export function observeAnthropicMessage(state: ResponseState, r: Obj): void {
  state.format = 'anthropic';
  state.ended = true;
  state.id ??= str(r['id']);
  state.model ??= str(r['model']);
  const out = state.output(0);
  for (const part of toParts(r['content'])) out.push(part);
  const reason = str(r['stop_reason']);
  if (reason !== undefined) state.finish(0, reason);
  usage(state, r['usage'], true);
}

function usage(state: ResponseState, u: unknown, outputIsFinal: boolean): void {
  if (!isObject(u)) return;
  const was = state.usage;
  const uncachedBefore = was.input === undefined ? undefined : was.input - (was.cacheRead ?? 0) - (was.cacheCreation ?? 0);
  const cacheRead = int(u['cache_read_input_tokens']);
  const cacheCreation = int(u['cache_creation_input_tokens']);
  if (cacheRead !== undefined) state.usage.cacheRead = cacheRead;
  if (cacheCreation !== undefined) state.usage.cacheCreation = cacheCreation;
  const uncached = int(u['input_tokens']) ?? uncachedBefore;
  if (uncached !== undefined) state.usage.input = uncached + (state.usage.cacheRead ?? 0) + (state.usage.cacheCreation ?? 0);
  const output = int(u['output_tokens']);
  if (outputIsFinal && output !== undefined) state.usage.output = output;
}
