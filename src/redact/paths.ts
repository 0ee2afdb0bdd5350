/**
 * `paths:` and `skip:` from rule files, pino-style: `req.headers.cookie`, `items[0]`,
 * `headers["set-cookie"]`, `*` for exactly one level and `**` for any number of levels (none
 * included), so `**.apiKey` finds the key at any depth. Names compare case-insensitively, like
 * `keys:` (pino's case-sensitive paths miss `Authorization` when the rule says `authorization`).
 *
 * All patterns compile into one automaton whose states are built lazily and then reused, so a
 * record's walk costs one map lookup per key, whatever the number of patterns (fast-redact's
 * lesson: the work happens once, not per record). The alphabet is the set of names the patterns
 * mention; every other key shares one transition, so no key from a log is ever stored.
 */

type Segment = { readonly kind: 'name'; readonly name: string } | { readonly kind: 'any' } | { readonly kind: 'deep' };

/** Where the walker is, relative to every pattern. `null` stands for "no pattern can match below". */
export interface PathState {
  /** A `paths:` pattern ends here: the value is replaced whole. */
  readonly censor: boolean;
  /** A `skip:` pattern ends here: content below is not scanned (key and path rules still apply). */
  readonly skip: boolean;
  /** Some `paths:` pattern can still end further down. */
  readonly censorBelow: boolean;
  /** One level down, under `lowerKey` (an object key or array index, lower-cased). */
  step(lowerKey: string): PathState | null;
  /** One level down where there is no name: Set members, Map entries with non-string keys, symbol keys. */
  stepUnnamed(): PathState | null;
}

export interface PathPatterns {
  readonly censor: readonly string[];
  readonly skip: readonly string[];
}

/** The state at the record's root, or null when there are no patterns. Throws on a malformed path. */
export function compilePaths({ censor, skip }: PathPatterns): PathState | null {
  const patterns = [...censor.map((p) => ({ segs: parsePath(p), censor: true })), ...skip.map((p) => ({ segs: parsePath(p), censor: false }))];
  if (patterns.length === 0) return null;

  const alphabet = new Set<string>();
  for (const p of patterns) for (const s of p.segs) if (s.kind === 'name') alphabet.add(s.name);
  const interned = new Map<string, State>();

  /** Positions are [pattern, segment index] pairs; `**` may also be skipped (zero levels). */
  const closure = (positions: [number, number][]): State | null => {
    const seen = new Set<string>();
    const out: [number, number][] = [];
    const stack = [...positions];
    while (stack.length > 0) {
      const [p, i] = stack.pop()!;
      const id = `${p}:${i}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push([p, i]);
      if (patterns[p]!.segs[i]?.kind === 'deep') stack.push([p, i + 1]);
    }
    if (out.length === 0) return null;
    out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const key = out.map(([p, i]) => `${p}:${i}`).join(',');
    let state = interned.get(key);
    if (state === undefined) {
      state = new State(out);
      interned.set(key, state);
    }
    return state;
  };

  const advance = (positions: readonly [number, number][], name: string | undefined): State | null => {
    const next: [number, number][] = [];
    for (const [p, i] of positions) {
      const seg = patterns[p]!.segs[i];
      if (seg === undefined) continue;
      if (seg.kind === 'deep') next.push([p, i]);
      else if (seg.kind === 'any' || seg.name === name) next.push([p, i + 1]);
    }
    return closure(next);
  };

  class State implements PathState {
    readonly censor: boolean;
    readonly skip: boolean;
    readonly censorBelow: boolean;
    private named: Map<string, State | null> | undefined;
    private unnamed: State | null = null;

    constructor(private readonly positions: readonly [number, number][]) {
      const ends = (p: number, i: number): boolean => i === patterns[p]!.segs.length;
      this.censor = positions.some(([p, i]) => patterns[p]!.censor && ends(p, i));
      this.skip = positions.some(([p, i]) => !patterns[p]!.censor && ends(p, i));
      this.censorBelow = positions.some(([p, i]) => patterns[p]!.censor && !ends(p, i));
    }

    step(lowerKey: string): PathState | null {
      const named = this.named ?? this.build();
      const next = named.get(lowerKey);
      return next === undefined ? this.unnamed : next;
    }

    stepUnnamed(): PathState | null {
      if (this.named === undefined) this.build();
      return this.unnamed;
    }

    private build(): Map<string, State | null> {
      const named = new Map<string, State | null>();
      for (const name of alphabet) named.set(name, advance(this.positions, name));
      this.unnamed = advance(this.positions, undefined);
      this.named = named;
      return named;
    }
  }

  return closure(patterns.map((_, p) => [p, 0]));
}

/** Splits a pino-style path into segments; throws an Error saying what is wrong with it. */
export function parsePath(path: string): Segment[] {
  const fail = (reason: string): never => {
    throw new Error(`'${path}': ${reason}`);
  };
  const segs: Segment[] = [];
  let i = 0;
  if (path.length === 0) fail('empty path');
  while (i < path.length) {
    if (path[i] === '[') {
      const quote = path[i + 1];
      if (quote === '"' || quote === "'") {
        const close = path.indexOf(quote, i + 2);
        if (close < 0 || path[close + 1] !== ']') fail(`unterminated [${quote}…${quote}] at ${i}`);
        segs.push({ kind: 'name', name: path.slice(i + 2, close).toLowerCase() });
        i = close + 2;
      } else {
        const close = path.indexOf(']', i);
        if (close < 0) fail(`unterminated [ at ${i}`);
        const inner = path.slice(i + 1, close);
        if (inner === '*') segs.push({ kind: 'any' });
        else if (inner.length > 0 && [...inner].every((c) => c >= '0' && c <= '9')) segs.push({ kind: 'name', name: inner });
        else fail(`[${inner}]: brackets hold an index, * or a quoted name`);
        i = close + 1;
      }
      if (i < path.length && path[i] !== '.' && path[i] !== '[') fail(`expected . or [ at ${i}`);
    } else {
      let end = i;
      while (end < path.length && path[end] !== '.' && path[end] !== '[') end++;
      const token = path.slice(i, end);
      if (token.length === 0) fail(`empty segment at ${i}`);
      segs.push(token === '*' ? { kind: 'any' } : token === '**' ? { kind: 'deep' } : { kind: 'name', name: token.toLowerCase() });
      i = end;
    }
    if (path[i] === '.') {
      i++;
      if (i === path.length || path[i] === '.' || path[i] === '[') fail(`empty segment at ${i}`);
    }
  }
  return segs;
}
