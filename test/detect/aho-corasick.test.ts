import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KeywordAutomaton } from '../../src/detect/aho-corasick';

function hits(a: KeywordAutomaton, text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  a.scan(text, (id, s, e) => out.push([id, s, e]));
  return out.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
}

/** Every occurrence by brute force, folding case the same simple way. */
function naive(keywords: string[], text: string): [number, number, number][] {
  const out: [number, number, number][] = [];
  const t = text.toLowerCase();
  keywords.forEach((k, id) => {
    const kk = k.toLowerCase();
    for (let i = t.indexOf(kk); i >= 0; i = t.indexOf(kk, i + 1)) out.push([id, i, i + k.length]);
  });
  return out.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
}

describe('KeywordAutomaton', () => {
  test('finds overlapping keywords in any case with UTF-16 offsets', () => {
    const a = new KeywordAutomaton(['he', 'she', 'hers', 'Åsa']);
    expect(hits(a, 'uSHErs')).toEqual([
      [1, 1, 4],
      [0, 2, 4],
      [2, 2, 6],
    ]);
    expect(hits(a, '😀 åSA')).toEqual([[3, 3, 6]]);
  });

  test('agrees with a brute-force search on random ASCII', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'C', 'd'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'B', 'c', 'd', ' '), maxLength: 60 }),
        (keywords, text) => {
          expect(hits(new KeywordAutomaton(keywords), text)).toEqual(naive(keywords, text));
        },
      ),
    );
  });

  test('ten thousand keywords compile and scan', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `customer-${i.toString(36)}-name`);
    const a = new KeywordAutomaton(words);
    const text = `ticket for ${words[9999]!.toUpperCase()} closed`;
    expect(hits(a, text)).toEqual([[9999, 11, 11 + words[9999]!.length]]);
  });

  test('rejects an empty keyword', () => {
    expect(() => new KeywordAutomaton(['a', ''])).toThrow('empty keyword');
  });
});
