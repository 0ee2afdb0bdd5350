/**
 * scrubline: keeps personal data and secrets out of LLM application logs.
 * Public API only; the work happens in compile/, detect/ and redact/.
 */
export { createRedactor, REDACTION_FAILED } from './redactor';
export type { Redactor, Explanation, RejectedCandidate } from './redactor';
export type { RedactorOptions, RecordOptions } from './options';
export type { RedactionSummary } from './redact/value';
export type { Finding } from './detect/overlaps';
export type { RedactionStream } from './redact/stream';
export type { RedactTransformOptions } from './redact/stream-transform';
export type { EngineName } from './engine/types';
export type { EngineChoice } from './engine/select';
export { RuleFileError } from './rules/errors';
export type { RuleProblem } from './rules/errors';
export type { RuleSource } from './rules/resolve';
export type { RuleInput, RuleFileInput, MaskInput } from './rules/schema';
export { checkExamples } from './check-examples';
export type { ExampleResult } from './check-examples';
