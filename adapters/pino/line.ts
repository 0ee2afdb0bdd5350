import { REDACTION_FAILED, type Redactor } from '../../src/index';
import { placeholderLine } from './placeholder';

/**
 * Builds the per-line function shared by the transport and the in-process hook. A JSON line is
 * parsed, redacted as a record and serialised again; anything else is redacted as text. Never
 * throws and never returns the input unscrubbed.
 *
 * JSON is never redacted as text: masking inside an escape (`\njane@x.com`) would break the line.
 * A parsed line is always serialised again, even when nothing was found: pino writes duplicate
 * keys (a child binding and a log call field of the same name), JSON.parse keeps only the last,
 * and echoing the original text would let the first one through unscanned.
 */
export function createLineScrubber(redactor: Redactor): (line: string) => string {
  return (line) => {
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      return redactText(redactor, line);
    }
    // A bare number or string is a text line that happens to parse (`4111111111111111`): records
    // leave numbers unscanned, text does not.
    if (typeof record !== 'object' || record === null) return redactText(redactor, line);
    try {
      const clean = redactor.redactValue<unknown>(record);
      // A failed walk withholds the whole record: keep what a reader needs to place the gap.
      if (clean === REDACTION_FAILED) return placeholderLine(redactor, record);
      return JSON.stringify(clean);
    } catch {
      return placeholderLine(redactor, record);
    }
  };
}

function redactText(redactor: Redactor, line: string): string {
  try {
    return redactor.redact(line);
  } catch {
    return REDACTION_FAILED;
  }
}
