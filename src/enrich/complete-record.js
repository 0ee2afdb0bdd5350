"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.completeRecord = completeRecord;
const messages_1 = require("./messages");
const pricing_1 = require("./pricing");
const tokens_1 = require("./tokens");
function inputTexts(input) {
    if (input === undefined)
        return [];
    if (typeof input === 'string')
        return [input];
    const out = (0, messages_1.partTexts)(input.system ?? []);
    for (const m of input.messages ?? [])
        (0, messages_1.partTexts)(m.parts, out);
    return out;
}
function outputTexts(output) {
    if (output === undefined)
        return [];
    if (typeof output === 'string')
        return [output];
    if (!Array.isArray(output))
        return [];
    const out = [];
    for (const m of output)
        (0, messages_1.partTexts)(m.parts, out);
    return out;
}
/** Undefined when there is no text, or when it cannot be counted: the count stays unknown rather than the log line failing. */
function estimate(texts, model) {
    try {
        const all = texts();
        return all.length === 0 ? undefined : (0, tokens_1.countTokens)(all, model);
    }
    catch {
        return undefined;
    }
}
/**
 * Fills what a record lacks and can be derived: token counts from the ORIGINAL text (the caller
 * must run this before any redaction) when the provider reported none, then the cost. Reported
 * numbers are never replaced. Returns the same record when there is nothing to add.
 */
function completeRecord(record, options = {}) {
    const model = record.request?.model ?? record.response?.model;
    const reported = record.usage ?? {};
    let usage = reported;
    if (options.estimateTokens !== false) {
        if (usage.inputTokens === undefined) {
            const n = estimate(() => inputTexts(record.input), model);
            if (n !== undefined)
                usage = { ...usage, inputTokens: n, inputEstimated: true };
        }
        if (usage.outputTokens === undefined) {
            const n = estimate(() => outputTexts(record.output), model);
            if (n !== undefined)
                usage = { ...usage, outputTokens: n, outputEstimated: true };
        }
    }
    let cost = record.cost;
    if (cost === undefined && options.pricing !== false) {
        const price = (0, pricing_1.priceFor)([record.response?.model, record.request?.model], options.pricing);
        if (price !== undefined)
            cost = (0, pricing_1.costOf)(usage, price);
    }
    if (usage === reported && cost === record.cost)
        return record;
    return { ...record, ...(usage === reported ? {} : { usage }), ...(cost === undefined ? {} : { cost }) };
}
