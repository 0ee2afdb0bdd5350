import { describe, expect, it } from 'vitest';
import { blobLine, generateCorpus, type LabelledRecord } from '../../../bench/corpus/generate';
import { LOOKALIKE_KINDS, PII_TYPES } from '../../../bench/corpus/values';
// scrubline's validators are the oracle for the generator's own check digits: two independent
// implementations have to agree before a value counts as valid.
import { iban } from '../../../src/validators/iban';
import { luhn } from '../../../src/validators/luhn';
import { usSsn } from '../../../src/validators/us-ssn';

const corpus = generateCorpus({ seed: 99, count: 2000 });
const valuesOf = (type: string) => corpus.flatMap((r) => r.labels.filter((l) => l.type === type).map((l) => JSON.parse(`"${l.forms[0]}"`) as string));

describe('generateCorpus', () => {
  it('gives the same corpus for the same seed and a different one for another seed', () => {
    const again = generateCorpus({ seed: 99, count: 2000 });
    expect(again.map((r) => r.line)).toEqual(corpus.map((r) => r.line));
    expect(again.map((r) => r.labels)).toEqual(corpus.map((r) => r.labels));
    const other = generateCorpus({ seed: 100, count: 50 });
    expect(other.map((r) => r.line)).not.toEqual(corpus.slice(0, 50).map((r) => r.line));
  });

  it('writes each record as the JSON line of its object', () => {
    for (const r of corpus) expect(JSON.parse(r.line)).toEqual(r.record);
  });

  it('labels exactly the substrings it planted, without overlaps', () => {
    for (const r of corpus) {
      const spans: [number, number][] = [];
      for (const label of r.labels) {
        expect(label.spans.length).toBeGreaterThan(0);
        for (const [s, e] of label.spans) {
          expect(label.forms).toContain(r.line.slice(s, e));
          expect(spans.some(([ps, pe]) => s < pe && ps < e)).toBe(false);
          spans.push([s, e]);
        }
      }
    }
  });

  it('puts sensitive values in about 30 % of the records and covers every type and lookalike evenly', () => {
    const withPii = corpus.filter((r) => r.labels.some((l) => l.kind === 'pii')).length / corpus.length;
    expect(withPii).toBeGreaterThan(0.26);
    expect(withPii).toBeLessThan(0.34);
    for (const kinds of [PII_TYPES, LOOKALIKE_KINDS.filter((k) => !['UUID', 'EPOCH_MS', 'ISO_TIMESTAMP'].includes(k))]) {
      const counts = kinds.map((k) => corpus.flatMap((r) => r.labels).filter((l) => l.type === k).length);
      expect(Math.min(...counts)).toBeGreaterThan(0);
      expect(Math.max(...counts) / Math.min(...counts)).toBeLessThan(1.3);
    }
  });

  it('keeps records between 200 B and about 8 KB, both logger shapes and every kind of record', () => {
    const sizes = corpus.map((r) => Buffer.byteLength(r.line)).sort((a, b) => a - b);
    expect(sizes[0]).toBeGreaterThanOrEqual(200);
    // Growth stops at the first sentence past the target; a planted PEM block can push a little further.
    expect(sizes[Math.floor(sizes.length * 0.99)]).toBeLessThan(8192 + 1024);
    expect(new Set(corpus.map((r) => r.shape))).toEqual(new Set(['pino', 'winston']));
    expect(new Set(corpus.map((r) => r.kind)).size).toBe(7);
  });

  it('plants valid cards, IBANs and SSNs, and lookalikes that fail the same checks', () => {
    const cards = valuesOf('CREDIT_CARD');
    expect(cards.length).toBeGreaterThan(20);
    for (const v of cards) expect(luhn(v), v).toBe(true);
    for (const v of valuesOf('LUHN_FAILING_NUMBER')) expect(luhn(v), v).toBe(false);
    for (const v of valuesOf('IBAN')) expect(iban(v), v).toBe(true);
    for (const v of valuesOf('BAD_CHECKSUM_IBAN')) expect(iban(v), v).toBe(false);
    for (const v of valuesOf('US_SSN')) expect(usSsn(v), v).toBe(true);
    for (const v of valuesOf('INVALID_SSN')) expect(usSsn(v), v).toBe(false);
    for (const v of valuesOf('CA_SIN')) expect(luhn(v), v).toBe(true);
  });

  it('builds small records of about 300 B when asked', () => {
    const small: LabelledRecord[] = generateCorpus({ seed: 5, count: 500, minSize: 200, maxSize: 300, exclude: ['PRIVATE_KEY'], kinds: ['prompt'] });
    const avg = small.reduce((a, r) => a + Buffer.byteLength(r.line), 0) / small.length;
    expect(avg).toBeGreaterThan(250);
    expect(avg).toBeLessThan(350);
    expect(small.flatMap((r) => r.labels).some((l) => l.type === 'PRIVATE_KEY')).toBe(false);
  });
});

describe('blobLine', () => {
  it('holds a base64 blob of exactly the requested size', () => {
    for (const kb of [16, 128]) {
      const url = (JSON.parse(blobLine(1, kb)) as { messages: { content: { image_url?: { url: string } }[] }[] }).messages[0]!.content[1]!.image_url!.url;
      const blob = url.slice('data:image/png;base64,'.length);
      expect(blob).toMatch(/^[A-Za-z0-9+/]+$/);
      expect(blob.length).toBe(kb * 1024);
    }
  });
});
