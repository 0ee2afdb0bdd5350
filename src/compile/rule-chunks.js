"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildChunks = buildChunks;
const alternation = (patterns) => patterns.map((p) => `(?:${p})`).join('|');
function buildChunks(rules, engine) {
    const chunks = [];
    for (let i = 0; i < rules.length; i += engine.maxAlternation)
        chunks.push(buildChunk(rules.slice(i, i + engine.maxAlternation), engine));
    return chunks;
}
function buildChunk(rules, engine) {
    const locate = rules.map((r) => r.regex.plan.locate);
    const siblings = rules.map(() => []);
    const build = (lo, hi) => {
        if (hi - lo === 1) {
            const r = rules[lo].regex;
            // A rule without a masked group scans with its bare pattern: share it (wasm heap is 16 MiB).
            const matcher = r.plan.group.mode === 'none' ? r.matcher : engine.compile(r.plan.bare);
            return { matcher, maxLength: r.plan.maxLength, leaf: lo, children: [] };
        }
        const mid = lo + Math.ceil((hi - lo) / 2);
        const left = build(lo, mid);
        const right = build(mid, hi);
        for (let i = lo; i < mid; i++)
            siblings[i].push(right);
        for (let i = mid; i < hi; i++)
            siblings[i].push(left);
        return { matcher: engine.compile(alternation(locate.slice(lo, hi))), maxLength: Math.max(left.maxLength, right.maxLength), leaf: -1, children: [left, right] };
    };
    const root = build(0, rules.length);
    return {
        rules,
        combined: root.matcher,
        identify: rules.length > 1 ? engine.compile(locate.map((p) => `(${p})`).join('|'), true) : undefined,
        root,
        siblings,
        overlap: root.maxLength,
    };
}
