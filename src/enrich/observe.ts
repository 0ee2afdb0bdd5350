import { isObject } from './messages';
import { isAnthropicEvent, isAnthropicMessage, observeAnthropicEvent, observeAnthropicMessage } from './providers/anthropic';
import { isChatChunk, isChatCompletion, observeChatChunk, observeChatCompletion } from './providers/openai-chat';
import { isResponse, isResponsesEvent, observeResponse, observeResponsesEvent } from './providers/openai-responses';
import type { ResponseState } from './response-state';

/**
 * Feeds one streamed chunk to the state, recognising its wire format by shape (no SDK needed).
 * Returns whether it carried output. Unknown chunks are still counted as chunks by the caller.
 */
export function observeChunk(state: ResponseState, chunk: unknown): boolean {
  if (typeof chunk === 'string') {
    state.format ??= 'text';
    if (chunk === '') return false;
    state.output(0).text('text', 'text', chunk);
    return true;
  }
  if (!isObject(chunk)) return false;
  if (isAnthropicEvent(chunk) && state.format !== 'openai-responses') return observeAnthropicEvent(state, chunk);
  if (isResponsesEvent(chunk)) return observeResponsesEvent(state, chunk);
  if (isChatChunk(chunk)) return observeChatChunk(state, chunk);
  return false;
}

/** Feeds a whole, non-streamed response to the state. */
export function observeResponseValue(state: ResponseState, value: unknown): void {
  if (typeof value === 'string') {
    state.format = 'text';
    if (value !== '') state.output(0).text('text', 'text', value);
    return;
  }
  if (!isObject(value)) return;
  if (isResponse(value)) observeResponse(state, value);
  else if (isAnthropicMessage(value)) observeAnthropicMessage(state, value);
  else if (isChatCompletion(value)) observeChatCompletion(state, value);
}
