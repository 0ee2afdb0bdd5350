"use strict";
/**
 * Reading containers without trusting them, and building their redacted copies. A record can hold
 * getters that throw, Proxies, null-prototype objects, `__proto__` as an own key (JSON.parse makes
 * those), and errors whose interesting fields are not enumerable: every read happens once, here,
 * and the copy is built from the values that were read and scanned, never read again.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNREAD = void 0;
exports.readOwn = readOwn;
exports.readArray = readArray;
exports.readError = readError;
exports.copyObject = copyObject;
exports.copyError = copyError;
exports.uniqueKeys = uniqueKeys;
/** Stands for a property whose getter threw. */
exports.UNREAD = Symbol('scrubline.unreadable');
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
/** Own enumerable string and symbol keys: what JSON.stringify sees, plus winston's Symbol.for('message'). */
function readOwn(obj) {
    const keys = Object.keys(obj);
    for (const s of Object.getOwnPropertySymbols(obj))
        if (isEnumerable(obj, s))
            keys.push(s);
    return { keys, vals: keys.map((k) => read(obj, k)) };
}
function readArray(arr) {
    const n = arr.length;
    const vals = new Array(n);
    for (let i = 0; i < n; i++)
        vals[i] = read(arr, i);
    return vals;
}
const ERROR_FIELDS = ['message', 'stack', 'cause', 'errors'];
/**
 * The fields serialisers take from an error (pino-std-serializers and winston's `errors()` read
 * message, stack, cause and AggregateError's errors, then own enumerable properties).
 */
function readError(err) {
    const keys = [];
    const hidden = [];
    for (const k of ERROR_FIELDS) {
        if (k === 'cause' || k === 'errors' ? !Object.hasOwn(err, k) : !(k in err))
            continue;
        keys.push(k);
        hidden.push(!isEnumerable(err, k));
    }
    const own = readOwn(err);
    const vals = keys.map((k) => read(err, k));
    own.keys.forEach((k, i) => {
        if (typeof k === 'string' && ERROR_FIELDS.includes(k))
            return;
        keys.push(k);
        vals.push(own.vals[i]);
        hidden.push(false);
    });
    return { keys, vals, hidden };
}
function read(obj, key) {
    try {
        return obj[key];
    }
    catch {
        return exports.UNREAD;
    }
}
/**
 * A copy with the same prototype, so `instanceof` and class names survive for formatters that
 * look at them; JSON output is the same as for the original, minus what was redacted.
 */
function copyObject(src, keys, vals) {
    const proto = Object.getPrototypeOf(src);
    if (proto === Object.prototype || proto === null) {
        const out = proto === null ? Object.create(null) : {};
        // Assigning `__proto__` on a normal object would set its prototype instead of a key.
        for (let i = 0; i < keys.length; i++)
            if (keys[i] === '__proto__')
                define(out, keys[i], vals[i], true);
            else
                out[keys[i]] = vals[i];
        return out;
    }
    // A class's setters must not run on the copy: define, don't assign.
    const out = Object.create(proto);
    for (let i = 0; i < keys.length; i++)
        define(out, keys[i], vals[i], true);
    return out;
}
/**
 * A real Error (so `util.types.isNativeError`, util.inspect and `instanceof` still recognise it)
 * with the original's prototype and the redacted fields, each as enumerable as it was.
 */
function copyError(src, keys, vals, hidden) {
    const out = new Error();
    // The fresh stack names this function: the copy keeps only the (redacted) original stack.
    delete out.stack;
    Object.setPrototypeOf(out, Object.getPrototypeOf(src));
    for (let i = 0; i < keys.length; i++)
        define(out, keys[i], vals[i], hidden[i] !== true);
    return out;
}
/** Keys that redaction made equal (two emails both become `[EMAIL]`) stay apart: `[EMAIL]#2`. */
function uniqueKeys(keys) {
    const used = new Set();
    return keys.map((k) => {
        let key = k;
        if (typeof k === 'string')
            for (let n = 2; used.has(key); n++)
                key = `${k}#${n}`;
        used.add(key);
        return key;
    });
}
function define(obj, key, value, enumerable) {
    Object.defineProperty(obj, key, { value, writable: true, enumerable, configurable: true });
}
