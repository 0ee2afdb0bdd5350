import { randomUUID } from 'node:crypto';
import type { Redactor } from '../redactor';
import type { RedactionSummary } from '../redact/value';
import { REDACTION_FAILED } from '../redact/markers';
import { emptyStats, type LineStats } from './line-stats';

/** What one batch of lines became. */
export interface BatchResult {
  readonly out: Uint8Array;
  readonly stats: LineStats;
  /** 1-based line numbers within the batch of lines withheld for being longer than maxLine. */
  readonly tooLong: number[];
  /** 1-based line numbers within the batch of lines withheld because their redaction failed. */
  readonly failed: number[];
}

/** `records.summaryKey` for the redactor the batch function uses: unguessable, so no record has it. */
export const SUMMARY_KEY = `\u0000scrubline-summary-${randomUUID()}`;
/**
 * Plain-text lines are wrapped under this key so the record summary counts their findings too.
 * A symbol: string keys are scanned like any text (a random one once held digits that the PHONE
 * rule redacted, losing the line), and `keys:` globs only ever match string keys.
 */
const TEXT_KEY = Symbol('scrubline.text');

const LF = 10;
const CR = 13;
const FAILED_LINE = Buffer.from(REDACTION_FAILED, 'utf8');

/**
 * Redacts a batch of complete lines (the last may lack its newline at the end of the input).
 * A line that is a JSON object is redacted as a record (parse → redactValue → stringify), never as
 * text: masking serialised JSON can break its escapes. Any other line is redacted as text. Lines
 * with nothing to redact are copied byte for byte (invalid UTF-8 and all); line endings (`\n`,
 * `\r\n`) are kept. The redactor must be built with `records.summaryKey: SUMMARY_KEY`.
 */
export function createBatchRedactor(redactor: Redactor, maxLine: number): (input: Uint8Array) => BatchResult {
  return (input) => {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    // One decode for the batch: every LF byte decodes to one '\n', so lines in the string and in
    // the bytes correspond one to one, and unchanged lines can be copied from the bytes.
    const text = bytes.toString('utf8');
    const stats = emptyStats();
    const tooLong: number[] = [];
    const failed: number[] = [];
    const pieces: Uint8Array[] = [];
    let copied = 0;
    let changed = false;
    let byteStart = 0;
    let charStart = 0;
    while (byteStart < bytes.length) {
      let byteEnd = bytes.indexOf(LF, byteStart);
      let charEnd = text.indexOf('\n', charStart);
      const last = byteEnd < 0;
      if (last) {
        byteEnd = bytes.length;
        charEnd = text.length;
      }
      // A CR before the LF belongs to the line ending, not to the content.
      const cr = !last && byteEnd > byteStart && bytes[byteEnd - 1] === CR ? 1 : 0;
      stats.lines++;
      let replacement: Uint8Array | undefined;
      if (byteEnd - cr - byteStart > maxLine) {
        withhold(stats);
        tooLong.push(stats.lines);
        replacement = FAILED_LINE;
      } else {
        const before = stats.withheld;
        const redacted = redactLine(redactor, text.slice(charStart, charEnd - cr), stats);
        if (stats.withheld > before) failed.push(stats.lines);
        if (redacted !== undefined) replacement = redacted === REDACTION_FAILED ? FAILED_LINE : Buffer.from(redacted, 'utf8');
      }
      if (replacement !== undefined) {
        pieces.push(bytes.subarray(copied, byteStart), replacement);
        copied = byteEnd - cr;
        changed = true;
      }
      byteStart = byteEnd + 1;
      charStart = charEnd + 1;
    }
    if (!changed) return { out: input, stats, tooLong, failed };
    pieces.push(bytes.subarray(copied));
    return { out: Buffer.concat(pieces), stats, tooLong, failed };
  };
}

/** The redacted line, or undefined when it is unchanged. Never throws; never returns the original on failure. */
function redactLine(redactor: Redactor, line: string, stats: LineStats): string | undefined {
  try {
    const record = parseRecord(line);
    if (record !== undefined) {
      stats.records++;
      const out = redactor.redactValue(record);
      if (out === record) return undefined;
      return isObject(out) ? JSON.stringify(takeSummary(out, stats)) : withhold(stats);
    }
    const wrapper = { [TEXT_KEY]: line };
    const out = redactor.redactValue(wrapper);
    if (out === wrapper) return undefined;
    const text = isObject(out) ? takeSummary(out, stats)[TEXT_KEY] : undefined;
    return typeof text === 'string' ? text : withhold(stats);
  } catch {
    return withhold(stats);
  }
}

/** The whole line is replaced: redactValue failed closed, or something here threw. */
function withhold(stats: LineStats): string {
  stats.withheld++;
  stats.types['REDACTION_FAILED'] = (stats.types['REDACTION_FAILED'] ?? 0) + 1;
  return REDACTION_FAILED;
}

function isObject(v: unknown): v is Record<PropertyKey, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A line holding a JSON object (not an array or scalar: those are text that happens to parse). */
function parseRecord(line: string): Record<string, unknown> | undefined {
  let i = 0;
  let j = line.length - 1;
  while (i <= j && isJsonSpace(line.charCodeAt(i))) i++;
  while (j > i && isJsonSpace(line.charCodeAt(j))) j--;
  if (line.charCodeAt(i) !== 0x7b || line.charCodeAt(j) !== 0x7d) return undefined;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Counts the summary redactValue added under SUMMARY_KEY and removes it from the copy. */
function takeSummary(out: Record<PropertyKey, unknown>, stats: LineStats): Record<PropertyKey, unknown> {
  const summary = out[SUMMARY_KEY] as RedactionSummary | undefined;
  if (summary !== undefined) {
    // The copy is ours (a changed record is never the input), and the key was added last.
    delete out[SUMMARY_KEY];
    for (const [type, n] of Object.entries(summary.types)) stats.types[type] = (stats.types[type] ?? 0) + n;
  }
  return out;
}

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
