/**
 * `scrubline/pino`. The default export is the transport pino loads by name in its worker thread,
 * as a pipeline step or as the last target. The named exports run in the app's thread: a builder
 * for a whole transport config with every sink behind the scrubber, and an in-process hook.
 */
export { default } from './pino/transport';
export { scrubbedTransport } from './pino/targets';
export type { ScrubbedTransportOptions, SinkTarget, SinkPipeline } from './pino/targets';
export { scrubStreamWrite } from './pino/stream-write';
export type { PinoScrubOptions, PinoDestinationOptions, PinoTransportOptions } from './pino/options';
export { pinoLlmOptions, llmTransport } from './pino/llm-options';
export type { PinoLlmOptions, PinoLlmTransportOptions } from './pino/llm-options';
