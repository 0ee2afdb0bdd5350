"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.foldTable = foldTable;
exports.foldString = foldString;
/**
 * Case folding that keeps every offset: each UTF-16 unit folds to exactly one unit. Units whose
 * lower case is longer (İ → i̇) or that are surrogates stay as they are; keyword matching is
 * case-insensitive for every other character, including non-Latin scripts.
 */
let table;
function foldTable() {
    if (table !== undefined)
        return table;
    const t = new Uint16Array(65536);
    for (let u = 0; u < 65536; u++) {
        t[u] = u;
        if (u >= 0xd800 && u <= 0xdfff)
            continue;
        const upper = String.fromCharCode(u).toUpperCase();
        const lower = (upper.length === 1 ? upper : String.fromCharCode(u)).toLowerCase();
        if (lower.length === 1)
            t[u] = lower.charCodeAt(0);
    }
    table = t;
    return t;
}
function foldString(s) {
    const t = foldTable();
    let out = '';
    for (let i = 0; i < s.length; i++)
        out += String.fromCharCode(t[s.charCodeAt(i)]);
    return out;
}
