/**
 * scrubline/winston: `redactFormat()` scrubs winston records wherever it stands in a format chain;
 * `redactLogger()` puts every transport of a logger behind it; `llmFormat()` turns an LLM call
 * record into OpenTelemetry GenAI fields (put it before the scrubber). Thin: logger ⇄ Redactor.
 */
export { redactFormat } from './winston/redact-format';
export { redactLogger } from './winston/redact-logger';
export type { WinstonLoggerLike, WinstonTransportLike } from './winston/redact-logger';
export type { WinstonFormat, WinstonInfo } from './winston/info';
export type { RedactorSource } from './winston/redactor-source';
export { llmFormat } from './winston/llm-format';
export type { LlmFormatOptions } from './winston/llm-format';
