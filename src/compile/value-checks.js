"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileValidators = compileValidators;
exports.compileAllow = compileAllow;
const fold_1 = require("../detect/fold");
const sanitize_1 = require("../detect/sanitize");
const entropy_1 = require("../validators/entropy");
const index_1 = require("../validators/index");
/** Validators and the entropy floor, in the order the rule lists them; the first failure is the reason. */
function compileValidators(validate) {
    return (validate ?? []).map((v) => {
        if (typeof v === 'string') {
            const fn = index_1.VALIDATORS[v];
            return (value) => (fn(value) ? undefined : `${v} failed`);
        }
        const min = v.entropy;
        return (value) => {
            const h = (0, entropy_1.shannonEntropy)(value);
            return h >= min ? undefined : `entropy ${h.toFixed(2)} < ${min}`;
        };
    });
}
// One compiled matcher per engine and pattern: imported rule sets repeat the same allow-list on
// hundreds of rules, and re2-wasm never frees what it compiles.
const compiled = new WeakMap();
function compileOnce(engine, pattern) {
    let cache = compiled.get(engine);
    if (cache === undefined)
        compiled.set(engine, (cache = new Map()));
    let m = cache.get(pattern);
    if (m === undefined)
        cache.set(pattern, (m = engine.compile(pattern)));
    return m;
}
/** Allow-list entries: exact values (any case), RE2 patterns, or substrings (any case). */
function compileAllow(entries, engine) {
    if (entries.length === 0)
        return undefined;
    const exact = new Set();
    const contains = [];
    const onValue = [];
    const onMatch = [];
    const onLine = [];
    for (const e of entries) {
        if (typeof e === 'string')
            exact.add((0, fold_1.foldString)(e));
        else if ('regex' in e)
            (e.target === 'match' ? onMatch : e.target === 'line' ? onLine : onValue).push(compileOnce(engine, e.regex));
        else
            contains.push((0, fold_1.foldString)(e.contains));
    }
    const any = (patterns, s) => {
        if (patterns.length === 0)
            return false;
        const text = (0, sanitize_1.sanitize)(s);
        const subject = engine.prepare(text);
        return patterns.some((p) => p.exec(subject, 0, text.length) !== null);
    };
    return (value, at) => {
        const folded = (0, fold_1.foldString)(value);
        if (exact.has(folded) || contains.some((c) => folded.includes(c)) || any(onValue, value))
            return 'allow-listed';
        if (onMatch.length > 0 && any(onMatch, at.text.slice(at.matchStart, at.matchEnd)))
            return 'allow-listed (match)';
        if (onLine.length > 0 && any(onLine, lineAround(at)))
            return 'allow-listed (line)';
        return undefined;
    };
}
/** How far a `target: line` allow-list looks on each side of a match: keeps a scan linear on one-line megabytes. */
const LINE_REACH = 4096;
/** The line(s) a match is on, without their line breaks, at most LINE_REACH beyond the match. */
function lineAround(at) {
    let start = at.matchStart;
    const lo = Math.max(0, at.matchStart - LINE_REACH);
    while (start > lo && at.text.charCodeAt(start - 1) !== 10)
        start--;
    let end = at.matchEnd;
    const hi = Math.min(at.text.length, at.matchEnd + LINE_REACH);
    while (end < hi && at.text.charCodeAt(end) !== 10)
        end++;
    return at.text.slice(start, end);
}
