import { describe, expect, it } from 'vitest';
import { createLineScrubber } from '../../../adapters/pino/line';
import { createRedactor, REDACTION_FAILED, type Redactor } from '../../../src/index';

const redactor = createRedactor();
const scrub = createLineScrubber(redactor);

/** The real redactor with one method replaced: fault injection for the fail-closed paths. */
function withFault(methods: Partial<Redactor>): Redactor {
  return Object.assign(Object.create(redactor) as Redactor, methods);
}

describe('createLineScrubber', () => {
  it('redacts a JSON line as a record and writes valid JSON, numbers untouched', () => {
    expect(scrub('{"level":30,"time":1732870000000,"msg":"mail jane@example.com","card":"4111 1111 1111 1111"}')).toBe(
      '{"level":30,"time":1732870000000,"msg":"mail [EMAIL]","card":"[CREDIT_CARD]"}',
    );
  });

  it('never masks inside a JSON escape', () => {
    const out = scrub('{"msg":"first\\njane@example.com\\"quoted\\""}');
    expect(out).toBe('{"msg":"first\\n[EMAIL]\\"quoted\\""}');
    expect(JSON.parse(out)).toEqual({ msg: 'first\n[EMAIL]"quoted"' });
  });

  it('a duplicate key cannot smuggle the first value through', () => {
    expect(scrub('{"who":"jane@example.com","who":"anon"}')).toBe('{"who":"anon"}');
  });

  it('scrubs lines that are not JSON as text', () => {
    expect(scrub('GET /users?email=jane@example.com 200')).toBe('GET /users?email=[EMAIL] 200');
    expect(scrub('{"truncated": "jane@example.com", "a')).toBe('{"truncated": "[EMAIL]", "a');
    expect(scrub('')).toBe('');
  });

  it('scrubs JSON lines that are a bare number or string as text, not as an unscanned number', () => {
    expect(scrub('4111111111111111')).toBe('[CREDIT_CARD]');
    expect(scrub('"jane@example.com"')).toBe('"[EMAIL]"');
  });

  it('a record nested past maxDepth is truncated, not leaked', () => {
    const deep = `${'['.repeat(150)}"jane@example.com"${']'.repeat(150)}`;
    const out = scrub(deep);
    expect(out).not.toContain('jane');
    expect(out).toContain('[Truncated]');
  });

  it('fails closed when the record walk fails: a placeholder line', () => {
    const failing = createLineScrubber(withFault({ redactValue: <T>() => REDACTION_FAILED as T }));
    expect(failing('{"level":50,"time":1700000000000,"pid":7,"hostname":"h","msg":"jane@example.com"}')).toBe(
      '{"level":50,"time":1700000000000,"pid":7,"msg":"[REDACTION_FAILED]"}',
    );
    const throwing = createLineScrubber(
      withFault({
        redactValue: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(throwing('{"level":30,"msg":"jane@example.com"}')).toBe('{"level":30,"msg":"[REDACTION_FAILED]"}');
  });

  it('fails closed when text redaction throws', () => {
    const throwing = createLineScrubber(
      withFault({
        redact: () => {
          throw new Error('boom');
        },
      }),
    );
    expect(throwing('plain jane@example.com')).toBe(REDACTION_FAILED);
  });
});
