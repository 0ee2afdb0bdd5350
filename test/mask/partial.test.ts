import { describe, expect, test } from 'vitest';
import { partialMask } from '../../src/mask/partial';

describe('partialMask', () => {
  test('keeps the last four digits and the separators', () => {
    const m = partialMask({ char: '*', keepFirst: 0, keepLast: 4, keepSeparators: true });
    expect(m('4111-1111-1111-4242')).toBe('****-****-****-4242');
  });

  test('masks separators too when asked', () => {
    const m = partialMask({ char: '#', keepFirst: 1, keepLast: 0, keepSeparators: false });
    expect(m('ab-cd')).toBe('a####');
  });

  test('never reveals a value whose kept part would be all of it', () => {
    const m = partialMask({ char: '*', keepFirst: 2, keepLast: 2, keepSeparators: true });
    expect(m('abc')).toBe('***');
  });
});
