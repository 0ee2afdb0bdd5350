import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index';
import { expectUntouched, inProse, luhnInvalidCard } from '../../src/testing/index';
import { failureOf } from './failure-of';

const rules = (...r: object[]) => createRedactor({ packs: [], rules: [{ rules: r as never }] });

const cardRegex = '\\b(?:\\d[ -]?){12,18}\\d\\b';
// Broken on purpose: no Luhn check, so order numbers go too.
const cardsWithoutLuhn = rules({ id: 'card', type: 'CREDIT_CARD', regex: cardRegex });
const cards = rules({ id: 'card', type: 'CREDIT_CARD', regex: cardRegex, validate: ['luhn'] });

describe('expectUntouched', () => {
  // Plain digit runs: in a grouped lookalike the rule may rescan from a later group and find a
  // Luhn-valid tail (`6011 0000 0000 0000 000` → `0000 0000 0000 000`), a weakness of this simple
  // regex that a brand-prefixed card rule does not have.
  it('passes when lookalikes are left alone', () => {
    expect(() => expectUntouched(cards, inProse(luhnInvalidCard({ format: 'plain' })), { seed: 9 })).not.toThrow();
  });

  it('fails on a card rule without Luhn, with the shrunk counterexample in the message', () => {
    const err = failureOf(() => expectUntouched(cardsWithoutLuhn, inProse(luhnInvalidCard({ format: 'plain' })), { seed: 9 }));
    const example = err.counterexample as { text: string };
    expect(cardsWithoutLuhn.redact(example.text)).not.toBe(example.text);
    expect(cards.redact(example.text)).toBe(example.text);
    // Shrinking strips the filler words: what is left is the number, perhaps with punctuation.
    expect(example.text.length).toBeLessThanOrEqual(25);
    expect(err.message).toContain('expectUntouched failed: the text was changed');
    expect(err.message).toContain(`text:     ${JSON.stringify(example.text)}`);
    expect(err.message).toContain(`redacted: ${JSON.stringify(cardsWithoutLuhn.redact(example.text))}`);
    expect(err.message).toContain('findings: CREDIT_CARD (card)');
    expect(err.message).toContain(`Counterexample (shrunk `);
  });
});
