"use strict";
/**
 * The telemetry of one model call: what `trackLlmCall` measures and what the logger adapters turn
 * into OpenTelemetry GenAI fields. Plain JSON data, so a record survives structured cloning into a
 * pino worker and can be written by hand for calls scrubline did not wrap.
 */
Object.defineProperty(exports, "__esModule", { value: true });
