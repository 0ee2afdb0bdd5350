import { foldString } from '../detect/fold';
import type { Node } from './regex-syntax';

/** Past this many alternatives a node's exact strings are not worth enumerating. */
const MAX_STRINGS = 64;

/**
 * Whether every match of the pattern contains one of `keywords` (compared case-folded, as the
 * keyword automaton compares them). A gated rule for which this holds can only match within its
 * longest match length of a keyword occurrence, so it is scanned there and not over the whole text:
 * `password` occurs in prose about resetting passwords far more often than in assignments.
 * Conservative: `false` whenever the analysis is unsure.
 */
export function keywordInEveryMatch(ast: Node, keywords: readonly string[]): boolean {
  const folded = keywords.map(foldString).filter((k) => k !== '');
  if (folded.length === 0) return false;
  const holds = (s: string): boolean => {
    const f = foldString(s);
    return folded.some((k) => f.includes(k));
  };
  return covers(ast, holds);
}

function covers(node: Node, holds: (s: string) => boolean): boolean {
  const strings = exact(node);
  if (strings !== undefined && strings.every(holds)) return true;
  switch (node.kind) {
    case 'group':
      return covers(node.body, holds);
    case 'repeat':
      return node.min >= 1 && covers(node.body, holds);
    case 'alt':
      return node.alts.every((a) => covers(a, holds));
    case 'seq':
      return node.items.some((item) => covers(item, holds)) || someRunHolds(node.items, holds);
    default:
      return false;
  }
}

/** A keyword may be spelled by several items in a row (`p`, `a`, `s`, `s`, `(?:word|wd)`). */
function someRunHolds(items: readonly Node[], holds: (s: string) => boolean): boolean {
  for (let i = 0; i < items.length; i++) {
    let run: string[] | undefined = [''];
    for (let j = i; j < items.length && run !== undefined; j++) {
      run = product(run, exact(items[j]!));
      if (run !== undefined && j > i && run.every(holds)) return true;
    }
  }
  return false;
}

/** Every string the node can match, when they are few and known; undefined otherwise. */
function exact(node: Node): string[] | undefined {
  switch (node.kind) {
    case 'char':
      return literalChar(node.src);
    case 'literal':
      return [node.src.slice(2).replace(/\\E$/, '')];
    case 'zero':
      return [''];
    case 'group':
      return exact(node.body);
    case 'repeat': {
      const body = exact(node.body);
      if (body === undefined) return undefined;
      if (node.min === 0 && node.max === 1) return [...body, ''];
      if (node.min !== node.max || node.min > 4) return undefined;
      let out: string[] | undefined = [''];
      for (let k = 0; k < node.min && out !== undefined; k++) out = product(out, body);
      return out;
    }
    case 'seq': {
      let out: string[] | undefined = [''];
      for (const item of node.items) {
        out = product(out, exact(item));
        if (out === undefined) return undefined;
      }
      return out;
    }
    case 'alt': {
      const out: string[] = [];
      for (const a of node.alts) {
        const s = exact(a);
        if (s === undefined || out.length + s.length > MAX_STRINGS) return undefined;
        out.push(...s);
      }
      return out;
    }
  }
}

/**
 * A single literal character (`a`, an escaped punctuation character such as `\.`), or a small
 * class of them (`[pousr]`, `[_.-]`, `[a-c]`).
 */
function literalChar(src: string): string[] | undefined {
  if (src.length === 1) return src === '.' ? undefined : [src];
  if (src.length === 2 && src[0] === '\\' && !/[0-9A-Za-z]/.test(src[1]!)) return [src[1]!];
  if (src.length < 3 || src[0] !== '[' || src[1] === '^') return undefined;
  const members: string[] = [];
  const body = src.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\') {
      c = body[++i] ?? '';
      if (c === '' || /[0-9A-Za-z]/.test(c)) return undefined; // \d, \w, \x41…: not enumerated
    } else if (c === '[') return undefined; // [:alpha:]
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2]!;
      if (to === '\\' || to.charCodeAt(0) - c.charCodeAt(0) > 8) return undefined;
      for (let u = c.charCodeAt(0); u <= to.charCodeAt(0); u++) members.push(String.fromCharCode(u));
      i += 2;
    } else members.push(c);
    if (members.length > 8) return undefined;
  }
  return members.length === 0 ? undefined : members;
}

function product(a: readonly string[], b: readonly string[] | undefined): string[] | undefined {
  if (b === undefined || a.length * b.length > MAX_STRINGS) return undefined;
  return a.flatMap((x) => b.map((y) => x + y));
}
