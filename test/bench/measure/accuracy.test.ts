import { describe, expect, it } from 'vitest';
import type { LabelledRecord } from '../../../bench/corpus/generate';
import { emptyAccuracy, overall, ratio, score } from '../../../bench/measure/accuracy';

const line = '{"msg":"card 4111 1111 1111 1111, order 4111111111111112, mail jo@acme.io and jo@acme.io"}';
const at = (s: string, from = 0) => [line.indexOf(s, from), line.indexOf(s, from) + s.length] as const;
const record: LabelledRecord = {
  shape: 'pino',
  kind: 'prompt',
  record: JSON.parse(line) as Record<string, unknown>,
  line,
  labels: [
    { kind: 'pii', type: 'CREDIT_CARD', forms: ['4111 1111 1111 1111'], spans: [at('4111 1111 1111 1111')] },
    { kind: 'pii', type: 'EMAIL', forms: ['jo@acme.io'], spans: [at('jo@acme.io'), at('jo@acme.io', line.lastIndexOf('jo@'))] },
    { kind: 'lookalike', type: 'LUHN_FAILING_NUMBER', forms: ['4111111111111112'], spans: [at('4111111111111112')] },
  ],
};
const clean: LabelledRecord = { ...record, line: '{"msg":"nothing here"}', record: { msg: 'nothing here' }, labels: [] };

describe('score', () => {
  it('counts a value caught only when no occurrence of it is left', () => {
    const acc = emptyAccuracy();
    score(acc, record, line.replace('4111 1111 1111 1111', '[CARD]').replace('jo@acme.io', '[EMAIL]'));
    expect(acc.recall.CREDIT_CARD).toEqual({ hit: 1, total: 1 });
    // One of the two occurrences of the email survived: not caught.
    expect(acc.recall.EMAIL).toEqual({ hit: 0, total: 1 });
    expect(acc.kept.LUHN_FAILING_NUMBER).toEqual({ hit: 1, total: 1 });
  });

  it('counts a lookalike kept only when it survives whole', () => {
    const acc = emptyAccuracy();
    score(acc, record, line.replace('4111111111111112', '[PHONE]1112'));
    expect(acc.kept.LUHN_FAILING_NUMBER).toEqual({ hit: 0, total: 1 });
    expect(acc.recall.CREDIT_CARD).toEqual({ hit: 0, total: 1 });
  });

  it('counts clean records that came back changed, and withheld records', () => {
    const acc = emptyAccuracy();
    score(acc, clean, clean.line);
    score(acc, clean, clean.line.replace('here', '[X]'));
    score(acc, record, '[REDACTION_FAILED]');
    expect(acc.cleanAltered).toEqual({ hit: 1, total: 2 });
    expect(acc.withheld).toBe(1);
    expect(ratio(acc.cleanAltered)).toBe(0.5);
  });

  it('sums tallies over types', () => {
    const acc = emptyAccuracy();
    score(acc, record, line.replaceAll('jo@acme.io', '[EMAIL]'));
    expect(overall(acc.recall)).toEqual({ hit: 1, total: 2 });
    expect(ratio(overall(acc.recall))).toBe(0.5);
    expect(ratio(emptyAccuracy().cleanAltered)).toBeNaN();
  });
});
