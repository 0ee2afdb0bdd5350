"use strict";
/**
 * Token estimates for calls whose provider reported no usage: gpt-tokenizer (pure JS, maintained,
 * OpenAI's BPE tables), loaded on first use because its tables take about half a second to parse.
 * Non-OpenAI models get o200k_base: an estimate, flagged as one in the record.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.countTokens = countTokens;
const DEFAULT_ENCODING = 'o200k_base';
/**
 * gpt-tokenizer's merge step is quadratic in the length of one pre-token (400 K repeated letters:
 * over two minutes), so text is counted in windows of bounded size: linear time whatever the input,
 * at the price of at most one extra token per window boundary.
 */
const WINDOW = 2048;
/** How far back from a window's end a whitespace cut point is looked for. */
const CUT_SEARCH = 256;
const encodings = new Map();
let modelEncodings;
function encodingName(model) {
    if (model === undefined)
        return DEFAULT_ENCODING;
    modelEncodings ??= require('gpt-tokenizer/mapping').modelToEncodingMap;
    return modelEncodings[model] ?? DEFAULT_ENCODING;
}
function encoding(model) {
    const name = encodingName(model);
    let enc = encodings.get(name);
    if (enc === undefined) {
        enc = require(`gpt-tokenizer/encoding/${name}`);
        encodings.set(name, enc);
    }
    return enc;
}
const isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const isHighSurrogate = (c) => c >= 0xd800 && c <= 0xdbff;
/** Where the window starting at `start` ends: before a space near its end (BPE glues a space to the next word), never inside a surrogate pair. */
function windowEnd(text, start) {
    const hard = start + WINDOW;
    if (hard >= text.length)
        return text.length;
    for (let i = hard; i > hard - CUT_SEARCH; i--)
        if (isSpace(text.charCodeAt(i)))
            return i;
    return isHighSurrogate(text.charCodeAt(hard - 1)) ? hard - 1 : hard;
}
/** Estimated tokens in `texts` for `model`'s tokenizer. */
function countTokens(texts, model) {
    const enc = encoding(model);
    let total = 0;
    for (const text of texts) {
        for (let start = 0; start < text.length;) {
            const end = windowEnd(text, start);
            total += enc.countTokens(text.slice(start, end));
            start = end;
        }
    }
    return total;
}
