import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/index';
import { ENGINES, isolated, readJsonl, Tally } from './support';

/*
 * Presidio's recognizer test vectors for every entity type the packs support. A row agrees when
 * the findings of the mapped types have the expected count and (when upstream gives them) the
 * same spans. Each recognizer is tested alone upstream, so each entity runs with only its rules.
 */

interface Row {
  file: string;
  line: number;
  entity: string;
  text: string;
  expected_count: number;
  expected: { start: number; end: number }[] | null;
}

const TYPES: Record<string, string[]> = {
  CREDIT_CARD: ['CREDIT_CARD'],
  CRYPTO: ['CRYPTO_WALLET'],
  EMAIL_ADDRESS: ['EMAIL'],
  IBAN_CODE: ['IBAN'],
  IP_ADDRESS: ['IPV4', 'IPV6'],
  MAC_ADDRESS: ['MAC_ADDRESS'],
  PHONE_NUMBER: ['PHONE'],
  UK_NHS: ['UK_NHS'],
  UK_NINO: ['UK_NINO'],
  US_ITIN: ['US_ITIN'],
  US_SSN: ['US_SSN'],
  CA_SIN: ['CA_SIN'],
};

/** Every row we disagree with, by upstream file:line, and why (docs/conformance.md explains each kind). */
const EXPLAINED: Record<string, string> = {
  'test_us_ssn_recognizer.py:22': 'needs-label',
  'test_us_ssn_recognizer.py:24': 'needs-label',
  'test_us_itin_recognizer.py:21': 'needs-label',
  'test_us_itin_recognizer.py:22': 'needs-label',
  'test_ca_sin_recognizer.py:30': 'needs-label',
  'test_ca_sin_recognizer.py:31': 'needs-label',
  'test_uk_nhs_recognizer.py:24': 'needs-label',
  'test_ip_recognizer.py:49': 'bare-unspecified-ipv6',
  'test_ip_recognizer.py:54': 'bare-unspecified-ipv6',
  'test_ip_recognizer.py:371': 'bare-unspecified-ipv6',
  'test_ip_recognizer.py:299': 'longer-dotted-number',
  'test_phone_recognizer.py:30': 'region-not-covered',
  'test_phone_recognizer.py:56': 'non-default-leniency',
  'test_phone_recognizer.py:59': 'non-default-leniency',
  'test_phone_recognizer.py:64': 'non-default-leniency',
  'test_uk_nino_recognizer.py:26': 'span-with-space',
};

const key = (r: Row) => `${r.file.split('/').pop()}:${r.line}`;

function agrees(r: Row, found: Finding[]): boolean {
  if (found.length !== r.expected_count) return false;
  if (r.expected === null) return true;
  const expected = [...r.expected].sort((a, b) => a.start - b.start);
  return expected.every((e, i) => found[i]!.start === e.start && found[i]!.end === e.end);
}

const rows = readJsonl<Row>('presidio-vectors.jsonl').filter((r) => r.entity in TYPES);

describe.each(ENGINES)('Presidio recognizer vectors (%s)', (engine) => {
  it('agrees on at least 97 % of the rows of supported entity types; every other row is an explained one', () => {
    const tally = new Tally();
    const disagreed: string[] = [];
    for (const [entity, types] of Object.entries(TYPES)) {
      const redactor = isolated(types, engine);
      for (const r of rows.filter((x) => x.entity === entity)) {
        const ok = agrees(r, redactor.scan(r.text));
        tally.add(entity, ok);
        if (!ok) disagreed.push(key(r));
      }
    }
    console.log(`Presidio (${engine})\n${tally.table('entity')}`);
    expect(disagreed.sort()).toEqual(Object.keys(EXPLAINED).sort());
    const { agreed, rows: total } = tally.total();
    expect(total).toBe(582);
    expect(agreed / total).toBeGreaterThanOrEqual(0.97);
  });
});
