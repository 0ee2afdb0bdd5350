"use strict";
/**
 * `keys:` globs from rule files: `*` is any run of characters, `?` one character, everything else
 * literal, compared case-insensitively (headers arrive as `Authorization` or `authorization`).
 * Plain loops, no regex: a key is attacker-controlled text too, and the cost stays
 * O(key length x glob length) with no backtracking blow-up.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.compileKeyGlobs = compileKeyGlobs;
exports.globMatch = globMatch;
/** Compiles the globs once; undefined when there are none, so the walker can skip the check. */
function compileKeyGlobs(globs) {
    if (globs.length === 0)
        return undefined;
    const exact = new Set();
    const contains = [];
    const general = [];
    for (const glob of globs) {
        const g = glob.toLowerCase();
        const inner = g.slice(1, -1);
        if (!hasWildcard(g))
            exact.add(g);
        else if (g.length > 2 && g.startsWith('*') && g.endsWith('*') && !hasWildcard(inner))
            contains.push(inner);
        else
            general.push(g);
    }
    return (key) => {
        if (exact.has(key))
            return true;
        for (const c of contains)
            if (key.includes(c))
                return true;
        for (const g of general)
            if (globMatch(g, key))
                return true;
        return false;
    };
}
/**
 * Wildcard matching with one saved star: on a mismatch, the last `*` absorbs one more character.
 * Each star restarts at most once per key position, so the work is bounded by |glob| x |key|.
 */
function globMatch(glob, key) {
    let g = 0;
    let k = 0;
    let star = -1;
    let resume = 0;
    while (k < key.length) {
        const c = glob.charCodeAt(g);
        if (g < glob.length && (c === QUESTION || c === key.charCodeAt(k))) {
            g++;
            k++;
        }
        else if (g < glob.length && c === STAR) {
            star = g++;
            resume = k;
        }
        else if (star >= 0) {
            g = star + 1;
            k = ++resume;
        }
        else
            return false;
    }
    while (g < glob.length && glob.charCodeAt(g) === STAR)
        g++;
    return g === glob.length;
}
function hasWildcard(s) {
    return s.includes('*') || s.includes('?');
}
const STAR = 42; // '*'
const QUESTION = 63; // '?'
