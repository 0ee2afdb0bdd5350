"use strict";
/**
 * Where the streamed text sits in the chunks of the LLM SDKs (openai 6, @anthropic-ai/sdk 1), so a
 * streamed completion can be redacted without changing the chunks' shape. A text that continues
 * across chunks is a channel: one choice's content, one tool call's arguments, one content block.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.isObj = void 0;
exports.familyOf = familyOf;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
exports.isObj = isObj;
/** OpenAI Chat Completions chunks: `choices[].delta.content`, `.refusal`, `.tool_calls[].function.arguments`. */
const openAiChat = {
    slots(chunk) {
        const out = [];
        chunk['choices'].forEach((choice, i) => {
            if (!(0, exports.isObj)(choice) || !(0, exports.isObj)(choice['delta']))
                return;
            const delta = choice['delta'];
            const at = ['choices', i, 'delta'];
            const index = String(choice['index'] ?? i);
            for (const field of ['content', 'refusal']) {
                const text = delta[field];
                if (typeof text === 'string')
                    out.push({ channel: `${index}:${field}`, path: [...at, field], text });
            }
            if (!Array.isArray(delta['tool_calls']))
                return;
            delta['tool_calls'].forEach((call, j) => {
                if (!(0, exports.isObj)(call) || !(0, exports.isObj)(call['function']) || typeof call['function']['arguments'] !== 'string')
                    return;
                const channel = `${index}:tool:${String(call['index'] ?? j)}`;
                out.push({ channel, path: [...at, 'tool_calls', j, 'function', 'arguments'], text: call['function']['arguments'] });
            });
        });
        return out;
    },
    ends(chunk, channel) {
        return chunk['choices'].some((c) => (0, exports.isObj)(c) && c['finish_reason'] != null && channel.startsWith(`${String(c['index'])}:`));
    },
    tailPath(chunk, channel) {
        const [index, field] = channel.split(':');
        if (field === 'tool')
            return undefined;
        const i = chunk['choices'].findIndex((c) => (0, exports.isObj)(c) && String(c['index']) === index && (0, exports.isObj)(c['delta']));
        return i < 0 ? undefined : ['choices', i, 'delta', field];
    },
    carrier(template, slot, text) {
        const i = slot.path[1];
        const choice = template['choices'][i];
        const [, field, call] = slot.channel.split(':');
        const delta = field === 'tool' ? { tool_calls: [{ index: Number(call), function: { arguments: text } }] } : { [field]: text };
        return { ...template, choices: [{ ...choice, delta, finish_reason: null, logprobs: null }] };
    },
};
const ANTHROPIC_DELTA_FIELD = { text_delta: 'text', thinking_delta: 'thinking', input_json_delta: 'partial_json' };
const ANTHROPIC_BLOCK_FIELD = { text: 'text', thinking: 'thinking' };
const ANTHROPIC_DELTA_TYPE = { text: 'text_delta', thinking: 'thinking_delta', partial_json: 'input_json_delta' };
/** Anthropic Messages events: a content block's text, thinking or tool input JSON, from its start to its stop. */
const anthropic = {
    slots(chunk) {
        const index = String(chunk['index']);
        const [holder, fields] = chunk['type'] === 'content_block_delta' ? ['delta', ANTHROPIC_DELTA_FIELD] : chunk['type'] === 'content_block_start' ? ['content_block', ANTHROPIC_BLOCK_FIELD] : [];
        const part = holder === undefined ? undefined : chunk[holder];
        if (!(0, exports.isObj)(part) || typeof part['type'] !== 'string')
            return [];
        const field = fields[part['type']];
        const text = field === undefined ? undefined : part[field];
        return typeof text === 'string' ? [{ channel: index, path: [holder, field], text }] : [];
    },
    ends(chunk, channel) {
        const type = chunk['type'];
        return (type === 'content_block_stop' && String(chunk['index']) === channel) || type === 'message_delta' || type === 'message_stop';
    },
    tailPath: () => undefined,
    carrier(template, slot, text) {
        const field = slot.path[1];
        return { type: 'content_block_delta', index: template['index'], delta: { type: ANTHROPIC_DELTA_TYPE[field], [field]: text } };
    },
};
const RESPONSE_ENDS = new Set(['response.completed', 'response.incomplete', 'response.failed']);
/** OpenAI Responses events: every `….delta` event's text, until its `….done` event. */
const openAiResponses = {
    slots(chunk) {
        const type = chunk['type'];
        if (!type.endsWith('.delta') || typeof chunk['delta'] !== 'string')
            return [];
        return [{ channel: responsesChannel(type.slice(0, -'.delta'.length), chunk), path: ['delta'], text: chunk['delta'] }];
    },
    ends(chunk, channel) {
        const type = chunk['type'];
        return RESPONSE_ENDS.has(type) || (type.endsWith('.done') && responsesChannel(type.slice(0, -'.done'.length), chunk) === channel);
    },
    tailPath: () => undefined,
    carrier(template, _slot, text) {
        return { ...template, delta: text, ...(Array.isArray(template['logprobs']) ? { logprobs: [] } : {}) };
    },
};
function responsesChannel(kind, chunk) {
    return [kind, chunk['item_id'], chunk['output_index'], chunk['content_index'], chunk['summary_index']].map(String).join('|');
}
/** Which SDK a chunk comes from, by its shape; undefined for a shape none of them uses. */
function familyOf(chunk) {
    if (Array.isArray(chunk['choices']))
        return openAiChat;
    const type = chunk['type'];
    if (typeof type !== 'string')
        return undefined;
    return type.startsWith('response.') ? openAiResponses : anthropic;
}
