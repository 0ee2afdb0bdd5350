import { completeRecord, type CompletionOptions } from './complete-record';
import { observeChunk, observeResponseValue } from './observe';
import { activeTraceIds } from './otel-context';
import { describeError, failureOutcome, StreamStallError } from './outcome';
import type { AppContext, LlmCallRecord, LlmError, LlmOutcome, LlmUsage, PromptTemplateRef, RagDetails } from './record';
import { describeRequest, dropUndefined, type DescribedRequest } from './request';
import { ResponseState } from './response-state';
import { appContext, configHash, newRunId } from './run-metadata';
import { StreamTiming, systemClock, type Clock } from './stream-timing';

export interface TrackLlmCallOptions extends CompletionOptions {
  /**
   * Receives the record once the call is over: completed, failed, aborted, timed out, or abandoned
   * by its consumer. The record holds the ORIGINAL prompt and completion: log it through
   * `llmFields` or a scrubline logger adapter, which apply the content policy.
   */
  readonly onRecord: (record: LlmCallRecord) => void;
  /** The request body given to the SDK: parameters and prompt for the record. */
  readonly request?: object;
  /** `gen_ai.provider.name`. Default: inferred from the response shape (`openai`, `anthropic`). */
  readonly provider?: string;
  /** `gen_ai.operation.name`. Default `chat`. */
  readonly operation?: string;
  /** Merged over what is detected from the environment; `false`: none. */
  readonly app?: AppContext | false;
  /** Default: a random UUID. */
  readonly runId?: string;
  readonly conversationId?: string;
  /** Prompt template name and version. */
  readonly prompt?: PromptTemplateRef;
  readonly rag?: RagDetails;
  /** Fail the stream with a `StreamStallError` when no chunk arrives for this long. Default: wait forever, as the SDKs do. */
  readonly stallTimeoutMs?: number;
  /** Milliseconds since the epoch. Default: `performance.timeOrigin + performance.now()`. */
  readonly clock?: Clock;
  /** Hears about a throwing `onRecord` or a record that could not be built. Default: a process warning. */
  readonly onError?: (error: Error) => void;
}

/** The object without its undefined values, or undefined when nothing is left. */
function nonEmpty<T extends object>(o: T): T | undefined {
  const out = dropUndefined(o);
  return Object.keys(out).length === 0 ? undefined : out;
}

/** One model call from start to record; nothing it does may disturb the caller's response. */
export class CallTracker {
  private readonly timing: StreamTiming;
  private readonly state = new ResponseState();
  private readonly described: DescribedRequest = { params: {}, input: undefined, toolNames: [] };
  private readonly startContext: Pick<LlmCallRecord, 'run' | 'app'>;
  private streamed = false;
  private iterating = false;
  private done = false;

  constructor(private readonly options: TrackLlmCallOptions) {
    this.timing = new StreamTiming(options.clock ?? systemClock);
    const runId = options.runId ?? newRunId();
    this.startContext = { run: { runId } };
    // Ids and context are taken now: by the time the stream ends, another span may be active.
    // Odd input (a request with throwing getters) costs the record detail, never the call.
    try {
      this.described = describeRequest(options.request);
      this.startContext = {
        run: dropUndefined({ runId, ...activeTraceIds(), conversationId: options.conversationId }),
        ...(options.app === false ? {} : { app: appContext(options.app) }),
      };
    } catch (err) {
      this.report(err);
    }
  }

  /** A non-streamed response arrived. */
  response(value: unknown): void {
    this.guard(() => {
      this.timing.end();
      observeResponseValue(this.state, value);
      this.emit(this.state.error === undefined ? 'completed' : 'error', this.state.error);
    });
  }

  /** The request (or the stream) failed: the error is the caller's to handle; here it is only recorded. */
  fail(err: unknown): void {
    this.guard(() => {
      this.timing.end();
      this.emit(failureOutcome(err), describeError(err));
    });
  }

