"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.redactChunks = redactChunks;
const chunk_shapes_1 = require("./chunk-shapes");
/**
 * Keys whose string values are protocol, not content: ids, names, enums, and signatures the API
 * checks on the next request. Every other string outside a streamed channel is redacted whole.
 */
const STRUCTURAL = new Set([
    'id',
    'object',
    'model',
    'type',
    'role',
    'status',
    'finish_reason',
    'stop_reason',
    'system_fingerprint',
    'service_tier',
    'name',
    'call_id',
    'item_id',
    'signature',
    'encrypted_content',
    'obfuscation',
]);
/** Token log-probabilities repeat the raw tokens (and their bytes): they are dropped, not redacted. */
const LOGPROBS = 'logprobs';
/**
 * Redacts an async (or sync) iterable of strings, or of OpenAI / Anthropic stream chunks, keeping
 * each chunk's shape. A channel's text is redacted exactly across its chunks (`newStream`); every
 * other content string in a chunk is redacted on its own (`redact`). One chunk out per chunk in,
 * plus, where a channel ends in a chunk that cannot carry text (Anthropic's `content_block_stop`,
 * a Responses `….done` event, the end of the iterable), one chunk of the same kind before it with
 * the held-back rest. Strings: held-back pieces are not yielded as empty strings.
 */
async function* redactChunks(source, newStream, redact) {
    const streams = new Map();
    let text;
    for await (const chunk of source) {
        if (typeof chunk === 'string') {
            const out = (text ??= newStream()).push(chunk);
            if (out.length > 0)
                yield out;
            continue;
        }
        if (!(0, chunk_shapes_1.isObj)(chunk)) {
            yield rewrite(chunk, [], new Map(), redact);
            continue;
        }
        const family = (0, chunk_shapes_1.familyOf)(chunk);
        const replaced = new Map();
        const added = [];
        const before = [];
        for (const slot of family?.slots(chunk) ?? []) {
            let open = streams.get(slot.channel);
            if (open === undefined)
                streams.set(slot.channel, (open = { stream: newStream(), family: family, template: chunk, slot }));
            open.template = chunk;
            open.slot = slot;
            const key = pathKey(slot.path);
            replaced.set(key, (replaced.get(key) ?? '') + open.stream.push(slot.text));
        }
        for (const [channel, open] of streams) {
            if (family === undefined || !family.ends(chunk, channel))
                continue;
            streams.delete(channel);
            const tail = open.stream.flush();
            if (tail === '')
                continue;
            const inChunk = open.template === chunk ? open.slot.path : family.tailPath(chunk, channel);
            if (inChunk === undefined)
                before.push(open.family.carrier(open.template, open.slot, tail));
            else if (replaced.has(pathKey(inChunk)))
                replaced.set(pathKey(inChunk), replaced.get(pathKey(inChunk)) + tail);
            else
                added.push([inChunk, tail]);
        }
        yield* before;
        let out = rewrite(chunk, [], replaced, redact);
        for (const [path, tail] of added)
            out = setPath(out, path, tail);
        yield out;
    }
    if (text !== undefined) {
        const tail = text.flush();
        if (tail.length > 0)
            yield tail;
    }
    // The source ended without closing these channels (a cut connection): their rest still goes out.
    for (const open of streams.values()) {
        const tail = open.stream.flush();
        if (tail !== '')
            yield open.family.carrier(open.template, open.slot, tail);
    }
}
const pathKey = (path) => path.join('\u0000');
/** A copy of `value` with channel texts replaced and every other content string redacted; copy on write. */
function rewrite(value, path, replaced, redact) {
    if (typeof value === 'string') {
        const channel = replaced.get(pathKey(path));
        if (channel !== undefined)
            return channel;
        const key = path[path.length - 1];
        return typeof key === 'string' && STRUCTURAL.has(key) ? value : redact(value);
    }
    if (Array.isArray(value)) {
        let copy;
        value.forEach((item, i) => {
            const next = rewrite(item, [...path, i], replaced, redact);
            if (next !== item)
                (copy ??= [...value])[i] = next;
        });
        return copy ?? value;
    }
    if (!(0, chunk_shapes_1.isObj)(value))
        return value;
    let copy;
    for (const [key, item] of Object.entries(value)) {
        const next = key === LOGPROBS && item != null ? (Array.isArray(item) ? [] : null) : rewrite(item, [...path, key], replaced, redact);
        if (next !== item)
            (copy ??= { ...value })[key] = next;
    }
    return copy ?? value;
}
/** A copy of `obj` with the string at `path` set, creating the last object on the way if missing. */
function setPath(obj, path, text) {
    const [head, ...rest] = path;
    const copy = Array.isArray(obj) ? [...obj] : { ...obj };
    const inner = copy[head];
    copy[head] = rest.length === 0 ? text : setPath((inner ?? {}), rest, text);
    return copy;
}
