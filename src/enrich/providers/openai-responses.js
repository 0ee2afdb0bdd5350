"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isResponsesEvent = isResponsesEvent;
exports.isResponse = isResponse;
exports.observeResponsesEvent = observeResponsesEvent;
exports.observeResponse = observeResponse;
const messages_1 = require("../messages");
const response_state_1 = require("../response-state");
const END_EVENTS = new Set(['response.completed', 'response.incomplete', 'response.failed']);
function isResponsesEvent(c) {
    const type = (0, messages_1.str)(c['type']);
    return type !== undefined && (type.startsWith('response.') || (type === 'error' && 'sequence_number' in c));
}
function isResponse(r) {
    return r['object'] === 'response';
}
/** Returns whether the event carried output. */
function observeResponsesEvent(state, e) {
    state.format = 'openai-responses';
    const type = (0, messages_1.str)(e['type']);
    const out = state.output(0);
    const key = `${(0, messages_1.str)(e['item_id']) ?? (0, response_state_1.int)(e['output_index']) ?? 0}:${(0, response_state_1.int)(e['content_index']) ?? 0}`;
    const delta = (0, messages_1.str)(e['delta']);
    switch (type) {
        case 'response.created':
        case 'response.in_progress':
            if ((0, messages_1.isObject)(e['response']))
                header(state, e['response']);
            return false;
        case 'response.output_text.delta':
            if (delta === undefined || delta === '')
                return false;
            out.text(key, 'text', delta);
            return true;
        case 'response.refusal.delta':
            if (delta === undefined || delta === '')
                return false;
            out.text(key, 'refusal', delta);
            return true;
        case 'response.reasoning_summary_text.delta':
        case 'response.reasoning_text.delta':
            if (delta === undefined || delta === '')
                return false;
            out.text(key, 'reasoning', delta);
            return true;
        case 'response.output_item.added': {
            const item = (0, messages_1.isObject)(e['item']) ? e['item'] : {};
            if (item['type'] === 'function_call')
                out.toolCall(`${(0, messages_1.str)(item['id']) ?? (0, response_state_1.int)(e['output_index']) ?? 0}:fn`, (0, messages_1.str)(item['call_id']), (0, messages_1.str)(item['name']));
            return false;
        }
        case 'response.function_call_arguments.delta':
            if (delta === undefined || delta === '')
                return false;
            out.toolArguments(`${(0, messages_1.str)(e['item_id']) ?? (0, response_state_1.int)(e['output_index']) ?? 0}:fn`, delta);
            return true;
        case 'error':
            state.error = { type: (0, messages_1.str)(e['code']) ?? 'error', ...((0, messages_1.str)(e['message']) === undefined ? {} : { message: (0, messages_1.str)(e['message']) }) };
            return false;
    }
    if (END_EVENTS.has(type) && (0, messages_1.isObject)(e['response'])) {
        state.ended = true;
        finish(state, e['response']);
    }
    return false;
}
/** A non-streamed `response` object: `output` items, `usage`, `status`. */
function observeResponse(state, r) {
    state.format = 'openai-responses';
    state.ended = true;
    const out = state.output(0);
    for (const item of Array.isArray(r['output']) ? r['output'] : []) {
        if (!(0, messages_1.isObject)(item))
            continue;
        if (item['type'] === 'message')
            for (const part of (0, messages_1.toParts)(item['content']))
                out.push(part);
        else if (item['type'] === 'function_call')
            out.push({ type: 'tool_call', id: (0, messages_1.str)(item['call_id']), name: (0, messages_1.str)(item['name']) ?? '', arguments: (0, messages_1.parseArguments)(item['arguments']) });
        else if (item['type'] === 'reasoning')
            for (const part of (0, messages_1.summaryParts)(item['summary']))
                out.push(part);
    }
    finish(state, r);
}
function header(state, r) {
    state.id ??= (0, messages_1.str)(r['id']);
    state.model ??= (0, messages_1.str)(r['model']);
}
/** Responses have a status, not a finish reason: `completed`, or why it is incomplete, or `failed`. */
function finish(state, r) {
    header(state, r);
    const status = (0, messages_1.str)(r['status']);
    const incomplete = (0, messages_1.isObject)(r['incomplete_details']) ? (0, messages_1.str)(r['incomplete_details']['reason']) : undefined;
    const reason = incomplete ?? status;
    if (reason !== undefined)
        state.finish(0, reason);
    if (status === 'failed') {
        const err = (0, messages_1.isObject)(r['error']) ? r['error'] : {};
        state.error = { type: (0, messages_1.str)(err['code']) ?? 'response_failed', ...((0, messages_1.str)(err['message']) === undefined ? {} : { message: (0, messages_1.str)(err['message']) }) };
    }
    const u = r['usage'];
    if (!(0, messages_1.isObject)(u))
        return;
    const input = (0, response_state_1.int)(u['input_tokens']);
    const output = (0, response_state_1.int)(u['output_tokens']);
    if (input !== undefined)
        state.usage.input = input;
    if (output !== undefined)
        state.usage.output = output;
    const cached = (0, messages_1.isObject)(u['input_tokens_details']) ? (0, response_state_1.int)(u['input_tokens_details']['cached_tokens']) : undefined;
    if (cached !== undefined)
        state.usage.cacheRead = cached;
    const reasoning = (0, messages_1.isObject)(u['output_tokens_details']) ? (0, response_state_1.int)(u['output_tokens_details']['reasoning_tokens']) : undefined;
    if (reasoning !== undefined)
        state.usage.reasoning = reasoning;
}
