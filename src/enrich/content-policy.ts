import { createRedactor, REDACTION_FAILED } from '../redactor';
import type { LlmCallRecord, RagDetails } from './record';

/**
 * What happens to prompt and completion text (and everything else that can quote it: tool
 * arguments, error messages, retrieval queries and chunks) before a record is logged.
 * `redact`: scrubbed by a scrubline redactor; `drop`: metrics only, no text at all; `keep`: as is.
 */
export type ContentPolicy = 'redact' | 'drop' | 'keep';

/** A scrubline `Redactor`, or anything with the same `redactValue` (deep, never mutating its input). */
export interface ContentRedactor {
  redactValue<T>(value: T): T;
}

let defaultRedactor: ContentRedactor | undefined;

/** The built-in packs, compiled once and only when some record needs them. */
export function sharedDefaultRedactor(): ContentRedactor {
  defaultRedactor ??= createRedactor();
  return defaultRedactor;
}

interface Content {
  input: LlmCallRecord['input'];
  output: LlmCallRecord['output'];
  errorMessage: string | undefined;
  query: string | undefined;
  documents: RagDetails['documents'];
}

function withContent(record: LlmCallRecord, c: Content): LlmCallRecord {
  const { input: _i, output: _o, error, rag, ...rest } = record;
  const out: { -readonly [K in keyof LlmCallRecord]: LlmCallRecord[K] } = { ...rest };
  if (c.input !== undefined) out.input = c.input;
  if (c.output !== undefined) out.output = c.output;
  if (error !== undefined) out.error = { type: error.type, ...(c.errorMessage === undefined ? {} : { message: c.errorMessage }) };
  if (rag !== undefined) {
    const { query: _q, documents: _d, ...ragRest } = rag;
    out.rag = { ...ragRest, ...(c.query === undefined ? {} : { query: c.query }), ...(c.documents === undefined ? {} : { documents: c.documents }) };
  }
  return out;
}

/**
 * Applies the policy to a copy of the record; numbers are never touched. Fails closed: when the
 * redactor throws (a scrubline redactor does not: it withholds the failing value itself), every
 * content field becomes `[REDACTION_FAILED]`.
 */
export function applyContentPolicy(record: LlmCallRecord, policy: ContentPolicy, redactor: () => ContentRedactor, ragText: boolean): LlmCallRecord {
  const documents = record.rag?.documents?.map((d) => (ragText ? d : { id: d.id, ...(d.score === undefined ? {} : { score: d.score }) }));
  const content: Content = { input: record.input, output: record.output, errorMessage: record.error?.message, query: record.rag?.query, documents };
  if (policy === 'keep') return withContent(record, content);
  if (policy === 'drop') {
    return withContent(record, {
      input: undefined,
      output: undefined,
      errorMessage: undefined,
      query: undefined,
      documents: documents?.map((d) => ({ id: d.id, ...(d.score === undefined ? {} : { score: d.score }) })),
    });
  }
  try {
    // One deep walk over all the content: key and path rules apply to tool arguments too.
    return withContent(record, redactor().redactValue(content));
  } catch {
    const failed = (v: unknown) => (v === undefined ? undefined : REDACTION_FAILED);
    return withContent(record, {
      input: failed(content.input) as Content['input'],
      output: failed(content.output) as Content['output'],
      errorMessage: failed(content.errorMessage),
      query: failed(content.query),
      documents: documents?.map((d) => ({ id: d.id, ...(d.score === undefined ? {} : { score: d.score }), ...(d.content === undefined ? {} : { content: REDACTION_FAILED }) })),
    });
  }
}
