import { format, type Logform } from 'winston';
import { isRecordObject, llmFieldsFailClosed, type LlmFieldsOptions } from '../../src/enrich/llm-fields';

export interface LlmFormatOptions extends LlmFieldsOptions {
  /** The info property that holds the call record. Default `llm`. */
  readonly key?: string;
}

/**
 * A winston format that turns `info[key]` (a record from `trackLlmCall`, or one written by hand)
 * into flat OpenTelemetry GenAI fields under the content policy. Put it BEFORE `redactFormat`:
 * missing token counts are estimated here, on the original text. Returns a new info object:
 * winston hands the same info to every transport, and the caller's record is never touched.
 */
export function llmFormat(options: LlmFormatOptions = {}): Logform.Format {
  const key = options.key ?? 'llm';
  return format((info: Logform.TransformableInfo) => {
    const record = info[key];
    if (!isRecordObject(record)) return info;
    const { [key]: _record, ...rest } = info;
    return Object.assign(rest, llmFieldsFailClosed(record, options)) as Logform.TransformableInfo;
  })();
}
