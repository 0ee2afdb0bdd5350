"use strict";
/**
 * Trace and span ids of the active OpenTelemetry span, when `@opentelemetry/api` is installed (an
 * optional peer: loaded on first use, and its absence is fine). The names follow what
 * OpenTelemetry's own pino and winston instrumentations inject: `trace_id`, `span_id`, `trace_flags`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.activeTraceIds = activeTraceIds;
let api;
function load() {
    if (api === undefined) {
        try {
            api = require('@opentelemetry/api');
        }
        catch {
            api = null;
        }
    }
    return api;
}
function activeTraceIds() {
    const otel = load();
    if (otel === null)
        return undefined;
    try {
        const ctx = otel.trace.getActiveSpan()?.spanContext();
        if (ctx === undefined || !otel.trace.isSpanContextValid(ctx))
            return undefined;
        return { traceId: ctx.traceId, spanId: ctx.spanId, traceFlags: ctx.traceFlags.toString(16).padStart(2, '0') };
    }
    catch {
        // A broken tracer must not break the model call it observes.
        return undefined;
    }
}
