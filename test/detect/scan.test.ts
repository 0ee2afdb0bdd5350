import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index';

describe('after a refused candidate', () => {
  it('looks again inside a match a validator refused: a real value may start there', () => {
    // "x4111…" fails Luhn as a whole (16 digits from the first), the card inside passes.
    const r = createRedactor({ packs: [], rules: [{ rules: [{ id: 'card', type: 'CARD', regex: '\\d{16}', validate: ['luhn'] }] }] });
    expect(r.scan('94111111111111111')).toEqual([{ rule: 'card', type: 'CARD', start: 1, end: 17 }]);
  });

  it('passes over an allow-listed match whole, and reports no piece of it', () => {
    const r = createRedactor({ packs: [], rules: [{ rules: [{ id: 'e', type: 'EMAIL', regex: '[a-z]+@[a-z]+\\.com', allow: ['git@github.com'] }] }] });
    expect(r.scan('git@github.com')).toEqual([]);
    expect(r.explain('git@github.com').rejected.map((x) => x.reason)).toEqual(['allow-listed']);
  });
});

describe('group lists', () => {
  const r = createRedactor({
    packs: [],
    rules: [{ rules: [{ id: 'pair', type: 'PAIR', regex: 'a=(\\d{3,})|b=([a-z]{3,})|cd', group: [1, 2] }] }],
  });

  it('mask the first listed group that took part in the match', () => {
    expect(r.redact('a=1234 b=xyz')).toBe('a=[PAIR] b=[PAIR]');
  });

  it('mask the whole match when none of them took part', () => {
    expect(r.redact('cd')).toBe('[PAIR]');
  });

  it('refuse a listed group that can match the empty string', () => {
    expect(() =>
      createRedactor({ packs: [], rules: [{ rules: [{ id: 'g', type: 'G', regex: 'a(b*)|c(d)', group: [2, 1] }] }] }),
    ).toThrow(/group 1: the masked group can match the empty string/);
  });
});
