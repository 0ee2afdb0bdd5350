import type { Transform } from 'node:stream';
import type { CompiledRule, Policy } from './compile/policy';
import type { EngineName } from './engine/types';
import { resolveOverlaps, type Finding, type Resolved } from './detect/overlaps';
import { detect, type Rejection } from './detect/scan';
import type { RedactorOptions } from './options';
import { policyFromOptions } from './policy-from-options';
import { createRedactionStream, type RedactionStream } from './redact/stream';
import { redactChunks } from './redact/stream-iterable';
import { redactTransform, type RedactTransformOptions } from './redact/stream-transform';
import { REDACTION_FAILED } from './redact/markers';
import { compileRecordRules } from './redact/record-rules';
import { applyMasks } from './redact/text';
import { createValueRedactor } from './redact/value';

/** A candidate a rule matched but did not report, and why (`luhn failed`, `allow-listed`, …). */
export interface RejectedCandidate extends Finding {
  readonly reason: string;
}

export interface Explanation {
  readonly findings: Finding[];
  readonly rejected: RejectedCandidate[];
}

export interface Redactor {
  /** The engine in use: `re2` (native node-re2) or `re2-wasm`. */
  readonly engine: EngineName;
  /** The text with every finding masked; the same string when nothing was found. */
  redact(text: string): string;
  /** Findings with UTF-16 offsets into `text`, sorted and disjoint. Never the values themselves. */
  scan(text: string): Finding[];
  /** Findings plus the candidates that checks turned down, for debugging rules. */
  explain(text: string): Explanation;
  /** Redacts a text that arrives in pieces, exactly as `redact` would the whole: see docs/streaming.md. */
  createStream(): RedactionStream;
  /** The same as a Node Transform: text (strings or UTF-8 bytes) in, redacted text out. */
  stream(options?: RedactTransformOptions): Transform;
  /**
   * Redacts an async iterable of strings or of OpenAI / Anthropic stream chunks (text deltas
   * redacted across chunks, chunk shape kept): see docs/streaming.md.
   */
  redactIterable<T>(source: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T, void, undefined>;
  /**
   * A deep, copy-on-write redaction of a record (objects, arrays, Maps, Sets, errors, JSON held in
   * strings), applying `keys:`, `paths:` and `skip:` too. Never mutates `value`; returns `value`
   * itself when nothing needed redacting. Typed as T for convenience: any redacted leaf may come
   * back as a string (`[EMAIL]`, `[REDACTED]`, `[REDACTION_FAILED]`, `[Truncated]` …).
   */
  redactValue<T>(value: T): T;
}

export { REDACTION_FAILED };

/**
 * Builds a redactor: loads and validates every rule source, compiles them once into a policy,
 * and throws a RuleFileError (file, rule id, line, column, reason) before anything is half-built.
 * Synchronous, so it can run where winston builds its formats.
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const built = policyFromOptions(options);
  let policy = built.policy;
  const report = rateLimited(options.onError ?? ((err) => process.emitWarning(err.message, { code: 'SCRUBLINE_REDACTION_FAILED' })));

  /** Rebuilds the engine after a failure; keeps the old policy if even that fails. */
  const rebuild = (): void => {
    try {
      policy = built.rebuild();
    } catch {
      // The next call fails closed again rather than crashing the app.
    }
  };
  const reason = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

  /**
   * Runs detection. On an engine failure the engine is rebuilt: re2-wasm aborts when its fixed
   * heap runs out, and a fresh instance has room again. A call without state (`retry`) is then
   * tried once more, so a heap that filled up over time costs no record; only when the retry
   * fails too is the value withheld.
   */
  const guarded = <T>(fn: (p: Policy) => T, onFailure: () => T, retry = false): T => {
    try {
      return fn(policy);
    } catch (first) {
      rebuild();
      if (retry) {
        try {
          const result = fn(policy);
          report(new Error(`scrubline: the engine failed and was rebuilt; the value was redacted on a retry: ${reason(first).message}`, { cause: first }));
          return result;
        } catch (second) {
          rebuild();
          report(new Error(`scrubline: redaction failed, value withheld: ${reason(second).message}`, { cause: second }));
          return onFailure();
        }
      }
      report(new Error(`scrubline: redaction failed, value withheld: ${reason(first).message}`, { cause: first }));
      return onFailure();
    }
  };

  const resolve = (p: Policy, text: string): Resolved[] => resolveOverlaps(detect(p, text));
  const createStream = (): RedactionStream => createRedactionStream(guarded, REDACTION_FAILED);
  const redact = (text: string): string => guarded((p) => applyMasks(text, resolve(p, text)), () => REDACTION_FAILED, true);
  const redactValue = createValueRedactor(
    compileRecordRules(policy, options.records),
    (text) => guarded<Resolved[] | undefined>((p) => resolve(p, text), () => undefined, true),
    report,
  );

  return {
    get engine() {
      return policy.engine.name;
    },
    redact(text) {
      if (typeof text !== 'string') throw new TypeError(`redact() takes a string, got ${typeof text}`);
      return redact(text);
    },
    scan(text) {
      if (typeof text !== 'string') throw new TypeError(`scan() takes a string, got ${typeof text}`);
      return guarded(
        (p) => resolve(p, text).map(toFinding),
        () => [{ rule: 'scrubline', type: 'REDACTION_FAILED', start: 0, end: text.length }],
        true,
      );
    },
    explain(text) {
      if (typeof text !== 'string') throw new TypeError(`explain() takes a string, got ${typeof text}`);
      const rejected: RejectedCandidate[] = [];
      const onReject = (r: Rejection) => rejected.push({ ...toFinding({ winner: r, start: r.start, end: r.end }), reason: r.reason });
      try {
        const findings = resolveOverlaps(detect(policy, text, onReject)).map(toFinding);
        return { findings, rejected: rejected.sort((a, b) => a.start - b.start) };
      } catch (err) {
        // A debugging call: say what failed rather than withhold, but leave a working engine.
        rebuild();
        throw err;
      }
    },
    createStream,
    stream(options) {
      return redactTransform(createStream(), options);
    },
    redactIterable(source) {
      return redactChunks(source, createStream, redact);
    },
    redactValue,
  };
}

function toFinding(r: { winner: { rule: CompiledRule }; start: number; end: number }): Finding {
  return { rule: r.winner.rule.id, type: r.winner.rule.type, start: r.start, end: r.end };
}

/** At most one report a second, so a failing engine cannot flood the app's error channel. */
function rateLimited(fn: (err: Error) => void): (err: Error) => void {
  let last = -Infinity;
  return (err) => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    try {
      fn(err);
    } catch {
      // A throwing error handler must not turn a withheld value into a crash.
    }
  };
}
