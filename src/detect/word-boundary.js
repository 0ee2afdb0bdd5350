"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wordBefore = wordBefore;
exports.wordAt = wordAt;
exports.isWholeWord = isWholeWord;
/**
 * Unicode-aware word characters (letters, marks, digits, connector punctuation), so a keyword that
 * starts or ends with a non-ASCII letter such as `Åsa` is still matched as a whole word; RE2's
 * `\b` only knows ASCII.
 */
const WORD = /^[\p{L}\p{M}\p{N}\p{Pc}]$/u;
const ascii = new Uint8Array(128);
for (let c = 0; c < 128; c++)
    ascii[c] = WORD.test(String.fromCharCode(c)) ? 1 : 0;
function isWordCodePoint(cp) {
    return cp < 128 ? ascii[cp] === 1 : WORD.test(String.fromCodePoint(cp));
}
/** Is the character that ends just before `index` a word character? */
function wordBefore(text, index) {
    if (index <= 0)
        return false;
    const cp = text.codePointAt(index - 1);
    // Landed on the low half of a pair: read the whole code point.
    if (cp >= 0xdc00 && cp <= 0xdfff && index >= 2)
        return isWordCodePoint(text.codePointAt(index - 2));
    return isWordCodePoint(cp);
}
/** Is the character that starts at `index` a word character? */
function wordAt(text, index) {
    return index < text.length && isWordCodePoint(text.codePointAt(index));
}
/** True when [start, end) is delimited by non-word characters (or the text's ends) on both sides. */
function isWholeWord(text, start, end) {
    return !wordBefore(text, start) && !wordAt(text, end);
}
