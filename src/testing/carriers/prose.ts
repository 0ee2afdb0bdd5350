import * as fc from 'fast-check';
import { wrap, type Planted, type Sample } from '../planted';

/**
 * Filler that no sensible rule should touch: log and chat vocabulary, accented and CJK words, and
 * emoji (surrogate pairs move UTF-16 offsets away from code-point offsets, a classic source of
 * masking the wrong characters).
 */
export const FILLER_WORDS: readonly string[] = [
  'the', 'user', 'asked', 'for', 'a', 'refund', 'request', 'failed', 'retrying', 'in', 'with', 'and',
  'please', 'update', 'my', 'account', 'contact', 'is', 'sent', 'to', 'model', 'replied', 'tool', 'call',
  'order', 'shipped', 'today', 'thanks', 'note', 'see', 'ok', 'done', 'error', 'warning', 'info',
  'café', 'Straße', 'naïve', 'Łódź', 'señor', 'ünïcödé', '東京', '日本語', 'привет', 'مرحبا', '🙂', '🚀', '👩‍💻', '→', '—', '…',
];

/** Punctuation written right against a value: brackets, quotes, sentence marks, markup, `key=`. */
export const ADJACENT_PUNCTUATION: readonly (readonly [string, string])[] = [
  ['', ''], ['(', ')'], ['"', '"'], ["'", "'"], ['<', '>'], ['[', ']'], ['{', '}'], ['', '.'], ['', ','],
  ['', ':'], ['', ';'], ['', '!'], ['', '?'], ['`', '`'], ['«', '»'], ['“', '”'], ['*', '*'], ['=', ''],
  [': ', ''], ['', '...'], ['', '\n'], ['\t', ''], ['/', '/'], ['|', '|'],
];

export interface ProseOptions {
  /** Pairs written immediately before and after the value. Default ADJACENT_PUNCTUATION. */
  readonly punctuation?: readonly (readonly [string, string])[];
  /** Filler vocabulary. Default FILLER_WORDS. */
  readonly words?: readonly string[];
}

/** A sentence with the value somewhere in it, punctuation right against it. */
export function inProse(value: fc.Arbitrary<Sample>, opts: ProseOptions = {}): fc.Arbitrary<Planted> {
  const words = fc.array(fc.constantFrom(...(opts.words ?? FILLER_WORDS)), { maxLength: 8 });
  const spacing = fc.constantFrom(' ', '\n', '  ');
  return fc
    .tuple(words, fc.constantFrom(...(opts.punctuation ?? ADJACENT_PUNCTUATION)), value, words, spacing)
    .map(([before, [open, close], v, after, space]) => {
      const head = before.length === 0 ? '' : before.join(' ') + space;
      const tail = after.length === 0 ? '' : ' ' + after.join(' ');
      return wrap(head + open, v, close + tail);
    });
}
