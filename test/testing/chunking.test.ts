import * as fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createRedactor, type RedactionStream, type Redactor } from '../../src/index';
import { chunking, chunks, expectChunkingInvariant } from '../../src/testing/chunking';

const redactor = createRedactor({ engine: 're2' });
const texts = fc.array(fc.constantFrom('call ', '+1 415 555 0132', ' or ', 'jane.doe@example.com', '😀', '\n'), { maxLength: 8 }).map((p) => p.join(''));

describe('chunks', () => {
  test('always joins back to the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), chunking(), (text, how) => chunks(text, how).join('') === text));
  });

  test('units splits every surrogate pair; pairs cuts inside each pair; sized cuts every n units', () => {
    expect(chunks('a😀b', { mode: 'units', cuts: [], size: 1 })).toEqual(['a', '\ud83d', '\ude00', 'b']);
    expect(chunks('a😀b😀', { mode: 'pairs', cuts: [], size: 1 })).toEqual(['a\ud83d', '\ude00b\ud83d', '\ude00']);
    expect(chunks('abcdefg', { mode: 'sized', cuts: [], size: 3 })).toEqual(['abc', 'def', 'g']);
    expect(chunks('abc', { mode: 'cuts', cuts: [1, 1, 6], size: 1 })).toEqual(['a', '', 'b', 'c']);
  });
});

describe('expectChunkingInvariant', () => {
  test('passes for the real stream', () => {
    expect(() => expectChunkingInvariant(redactor, texts, { numRuns: 50 })).not.toThrow();
  });

  test('fails, with the shrunk case, for a stream that redacts each chunk on its own', () => {
    const perChunk: Pick<Redactor, 'redact' | 'createStream'> = {
      redact: (t) => redactor.redact(t),
      createStream: (): RedactionStream => ({ push: (c) => redactor.redact(c), flush: () => '', pending: 0, bound: 0 }),
    };
    expect(() => expectChunkingInvariant(perChunk, texts, { seed: 1 })).toThrow(/differs from redact\(text\)[\s\S]*chunks:/);
  });

  test('fails for a stream that holds back more than its bound', () => {
    const hoarder: Pick<Redactor, 'redact' | 'createStream'> = {
      redact: (t) => redactor.redact(t),
      createStream: (): RedactionStream => {
        let held = '';
        return {
          push: (c) => ((held += c), ''),
          flush: () => {
            const out = redactor.redact(held);
            held = '';
            return out;
          },
          get pending() {
            return held.length;
          },
          bound: 8,
        };
      },
    };
    expect(() => expectChunkingInvariant(hoarder, texts, { seed: 1 })).toThrow(/more than the bound 8/);
  });
});
