"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createValueRedactor = createValueRedactor;
const node_util_1 = require("node:util");
const containers_1 = require("./containers");
const json_text_1 = require("./json-text");
const markers_1 = require("./markers");
const text_1 = require("./text");
/** Summary types for values replaced because of their key or path, and for failed scans. */
const CENSORED_TYPE = 'REDACTED';
const FAILED_TYPE = 'REDACTION_FAILED';
/**
 * Builds the per-record function: a deep, copy-on-write walk that never mutates its input, shares
 * every untouched subtree, and returns the input itself when nothing needed redacting. The walk
 * keeps its own stack, so nesting depth costs heap, not call stack. Anything unexpected withholds
 * the whole value rather than returning it unscrubbed.
 */
function createValueRedactor(rules, scan, report) {
    return (value) => {
        try {
            return new Walk(rules, scan).run(value);
        }
        catch (err) {
            report(new Error(`scrubline: redactValue failed, value withheld: ${err?.message ?? String(err)}`, { cause: err }));
            return markers_1.REDACTION_FAILED;
        }
    };
}
const OBJECT = 0;
const ARRAY = 1;
const MAP = 2;
const SET = 3;
const ERROR = 4;
/** Returned by `visit` when the value is a container whose frame now sits on the stack. */
const PUSHED = Symbol('pushed');
/** Returned by `visit` for a reference to an object being walked. */
const CYCLE = Symbol('cycle');
class Walk {
    rules;
    scanner;
    stack = [];
    ancestors = new Set();
    summary;
    /** Something was dropped without being counted: a truncated subtree or an unreadable value. */
    lossy = false;
    constructor(rules, scanner) {
        this.rules = rules;
        this.scanner = scanner;
    }
    run(value) {
        const root = this.rules.root;
        if (root?.censor === true)
            return this.censor(value);
        let result = this.visit(value, root, root?.skip !== true, 0, '', true);
        const stack = this.stack;
        while (stack.length > 0) {
            const f = stack[stack.length - 1];
            if (f.i < f.n) {
                const r = this.child(f);
                if (r !== PUSHED)
                    this.settle(f, r);
                continue;
            }
            stack.pop();
            this.ancestors.delete(f.src);
            const done = this.finish(f);
            if (stack.length === 0)
                result = done;
            else
                this.settle(stack[stack.length - 1], done);
        }
        // Only cycles changed: the record is clean, and its cycles are the serialiser's business.
        if (this.summary === undefined && !this.lossy)
            return value;
        return this.withSummary(value, result);
    }
    /** A leaf's redacted value, or PUSHED after putting a container's frame on the stack. */
    visit(v, state, scan, depth, key, toJSON) {
        if (typeof v === 'string')
            return scan ? this.text(v, state, depth) : v;
        if (typeof v !== 'object' || v === null)
            return v === containers_1.UNREAD ? this.lose(markers_1.UNREADABLE) : v;
        // Below a `skip:` path only key and path rules act; when none can, the subtree is left as it is.
        if (!scan && this.rules.keys === undefined && state?.censorBelow !== true)
            return v;
        if (this.ancestors.has(v))
            return CYCLE;
        try {
            if (Array.isArray(v))
                return this.push(ARRAY, v, (0, containers_1.readArray)(v), undefined, undefined, state, scan, depth);
            const proto = Object.getPrototypeOf(v);
            if ((proto === Object.prototype || proto === null) && !(toJSON && hasToJSON(v))) {
                const own = (0, containers_1.readOwn)(v);
                return this.push(OBJECT, v, own.vals, own.keys, undefined, state, scan, depth);
            }
            return this.special(v, state, scan, depth, key, toJSON);
        }
        catch {
            return this.lose(markers_1.UNREADABLE); // a Proxy trap, a toJSON or a hostile prototype threw
        }
    }
    special(v, state, scan, depth, key, toJSON) {
        if (ArrayBuffer.isView(v))
            return this.binary(v, scan);
        if (node_util_1.types.isAnyArrayBuffer(v) || node_util_1.types.isDate(v))
            return v;
        if (v instanceof Error || node_util_1.types.isNativeError(v)) {
            const fields = (0, containers_1.readError)(v);
            return this.push(ERROR, v, fields.vals, fields.keys, fields.hidden, state, scan, depth);
        }
        if (node_util_1.types.isMap(v)) {
            const m = v;
            return this.push(MAP, v, [...m.values()], [...m.keys()], undefined, state, scan, depth);
        }
        if (node_util_1.types.isSet(v))
            return this.push(SET, v, [...v], undefined, undefined, state, scan, depth);
        if (node_util_1.types.isStringObject(v)) {
            // JSON.stringify writes a String object as its text.
            const text = v.valueOf();
            const r = scan ? this.text(text, state, depth) : text;
            if (r === PUSHED)
                this.top().origin = v;
            return r === text ? v : r;
        }
        if (toJSON && hasToJSON(v)) {
            // The serialiser will log what toJSON returns, so that is what gets scanned.
            const shown = v.toJSON(String(key));
            const r = this.visit(shown, state, scan, depth, key, false);
            if (r === PUSHED)
                this.top().origin = v;
            return Object.is(r, shown) ? v : r;
        }
        const own = (0, containers_1.readOwn)(v);
        return this.push(OBJECT, v, own.vals, own.keys, undefined, state, scan, depth);
    }
    push(kind, src, vals, keys, hidden, state, scan, depth) {
        if (depth >= this.rules.maxDepth)
            return this.lose(markers_1.TRUNCATED);
        this.ancestors.add(src);
        const n = kind === MAP ? vals.length * 2 : vals.length;
        this.stack.push({ kind, src, origin: src, json: undefined, keys: keys ?? NO_KEYS, vals, hidden, outKeys: undefined, n, i: 0, changed: false, state, scan, depth });
        return PUSHED;
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    /** Visits the frame's next child; its result arrives through `settle`. */
    child(f) {
        const i = f.i++;
        switch (f.kind) {
            case ARRAY:
                return this.descend(f, f.vals[i], f.state === null ? null : f.state.step(String(i)), i);
            case SET:
                return this.descend(f, f.vals[i], unnamed(f), '');
            case MAP: {
                const j = i >> 1;
                const k = f.keys[j];
                // A key object is walked for what it holds; paths name the values, never the keys.
                if ((i & 1) === 0)
                    return typeof k === 'string' ? k : this.visit(k, unnamed(f), f.scan, f.depth + 1, '', true);
                return typeof k === 'string' ? this.named(f, j, k) : this.descend(f, f.vals[j], unnamed(f), '');
            }
            default: {
                const k = f.keys[i];
                return typeof k === 'string' ? this.named(f, i, k) : this.descend(f, f.vals[i], unnamed(f), '');
            }
        }
    }
    /** One level down: a path that ends here masks the value whole; a skip path ends content scanning. */
    descend(f, v, state, key) {
        if (state === null)
            return this.visit(v, null, f.scan, f.depth + 1, key, true);
        if (state.censor)
            return this.censor(v);
        return this.visit(v, state, f.scan && !state.skip, f.depth + 1, key, true);
    }
    /** A value under a string key: key text, key globs and paths first, then the value itself. */
    named(f, j, key) {
        const rules = this.rules;
        let facts = rules.cleanKeys.get(key);
        if (facts === undefined) {
            const lower = key.toLowerCase();
            facts = { lower, censored: rules.keys !== undefined && rules.keys(lower) };
            if (f.scan) {
                const masked = this.mask(key);
                if (masked !== key)
                    this.setKey(f, j, masked);
                else
                    rules.cleanKeys.add(key, facts);
            }
        }
        if (facts.censored)
            return this.censor(f.vals[j]);
        return this.descend(f, f.vals[j], f.state === null ? null : f.state.step(facts.lower), key);
    }
    settle(f, r) {
        const i = f.i - 1;
        const isKey = f.kind === MAP && (i & 1) === 0;
        const j = f.kind === MAP ? i >> 1 : i;
        if (r === CYCLE) {
            // A copy must not point back into the unredacted original. Whether a copy is needed at all
            // is known only at the end: see `run`.
            if (isKey)
                (f.outKeys ??= f.keys.slice())[j] = markers_1.CIRCULAR;
            else
                f.vals[j] = markers_1.CIRCULAR;
            f.changed = true;
            return;
        }
        if (isKey) {
            if (!Object.is(r, f.keys[j]))
                this.setKey(f, j, r);
        }
        else if (!Object.is(r, f.vals[j])) {
            f.vals[j] = r;
            f.changed = true;
        }
    }
    setKey(f, j, key) {
        (f.outKeys ??= f.keys.slice())[j] = key;
        f.changed = true;
    }
    finish(f) {
        if (!f.changed)
            return f.origin;
        const keys = f.outKeys === undefined ? f.keys : (0, containers_1.uniqueKeys)(f.outKeys);
        let out;
        switch (f.kind) {
            case ARRAY:
                out = f.vals; // read into a fresh array, so it is ours to hand out
                break;
            case SET:
                out = new Set(f.vals);
                break;
            case MAP:
                out = new Map(keys.map((k, j) => [k, f.vals[j]]));
                break;
            case ERROR:
                out = (0, containers_1.copyError)(f.src, keys, f.vals, f.hidden);
                break;
            default:
                out = (0, containers_1.copyObject)(f.src, keys, f.vals);
        }
        if (f.json === undefined)
            return out;
        try {
            return (0, json_text_1.stringifyJsonText)(out, f.json);
        }
        catch {
            // Only reachable with maxDepth: Infinity and a JSON text too deep for JSON.stringify.
            this.count(FAILED_TYPE);
            return markers_1.REDACTION_FAILED;
        }
    }
    /** A string: parsed and walked when it holds a JSON object or array, otherwise scanned as text. */
    text(s, state, depth) {
        // Key and path rules can reach into JSON text even when no content rule could match it.
        const structural = this.rules.keys !== undefined || state?.censorBelow === true;
        if (s.length < this.rules.minLength && !structural)
            return s;
        if (depth < this.rules.maxDepth) {
            const json = (0, json_text_1.parseJsonText)(s);
            if (json !== undefined) {
                const r = this.visit(json.value, state, true, depth, '', false);
                if (r === PUSHED) {
                    const f = this.top();
                    f.origin = s;
                    f.json = json.indent;
                }
                return r;
            }
        }
        return this.mask(s);
    }
    mask(s) {
        const rules = this.rules;
        if (s.length < rules.minLength || rules.cleanText.get(s) === true)
            return s;
        const regions = this.scanner(s);
        if (regions === undefined) {
            this.count(FAILED_TYPE);
            return markers_1.REDACTION_FAILED;
        }
        if (regions.length === 0) {
            rules.cleanText.add(s, true);
            return s;
        }
        for (const r of regions)
            this.count(r.winner.rule.type);
        return (0, text_1.applyMasks)(s, regions);
    }
    binary(v, scan) {
        if (!this.rules.scanBinary || !scan || !(v instanceof Uint8Array))
            return v;
        const text = Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8');
        const masked = this.mask(text);
        if (masked === text)
            return v;
        const bytes = Buffer.from(masked, 'utf8');
        // A plain Uint8Array gets its own memory, not a view into Buffer's shared pool.
        return Buffer.isBuffer(v) ? bytes : new Uint8Array(bytes);
    }
    /** Key and path matches hide the whole value, whatever it holds; null and undefined hide nothing. */
    censor(v) {
        if (v === null || v === undefined)
            return v;
        this.count(CENSORED_TYPE);
        return this.rules.censor;
    }
    lose(marker) {
        this.lossy = true;
        return marker;
    }
    count(type) {
        const s = (this.summary ??= { count: 0, types: {} });
        s.count++;
        s.types[type] = (s.types[type] ?? 0) + 1;
    }
    withSummary(input, result) {
        const key = this.rules.summaryKey;
        if (key === undefined || this.summary === undefined || result === input || typeof result !== 'object' || result === null || Array.isArray(result))
            return result;
        const proto = Object.getPrototypeOf(result);
        if (proto !== Object.prototype && proto !== null)
            return result;
        Object.defineProperty(result, key, { value: this.summary, writable: true, enumerable: true, configurable: true });
        return result;
    }
}
const NO_KEYS = [];
/** The path state one level below a frame where the level has no name. */
function unnamed(f) {
    return f.state === null ? null : f.state.stepUnnamed();
}
function hasToJSON(v) {
    return typeof v.toJSON === 'function';
}
