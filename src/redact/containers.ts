/**
 * Reading containers without trusting them, and building their redacted copies. A record can hold
 * getters that throw, Proxies, null-prototype objects, `__proto__` as an own key (JSON.parse makes
 * those), and errors whose interesting fields are not enumerable: every read happens once, here,
 * and the copy is built from the values that were read and scanned, never read again.
 */

/** Stands for a property whose getter threw. */
export const UNREAD: unique symbol = Symbol('scrubline.unreadable');

export interface Fields {
  readonly keys: (string | symbol)[];
  readonly vals: unknown[];
  /** Errors: which fields were not enumerable (message, stack, cause, errors usually are not). */
  readonly hidden?: boolean[];
}

const isEnumerable = (obj: object, key: PropertyKey): boolean => Object.prototype.propertyIsEnumerable.call(obj, key);

/** Own enumerable string and symbol keys: what JSON.stringify sees, plus winston's Symbol.for('message'). */
export function readOwn(obj: object): Fields {
  const keys: (string | symbol)[] = Object.keys(obj);
  for (const s of Object.getOwnPropertySymbols(obj)) if (isEnumerable(obj, s)) keys.push(s);
  return { keys, vals: keys.map((k) => read(obj, k)) };
}

export function readArray(arr: readonly unknown[]): unknown[] {
  const n = arr.length;
  const vals = new Array<unknown>(n);
  for (let i = 0; i < n; i++) vals[i] = read(arr, i);
  return vals;
}

const ERROR_FIELDS = ['message', 'stack', 'cause', 'errors'] as const;

/**
 * The fields serialisers take from an error (pino-std-serializers and winston's `errors()` read
 * message, stack, cause and AggregateError's errors, then own enumerable properties).
 */
export function readError(err: Error): Fields {
  const keys: (string | symbol)[] = [];
  const hidden: boolean[] = [];
  for (const k of ERROR_FIELDS) {
    if (k === 'cause' || k === 'errors' ? !Object.hasOwn(err, k) : !(k in err)) continue;
    keys.push(k);
    hidden.push(!isEnumerable(err, k));
  }
  const own = readOwn(err);
  const vals = keys.map((k) => read(err, k));
  own.keys.forEach((k, i) => {
    if (typeof k === 'string' && (ERROR_FIELDS as readonly string[]).includes(k)) return;
    keys.push(k);
    vals.push(own.vals[i]);
    hidden.push(false);
  });
  return { keys, vals, hidden };
}

function read(obj: object, key: PropertyKey): unknown {
  try {
    return (obj as Record<PropertyKey, unknown>)[key];
  } catch {
    return UNREAD;
  }
}

/**
 * A copy with the same prototype, so `instanceof` and class names survive for formatters that
 * look at them; JSON output is the same as for the original, minus what was redacted.
 */
export function copyObject(src: object, keys: readonly PropertyKey[], vals: readonly unknown[]): object {
  const proto = Object.getPrototypeOf(src) as object | null;
  if (proto === Object.prototype || proto === null) {
    const out: Record<PropertyKey, unknown> = proto === null ? Object.create(null) : {};
    // Assigning `__proto__` on a normal object would set its prototype instead of a key.
    for (let i = 0; i < keys.length; i++) if (keys[i] === '__proto__') define(out, keys[i]!, vals[i], true);
    else out[keys[i]!] = vals[i];
    return out;
  }
  // A class's setters must not run on the copy: define, don't assign.
  const out = Object.create(proto) as object;
  for (let i = 0; i < keys.length; i++) define(out, keys[i]!, vals[i], true);
  return out;
}

/**
 * A real Error (so `util.types.isNativeError`, util.inspect and `instanceof` still recognise it)
 * with the original's prototype and the redacted fields, each as enumerable as it was.
 */
export function copyError(src: Error, keys: readonly PropertyKey[], vals: readonly unknown[], hidden: readonly boolean[]): Error {
  const out = new Error();
  // The fresh stack names this function: the copy keeps only the (redacted) original stack.
  delete (out as { stack?: string }).stack;
  Object.setPrototypeOf(out, Object.getPrototypeOf(src) as object | null);
  for (let i = 0; i < keys.length; i++) define(out, keys[i]!, vals[i], hidden[i] !== true);
  return out;
}

/** Keys that redaction made equal (two emails both become `[EMAIL]`) stay apart: `[EMAIL]#2`. */
export function uniqueKeys<K>(keys: readonly K[]): K[] {
  const used = new Set<K>();
  return keys.map((k) => {
    let key = k;
    if (typeof k === 'string') for (let n = 2; used.has(key); n++) key = `${k}#${n}` as K;
    used.add(key);
    return key;
  });
}

function define(obj: object, key: PropertyKey, value: unknown, enumerable: boolean): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable, configurable: true });
}
