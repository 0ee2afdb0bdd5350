import { completeRecord, type CompletionOptions } from './complete-record';
import { applyContentPolicy, sharedDefaultRedactor, type ContentPolicy, type ContentRedactor } from './content-policy';
import { nameFields, type FieldNames } from './otel-names';
import type { LlmCallRecord } from './record';

export interface LlmFieldsOptions extends CompletionOptions {
  /** `otel` (default): OpenTelemetry GenAI names; `camel`: flat camelCase names. */
  readonly names?: FieldNames;
  /** Default `redact`. `drop` logs every number and no text. */
  readonly content?: ContentPolicy;
  /** For `content: 'redact'`. Default: a redactor with the built-in packs, built on first use. */
  readonly redactor?: ContentRedactor;
  /** Log retrieved chunk text (under the content policy). Default `false`: ids and scores only. */
  readonly ragText?: boolean;
}

/**
 * A call record as flat log fields: missing token counts estimated on the ORIGINAL text and cost
 * added first, then the content policy, then the names. Never mutates the record.
 */
export function llmFields(record: LlmCallRecord, options: LlmFieldsOptions = {}): Record<string, unknown> {
  const complete = completeRecord(record, options);
  const redactor = options.redactor;
  const scrubbed = applyContentPolicy(complete, options.content ?? 'redact', () => redactor ?? sharedDefaultRedactor(), options.ragText === true);
  return nameFields(scrubbed, options.names ?? 'otel');
}

/** What an adapter accepts under its key: any plain object (hand-built records are welcome). */
export const isRecordObject = (v: unknown): v is LlmCallRecord => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * For logger adapters, which must never fail a log call nor leak: when the fields cannot be built
 * under the chosen policy, the numbers alone (content `drop`), else nothing.
 */
export function llmFieldsFailClosed(record: LlmCallRecord, options: LlmFieldsOptions): Record<string, unknown> {
  try {
    return llmFields(record, options);
  } catch {
    try {
      return llmFields(record, { ...options, content: 'drop' });
    } catch {
      return {};
    }
  }
}
