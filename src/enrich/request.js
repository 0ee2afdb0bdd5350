"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeRequest = describeRequest;
exports.dropUndefined = dropUndefined;
const messages_1 = require("./messages");
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
function stops(v) {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v))
        return v.filter((s) => typeof s === 'string');
    return undefined;
}
/**
 * Reads the request body an SDK was given (OpenAI Chat / Responses / legacy completions, Anthropic
 * Messages): parameters under their OpenTelemetry meaning, and the prompt as messages.
 */
function describeRequest(body) {
    if (!(0, messages_1.isObject)(body))
        return { params: {}, input: undefined, toolNames: [] };
    const params = {
        model: (0, messages_1.str)(body['model']),
        temperature: num(body['temperature']),
        topP: num(body['top_p']),
        topK: num(body['top_k']),
        maxTokens: num(body['max_tokens']) ?? num(body['max_completion_tokens']) ?? num(body['max_output_tokens']),
        seed: num(body['seed']),
        stopSequences: stops(body['stop']) ?? stops(body['stop_sequences']),
        frequencyPenalty: num(body['frequency_penalty']),
        presencePenalty: num(body['presence_penalty']),
        choiceCount: num(body['n']),
        stream: typeof body['stream'] === 'boolean' ? body['stream'] : undefined,
    };
    const system = body['system'] ?? body['instructions'];
    const history = body['messages'] ?? body['input'] ?? body['prompt'];
    const input = system === undefined && history === undefined
        ? undefined
        : {
            ...(system === undefined ? {} : { system: (0, messages_1.toParts)(system) }),
            ...(history === undefined ? {} : { messages: (0, messages_1.toMessages)(history) }),
        };
    const toolNames = Array.isArray(body['tools'])
        ? body['tools'].flatMap((t) => {
            if (!(0, messages_1.isObject)(t))
                return [];
            const name = (0, messages_1.str)((0, messages_1.isObject)(t['function']) ? t['function']['name'] : undefined) ?? (0, messages_1.str)(t['name']);
            return name === undefined ? [] : [name];
        })
        : [];
    return { params: dropUndefined(params), input, toolNames };
}
function dropUndefined(o) {
    const out = {};
    for (const [k, v] of Object.entries(o))
        if (v !== undefined)
            out[k] = v;
    return out;
}
