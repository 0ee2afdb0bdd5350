import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';

/**
 * A rule file of our own, written to a temp dir and loaded the way users load theirs, so the
 * record tests do not move when the built-in packs grow. None of its rules can match text made
 * of CLEAN_UNITS: no digits, no `@`, no upper case, no letters of its keywords or key globs.
 */
export const RULES_YAML = `
rules:
  - id: email
    type: EMAIL
    regex: '[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}\\b'
  - id: card
    type: CREDIT_CARD
    regex: '\\b(?:\\d[ -]?){12,18}\\d\\b'
    validate: [luhn]
  - id: ssn
    type: US_SSN
    regex: '\\b\\d{3}[- ]\\d{2}[- ]\\d{4}\\b'
    validate: [us-ssn]
  - id: ipv4
    type: IPV4
    regex: '\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b'
    validate: [ipv4]
  - id: aws-key
    type: AWS_ACCESS_KEY
    regex: '\\b(?:AKIA|ASIA)[A-Z2-7]{16}\\b'
    keywords: [AKIA, ASIA]
  - id: customer
    type: PERSON
    keywords: [Åsa Lindgren]
keys: [password, '*token*', authorization, set-cookie]
paths: [req.headers.cookie, '**.apiKey']
skip: [embedding]
`;

export function writeRules(yaml = RULES_YAML): string {
  const dir = mkdtempSync(join(tmpdir(), 'scrubline-records-'));
  const file = join(dir, 'rules.yaml');
  writeFileSync(file, yaml);
  return file;
}

/** Text that no rule in RULES_YAML can match; includes astral characters to move offsets. */
export const CLEAN_UNITS = ['x', 'y', 'z', 'q', 'w', ' ', '-', '_', '.', ':', 'é', '字', '😀'];

/** Values each rule in RULES_YAML redacts. */
export const PII = ['4111 1111 1111 1111', '5555-5555-5555-4444', '536-22-8726', '203.0.113.42', 'AKIAIOSFODNN7EXAMPLE', 'Åsa Lindgren'];

/** Everything a value holds, including Map and Set members, error fields and symbol keys. */
export function show(value: unknown): string {
  return inspect(value, { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity, breakLength: Infinity, compact: true });
}
