"use strict";
/**
 * Strings that hold a JSON object or array (tool-call arguments, extraction output, bodies logged
 * as text) are redacted as structures, so key and path rules reach inside and the result is still
 * valid JSON. Masking the raw text could not promise that: a match that starts right after an
 * escape (`\njane@example.com`) would leave a lone backslash behind.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseJsonText = parseJsonText;
exports.stringifyJsonText = stringifyJsonText;
/** The parsed object or array, or undefined when the text is not one (cheap for ordinary text). */
function parseJsonText(text) {
    let start = 0;
    let end = text.length - 1;
    while (start <= end && isJsonSpace(text.charCodeAt(start)))
        start++;
    while (end > start && isJsonSpace(text.charCodeAt(end)))
        end--;
    const open = text.charCodeAt(start);
    const close = text.charCodeAt(end);
    if (!((open === OPEN_BRACE && close === CLOSE_BRACE) || (open === OPEN_BRACKET && close === CLOSE_BRACKET)))
        return undefined;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    return typeof value === 'object' && value !== null ? { value, indent: indentOf(text, start) } : undefined;
}
/** Serialises a redacted structure the way the original text was laid out. */
function stringifyJsonText(value, indent) {
    return indent === '' ? JSON.stringify(value) : JSON.stringify(value, null, indent);
}
/** The whitespace that starts the first indented line, when the JSON spans several lines. */
function indentOf(text, from) {
    const nl = text.indexOf('\n', from);
    if (nl < 0)
        return '';
    let i = nl + 1;
    while (i < text.length && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB))
        i++;
    // JSON.stringify takes at most ten characters of indentation.
    return text.slice(nl + 1, Math.min(i, nl + 11)) || ' ';
}
function isJsonSpace(c) {
    return c === SPACE || c === TAB || c === LF || c === CR;
}
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
