import { AsyncLocalStorage } from 'node:async_hooks';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { context, ROOT_CONTEXT, trace, TraceFlags, type Context, type ContextManager } from '@opentelemetry/api';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { trackLlmCall, type LlmCallRecord } from '../../src/index';
import { builtPackage } from '../support/built';
import { tempFiles } from '../support/tmp';

/** What @opentelemetry/context-async-hooks does, in a few lines: the active context follows async calls. */
class AsyncLocalStorageContextManager implements ContextManager {
  private readonly storage = new AsyncLocalStorage<Context>();
  active(): Context {
    return this.storage.getStore() ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(ctx: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    return this.storage.run(ctx, () => fn.call(thisArg, ...args));
  }
  bind<T>(_ctx: Context, target: T): T {
    return target;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.storage.disable();
    return this;
  }
}

beforeAll(() => {
  context.setGlobalContextManager(new AsyncLocalStorageContextManager());
});
afterAll(() => {
  context.disable();
});

async function recordOf(): Promise<LlmCallRecord> {
  let record: LlmCallRecord | undefined;
  const stream = trackLlmCall(
    (async function* () {
      yield 'hi';
    })(),
    { app: false, onRecord: (r) => (record = r) },
  );
  for await (const _ of stream);
  return record!;
}

test('the active span at the start of the call gives trace_id, span_id and trace_flags', async () => {
  const span = trace.wrapSpanContext({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED });
  const r = await context.with(trace.setSpan(context.active(), span), recordOf);
  expect(r.run).toMatchObject({ traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: '01' });
});

test('no active span, no trace ids', async () => {
  const r = await recordOf();
  expect(r.run?.traceId).toBeUndefined();
  expect(r.run?.runId).toBeDefined();
});

test('without @opentelemetry/api installed, calls are tracked all the same', () => {
  const root = builtPackage();
  // Makes the package unresolvable, as in an app that never installed it.
  const hook = join(tempFiles({ 'no-otel.js': "const M = require('module'); const resolve = M._resolveFilename; M._resolveFilename = function (request, ...rest) { if (request === '@opentelemetry/api') { const e = new Error(`Cannot find module '${request}'`); e.code = 'MODULE_NOT_FOUND'; throw e; } return resolve.call(this, request, ...rest); };" }), 'no-otel.js');
  const script = `
    let missing = false; try { require('@opentelemetry/api'); } catch { missing = true; }
    const { trackLlmCall } = require(${JSON.stringify(join(root, 'dist', 'src', 'index.js'))});
    const stream = trackLlmCall((async function* () { yield 'hi'; })(), { app: false, onRecord: (r) => console.log(JSON.stringify({ missing, r })) });
    (async () => { for await (const _ of stream); })();`;
  const out = JSON.parse(execFileSync(process.execPath, ['-r', hook, '-e', script], { encoding: 'utf8' })) as { missing: boolean; r: LlmCallRecord };
  expect(out.missing).toBe(true);
  expect(out.r.outcome).toBe('completed');
  expect(out.r.run?.runId).toBeDefined();
  expect(out.r.run?.traceId).toBeUndefined();
});
