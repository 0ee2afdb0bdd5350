import { isObject, parseArguments, str, toParts } from '../messages';
import { int, type ResponseState } from '../response-state';

/**
 * OpenAI Chat Completions (and legacy completions). Streamed: a role chunk, `delta.content`
 * chunks, a `finish_reason` chunk, and with `stream_options.include_usage` one last chunk whose
 * `choices` is `[]` and which alone carries `usage`. `prompt_tokens` already includes cached tokens.
 */

type Obj = Readonly<Record<string, unknown>>;

export function isChatChunk(c: Obj): boolean {
  return c['object'] === 'chat.completion.chunk' || c['object'] === 'text_completion' || (Array.isArray(c['choices']) && c['type'] === undefined);
}

export function isChatCompletion(r: Obj): boolean {
  return r['object'] === 'chat.completion' || (Array.isArray(r['choices']) && r['type'] === undefined);
}

/** Returns whether the chunk carried output. */
export function observeChatChunk(state: ResponseState, c: Obj): boolean {
  state.format = 'openai-chat';
  header(state, c);
  let carried = false;
  for (const choice of Array.isArray(c['choices']) ? c['choices'] : []) {
    if (!isObject(choice)) continue;
    const index = int(choice['index']) ?? 0;
    const out = state.output(index);
    const delta = isObject(choice['delta']) ? choice['delta'] : {};
    const text = str(delta['content']) ?? str(choice['text']);
    if (text !== undefined && text !== '') {
      out.text('text', 'text', text);
      carried = true;
    }
    const refusal = str(delta['refusal']);
    if (refusal !== undefined && refusal !== '') {
      out.text('refusal', 'refusal', refusal);
      carried = true;
    }
    // DeepSeek, OpenRouter and vLLM stream visible reasoning beside the content.
    const reasoning = str(delta['reasoning_content']) ?? str(delta['reasoning']);
    if (reasoning !== undefined && reasoning !== '') {
      out.text('reasoning', 'reasoning', reasoning);
      carried = true;
    }
    for (const call of Array.isArray(delta['tool_calls']) ? delta['tool_calls'] : []) {
      if (!isObject(call)) continue;
      const key = `tool:${int(call['index']) ?? 0}`;
      const fn = isObject(call['function']) ? call['function'] : {};
      out.toolCall(key, str(call['id']), str(fn['name']));
      const args = str(fn['arguments']);
      if (args !== undefined && args !== '') out.toolArguments(key, args);
      carried = true;
    }
    const reason = str(choice['finish_reason']);
    if (reason !== undefined) {
      state.finish(index, reason);
      state.ended = true;
    }
  }
  usage(state, c['usage']);
  return carried;
}

export function observeChatCompletion(state: ResponseState, r: Obj): void {
  state.format = 'openai-chat';
  state.ended = true;
  header(state, r);
  for (const choice of Array.isArray(r['choices']) ? r['choices'] : []) {
    if (!isObject(choice)) continue;
    const index = int(choice['index']) ?? 0;
    const out = state.output(index);
    const message = isObject(choice['message']) ? choice['message'] : {};
    for (const part of toParts(str(message['content']) ?? str(choice['text']) ?? message['content'])) out.push(part);
    const refusal = str(message['refusal']);
    if (refusal !== undefined && refusal !== '') out.push({ type: 'refusal', content: refusal });
    for (const call of Array.isArray(message['tool_calls']) ? message['tool_calls'] : []) {
      if (!isObject(call)) continue;
      const fn = isObject(call['function']) ? call['function'] : {};
      out.push({ type: 'tool_call', id: str(call['id']), name: str(fn['name']) ?? '', arguments: parseArguments(fn['arguments']) });
    }
    const reason = str(choice['finish_reason']);
    if (reason !== undefined) state.finish(index, reason);
  }
  usage(state, r['usage']);
}

function header(state: ResponseState, c: Obj): void {
  state.id ??= str(c['id']);
  state.model ??= str(c['model']);
}

function usage(state: ResponseState, u: unknown): void {
  if (!isObject(u)) return;
  const input = int(u['prompt_tokens']);
  const output = int(u['completion_tokens']);
  if (input !== undefined) state.usage.input = input;
  if (output !== undefined) state.usage.output = output;
  const cached = isObject(u['prompt_tokens_details']) ? int(u['prompt_tokens_details']['cached_tokens']) : undefined;
  if (cached !== undefined) state.usage.cacheRead = cached;
  const reasoning = isObject(u['completion_tokens_details']) ? int(u['completion_tokens_details']['reasoning_tokens']) : undefined;
  if (reasoning !== undefined) state.usage.reasoning = reasoning;
}
