"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sanitize = sanitize;
const SURROGATE = /[\uD800-\uDFFF]/;
const SURROGATES = /[\uD800-\uDFFF]/g;
/**
 * A same-length copy with every surrogate unit replaced by U+FFFD. re2-wasm reports offsets in code
 * points and drops lone surrogates; on a text without surrogates code points and UTF-16 units
 * coincide, so offsets found in the copy are exact in the original. Both engines scan the same
 * copy so they see the same characters.
 */
function sanitize(text) {
    return SURROGATE.test(text) ? text.replace(SURROGATES, '\uFFFD') : text;
}
