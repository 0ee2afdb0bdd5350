"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.observeChunk = observeChunk;
exports.observeResponseValue = observeResponseValue;
const messages_1 = require("./messages");
const anthropic_1 = require("./providers/anthropic");
const openai_chat_1 = require("./providers/openai-chat");
const openai_responses_1 = require("./providers/openai-responses");
/**
 * Feeds one streamed chunk to the state, recognising its wire format by shape (no SDK needed).
 * Returns whether it carried output. Unknown chunks are still counted as chunks by the caller.
 */
function observeChunk(state, chunk) {
    if (typeof chunk === 'string') {
        state.format ??= 'text';
        if (chunk === '')
            return false;
        state.output(0).text('text', 'text', chunk);
        return true;
    }
    if (!(0, messages_1.isObject)(chunk))
        return false;
    if ((0, anthropic_1.isAnthropicEvent)(chunk) && state.format !== 'openai-responses')
        return (0, anthropic_1.observeAnthropicEvent)(state, chunk);
    if ((0, openai_responses_1.isResponsesEvent)(chunk))
        return (0, openai_responses_1.observeResponsesEvent)(state, chunk);
    if ((0, openai_chat_1.isChatChunk)(chunk))
        return (0, openai_chat_1.observeChatChunk)(state, chunk);
    return false;
}
/** Feeds a whole, non-streamed response to the state. */
function observeResponseValue(state, value) {
    if (typeof value === 'string') {
        state.format = 'text';
        if (value !== '')
            state.output(0).text('text', 'text', value);
        return;
    }
    if (!(0, messages_1.isObject)(value))
        return;
    if ((0, openai_responses_1.isResponse)(value))
        (0, openai_responses_1.observeResponse)(state, value);
    else if ((0, anthropic_1.isAnthropicMessage)(value))
        (0, anthropic_1.observeAnthropicMessage)(state, value);
    else if ((0, openai_chat_1.isChatCompletion)(value))
        (0, openai_chat_1.observeChatCompletion)(state, value);
}
