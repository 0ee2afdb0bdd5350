import { describe, expect, it } from 'vitest';
import { ukNhs } from '../../src/validators/uk-nhs';

describe('ukNhs', () => {
  // 943 476 5919 is NHS Digital's published example; 401 023 2137 is Presidio's.
  it.each(['943 476 5919', '9434765919', '401-023-2137'])('accepts %s', (v) => expect(ukNhs(v)).toBe(true));
  it.each([
    ['wrong check digit', '943 476 5918'],
    ['no check digit exists (it would be 10)', '100 000 0010'],
    ['one digit repeated', '000 000 0000'],
    ['nine digits', '943 476 591'],
  ])('refuses: %s', (_, v) => expect(ukNhs(v)).toBe(false));
});
