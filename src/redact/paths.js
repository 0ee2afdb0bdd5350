"use strict";
/**
 * `paths:` and `skip:` from rule files, pino-style: `req.headers.cookie`, `items[0]`,
 * `headers["set-cookie"]`, `*` for exactly one level and `**` for any number of levels (none
 * included), so `**.apiKey` finds the key at any depth. Names compare case-insensitively, like
 * `keys:` (pino's case-sensitive paths miss `Authorization` when the rule says `authorization`).
 *
 * All patterns compile into one automaton whose states are built lazily and then reused, so a
 * record's walk costs one map lookup per key, whatever the number of patterns (fast-redact's
 * lesson: the work happens once, not per record). The alphabet is the set of names the patterns
 * mention; every other key shares one transition, so no key from a log is ever stored.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.compilePaths = compilePaths;
exports.parsePath = parsePath;
/** The state at the record's root, or null when there are no patterns. Throws on a malformed path. */
function compilePaths({ censor, skip }) {
    const patterns = [...censor.map((p) => ({ segs: parsePath(p), censor: true })), ...skip.map((p) => ({ segs: parsePath(p), censor: false }))];
    if (patterns.length === 0)
        return null;
    const alphabet = new Set();
    for (const p of patterns)
        for (const s of p.segs)
            if (s.kind === 'name')
                alphabet.add(s.name);
    const interned = new Map();
    /** Positions are [pattern, segment index] pairs; `**` may also be skipped (zero levels). */
    const closure = (positions) => {
        const seen = new Set();
        const out = [];
        const stack = [...positions];
        while (stack.length > 0) {
            const [p, i] = stack.pop();
            const id = `${p}:${i}`;
            if (seen.has(id))
                continue;
            seen.add(id);
            out.push([p, i]);
            if (patterns[p].segs[i]?.kind === 'deep')
                stack.push([p, i + 1]);
        }
        if (out.length === 0)
            return null;
        out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const key = out.map(([p, i]) => `${p}:${i}`).join(',');
        let state = interned.get(key);
        if (state === undefined) {
            state = new State(out);
            interned.set(key, state);
        }
        return state;
    };
    const advance = (positions, name) => {
        const next = [];
        for (const [p, i] of positions) {
            const seg = patterns[p].segs[i];
            if (seg === undefined)
                continue;
            if (seg.kind === 'deep')
                next.push([p, i]);
            else if (seg.kind === 'any' || seg.name === name)
                next.push([p, i + 1]);
        }
        return closure(next);
    };
    class State {
        positions;
        censor;
        skip;
        censorBelow;
        named;
        unnamed = null;
        constructor(positions) {
            this.positions = positions;
            const ends = (p, i) => i === patterns[p].segs.length;
            this.censor = positions.some(([p, i]) => patterns[p].censor && ends(p, i));
            this.skip = positions.some(([p, i]) => !patterns[p].censor && ends(p, i));
            this.censorBelow = positions.some(([p, i]) => patterns[p].censor && !ends(p, i));
        }
        step(lowerKey) {
            const named = this.named ?? this.build();
            const next = named.get(lowerKey);
            return next === undefined ? this.unnamed : next;
        }
        stepUnnamed() {
            if (this.named === undefined)
                this.build();
            return this.unnamed;
        }
        build() {
            const named = new Map();
            for (const name of alphabet)
                named.set(name, advance(this.positions, name));
            this.unnamed = advance(this.positions, undefined);
            this.named = named;
            return named;
        }
    }
    return closure(patterns.map((_, p) => [p, 0]));
}
/** Splits a pino-style path into segments; throws an Error saying what is wrong with it. */
function parsePath(path) {
    const fail = (reason) => {
        throw new Error(`'${path}': ${reason}`);
    };
    const segs = [];
    let i = 0;
    if (path.length === 0)
        fail('empty path');
    while (i < path.length) {
        if (path[i] === '[') {
            const quote = path[i + 1];
            if (quote === '"' || quote === "'") {
                const close = path.indexOf(quote, i + 2);
                if (close < 0 || path[close + 1] !== ']')
                    fail(`unterminated [${quote}…${quote}] at ${i}`);
                segs.push({ kind: 'name', name: path.slice(i + 2, close).toLowerCase() });
                i = close + 2;
            }
            else {
                const close = path.indexOf(']', i);
                if (close < 0)
                    fail(`unterminated [ at ${i}`);
                const inner = path.slice(i + 1, close);
                if (inner === '*')
                    segs.push({ kind: 'any' });
                else if (inner.length > 0 && [...inner].every((c) => c >= '0' && c <= '9'))
                    segs.push({ kind: 'name', name: inner });
                else
                    fail(`[${inner}]: brackets hold an index, * or a quoted name`);
                i = close + 1;
            }
            if (i < path.length && path[i] !== '.' && path[i] !== '[')
                fail(`expected . or [ at ${i}`);
        }
        else {
            let end = i;
            while (end < path.length && path[end] !== '.' && path[end] !== '[')
                end++;
            const token = path.slice(i, end);
            if (token.length === 0)
                fail(`empty segment at ${i}`);
            segs.push(token === '*' ? { kind: 'any' } : token === '**' ? { kind: 'deep' } : { kind: 'name', name: token.toLowerCase() });
            i = end;
        }
        if (path[i] === '.') {
            i++;
            if (i === path.length || path[i] === '.' || path[i] === '[')
                fail(`empty segment at ${i}`);
        }
    }
    return segs;
}
