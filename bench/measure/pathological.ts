import { createRedactor, type EngineName } from 'scrubline';
import { now } from './clock';

/** One rule on one adversarial input: the ReDoS case DESIGN.md measured at 9.6 s for V8. */
export interface PathologicalResult {
  readonly name: string;
  readonly chars: number;
  readonly ms: number;
}

/** A realistic email pattern, written the way hand-rolled redaction code writes it. */
const EMAIL = '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}';

/**
 * An email rule on a run of `a` with no `@`: a backtracking engine tries every start and every
 * split of the run (quadratic or worse); RE2 stays linear. V8 gets a shorter run so the bench
 * finishes; its time on the full length follows from the growth it shows.
 */
export function pathological(quick: boolean): PathologicalResult[] {
  const chars = 100_000;
  const run = 'a'.repeat(chars);
  const out: PathologicalResult[] = [];
  for (const engine of ['re2', 're2-wasm'] as const satisfies readonly EngineName[]) {
    const r = createRedactor({ engine, packs: [], rules: [{ rules: [{ id: 'email', type: 'EMAIL', regex: EMAIL, maxLength: 320 }] }] });
    r.redact(run.slice(0, 1000));
    const t0 = now();
    r.redact(run);
    out.push({ name: `scrubline (${engine})`, chars, ms: now() - t0 });
  }
  const v8 = new RegExp(EMAIL, 'g');
  for (const n of quick ? [2_500, 5_000] : [2_500, 5_000, 10_000, 20_000]) {
    const t0 = now();
    'a'.repeat(n).replace(v8, '[EMAIL]');
    out.push({ name: 'V8 RegExp', chars: n, ms: now() - t0 });
  }
  return out;
}
