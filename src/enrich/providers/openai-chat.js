"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isChatChunk = isChatChunk;
exports.isChatCompletion = isChatCompletion;
exports.observeChatChunk = observeChatChunk;
exports.observeChatCompletion = observeChatCompletion;
const messages_1 = require("../messages");
const response_state_1 = require("../response-state");
function isChatChunk(c) {
    return c['object'] === 'chat.completion.chunk' || c['object'] === 'text_completion' || (Array.isArray(c['choices']) && c['type'] === undefined);
}
function isChatCompletion(r) {
    return r['object'] === 'chat.completion' || (Array.isArray(r['choices']) && r['type'] === undefined);
}
/** Returns whether the chunk carried output. */
function observeChatChunk(state, c) {
    state.format = 'openai-chat';
    header(state, c);
    let carried = false;
    for (const choice of Array.isArray(c['choices']) ? c['choices'] : []) {
        if (!(0, messages_1.isObject)(choice))
            continue;
        const index = (0, response_state_1.int)(choice['index']) ?? 0;
        const out = state.output(index);
        const delta = (0, messages_1.isObject)(choice['delta']) ? choice['delta'] : {};
        const text = (0, messages_1.str)(delta['content']) ?? (0, messages_1.str)(choice['text']);
        if (text !== undefined && text !== '') {
            out.text('text', 'text', text);
            carried = true;
        }
        const refusal = (0, messages_1.str)(delta['refusal']);
        if (refusal !== undefined && refusal !== '') {
            out.text('refusal', 'refusal', refusal);
            carried = true;
        }
        // DeepSeek, OpenRouter and vLLM stream visible reasoning beside the content.
        const reasoning = (0, messages_1.str)(delta['reasoning_content']) ?? (0, messages_1.str)(delta['reasoning']);
        if (reasoning !== undefined && reasoning !== '') {
            out.text('reasoning', 'reasoning', reasoning);
            carried = true;
        }
        for (const call of Array.isArray(delta['tool_calls']) ? delta['tool_calls'] : []) {
            if (!(0, messages_1.isObject)(call))
                continue;
            const key = `tool:${(0, response_state_1.int)(call['index']) ?? 0}`;
            const fn = (0, messages_1.isObject)(call['function']) ? call['function'] : {};
            out.toolCall(key, (0, messages_1.str)(call['id']), (0, messages_1.str)(fn['name']));
            const args = (0, messages_1.str)(fn['arguments']);
            if (args !== undefined && args !== '')
                out.toolArguments(key, args);
            carried = true;
        }
        const reason = (0, messages_1.str)(choice['finish_reason']);
        if (reason !== undefined) {
            state.finish(index, reason);
            state.ended = true;
        }
    }
    usage(state, c['usage']);
    return carried;
}
function observeChatCompletion(state, r) {
    state.format = 'openai-chat';
    state.ended = true;
    header(state, r);
    for (const choice of Array.isArray(r['choices']) ? r['choices'] : []) {
        if (!(0, messages_1.isObject)(choice))
            continue;
        const index = (0, response_state_1.int)(choice['index']) ?? 0;
        const out = state.output(index);
        const message = (0, messages_1.isObject)(choice['message']) ? choice['message'] : {};
        for (const part of (0, messages_1.toParts)((0, messages_1.str)(message['content']) ?? (0, messages_1.str)(choice['text']) ?? message['content']))
            out.push(part);
        const refusal = (0, messages_1.str)(message['refusal']);
        if (refusal !== undefined && refusal !== '')
            out.push({ type: 'refusal', content: refusal });
        for (const call of Array.isArray(message['tool_calls']) ? message['tool_calls'] : []) {
            if (!(0, messages_1.isObject)(call))
                continue;
            const fn = (0, messages_1.isObject)(call['function']) ? call['function'] : {};
            out.push({ type: 'tool_call', id: (0, messages_1.str)(call['id']), name: (0, messages_1.str)(fn['name']) ?? '', arguments: (0, messages_1.parseArguments)(fn['arguments']) });
        }
        const reason = (0, messages_1.str)(choice['finish_reason']);
        if (reason !== undefined)
            state.finish(index, reason);
    }
    usage(state, r['usage']);
}
function header(state, c) {
    state.id ??= (0, messages_1.str)(c['id']);
    state.model ??= (0, messages_1.str)(c['model']);
}
function usage(state, u) {
    if (!(0, messages_1.isObject)(u))
        return;
    const input = (0, response_state_1.int)(u['prompt_tokens']);
    const output = (0, response_state_1.int)(u['completion_tokens']);
    if (input !== undefined)
        state.usage.input = input;
    if (output !== undefined)
        state.usage.output = output;
    const cached = (0, messages_1.isObject)(u['prompt_tokens_details']) ? (0, response_state_1.int)(u['prompt_tokens_details']['cached_tokens']) : undefined;
    if (cached !== undefined)
        state.usage.cacheRead = cached;
    const reasoning = (0, messages_1.isObject)(u['completion_tokens_details']) ? (0, response_state_1.int)(u['completion_tokens_details']['reasoning_tokens']) : undefined;
    if (reasoning !== undefined)
        state.usage.reasoning = reasoning;
}
