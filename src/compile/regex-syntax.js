"use strict";
/**
 * A small parser for the RE2 syntax rule authors write. RE2 itself validates patterns; this parser
 * exists for what RE2 does not tell us: words for the linear-time violations users hit most
 * (lookaround, backreferences), match length bounds (to size scan windows and stream hold-back),
 * whether a pattern can match the empty string, and a capture-free copy for the combined pattern.
 *
 * Lengths are in UTF-16 units of sanitized text, where every character is one unit.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.RegexSyntaxError = void 0;
exports.parseRegex = parseRegex;
exports.lengthBounds = lengthBounds;
exports.printRegex = printRegex;
exports.captureGroups = captureGroups;
exports.splitAtGroup = splitAtGroup;
class RegexSyntaxError extends Error {
}
exports.RegexSyntaxError = RegexSyntaxError;
const ASSERTION_ESCAPES = new Set(['b', 'B', 'A', 'z']);
function parseRegex(pattern) {
    let i = 0;
    function fail(reason) {
        throw new RegexSyntaxError(reason);
    }
    function parseAlt() {
        const alts = [parseSeq()];
        while (pattern[i] === '|') {
            i++;
            alts.push(parseSeq());
        }
        return alts.length === 1 ? alts[0] : { kind: 'alt', alts };
    }
    function parseSeq() {
        const items = [];
        while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
            const atom = parseAtom();
            items.push(parseQuantifiers(atom));
        }
        return items.length === 1 ? items[0] : { kind: 'seq', items };
    }
    function parseQuantifiers(atom) {
        let node = atom;
        for (;;) {
            const start = i;
            const c = pattern[i];
            let min;
            let max;
            if (c === '*')
                [min, max] = [0, Infinity];
            else if (c === '+')
                [min, max] = [1, Infinity];
            else if (c === '?')
                [min, max] = [0, 1];
            else if (c === '{') {
                const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 16));
                if (m === null)
                    return node; // RE2 reads a lone `{` as a literal
                min = Number(m[1]);
                max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
                i += m[0].length - 1;
            }
            else
                return node;
            i++;
            if (pattern[i] === '?')
                i++; // lazy: same length bounds
            if (node.kind === 'zero')
                fail('a repeated assertion is not supported');
            node = { kind: 'repeat', min, max, body: node, src: pattern.slice(start, i) };
        }
    }
    function parseAtom() {
        const c = pattern[i];
        if (c === '(')
            return parseGroup();
        if (c === '[')
            return parseClass();
        if (c === '\\')
            return parseEscape();
        if (c === '^' || c === '$') {
            i++;
            return { kind: 'zero', src: c };
        }
        if (c === '*' || c === '+' || c === '?')
            fail(`missing argument to repetition operator: ${c}`);
        i++;
        return { kind: 'char', src: c };
    }
    function parseGroup() {
        const start = i;
        i++;
        if (pattern[i] !== '?')
            return finishGroup(true, undefined, '(');
        const rest = pattern.slice(i, i + 4);
        if (rest.startsWith('?=') || rest.startsWith('?!')) {
            fail('lookahead is not supported: rules must be linear-time');
        }
        if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
            fail('lookbehind is not supported: rules must be linear-time');
        }
        if (rest.startsWith('?P<') || rest.startsWith('?<')) {
            const nameStart = i + (rest.startsWith('?P<') ? 3 : 2);
            const close = pattern.indexOf('>', nameStart);
            if (close < 0)
                fail('unterminated capture group name');
            const name = pattern.slice(nameStart, close);
            i = close + 1;
            return finishGroup(true, name, pattern.slice(start, i));
        }
        if (rest.startsWith('?P=') || rest.startsWith('?P>')) {
            fail('backreferences are not supported: rules must be linear-time');
        }
        // Flag groups: (?flags) applies to the rest of the enclosing group, (?flags:re) to re.
        const m = /^\?[imsU-]*([:)])/.exec(pattern.slice(i, i + 12));
        if (m === null)
            fail(`invalid or unsupported group syntax: ${pattern.slice(start, start + 4)}`);
        i += m[0].length;
        if (m[1] === ')')
            return { kind: 'zero', src: pattern.slice(start, i) };
        return finishGroup(false, undefined, pattern.slice(start, i));
    }
    function finishGroup(capture, name, open) {
        const body = parseAlt();
        if (pattern[i] !== ')')
            fail('missing closing )');
        i++;
        return name === undefined ? { kind: 'group', capture, open, body } : { kind: 'group', capture, name, open, body };
    }
    function parseClass() {
        const start = i;
        i++;
        if (pattern[i] === '^')
            i++;
        if (pattern[i] === ']')
            i++; // a leading ] is a literal
        while (i < pattern.length && pattern[i] !== ']') {
            if (pattern[i] === '\\') {
                i += 2;
            }
            else if (pattern.startsWith('[:', i)) {
                const close = pattern.indexOf(':]', i + 2);
                i = close < 0 ? i + 1 : close + 2;
            }
            else
                i++;
        }
        if (pattern[i] !== ']')
            fail('missing closing ]');
        i++;
        return { kind: 'char', src: pattern.slice(start, i) };
    }
    function parseEscape() {
        const start = i;
        const e = pattern[i + 1];
        if (e === undefined)
            fail('trailing backslash');
        if (e >= '1' && e <= '9')
            fail('backreferences are not supported: rules must be linear-time');
        if (e === 'C')
            fail('\\C (any byte) is not supported: it breaks character offsets');
        if (e === 'Q') {
            const end = pattern.indexOf('\\E', i + 2);
            const text = pattern.slice(i + 2, end < 0 ? pattern.length : end);
            i = end < 0 ? pattern.length : end + 2;
            return { kind: 'literal', src: pattern.slice(start, i), length: text.length };
        }
        i += 2;
        if (ASSERTION_ESCAPES.has(e))
            return { kind: 'zero', src: pattern.slice(start, i) };
        if (e === 'x' || e === 'p' || e === 'P') {
            if (pattern[i] === '{') {
                const close = pattern.indexOf('}', i);
                if (close < 0)
                    fail(`missing closing } in \\${e}{`);
                i = close + 1;
            }
            else
                i += e === 'x' ? 2 : 1;
        }
        else if (e === '0') {
            while (i < start + 4 && /[0-7]/.test(pattern[i] ?? ''))
                i++;
        }
        return { kind: 'char', src: pattern.slice(start, i) };
    }
    const node = parseAlt();
    if (i < pattern.length)
        fail('unexpected )');
    return node;
}
/** Inclusive bounds on the length of any match. */
function lengthBounds(node) {
    switch (node.kind) {
        case 'char':
            return { min: 1, max: 1 };
        case 'literal':
            return { min: node.length, max: node.length };
        case 'zero':
            return { min: 0, max: 0 };
        case 'group':
            return lengthBounds(node.body);
        case 'repeat': {
            const b = lengthBounds(node.body);
            return { min: b.min * node.min, max: node.max === 0 ? 0 : b.max * node.max };
        }
        case 'seq':
            return node.items.map(lengthBounds).reduce((a, b) => ({ min: a.min + b.min, max: a.max + b.max }), { min: 0, max: 0 });
        case 'alt': {
            const all = node.alts.map(lengthBounds);
            return { min: Math.min(...all.map((b) => b.min)), max: Math.max(...all.map((b) => b.max)) };
        }
    }
}
/**
 * Prints the pattern back; captures become non-capturing groups when `stripCaptures`. With
 * `relax`, every counted range `{m,n}` becomes `{m,}`: a superset that matches wherever the
 * original starts a match, without the counter states that make RE2's DFA overflow its memory
 * budget and fall back to a far slower engine. Only patterns that locate candidates are relaxed.
 */
