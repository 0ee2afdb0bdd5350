"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.changedValues = changedValues;
const info_1 = require("./info");
/** More changed values than this and the finished line is withheld rather than half-fixed. */
const MAX_CHANGES = 10_000;
/** Deeper than this, the line is withheld: far below any call stack limit, far above real records. */
const MAX_DEPTH = 1_000;
/**
 * The values `after` (a copy-on-write redaction of `before`) no longer holds, paired with what
 * replaced them. Only changed branches are walked: the redaction shares every untouched subtree,
 * so `Object.is` stops the walk there. Returns undefined when the changes are too many to trust.
 */
function changedValues(before, after) {
    const changes = [];
    const seen = new Set();
    const visit = (a, b, key, depth) => {
        if (Object.is(a, b))
            return true;
        if (typeof a === 'string')
            return add(key, a, textOf(b), false);
        if (typeof a === 'number' || typeof a === 'bigint' || typeof a === 'boolean')
            return add(key, String(a), textOf(b), true);
        if (typeof a !== 'object' || a === null || seen.has(a))
            return true;
        if (depth > MAX_DEPTH)
            return false;
        seen.add(a);
        // The finalizer wrote what toJSON returns (a URL's text, a Date's), and the core redacted that.
        if (hasToJSON(a))
            return visit(a.toJSON(key ?? ''), b, key, depth + 1);
        // A container replaced whole (a `keys:` match, `[Truncated]`, `[Circular]`): every value in it goes.
        const whole = typeof b === 'object' && b !== null ? undefined : textOf(b);
        for (const [k, v] of entries(a)) {
            const ok = whole === undefined ? visit(v, read(b, k), typeof k === 'string' ? k : undefined, depth + 1) : visit(v, whole, typeof k === 'string' ? k : undefined, depth + 1);
            if (!ok)
                return false;
        }
        return true;
    };
    const add = (key, from, to, bare) => {
        if (from !== '' && from !== to)
            changes.push({ key, from, to, bare });
        return changes.length <= MAX_CHANGES;
    };
    for (const [k, v] of entries(before)) {
        if (k === 'level' || k === info_1.LEVEL || k === info_1.MESSAGE)
            continue;
        if (!visit(v, read(after, k), typeof k === 'string' ? k : undefined, 1))
            return undefined;
    }
    // Longest first, so a whole value is replaced before any piece of it.
    return changes.sort((x, y) => y.from.length - x.from.length);
}
/** Own enumerable entries as a finalizer sees them, plus an error's message and stack. */
function entries(obj) {
    if (obj instanceof Map || obj instanceof Set || ArrayBuffer.isView(obj))
        return [];
    // Array elements have no name a finalizer would write next to them.
    if (Array.isArray(obj))
        return obj.map((v, i) => [i, v]);
    const keys = [...Object.keys(obj), ...Object.getOwnPropertySymbols(obj).filter((s) => Object.prototype.propertyIsEnumerable.call(obj, s))];
    if (obj instanceof Error)
        keys.push('message', 'stack');
    return keys.map((k) => [k, read(obj, k)]);
}
function read(obj, key) {
    return obj[key];
}
/** Errors are serialised by their fields, as the core reads them, not by an own toJSON (axios has one). */
function hasToJSON(value) {
    return typeof value.toJSON === 'function' && !(value instanceof Error);
}
function textOf(value) {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
