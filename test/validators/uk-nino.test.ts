import { describe, expect, it } from 'vitest';
import { ukNino } from '../../src/validators/uk-nino';

describe('ukNino', () => {
  it.each(['AB 12 34 56 C', 'ab123456c', 'PR 123612C', 'TW 98 76 54 A'])('accepts %s', (v) => expect(ukNino(v)).toBe(true));
  it.each([
    ['QQ: Q is never a first letter (HMRC uses QQ in examples)', 'QQ 12 34 56 C'],
    ['O is never a second letter', 'AO 12 34 56 C'],
    ['a prefix HMRC does not allocate', 'NT 99 88 77 A'],
    ['GB is not allocated', 'GB 12 34 56 A'],
    ['suffix beyond D', 'AB 12 34 56 E'],
    ['numeric suffix', 'AB 12 34 56 1'],
    ['too few digits', 'AB 12 34 5 C'],
  ])('refuses: %s', (_, v) => expect(ukNino(v)).toBe(false));
});
