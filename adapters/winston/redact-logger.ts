import type { WinstonFormat } from './info';
import { redactFormat } from './redact-format';
import type { RedactorSource } from './redactor-source';

/** What a transport is to redactLogger: something with an optional format of its own. */
export interface WinstonTransportLike {
  format?: WinstonFormat;
}

/** The parts of a winston logger (from `createLogger`) that redactLogger takes over. */
export interface WinstonLoggerLike {
  format: WinstonFormat;
  add(transport: WinstonTransportLike): unknown;
  readonly transports: readonly unknown[];
}

/** Which scrubber a format built here ends with, so it is never wrapped twice by the same one. */
const endsWith = new WeakMap<WinstonFormat, WinstonFormat>();
const guarded = new WeakSet<object>();

/**
 * Puts every sink of `logger` behind one scrubber, so none can be forgotten. The scrubber runs
 * last in the logger's format, which covers transports without a format of their own, transports
 * added later, child loggers, profilers, and the exception and rejection handlers (winston hands
 * those the logger's output directly, skipping the transport's format). It also runs last in every
 * transport's own format, because those run after the logger's and may add data of their own.
 * Formats assigned later (`logger.configure`, `transport.format = …`) are wrapped the same way.
 * Returns the logger.
 */
export function redactLogger<L extends WinstonLoggerLike>(logger: L, source?: RedactorSource): L {
  if (guarded.has(logger)) throw new Error('scrubline: this logger is already behind redactLogger');
  guarded.add(logger);
  const scrub = redactFormat(source);
  const last = (format: WinstonFormat): WinstonFormat => (endsWith.get(format) === scrub ? format : then(format, scrub));
  const guardTransport = (transport: unknown): void => {
    if (isTransport(transport)) keepLast(transport, (f) => (f ? last(f) : undefined));
  };

  keepLast(logger, (f) => (f ? last(f) : scrub));
  for (const transport of logger.transports) guardTransport(transport);
  const add = logger.add;
  Object.defineProperty(logger, 'add', {
    configurable: true,
    writable: true,
    value(this: L, transport: WinstonTransportLike): unknown {
      guardTransport(transport);
      return add.call(this, transport);
    },
  });
  return logger;
}

/** `first`, then the scrubber on what it returns; options are still `first`'s, as winston passes them. */
function then(first: WinstonFormat, scrub: WinstonFormat): WinstonFormat {
  const format: WinstonFormat = {
    get options() {
      return first.options;
    },
    transform(info, opts) {
      const out = first.transform(info, opts);
      return typeof out === 'object' ? scrub.transform(out) : out;
    },
  };
  endsWith.set(format, scrub);
  return format;
}

/** Makes `target.format` an accessor that wraps whatever is assigned to it. */
function keepLast<T extends { format?: WinstonFormat }>(target: T, wrap: (format: WinstonFormat | undefined) => WinstonFormat | undefined): void {
  let current = wrap(target.format);
  Object.defineProperty(target, 'format', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set(this: object, next: WinstonFormat | undefined) {
      // A child logger inherits this accessor, but logs through its parent's format: assigning one
      // to the child never had an effect in winston and must not replace the parent's.
      if (this !== target) Object.defineProperty(this, 'format', { value: next, writable: true, enumerable: true, configurable: true });
      else current = wrap(next);
    },
  });
}

/** Transports have `log`; the exception and rejection streams among a logger's pipes do not. */
function isTransport(value: unknown): value is WinstonTransportLike {
  return typeof value === 'object' && value !== null && typeof (value as { log?: unknown }).log === 'function';
}
