"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PRICING = exports.DEFAULT_PRICING_DATE = void 0;
exports.baseModel = baseModel;
exports.priceFor = priceFor;
exports.costOf = costOf;
/**
 * The day the built-in table was compiled from the providers' public list prices (USD, standard
 * tier, no batch or long-context surcharges). Prices change and contracts differ: pass your own
 * `pricing` for every model you use in earnest.
 */
exports.DEFAULT_PRICING_DATE = '2025-10-15';
exports.DEFAULT_PRICING = {
    'gpt-5': { input: 1.25, cachedInput: 0.125, output: 10 },
    'gpt-5-mini': { input: 0.25, cachedInput: 0.025, output: 2 },
    'gpt-5-nano': { input: 0.05, cachedInput: 0.005, output: 0.4 },
    'gpt-4.1': { input: 2, cachedInput: 0.5, output: 8 },
    'gpt-4.1-mini': { input: 0.4, cachedInput: 0.1, output: 1.6 },
    'gpt-4.1-nano': { input: 0.1, cachedInput: 0.025, output: 0.4 },
    'gpt-4o': { input: 2.5, cachedInput: 1.25, output: 10 },
    'gpt-4o-mini': { input: 0.15, cachedInput: 0.075, output: 0.6 },
    o3: { input: 2, cachedInput: 0.5, output: 8 },
    'o4-mini': { input: 1.1, cachedInput: 0.275, output: 4.4 },
    'claude-opus-4-1': { input: 15, cachedInput: 1.5, cacheWrite: 18.75, output: 75 },
    'claude-sonnet-4-5': { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 },
    'claude-sonnet-4': { input: 3, cachedInput: 0.3, cacheWrite: 3.75, output: 15 },
    'claude-haiku-4-5': { input: 1, cachedInput: 0.1, cacheWrite: 1.25, output: 5 },
    'claude-3-5-haiku': { input: 0.8, cachedInput: 0.08, cacheWrite: 1, output: 4 },
};
const isDigit = (c) => c >= 48 && c <= 57;
function allDigits(s, from, to) {
    for (let i = from; i < to; i++)
        if (!isDigit(s.charCodeAt(i)))
            return false;
    return true;
}
/** `gpt-4o-2024-08-06` → `gpt-4o`, `claude-sonnet-4-5-20250929` → `claude-sonnet-4-5`, `…-latest` → `…`. */
function baseModel(model) {
    if (model.endsWith('-latest'))
        return model.slice(0, -'-latest'.length);
    const n = model.length;
    if (n > 9 && model[n - 9] === '-' && allDigits(model, n - 8, n))
        return model.slice(0, n - 9);
    if (n > 11 && model[n - 11] === '-' && model[n - 6] === '-' && model[n - 3] === '-' && allDigits(model, n - 10, n - 6) && allDigits(model, n - 5, n - 3) && allDigits(model, n - 2, n)) {
        return model.slice(0, n - 11);
    }
    return model;
}
/**
 * The price for a call that names these models (response model, request model): your table before
 * the built-in one, so a price you set for a deployment alias wins; in each, the exact id before the
 * id without its date or `-latest` suffix.
 */
function priceFor(models, overrides = {}) {
    const ids = models.filter((m) => m !== undefined);
    for (const table of [overrides, exports.DEFAULT_PRICING]) {
        for (const id of ids) {
            const price = own(table, id) ?? own(table, baseModel(id));
            if (price !== undefined)
                return price;
        }
    }
    return undefined;
}
/** Model ids come from responses: `constructor` or `__proto__` must not find Object's members. */
const own = (table, id) => (Object.hasOwn(table, id) ? table[id] : undefined);
/** Rounded to 1e-12 (a millionth of a micro-unit): keeps float noise like 0.000011400000000000001 out of log lines. */
const tidy = (x) => Math.round(x * 1e12) / 1e12;
/** Cost of a call: cached and cache-write input at their own prices, the rest at the input price. */
function costOf(usage, price) {
    if (usage.inputTokens === undefined && usage.outputTokens === undefined)
        return undefined;
    const cacheRead = usage.cacheReadInputTokens ?? 0;
    const cacheWrite = usage.cacheCreationInputTokens ?? 0;
    const fresh = Math.max(0, (usage.inputTokens ?? 0) - cacheRead - cacheWrite);
    const input = (fresh * price.input + cacheRead * (price.cachedInput ?? price.input) + cacheWrite * (price.cacheWrite ?? price.input)) / 1e6;
    const output = ((usage.outputTokens ?? 0) * price.output) / 1e6;
    return { input: tidy(input), output: tidy(output), total: tidy(input + output) };
}
