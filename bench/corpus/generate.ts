import { filler, lookalikeSentence, piiSentence } from './prose';
import { buildRecord, KINDS, SHAPES, type Kind, type Shape } from './records';
import { Rng } from './rng';
import { LOOKALIKE_KINDS, LOOKALIKES, PII, PII_TYPES, type LookalikeKind, type PiiType, type Snippet } from './values';

/**
 * A planted value and where it ended up in the serialised line. A value can occur more than once
 * (an error's message is repeated in its stack) and in more than one spelling (a PEM block's line
 * breaks are `\n` in a field and `\\n` inside tool-call arguments, which are JSON in JSON).
 */
export type Label =
  | { readonly kind: 'pii'; readonly type: PiiType; readonly forms: readonly string[]; readonly spans: readonly (readonly [number, number])[] }
  | { readonly kind: 'lookalike'; readonly type: LookalikeKind; readonly forms: readonly string[]; readonly spans: readonly (readonly [number, number])[] };

export interface LabelledRecord {
  readonly shape: Shape;
  readonly kind: Kind;
  /** The record as the application handed it to the logger. */
  readonly record: Record<string, unknown>;
  /** The record as the logger writes it: one JSON line, what every contender is given. */
  readonly line: string;
  readonly labels: readonly Label[];
}

export interface CorpusOptions {
  readonly seed: number;
  readonly count: number;
  /** Share of records that carry at least one sensitive value. Default 0.3. */
  readonly piiRate?: number;
  /** Serialised size range; sizes are log-uniform in it. Default 200 to 8192. */
  readonly minSize?: number;
  readonly maxSize?: number;
  /** Types never planted (a PEM block does not fit a 300-byte record). */
  readonly exclude?: readonly PiiType[];
  /** Record kinds to draw from. Default all; an HTTP record's headers alone are past 300 B. */
  readonly kinds?: readonly Kind[];
}

/** Draws every item once, in random order, before any repeats: every type gets the same share. */
class Deck<T> {
  private pile: T[] = [];
  constructor(
    private readonly rng: Rng,
    private readonly items: readonly T[],
  ) {}
  draw(): T {
    if (this.pile.length === 0) {
      this.pile = [...this.items];
      for (let i = this.pile.length - 1; i > 0; i--) {
        const j = this.rng.int(0, i);
        [this.pile[i], this.pile[j]] = [this.pile[j]!, this.pile[i]!];
      }
    }
    return this.pile.pop()!;
  }
  /** `n` different items: the same value twice in one record would give two labels one place. */
  drawDistinct(n: number): T[] {
    const out = new Set<T>();
    while (out.size < Math.min(n, this.items.length)) out.add(this.draw());
    return [...out];
  }
}

/** A labelled corpus of LLM application log lines; the same options give the same corpus. */
export function generateCorpus(options: CorpusOptions): LabelledRecord[] {
  const rng = new Rng(options.seed);
  const excluded = new Set(options.exclude ?? []);
  const piiDeck = new Deck(rng.fork(), PII_TYPES.filter((t) => !excluded.has(t)));
  const lookDeck = new Deck(rng.fork(), LOOKALIKE_KINDS);
  const out: LabelledRecord[] = [];
  for (let i = 0; i < options.count; i++) {
    const r = rng.fork();
    const piiTypes = r.chance(options.piiRate ?? 0.3) ? piiDeck.drawDistinct(1 + (r.chance(0.5) ? 1 : 0) + (r.chance(0.2) ? 1 : 0)) : [];
    const lookKinds = r.chance(0.4) ? lookDeck.drawDistinct(r.int(1, 3)) : [];
    out.push(generateRecord(r, piiTypes, lookKinds, { min: options.minSize ?? 200, max: options.maxSize ?? 8192, kinds: options.kinds ?? KINDS }));
  }
  return out;
}

type Plant = { readonly kind: 'pii'; readonly type: PiiType; readonly snippet: Snippet } | { readonly kind: 'lookalike'; readonly type: LookalikeKind; readonly snippet: Snippet };

interface Shaping {
  readonly min: number;
  readonly max: number;
  readonly kinds: readonly Kind[];
}

function generateRecord(rng: Rng, piiTypes: readonly PiiType[], lookKinds: readonly LookalikeKind[], shaping: Shaping): LabelledRecord {
  // A planted value that happens to overlap another one would make both labels ambiguous: draw again.
  for (let attempt = 0; attempt < 50; attempt++) {
    const made = tryRecord(rng, piiTypes, lookKinds, shaping);
    if (made !== undefined) return made;
  }
  throw new Error(`corpus: could not place ${[...piiTypes, ...lookKinds].join(', ')} without overlaps`);
}

