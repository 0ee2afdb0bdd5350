/**
 * Trace and span ids of the active OpenTelemetry span, when `@opentelemetry/api` is installed (an
 * optional peer: loaded on first use, and its absence is fine). The names follow what
 * OpenTelemetry's own pino and winston instrumentations inject: `trace_id`, `span_id`, `trace_flags`.
 */

/** The few members of `@opentelemetry/api` used here: its types are not a dependency. */
interface OtelApi {
  trace: {
    getActiveSpan(): { spanContext(): { traceId: string; spanId: string; traceFlags: number } } | undefined;
    isSpanContextValid(ctx: { traceId: string; spanId: string; traceFlags: number }): boolean;
  };
}

export interface TraceIds {
  readonly traceId: string;
  readonly spanId: string;
  readonly traceFlags: string;
}

let api: OtelApi | null | undefined;

function load(): OtelApi | null {
  if (api === undefined) {
    try {
      api = require('@opentelemetry/api') as OtelApi;
    } catch {
      api = null;
    }
  }
  return api;
}

export function activeTraceIds(): TraceIds | undefined {
  const otel = load();
  if (otel === null) return undefined;
  try {
    const ctx = otel.trace.getActiveSpan()?.spanContext();
    if (ctx === undefined || !otel.trace.isSpanContextValid(ctx)) return undefined;
    return { traceId: ctx.traceId, spanId: ctx.spanId, traceFlags: ctx.traceFlags.toString(16).padStart(2, '0') };
  } catch {
    // A broken tracer must not break the model call it observes.
    return undefined;
  }
}
