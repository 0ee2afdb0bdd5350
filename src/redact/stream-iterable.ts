import { familyOf, isObj, type ChunkFamily, type Path, type Slot } from './chunk-shapes';
import type { RedactionStream } from './stream';

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
export async function* redactChunks<T>(source: AsyncIterable<T> | Iterable<T>, newStream: () => RedactionStream, redact: (text: string) => string): AsyncGenerator<T, void, undefined> {
  const streams = new Map<string, { stream: RedactionStream; family: ChunkFamily; template: Record<string, unknown>; slot: Slot }>();
  let text: RedactionStream | undefined;

  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      const out = (text ??= newStream()).push(chunk);
      if (out.length > 0) yield out as T;
      continue;
    }
    if (!isObj(chunk)) {
      yield rewrite(chunk, [], new Map(), redact) as T;
      continue;
    }
    const family = familyOf(chunk);
    const replaced = new Map<string, string>();
    const added: [Path, string][] = [];
    const before: T[] = [];
    for (const slot of family?.slots(chunk) ?? []) {
      let open = streams.get(slot.channel);
      if (open === undefined) streams.set(slot.channel, (open = { stream: newStream(), family: family!, template: chunk, slot }));
      open.template = chunk;
      open.slot = slot;
      const key = pathKey(slot.path);
      replaced.set(key, (replaced.get(key) ?? '') + open.stream.push(slot.text));
    }
    for (const [channel, open] of streams) {
      if (family === undefined || !family.ends(chunk, channel)) continue;
      streams.delete(channel);
      const tail = open.stream.flush();
      if (tail === '') continue;
      const inChunk = open.template === chunk ? open.slot.path : family.tailPath(chunk, channel);
      if (inChunk === undefined) before.push(open.family.carrier(open.template, open.slot, tail) as T);
      else if (replaced.has(pathKey(inChunk))) replaced.set(pathKey(inChunk), replaced.get(pathKey(inChunk))! + tail);
      else added.push([inChunk, tail]);
    }
    yield* before;
    let out = rewrite(chunk, [], replaced, redact) as Record<string, unknown>;
    for (const [path, tail] of added) out = setPath(out, path, tail);
    yield out as T;
  }

  if (text !== undefined) {
    const tail = text.flush();
    if (tail.length > 0) yield tail as T;
  }
  // The source ended without closing these channels (a cut connection): their rest still goes out.
  for (const open of streams.values()) {
    const tail = open.stream.flush();
    if (tail !== '') yield open.family.carrier(open.template, open.slot, tail) as T;
  }
}

const pathKey = (path: Path): string => path.join('\u0000');

/** A copy of `value` with channel texts replaced and every other content string redacted; copy on write. */
function rewrite(value: unknown, path: Path, replaced: ReadonlyMap<string, string>, redact: (text: string) => string): unknown {
  if (typeof value === 'string') {
    const channel = replaced.get(pathKey(path));
    if (channel !== undefined) return channel;
    const key = path[path.length - 1];
    return typeof key === 'string' && STRUCTURAL.has(key) ? value : redact(value);
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = rewrite(item, [...path, i], replaced, redact);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return copy ?? value;
  }
  if (!isObj(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const next = key === LOGPROBS && item != null ? (Array.isArray(item) ? [] : null) : rewrite(item, [...path, key], replaced, redact);
    if (next !== item) (copy ??= { ...value })[key] = next;
  }
  return copy ?? value;
}

/** A copy of `obj` with the string at `path` set, creating the last object on the way if missing. */
function setPath(obj: Record<string, unknown>, path: Path, text: string): Record<string, unknown> {
  const [head, ...rest] = path;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(obj) ? [...(obj as unknown[])] : { ...obj };
  const inner = (copy as Record<string, unknown>)[head!];
  (copy as Record<string, unknown>)[head!] = rest.length === 0 ? text : setPath((inner ?? {}) as Record<string, unknown>, rest, text);
  return copy as Record<string, unknown>;
}
