import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entity, ENTITY_TYPES, inLogLine, toPlanted } from '../../../src/testing/index';

describe('inLogLine', () => {
  it('keeps every planted span inside the text and non-empty, for every entity type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ENTITY_TYPES).chain((type) => inLogLine(entity(type))), (planted) => {
        expect(planted.spans.length).toBeGreaterThan(0);
        for (const s of planted.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(planted.text.length);
          expect(s.end).toBeGreaterThan(s.start);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('uses each carrier', () => {
    const texts = fc.sample(inLogLine(fc.constant('v')), { numRuns: 400, seed: 1 }).map((p) => toPlanted(p).text);
    expect(texts.some((t) => t.startsWith('{'))).toBe(true);
    expect(texts.some((t) => /^(https?:|GET )/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('    at ') || t.startsWith('Traceback'))).toBe(true);
    expect(texts.some((t) => !/^[{]|^https?:|^GET |^Traceback|    at /.test(t))).toBe(true);
  });
});
