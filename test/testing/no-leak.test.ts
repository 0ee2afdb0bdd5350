import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../src/index';
import { creditCard, email, expectNoLeak, inJson, type Sample } from '../../src/testing/index';
import { failureOf } from './failure-of';

const rules = (...r: object[]) => createRedactor({ packs: [], rules: [{ rules: r as never }] });

// Broken on purpose: forgets that people write cards in groups.
const cardsWithoutSeparators = rules({ id: 'card', type: 'CREDIT_CARD', regex: '\\b\\d{13,19}\\b', validate: ['luhn'] });
const cards = rules({ id: 'card', type: 'CREDIT_CARD', regex: '\\b(?:\\d[ -]?){12,18}\\d\\b', validate: ['luhn'] });

describe('expectNoLeak', () => {
  it('passes when every planted value is found', () => {
    expect(() => expectNoLeak(cards, creditCard(), { seed: 7 })).not.toThrow();
  });

  it('fails on a rule that misses grouped card numbers, with the shrunk counterexample in the message', () => {
    const err = failureOf(() => expectNoLeak(cardsWithoutSeparators, creditCard(), { seed: 7 }));
    const example = err.counterexample as string;
    expect(typeof example).toBe('string');
    // The counterexample really leaks through the broken rule, and the right rule catches it.
    expect(cardsWithoutSeparators.redact(example)).toBe(example);
    expect(cards.redact(example)).toBe('[CREDIT_CARD]');
    expect(example).toMatch(/[ -]/);
    expect(err.message).toContain('expectNoLeak failed: the planted value was not found');
    expect(err.message).toContain(`Counterexample (shrunk `);
    expect(err.message).toContain(JSON.stringify(example));
    expect(err.message).toMatch(/Replay with \{ seed: 7, path: "[\d:]+", endOnFailure: true \}/);
  });

  it('reports which part of a value was left visible', () => {
    // Broken on purpose: stops after the third group.
    const threeGroups = rules({ id: 'card', type: 'CREDIT_CARD', regex: '\\b\\d{4}[ -]\\d{4}[ -]\\d{4}' });
    const err = failureOf(() => expectNoLeak(threeGroups, creditCard({ brand: 'visa', format: 'spaced' }), { seed: 3 }));
    const example = err.counterexample as string;
    expect(err.message).toContain(`part of the planted value was not found: ${JSON.stringify(example.slice(14))}`);
    expect(threeGroups.redact(example)).toBe(`[CREDIT_CARD]${example.slice(14)}`);
  });

  it('shows a carrier counterexample as the text the value was planted in', () => {
    // Broken on purpose: lower-case addresses only.
    const lowerOnly = rules({ id: 'email', type: 'EMAIL', regex: '[a-z0-9._+-]+@[a-z0-9.-]+\\.[a-z]{2,}' });
    const err = failureOf(() => expectNoLeak(lowerOnly, inJson(email()), { seed: 11 }));
    const example = err.counterexample as { text: string; spans: { start: number; end: number }[] };
    expect(() => JSON.parse(example.text)).not.toThrow();
    const value = example.text.slice(example.spans[0]!.start, example.spans[0]!.end);
    expect(value).toMatch(/[A-Z]/);
    expect(lowerOnly.redact(example.text)).toContain(value);
    expect(err.message).toContain(`value:    ${JSON.stringify(value)}`);
    expect(err.message).toContain(`text:     ${JSON.stringify(example.text)}`);
  });

  it('fails when redact() keeps a value that scan() reports', () => {
    // A redactor whose two methods disagree: the property must not trust scan() alone.
    const disagreeing = { scan: (t: string) => cards.scan(t), redact: (t: string) => t };
    const err = failureOf(() => expectNoLeak(disagreeing, creditCard(), { seed: 1 }));
    expect(err.message).toContain('the redacted text still contains the planted value');
  });

  it('reports a redactor that throws as a failure with its error', () => {
    const throwing = { scan: (): never => { throw new Error('engine down'); }, redact: (t: string) => t };
    const err = failureOf(() => expectNoLeak(throwing, creditCard(), { seed: 1, numRuns: 5 }));
    expect(err.message).toContain('the check threw: Error: engine down');
  });

  it('takes fast-check parameters: numRuns, examples, and seed/path to replay a failure', () => {
    let calls = 0;
    const counting = { scan: (t: string) => (calls++, cards.scan(t)), redact: (t: string) => cards.redact(t) };
    expectNoLeak(counting, creditCard(), { numRuns: 7, seed: 2 });
    expect(calls).toBe(7);

    const planted: Sample = { text: 'paid with 4111-1111-1111-1111 today', spans: [{ start: 10, end: 29 }] };
    const fromExample = failureOf(() => expectNoLeak(cardsWithoutSeparators, fc.constant<Sample>('x'), { examples: [[planted]] }));
    expect(fromExample.message).toContain('"4111-1111-1111-1111"');

    const first = failureOf(() => expectNoLeak(cardsWithoutSeparators, creditCard(), { seed: 5 }));
    const replayed = failureOf(() => expectNoLeak(cardsWithoutSeparators, creditCard(), { seed: first.seed, path: first.path, endOnFailure: true }));
    expect(replayed.counterexample).toEqual(first.counterexample);
  });
});
