import { printRegex, type Node } from './regex-syntax';

/**
 * A pattern that matches every string that could still grow into a match of `node`: each
 * prefix of each match (the empty string and whole matches included). A stream anchors it at the
 * end of the text it has received (`(?:prefix)\z`): the leftmost position it matches from is the
 * earliest place where a match might start that the next chunk could still change, so everything
 * before it is final.
 *
 * It may accept more than the exact prefix language (repetition minimums are dropped), which only
 * holds back more text, never less. An assertion at the end of the received text cannot be judged
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
      const whole = node.max === 1 ? '' : `(?:${printRegex(node.body, true)})${node.max === Infinity ? '*' : `{0,${node.max - 1}}`}`;
      return `(?:${whole}${prefix(node.body)})`;
    }
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
  return `(?:${prefix(item)}|${printRegex(item, true)}${rest})`;
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
