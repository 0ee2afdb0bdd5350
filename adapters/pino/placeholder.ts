import { REDACTION_FAILED, type Redactor } from '../../src/index';

/** The fields of a withheld line that are kept: enough to see when, how bad, and which process. */
const KEPT = ['level', 'time', 'pid'] as const;
const MAX_KEPT_STRING = 40;

/**
 * The line written instead of one that could not be redacted: `{"level":30,"time":…,"pid":…,
 * "msg":"[REDACTION_FAILED]"}`. Only numbers and short strings made of the characters of level
 * labels and timestamps are kept, and such a string only if it also scans clean, so no content of
 * the original line can come through.
 */
export function placeholderLine(redactor: Redactor, record: unknown): string {
  const out: Record<string, unknown> = {};
  if (typeof record === 'object' && record !== null && !Array.isArray(record)) {
    for (const key of KEPT) {
      const value = safeValue(redactor, (record as Record<string, unknown>)[key]);
      if (value !== undefined) out[key] = value;
    }
  }
  out['msg'] = REDACTION_FAILED;
  return JSON.stringify(out);
}

function safeValue(redactor: Redactor, value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_KEPT_STRING || !timestampChars(value)) return undefined;
  try {
    return redactor.redact(value) === value ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Letters, digits, space and `-:.+`, as in `info`, `2026-11-29T08:45:00.000Z` or `+01:00`. */
function timestampChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 45 || c === 58 || c === 46 || c === 43;
    if (!ok) return false;
  }
  return true;
}