  /**
   * Wraps the first iteration of the stream; TTFT is taken when the consumer receives a chunk. A
   * second iteration (SDK streams refuse one anyway) passes through unmeasured.
   */
  iterate(inner: AsyncIterator<unknown>): AsyncIterator<unknown> {
    if (this.iterating) return inner;
    this.iterating = true;
    this.streamed = true;
    const tracker = this;
    const wrapped: AsyncIterableIterator<unknown> = {
      async next(...args: [] | [unknown]) {
        if (tracker.done) return inner.next(...args);
        let result: IteratorResult<unknown>;
        try {
          result = await tracker.withStallTimeout(inner.next(...args), inner);
        } catch (err) {
          tracker.fail(err);
          throw err;
        }
        if (result.done === true) tracker.ended();
        else tracker.chunk(result.value);
        return result;
      },
      async return(value?: unknown) {
        tracker.cancelled();
        return typeof inner.return === 'function' ? inner.return(value) : { done: true, value };
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    if (typeof inner.throw === 'function') {
      wrapped.throw = async (err?: unknown) => {
        tracker.fail(err);
        return inner.throw!(err);
      };
    }
    return wrapped;
  }

  /** Reports a problem of the tracker itself; never throws. */
  report(err: unknown): void {
    const error = err instanceof Error ? err : new Error(String(err));
    try {
      if (this.options.onError !== undefined) this.options.onError(error);
      else process.emitWarning(`scrubline: LLM call record failed: ${error.message}`, { code: 'SCRUBLINE_LLM_RECORD_FAILED' });
    } catch {
      // A throwing error handler must not reach the model call.
    }
  }

  private chunk(value: unknown): void {
    this.guard(() => {
      let carried = false;
      try {
        carried = observeChunk(this.state, value);
      } finally {
        this.timing.chunk(carried);
      }
    });
  }

  private ended(): void {
    this.guard(() => {
      this.timing.end();
      if (this.state.error !== undefined) this.emit('error', this.state.error);
      else if (this.state.format !== undefined && this.state.format !== 'text' && !this.state.ended) this.emit('truncated', undefined);
      else this.emit('completed', undefined);
    });
  }

  /** The consumer stopped reading: a `break` after the provider's end event still completed the call. */
  private cancelled(): void {
    if (this.done) return;
    this.guard(() => {
      this.timing.end();
      this.emit(this.state.ended ? 'completed' : 'cancelled', undefined);
    });
  }

  private withStallTimeout(next: Promise<IteratorResult<unknown>>, inner: AsyncIterator<unknown>): Promise<IteratorResult<unknown>> {
    const ms = this.options.stallTimeoutMs;
    if (ms === undefined) return next;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        // Closing the SDK iterator aborts its HTTP request.
        try {
          void Promise.resolve(inner.return?.()).catch(() => undefined);
        } catch {
          // The stream is being abandoned either way.
        }
        reject(new StreamStallError(ms));
      }, ms);
      next.then(
        (r) => {
          clearTimeout(timer);
          resolve(r);
        },
        (e: unknown) => {
          clearTimeout(timer);
          reject(e);
        },
      );
    });
  }

  private guard(fn: () => void): void {
    if (this.done) return;
    try {
      fn();
    } catch (err) {
      this.report(err);
    }
  }

  private emit(outcome: LlmOutcome, error: LlmError | undefined): void {
    if (this.done) return;
    this.done = true;
    const { options, state, described } = this;
    const provider = options.provider ?? state.provider();
    const operation = options.operation ?? 'chat';
    const u = state.usage;
    const usage: LlmUsage | undefined = nonEmpty({
      inputTokens: u.input,
      outputTokens: u.output,
      cacheReadInputTokens: u.cacheRead,
      cacheCreationInputTokens: u.cacheCreation,
      reasoningOutputTokens: u.reasoning,
    });
    const output = state.messages();
    const finishReasons = state.finishReasons();
    const draft: LlmCallRecord = dropUndefined({
      provider,
      operation,
      request: nonEmpty(described.params),
      response: nonEmpty({ id: state.id, model: state.model, finishReasons: finishReasons.length > 0 ? finishReasons : undefined }),
      usage,
      outcome,
      error,
      input: described.input,
      output: output.length > 0 ? output : undefined,
      ...this.startContext,
      prompt: options.prompt,
      configHash: configHash({ provider, operation, params: described.params, prompt: options.prompt, toolNames: described.toolNames }),
      rag: options.rag,
    });
    const record = completeRecord(draft, options);
    const final: LlmCallRecord = { ...record, timing: this.timing.summary(record.usage?.outputTokens, this.streamed) };
    try {
      options.onRecord(final);
    } catch (err) {
      this.report(err);
    }
  }
}
