/**
 * A log text with values planted in it. Carriers (prose, JSON, URLs, stack traces) wrap a value in
 * surrounding text and remember where it went, so a property can say exactly which characters of
 * the value survived redaction.
 */
export interface Planted {
  readonly text: string;
  /** Where each planted value sits in `text`, in UTF-16 offsets, sorted and disjoint. */
  readonly spans: readonly Span[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What arbitraries in this kit produce: a bare value (the whole string is planted) or a planted text. */
export type Sample = string | Planted;

/** A bare string is a value planted alone. */
export function toPlanted(sample: Sample): Planted {
  return typeof sample === 'string' ? { text: sample, spans: sample === '' ? [] : [{ start: 0, end: sample.length }] } : sample;
}

/** The planted values, as they appear in the text. */
export function plantedValues(planted: Planted): string[] {
  return planted.spans.map((s) => planted.text.slice(s.start, s.end));
}

/** `before` + the sample + `after`, with the sample's spans moved along. */
export function wrap(before: string, sample: Sample, after: string): Planted {
  const inner = toPlanted(sample);
  return {
    text: before + inner.text + after,
    spans: inner.spans.map((s) => ({ start: s.start + before.length, end: s.end + before.length })),
  };
}

/**
 * Rewrites a planted text piece by piece (JSON-escaping, percent-encoding): the parts outside and
 * inside spans are encoded separately, so the spans still point at the encoded values. Valid for
 * encodings that work character by character, which both of ours do.
 */
export function encodePieces(sample: Sample, encode: (piece: string) => string): Planted {
  const { text, spans } = toPlanted(sample);
  let out = '';
  let at = 0;
  const moved: Span[] = [];
  for (const s of spans) {
    out += encode(text.slice(at, s.start));
    const start = out.length;
    out += encode(text.slice(s.start, s.end));
    moved.push({ start, end: out.length });
    at = s.end;
  }
  return { text: out + encode(text.slice(at)), spans: moved };
}