function tryRecord(rng: Rng, piiTypes: readonly PiiType[], lookKinds: readonly LookalikeKind[], shaping: Shaping): LabelledRecord | undefined {
  const target = Math.round(shaping.min * Math.pow(shaping.max / shaping.min, rng.next()));
  const shape = rng.pick(SHAPES);
  const kind = rng.pick(shaping.kinds);
  const header = {
    time: Number(LOOKALIKES.EPOCH_MS(rng).value),
    timestamp: LOOKALIKES.ISO_TIMESTAMP(rng).value,
    requestId: LOOKALIKES.UUID(rng).value,
  };
  const plants: Plant[] = [
    ...piiTypes.map((type): Plant => ({ kind: 'pii', type, snippet: PII[type](rng) })),
    ...lookKinds.map((type): Plant => ({ kind: 'lookalike', type, snippet: LOOKALIKES[type](rng) })),
    shape === 'pino' ? { kind: 'lookalike', type: 'EPOCH_MS', snippet: { text: String(header.time), value: String(header.time) } } : { kind: 'lookalike', type: 'ISO_TIMESTAMP', snippet: { text: header.timestamp, value: header.timestamp } },
    { kind: 'lookalike', type: 'UUID', snippet: { text: header.requestId, value: header.requestId } },
  ];
  // An http record carries a bearer token where it belongs, in its Authorization header.
  const headerBearer = kind === 'http' ? plants.find((p) => p.type === 'BEARER_TOKEN') : undefined;
  const texts: string[] = [];
  for (const p of plants.slice(0, piiTypes.length + lookKinds.length)) {
    if (p === headerBearer) continue;
    texts.push(p.kind === 'pii' ? piiSentence(rng, p.type, p.snippet.text) : lookalikeSentence(rng, p.type, p.snippet.text));
  }
  if (texts.length === 0) texts.push(filler(rng));

  let record = buildRecord(rng, shape, kind, header, texts, headerBearer?.snippet.text);
  let line = JSON.stringify(record);
  while (line.length < target) {
    // Close half the gap per step (a sentence adds 60 to 90 characters with its JSON), at random places.
    const more = Math.max(1, Math.round((target - line.length) / 160));
    for (let i = 0; i < more; i++) texts.splice(rng.int(0, texts.length), 0, filler(rng));
    record = buildRecord(rng, shape, kind, header, texts, headerBearer?.snippet.text);
    line = JSON.stringify(record);
  }

  const labels = plants.map((p) => locate(line, p));
  const taken: [number, number][] = [];
  for (const label of labels) {
    if (label.spans.length === 0) throw new Error(`corpus: ${label.type} value not found in its own line (generator bug)`);
    for (const [s, e] of label.spans) {
      if (taken.some(([ts, te]) => s < te && ts < e)) return undefined;
      taken.push([s, e]);
    }
  }
  return { shape, kind, record, line, labels };
}

/** Every occurrence of the value in the line, as written once or twice JSON-escaped. */
function locate(line: string, plant: Plant): Label {
  const once = JSON.stringify(plant.snippet.value).slice(1, -1);
  const twice = JSON.stringify(once).slice(1, -1);
  const forms = once === twice ? [once] : [once, twice];
  const spans: [number, number][] = [];
  const found: string[] = [];
  for (const form of forms) {
    let at = line.indexOf(form);
    if (at >= 0) found.push(form);
    while (at >= 0) {
      spans.push([at, at + form.length]);
      at = line.indexOf(form, at + form.length);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  return plant.kind === 'pii' ? { kind: 'pii', type: plant.type, forms: found, spans } : { kind: 'lookalike', type: plant.type, forms: found, spans };
}

/** One record with a base64 image of `kb` KiB in a chat message: the scaling test's input. */
export function blobLine(seed: number, kb: number): string {
  const rng = new Rng(seed);
  const bytes = Buffer.from(Array.from({ length: Math.ceil((kb * 1024 * 3) / 4) }, () => rng.int(0, 255)));
  const blob = bytes.toString('base64').slice(0, kb * 1024);
  return JSON.stringify({
    level: 30,
    time: 1_764_000_000_000,
    msg: 'chat.completions.create',
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: [{ type: 'text', text: 'What is in this picture?' }, { type: 'image_url', image_url: { url: `data:image/png;base64,${blob}` } }] }],
  });
}
