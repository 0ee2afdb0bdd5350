import { join } from 'node:path';
import type { RedactorOptions } from '../../src/options';
import { isRecordObject, llmFieldsFailClosed, type LlmFieldsOptions } from '../../src/enrich/llm-fields';

export interface PinoLlmOptions extends LlmFieldsOptions {
  /** The log object's property that holds the call record. Default `llm`. */
  readonly key?: string;
}

/**
 * pino options (`mixin` and `mixinMergeStrategy`) that turn the log call's `llm` property into
 * flat OpenTelemetry GenAI fields under the content policy, on the main thread, before pino
 * serialises the line: `pino({ ...pinoLlmOptions({ content: 'drop' }) })`. The raw record never
 * reaches the line; the caller's object is never mutated. Fields the call passes itself win.
 */
export function pinoLlmOptions(options: PinoLlmOptions = {}): {
  mixin: (mergeObject: object) => object;
  mixinMergeStrategy: (mergeObject: object, mixinObject: object) => object;
} {
  const key = options.key ?? 'llm';
  return {
    mixin(mergeObject) {
      const record = (mergeObject as Record<string, unknown>)[key];
      return isRecordObject(record) ? llmFieldsFailClosed(record, options) : {};
    },
    mixinMergeStrategy(mergeObject, mixinObject) {
      if (!isRecordObject((mergeObject as Record<string, unknown>)[key])) return Object.assign(mixinObject, mergeObject);
      const { [key]: _record, ...rest } = mergeObject as Record<string, unknown>;
      return Object.assign(mixinObject, rest);
    },
  };
}

/** What survives structured cloning into pino's worker: no functions, and a redactor as its options. */
export interface PinoLlmTransportOptions extends Omit<PinoLlmOptions, 'redactor'> {
  /** For `content: 'redact'`: options of the redactor built in the worker (default: the built-in packs). */
  readonly redactor?: Omit<RedactorOptions, 'onError'>;
}

/**
 * A pino `pipeline` step that expands the `llm` property of each line in the worker thread, so
 * token counting costs the app's thread nothing. Put it FIRST, before the scrubbing step: tokens
 * are counted on the original text.
 * `pino.transport({ pipeline: [llmTransport({ content: 'drop' }), { target: 'scrubline/pino' }, { target: 'pino/file' }] })`
 */
export function llmTransport(options: PinoLlmTransportOptions = {}): { target: string; options: Record<string, unknown> } {
  // Typed loosely on the way out so it sits in one `pipeline` array with other targets' options.
  return { target: join(__dirname, 'llm-transport.js'), options: { ...options } };
}
