"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.str = exports.isObject = void 0;
exports.parseArguments = parseArguments;
exports.toParts = toParts;
exports.toMessage = toMessage;
exports.summaryParts = summaryParts;
exports.toMessages = toMessages;
exports.textOutput = textOutput;
exports.partTexts = partTexts;
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
exports.isObject = isObject;
const str = (v) => (typeof v === 'string' ? v : undefined);
exports.str = str;
/** OpenTelemetry wants tool arguments as objects; providers send JSON strings. */
function parseArguments(raw) {
    if (typeof raw !== 'string')
        return raw;
    try {
        return JSON.parse(raw);
    }
    catch {
        return raw;
    }
}
/** Message content (a string, or a list of typed blocks) → parts. */
function toParts(content) {
    if (typeof content === 'string')
        return content === '' ? [] : [{ type: 'text', content }];
    if (!Array.isArray(content))
        return [];
    return content.flatMap((block) => {
        const part = toPart(block);
        return part === undefined ? [] : [part];
    });
}
function toPart(block) {
    if (typeof block === 'string')
        return { type: 'text', content: block };
    if (!(0, exports.isObject)(block))
        return undefined;
    const type = (0, exports.str)(block['type']) ?? 'unknown';
    switch (type) {
        case 'text':
        case 'input_text':
        case 'output_text':
            return { type: 'text', content: (0, exports.str)(block['text']) ?? '' };
        case 'refusal':
            return { type: 'refusal', content: (0, exports.str)(block['refusal']) ?? '' };
        case 'thinking':
            return { type: 'reasoning', content: (0, exports.str)(block['thinking']) ?? '' };
        case 'tool_use':
        case 'server_tool_use':
            return { type: 'tool_call', id: (0, exports.str)(block['id']), name: (0, exports.str)(block['name']) ?? '', arguments: block['input'] };
        case 'tool_result':
            return { type: 'tool_call_response', id: (0, exports.str)(block['tool_use_id']), result: toolResult(block['content']) };
        default:
            return { type };
    }
}
function toolResult(content) {
    return Array.isArray(content) ? toParts(content) : content;
}
/** One request message or Responses input item → a message. */
function toMessage(item) {
    if (typeof item === 'string')
        return { role: 'user', parts: toParts(item) };
    if (!(0, exports.isObject)(item))
        return undefined;
    switch (item['type']) {
        case 'function_call':
            return { role: 'assistant', parts: [{ type: 'tool_call', id: (0, exports.str)(item['call_id']), name: (0, exports.str)(item['name']) ?? '', arguments: parseArguments(item['arguments']) }] };
        case 'function_call_output':
            return { role: 'tool', parts: [{ type: 'tool_call_response', id: (0, exports.str)(item['call_id']), result: item['output'] }] };
        case 'reasoning':
            return { role: 'assistant', parts: summaryParts(item['summary']) };
    }
    const role = (0, exports.str)(item['role']) ?? 'user';
    if (role === 'tool' && item['tool_call_id'] !== undefined) {
        return { role, parts: [{ type: 'tool_call_response', id: (0, exports.str)(item['tool_call_id']), result: toolResult(item['content']) }] };
    }
    const parts = toParts(item['content']);
    if (Array.isArray(item['tool_calls'])) {
        for (const call of item['tool_calls']) {
            if (!(0, exports.isObject)(call))
                continue;
            const fn = (0, exports.isObject)(call['function']) ? call['function'] : {};
            parts.push({ type: 'tool_call', id: (0, exports.str)(call['id']), name: (0, exports.str)(fn['name']) ?? '', arguments: parseArguments(fn['arguments']) });
        }
    }
    return { role, parts };
}
function summaryParts(summary) {
    if (!Array.isArray(summary))
        return [];
    return summary.filter(exports.isObject).map((s) => ({ type: 'reasoning', content: (0, exports.str)(s['text']) ?? '' }));
}
function toMessages(items) {
    const list = Array.isArray(items) ? items : [items];
    return list.flatMap((m) => {
        const message = toMessage(m);
        return message === undefined ? [] : [message];
    });
}
/** A plain completion string → the one assistant message it stands for. */
function textOutput(text) {
    return [{ role: 'assistant', parts: text === '' ? [] : [{ type: 'text', content: text }] }];
}
/**
 * Every piece of text in some parts, for token estimation: text, reasoning, tool arguments and
 * results (serialised when they are objects, as the provider tokenises them).
 */
function partTexts(parts, out = []) {
    for (const part of parts) {
        if ('content' in part && typeof part.content === 'string')
            out.push(part.content);
        else if (part.type === 'tool_call' && 'name' in part) {
            out.push(part.name);
            pushValue(part.arguments, out);
        }
        else if (part.type === 'tool_call_response' && 'result' in part)
            pushValue(part.result, out);
    }
    return out;
}
function pushValue(value, out) {
    if (value === undefined)
        return;
    if (typeof value === 'string')
        out.push(value);
    else if (Array.isArray(value) && value.every((v) => (0, exports.isObject)(v) && typeof v['type'] === 'string'))
        partTexts(value, out);
    else {
        try {
            out.push(JSON.stringify(value) ?? '');
        }
        catch {
            // A cycle or a BigInt cannot be sent to a provider either: nothing to count.
        }
    }
}
