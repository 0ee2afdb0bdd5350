import type { Node } from './regex-syntax';

/**
 * Counted repetitions above this become `*` / `+`: RE2 expands `{16,1000}` into a thousand
 * copies, which made prefix patterns slow to compile and to run (seconds on re2-wasm). Looser is
 * safe here; the stream never looks further back than the rule's maxLength anyway.
 */
const COUNT_LIMIT = 16;

/**
 * A pattern that matches every string that could still grow into a match of `node`: each
 * prefix of each match (the empty string and whole matches included). A stream anchors it at the
 * end of the text it has received (`(?:prefix)\z`): the leftmost position it matches from is the
 * earliest place where a match might start that the next chunk could still change, so everything
 * before it is final.
 *
 * It may accept more than the exact prefix language (repetition minimums are dropped, long counted
 * repetitions become unbounded), which only holds back more text, never less. An assertion at the end of the received text cannot be judged
 * yet (`\b` depends on the next character), so there it counts as satisfied.
 */
export function prefixPattern(node: Node): string {
  return prefix(node);
}

function prefix(node: Node): string {
  switch (node.kind) {
    case 'char':
      return `(?:${node.src})?`;
    case 'literal':
      return literalPrefix(node.src);
    case 'zero':
      return relaxed(node.src);
    case 'group':
      return `${node.capture ? '(?:' : node.open}${prefix(node.body)})`;
    case 'alt':
      return `(?:${node.alts.map(prefix).join('|')})`;
    case 'seq':
      return sequence(node.items, 0);
    case 'repeat': {
      if (node.max === 0) return '';
      // Up to max - 1 whole repetitions, then a prefix of one more.
      const count = node.max > COUNT_LIMIT ? '*' : `{0,${node.max - 1}}`;
      const before = node.max === 1 ? '' : `(?:${whole(node.body)})${count}`;
      return `(?:${before}${prefix(node.body)})`;
    }
  }
}

/** The node itself, capture-free, with long counted repetitions loosened (a superset). */
function whole(node: Node): string {
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

/** prefix(a b c) = prefix(a) | a prefix(b c): a prefix ends inside one item, all before it whole. */
function sequence(items: readonly Node[], i: number): string {
  if (i === items.length) return '';
  const item = items[i]!;
  // A flag group such as (?i) changes what follows; it stays in front of the rest.
  if (isFlags(item)) return item.src + sequence(items, i + 1);
  const rest = sequence(items, i + 1);
  if (rest === '') return prefix(item);
  return `(?:${prefix(item)}|${whole(item)}${rest})`;
}

function isFlags(node: Node): node is Extract<Node, { kind: 'zero' }> {
  return node.kind === 'zero' && node.src.startsWith('(?');
}

/** Word-boundary assertions look at the next character, which has not arrived at the end. */
function relaxed(src: string): string {
  return src === '\\b' || src === '\\B' ? `(?:${src}|\\z)` : src;
}

/** `\Qab\E` → `(?:a(?:b)?)?`, one code point at a time, each written as `\x{…}` so none is special. */
function literalPrefix(src: string): string {
  const close = src.indexOf('\\E', 2);
  const chars = [...src.slice(2, close < 0 ? src.length : close)];
  return chars.reduceRight((inner, c) => `(?:\\x{${c.codePointAt(0)!.toString(16)}}${inner})?`, '');
}
