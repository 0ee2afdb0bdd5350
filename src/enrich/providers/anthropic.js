"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isAnthropicEvent = isAnthropicEvent;
exports.isAnthropicMessage = isAnthropicMessage;
exports.observeAnthropicEvent = observeAnthropicEvent;
exports.observeAnthropicMessage = observeAnthropicMessage;
const messages_1 = require("../messages");
const response_state_1 = require("../response-state");
const EVENTS = new Set(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop', 'ping']);
function isAnthropicEvent(c) {
    const type = (0, messages_1.str)(c['type']);
    return type !== undefined && (EVENTS.has(type) || (type === 'error' && (0, messages_1.isObject)(c['error'])));
}
function isAnthropicMessage(r) {
    return r['type'] === 'message' && Array.isArray(r['content']);
}
/** Returns whether the event carried output. */
function observeAnthropicEvent(state, e) {
    state.format = 'anthropic';
    const out = state.output(0);
    const key = `block:${(0, response_state_1.int)(e['index']) ?? 0}`;
    switch (e['type']) {
        case 'message_start': {
            const message = (0, messages_1.isObject)(e['message']) ? e['message'] : {};
            state.id ??= (0, messages_1.str)(message['id']);
            state.model ??= (0, messages_1.str)(message['model']);
            usage(state, message['usage'], false);
            return false;
        }
        case 'content_block_start': {
            const block = (0, messages_1.isObject)(e['content_block']) ? e['content_block'] : {};
            if (block['type'] === 'tool_use' || block['type'] === 'server_tool_use')
                out.toolCall(key, (0, messages_1.str)(block['id']), (0, messages_1.str)(block['name']));
            const text = (0, messages_1.str)(block['text']);
            if (text !== undefined && text !== '') {
                out.text(key, 'text', text);
                return true;
            }
            return false;
        }
        case 'content_block_delta': {
            const delta = (0, messages_1.isObject)(e['delta']) ? e['delta'] : {};
            const text = (0, messages_1.str)(delta['text']);
            const json = (0, messages_1.str)(delta['partial_json']);
            const thinking = (0, messages_1.str)(delta['thinking']);
            if (delta['type'] === 'text_delta' && text !== undefined && text !== '')
                out.text(key, 'text', text);
            else if (delta['type'] === 'input_json_delta' && json !== undefined && json !== '')
                out.toolArguments(key, json);
            else if (delta['type'] === 'thinking_delta' && thinking !== undefined && thinking !== '')
                out.text(key, 'reasoning', thinking);
            else
                return false;
            return true;
        }
        case 'message_delta': {
            const delta = (0, messages_1.isObject)(e['delta']) ? e['delta'] : {};
            const reason = (0, messages_1.str)(delta['stop_reason']);
            if (reason !== undefined)
                state.finish(0, reason);
            usage(state, e['usage'], true);
            return false;
        }
        case 'message_stop':
            state.ended = true;
            return false;
        case 'error': {
            const err = (0, messages_1.isObject)(e['error']) ? e['error'] : {};
            state.error = { type: (0, messages_1.str)(err['type']) ?? 'error', ...((0, messages_1.str)(err['message']) === undefined ? {} : { message: (0, messages_1.str)(err['message']) }) };
            return false;
        }
    }
    return false;
}
function observeAnthropicMessage(state, r) {
    state.format = 'anthropic';
    state.ended = true;
    state.id ??= (0, messages_1.str)(r['id']);
    state.model ??= (0, messages_1.str)(r['model']);
    const out = state.output(0);
    for (const part of (0, messages_1.toParts)(r['content']))
        out.push(part);
    const reason = (0, messages_1.str)(r['stop_reason']);
    if (reason !== undefined)
        state.finish(0, reason);
    usage(state, r['usage'], true);
}
function usage(state, u, outputIsFinal) {
    if (!(0, messages_1.isObject)(u))
        return;
    const was = state.usage;
    const uncachedBefore = was.input === undefined ? undefined : was.input - (was.cacheRead ?? 0) - (was.cacheCreation ?? 0);
    const cacheRead = (0, response_state_1.int)(u['cache_read_input_tokens']);
    const cacheCreation = (0, response_state_1.int)(u['cache_creation_input_tokens']);
    if (cacheRead !== undefined)
        state.usage.cacheRead = cacheRead;
    if (cacheCreation !== undefined)
        state.usage.cacheCreation = cacheCreation;
    const uncached = (0, response_state_1.int)(u['input_tokens']) ?? uncachedBefore;
    if (uncached !== undefined)
        state.usage.input = uncached + (state.usage.cacheRead ?? 0) + (state.usage.cacheCreation ?? 0);
    const output = (0, response_state_1.int)(u['output_tokens']);
    if (outputIsFinal && output !== undefined)
        state.usage.output = output;
}
