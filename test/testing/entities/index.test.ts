import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entity, ENTITY_TYPES, toPlanted, type EntityType } from '../../../src/testing/index';

describe('entity', () => {
  it.each(ENTITY_TYPES)('%s: generates non-empty planted values', (type) => {
    fc.assert(
      fc.property(entity(type), (sample) => {
        const { text, spans } = toPlanted(sample);
        expect(spans.length).toBeGreaterThan(0);
        for (const s of spans) expect(text.slice(s.start, s.end).length).toBeGreaterThan(0);
      }),
      { numRuns: 20 },
    );
  });

  it('names the types of the built-in packs', () => {
    for (const type of ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'US_SSN', 'IPV4', 'AWS_ACCESS_KEY', 'GITHUB_TOKEN', 'OPENAI_API_KEY', 'JWT', 'PRIVATE_KEY', 'BEARER_TOKEN']) {
      expect(ENTITY_TYPES).toContain(type);
    }
  });

  it('rejects an unknown type with the list of known ones', () => {
    expect(() => entity('PASSPORT' as EntityType)).toThrow(/unknown type 'PASSPORT' \(known: EMAIL, PHONE/);
  });
});
