"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.prefixPattern = prefixPattern;
/**
 * Counted repetitions above this become `*` / `+`: RE2 expands `{16,1000}` into a thousand
 * copies, which made prefix patterns slow to compile and to run (seconds on re2-wasm). Looser is
 * safe here; the stream never looks further back than the rule's maxLength anyway.
 */
const COUNT_LIMIT = 16;
/**
 * A pattern that matches every string that could still grow into a match of `node`: each
 * nonempty prefix of each match, whole matches included; undefined when `node` only matches the
 * empty string. A stream anchors it at the end of the text it has received (`(?:prefix)\z`): the
 * leftmost position it matches from is the earliest place where a match might start that the next
 * chunk could still change, so everything before it is final.
 *
 * It may accept more than the exact prefix language (repetition minimums are dropped, long counted
 * repetitions become unbounded, assertions after the last character are not checked: `\b` there
 * depends on the next character), which only holds back more text, never less. Nonempty, so that
 * a tail nothing can grow from gives no match at all: the common case is the cheap one.
 */
function prefixPattern(node) {
    return prefix(node);
}
function prefix(node) {
    switch (node.kind) {
        case 'char':
            return node.src;
        case 'literal':
            return literalPrefix(node.src);
        case 'zero':
            return undefined;
        case 'group': {
            const body = prefix(node.body);
            return body === undefined ? undefined : `${node.capture ? '(?:' : node.open}${body})`;
        }
        case 'alt':
            return either(node.alts.map(prefix));
        case 'seq':
            return sequence(node.items, 0);
        case 'repeat': {
            const body = prefix(node.body);
            if (node.max === 0 || body === undefined)
                return undefined;
            // Up to max - 1 whole repetitions, then a prefix of one more.
            const count = node.max > COUNT_LIMIT ? '*' : `{0,${node.max - 1}}`;
            return node.max === 1 ? body : `(?:(?:${whole(node.body)})${count}${body})`;
        }
    }
}
/** prefix(a b c) = prefix(a) | a prefix(b c): a prefix ends inside one item, all before it whole. */
function sequence(items, i) {
    if (i === items.length)
        return undefined;
    const item = items[i];
    const rest = sequence(items, i + 1);
    // A flag group such as (?i) changes what follows; it stays in front of the rest.
    if (isFlags(item))
        return rest === undefined ? undefined : item.src + rest;
    return either([prefix(item), rest === undefined ? undefined : whole(item) + rest]);
}
function either(options) {
    const present = options.filter((o) => o !== undefined);
    return present.length <= 1 ? present[0] : `(?:${present.join('|')})`;
}
/** The node itself, capture-free, with long counted repetitions loosened (a superset). */
function whole(node) {
    switch (node.kind) {
        case 'char':
        case 'literal':
        case 'zero':
            return node.src;
        case 'group':
            return `${node.capture ? '(?:' : node.open}${whole(node.body)})`;
        case 'alt':
            return node.alts.map(whole).join('|');
        case 'seq':
            return node.items.map(whole).join('');
        case 'repeat':
            return whole(node.body) + (node.max > COUNT_LIMIT ? (node.min === 0 ? '*' : '+') : node.src);
    }
}
function isFlags(node) {
    return node.kind === 'zero' && node.src.startsWith('(?');
}
/** `\Qab\E` → `(?:a(?:b)?)`: one code point or more, each written as `\x{…}` so none is special. */
function literalPrefix(src) {
    const close = src.indexOf('\\E', 2);
    const units = [...src.slice(2, close < 0 ? src.length : close)].map((c) => `\\x{${c.codePointAt(0).toString(16)}}`);
    if (units.length === 0)
        return undefined;
    return `(?:${units[0]}${units.slice(1).reduceRight((inner, u) => `(?:${u}${inner})?`, '')})`;
}