function printRegex(node, stripCaptures, relax = false) {
    const print = (n) => {
        switch (n.kind) {
            case 'char':
            case 'literal':
            case 'zero':
                return n.src;
            case 'group':
                return `${n.capture && stripCaptures ? '(?:' : n.open}${print(n.body)})`;
            case 'repeat': {
                const lazy = n.src.endsWith('?') && n.src.length > 1 ? '?' : '';
                const counted = relax && n.src.startsWith('{') && n.max > n.min;
                return print(n.body) + (counted ? `{${n.min},}${lazy}` : n.src);
            }
            case 'seq':
                return n.items.map(print).join('');
            case 'alt':
                return n.alts.map(print).join('|');
        }
    };
    return print(node);
}
/** Capture groups in RE2's numbering (order of their opening parenthesis). */
function captureGroups(node) {
    const out = [];
    const walk = (n) => {
        if (n.kind === 'group') {
            if (n.capture)
                out.push(n);
            walk(n.body);
        }
        else if (n.kind === 'repeat')
            walk(n.body);
        else if (n.kind === 'seq')
            n.items.forEach(walk);
        else if (n.kind === 'alt')
            n.alts.forEach(walk);
    };
    walk(node);
    return out;
}
/**
 * For a rule that masks one capture group: when that group sits at the top level of the pattern,
 * rewrite it as `(before)(group)after` so the group's offset is the length of capture 1 — exact on
 * both engines, which report group text but not group offsets. Returns null when the group is
 * nested in an alternation or repetition; the caller then locates the group text in the match.
 */
function splitAtGroup(node, target) {
    const items = node.kind === 'seq' ? node.items : [node];
    const at = items.indexOf(target);
    if (at < 0)
        return null;
    // Leading flags such as (?i) must stay outside the new groups to keep applying to all that
    // follows; a flag set further in would change meaning when moved, so that case falls back.
    let lead = 0;
    while (lead < at && isFlagItem(items[lead]))
        lead++;
    if (items.slice(lead, at).some(isFlagItem))
        return null;
    const flags = items.slice(0, lead).map((n) => printRegex(n, true)).join('');
    const before = items.slice(lead, at).map((n) => printRegex(n, true)).join('');
    const after = items.slice(at + 1).map((n) => printRegex(n, true)).join('');
    return `${flags}(${before})(${printRegex(target.body, true)})${after}`;
}
function isFlagItem(n) {
    return n.kind === 'zero' && n.src.startsWith('(?');
}
