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
export { trackLlmCall } from './enrich/track-llm-call';
export type { TrackLlmCallOptions } from './enrich/call-tracker';
export { llmFields } from './enrich/llm-fields';
export { countTokens } from './enrich/tokens';
export type { LlmFieldsOptions } from './enrich/llm-fields';
export type { ContentPolicy, ContentRedactor } from './enrich/content-policy';
export type { FieldNames } from './enrich/otel-names';
export type { CompletionOptions } from './enrich/complete-record';
export { StreamStallError } from './enrich/outcome';
export { DEFAULT_PRICING, DEFAULT_PRICING_DATE } from './enrich/pricing';
export type { ModelPrice, PricingTable } from './enrich/pricing';
export type { Clock } from './enrich/stream-timing';
export type {
  LlmCallRecord,
  LlmInput,
  LlmRequestParams,
  LlmResponseInfo,
  LlmUsage,
  LlmCost,
  LlmTiming,
  LlmOutcome,
  LlmError,
  RunIds,
  AppContext,
  PromptTemplateRef,
  RagDetails,
  RagDocument,
  ChatMessage,
  OutputMessage,
  MessagePart,
  TextPart,
  ToolCallPart,
  ToolResultPart,
  OpaquePart,
} from './enrich/record';
