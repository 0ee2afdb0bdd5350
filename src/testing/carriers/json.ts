import * as fc from 'fast-check';
import { encodePieces, toPlanted, wrap, type Planted, type Sample } from '../planted';
import { listOf } from '../tokens';
import { FILLER_WORDS } from './prose';

export type JsonPlacement = 'value' | 'embedded' | 'key' | 'nested-json';

export interface JsonOptions {
  /**
   * `value`: the whole string at the path; `embedded`: inside a sentence in a string; `key`: as an
   * object key; `nested-json`: inside a JSON document that is itself a string (tool-call arguments),
   * escaped twice. Default all.
   */
  readonly placement?: JsonPlacement | readonly JsonPlacement[];
}

const KEYS = ['user', 'request', 'headers', 'body', 'messages', 'content', 'metadata', 'input', 'args', 'context', 'customer', 'data', 'payload', 'result'];
const LEAVES = ['value', 'text', 'note', 'contact', 'field', 'detail', 'query', 'prompt', 'output'];
/** Stands in for the planted value while the record is serialised; NUL never occurs in filler. */
const MARK = '\u0000scrubline-planted\u0000';
const MARK_JSON = JSON.stringify(MARK).slice(1, -1);

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);

type Segment = string | number;

/** Builds `{a: {b: [x]}}` for path [a, b, 0] around `leaf`. */
function nest(path: readonly Segment[], leaf: unknown): unknown {
  let node = leaf;
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i]!;
    node = typeof seg === 'number' ? [...Array.from({ length: seg }, () => 'x'), node] : { [seg]: node };
  }
  return node;
}

/**
 * A pino-style JSON log line (level, time, msg, nested fields) with the value at an arbitrary
 * path, compact or pretty-printed. The planted spans point at the value as written in the JSON,
 * escapes included.
 */
export function inJson(value: fc.Arbitrary<Sample>, opts: JsonOptions = {}): fc.Arbitrary<Planted> {
  const placements = listOf<JsonPlacement>(opts.placement, ['value', 'embedded', 'key', 'nested-json']);
  const path = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.nat(2) }), { maxLength: 4 });
  const words = fc.array(fc.constantFrom(...FILLER_WORDS), { maxLength: 5 }).map((w) => w.join(' '));
  return fc
    .tuple(value, fc.constantFrom(...placements), fc.constantFrom(...KEYS), path, fc.constantFrom(...LEAVES), words, words, fc.constantFrom(20, 30, 40, 50), fc.boolean())
    .map(([v, placement, top, p, leafKey, before, after, level, pretty]) => {
      let leaf: unknown;
      let inner: Planted;
      switch (placement) {
        case 'value':
          leaf = { [leafKey]: MARK };
          inner = toPlanted(v);
          break;
        case 'embedded':
          leaf = { [leafKey]: MARK };
          inner = wrap(before === '' ? '' : `${before} `, v, after === '' ? '' : ` ${after}`);
          break;
        case 'key':
          leaf = { [MARK]: true };
          inner = toPlanted(v);
          break;
        case 'nested-json':
          leaf = { name: 'send_message', arguments: MARK };
          inner = wrap(`{"${leafKey}":"`, encodePieces(v, jsonEscape), '"}');
          break;
      }
      const record = { level, time: 1_700_000_000_000, msg: before || 'event', [top]: nest(p, leaf) };
      const text = JSON.stringify(record, null, pretty ? 2 : undefined);
      const at = text.indexOf(MARK_JSON);
      return wrap(text.slice(0, at), encodePieces(inner, jsonEscape), text.slice(at + MARK_JSON.length));
    });
}
