import { isObject, parseArguments, str, summaryParts, toParts } from '../messages';
import { int, type ResponseState } from '../response-state';

/**
 * OpenAI Responses API. Streamed as typed events with a `sequence_number`: text arrives in
 * `response.output_text.delta`, usage only in the final `response.completed` (or
 * `response.incomplete` / `response.failed`) event's `response.usage`.
 */

type Obj = Readonly<Record<string, unknown>>;

const END_EVENTS = new Set(['response.completed', 'response.incomplete', 'response.failed']);

export function isResponsesEvent(c: Obj): boolean {
  const type = str(c['type']);
  return type !== undefined && (type.startsWith('response.') || (type === 'error' && 'sequence_number' in c));
}

export function isResponse(r: Obj): boolean {
  return r['object'] === 'response';
}

/** Returns whether the event carried output. */
export function observeResponsesEvent(state: ResponseState, e: Obj): boolean {
  state.format = 'openai-responses';
  const type = str(e['type'])!;
  const out = state.output(0);
  const key = `${str(e['item_id']) ?? int(e['output_index']) ?? 0}:${int(e['content_index']) ?? 0}`;
  const delta = str(e['delta']);
  switch (type) {
    case 'response.created':
    case 'response.in_progress':
      if (isObject(e['response'])) header(state, e['response']);
      return false;
    case 'response.output_text.delta':
      if (delta === undefined || delta === '') return false;
      out.text(key, 'text', delta);
      return true;
    case 'response.refusal.delta':
      if (delta === undefined || delta === '') return false;
      out.text(key, 'refusal', delta);
      return true;
    case 'response.reasoning_summary_text.delta':
    case 'response.reasoning_text.delta':
      if (delta === undefined || delta === '') return false;
      out.text(key, 'reasoning', delta);
      return true;
    case 'response.output_item.added': {
      const item = isObject(e['item']) ? e['item'] : {};
      if (item['type'] === 'function_call') out.toolCall(`${str(item['id']) ?? int(e['output_index']) ?? 0}:fn`, str(item['call_id']), str(item['name']));
      return false;
    }
    case 'response.function_call_arguments.delta':
      if (delta === undefined || delta === '') return false;
      out.toolArguments(`${str(e['item_id']) ?? int(e['output_index']) ?? 0}:fn`, delta);
      return true;
    case 'error':
      state.error = { type: str(e['code']) ?? 'error', ...(str(e['message']) === undefined ? {} : { message: str(e['message'])! }) };
      return false;
  }
  if (END_EVENTS.has(type) && isObject(e['response'])) {
    state.ended = true;
    finish(state, e['response']);
  }
  return false;
}

/** A non-streamed `response` object: `output` items, `usage`, `status`. */
export function observeResponse(state: ResponseState, r: Obj): void {
  state.format = 'openai-responses';
  state.ended = true;
  const out = state.output(0);
  for (const item of Array.isArray(r['output']) ? r['output'] : []) {
    if (!isObject(item)) continue;
    if (item['type'] === 'message') for (const part of toParts(item['content'])) out.push(part);
    else if (item['type'] === 'function_call') out.push({ type: 'tool_call', id: str(item['call_id']), name: str(item['name']) ?? '', arguments: parseArguments(item['arguments']) });
    else if (item['type'] === 'reasoning') for (const part of summaryParts(item['summary'])) out.push(part);
  }
  finish(state, r);
}

function header(state: ResponseState, r: Obj): void {
  state.id ??= str(r['id']);
  state.model ??= str(r['model']);
}

/** Responses have a status, not a finish reason: `completed`, or why it is incomplete, or `failed`. */
function finish(state: ResponseState, r: Obj): void {
  header(state, r);
  const status = str(r['status']);
  const incomplete = isObject(r['incomplete_details']) ? str(r['incomplete_details']['reason']) : undefined;
  const reason = incomplete ?? status;
  if (reason !== undefined) state.finish(0, reason);
  if (status === 'failed') {
    const err = isObject(r['error']) ? r['error'] : {};
    state.error = { type: str(err['code']) ?? 'response_failed', ...(str(err['message']) === undefined ? {} : { message: str(err['message'])! }) };
  }
  const u = r['usage'];
  if (!isObject(u)) return;
  const input = int(u['input_tokens']);
  const output = int(u['output_tokens']);
  if (input !== undefined) state.usage.input = input;
  if (output !== undefined) state.usage.output = output;
  const cached = isObject(u['input_tokens_details']) ? int(u['input_tokens_details']['cached_tokens']) : undefined;
  if (cached !== undefined) state.usage.cacheRead = cached;
  const reasoning = isObject(u['output_tokens_details']) ? int(u['output_tokens_details']['reasoning_tokens']) : undefined;
  if (reasoning !== undefined) state.usage.reasoning = reasoning;
}
