import type { Redactor } from '../redactor';
import type { Finding } from '../detect/overlaps';

/**
 * The property test `scrubline check` runs for each rule, generated from the rule's own examples:
 * wherever an example sits in other text (far into a long line, after emoji and other surrogate
 * pairs, before or after a newline), what the rule found in it alone is still found and masked,
 * and a `nomatch` example still gives the rule nothing. This catches offset and slicing bugs, and
 * rules that only work at the start of a string.
 *
 * The surrounding text is inert on purpose: no ASCII letters or digits, so it cannot form a
 * keyword that gates a rule, a context word, or part of a value; and it is set apart by newlines,
 * which no value pattern in our packs crosses. Anything it then changes is a real position bug.
 *
 * fast-check does the generating and shrinking (a failure shows the smallest surrounding text
 * that still fails). It is loaded on demand: installed packages may lack it, and then the
 * properties are skipped with a note. When `scrubline/testing` ships its arbitraries, this is the
 * place to use them.
 */

/** One rule's examples, as written in its file. */
export interface RuleExamples {
  readonly id: string;
  readonly match: readonly string[];
  readonly nomatch: readonly string[];
}

export interface PropertyFailure {
  readonly rule: string;
  readonly expect: 'match' | 'nomatch';
  readonly example: string;
  /** What went wrong, for the shrunk counterexample. */
  readonly problem: string;
  /** The text around the example in the smallest failing case (newlines included). */
  readonly before: string;
  readonly after: string;
}

export interface PropertyRun {
  readonly failures: PropertyFailure[];
  /** Properties run: one per example. */
  readonly properties: number;
}

const INERT = [' ', ' ', '\t', ',', ';', '!', '?', '(', ')', '"', "'", '\n', 'é', 'Å', 'ß', 'ø', 'ñ', 'ー', '中', '文', '字', '😀', '👍🏽', 'e\u0301', '\uFFFD', '\uD800'];

// A dynamic import: fast-check is a devDependency, absent from many installs of scrubline.
const importFastCheck = () => import('fast-check');
type FastCheck = Awaited<ReturnType<typeof importFastCheck>>;

/** fast-check, or undefined when it is not installed. */
export async function loadFastCheck(): Promise<FastCheck | undefined> {
  try {
    return await importFastCheck();
  } catch {
    return undefined;
  }
}

export function runProperties(fc: FastCheck, redactor: Redactor, rules: readonly RuleExamples[], numRuns: number, seed: number): PropertyRun {
  const unit = fc.constantFrom(...INERT);
  // Mostly short, sometimes long enough to cross re2-wasm's 2 KiB scan slices; both shrink to ''.
  const filler = fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit, maxLength: 5000, size: 'max' }) },
  );
  const failures: PropertyFailure[] = [];
  let properties = 0;
  for (const rule of rules) {
    for (const [expect, examples] of [['match', rule.match], ['nomatch', rule.nomatch]] as const) {
      for (const example of examples) {
        const judge = expect === 'match' ? matchJudge(redactor, rule.id, example) : nomatchJudge(redactor, rule.id, example);
        // An example that fails on its own is reported by the examples check; nothing to vary.
        if (judge === undefined) continue;
        properties++;
        const details = fc.check(
          fc.property(filler, filler, (before, after) => judge(`${before}\n`, `\n${after}`) === undefined),
          { numRuns, seed },
        );
        if (details.failed && details.counterexample !== null) {
          const before = `${details.counterexample[0]}\n`;
          const after = `\n${details.counterexample[1]}`;
          failures.push({ rule: rule.id, expect, example, problem: judge(before, after) ?? 'failed', before, after });
        }
      }
    }
  }
  return { failures, properties };
}

/** Returns a problem, or undefined when the example behaves between these surroundings. */
type Judge = (before: string, after: string) => string | undefined;

function matchJudge(redactor: Redactor, rule: string, example: string): Judge | undefined {
  const alone = redactor.scan(example);
  const own = alone.filter((f) => f.rule === rule);
  // Another rule may win the region by overlap: the value must stay masked all the same.
  const expected = own.length > 0 ? own : alone;
  if (expected.length === 0) return undefined;
  return (before, after) => {
    const text = before + example + after;
    const found = redactor.scan(text);
    const out = redactor.redact(text);
    for (const f of expected) {
      const start = before.length + f.start;
      const end = before.length + f.end;
      if (!found.some((g) => g.start <= start && g.end >= end)) return `'${example.slice(f.start, f.end)}' was not found`;
      if (f.end - f.start >= 4 && out.includes(example.slice(f.start, f.end))) return `'${example.slice(f.start, f.end)}' was found but not masked`;
    }
    return undefined;
  };
}

function nomatchJudge(redactor: Redactor, rule: string, example: string): Judge | undefined {
  const hits = (found: readonly Finding[], from: number) => found.filter((f) => f.rule === rule && f.end > from && f.start < from + example.length);
  if (hits(redactor.scan(example), 0).length > 0) return undefined;
  return (before, after) => {
    const hit = hits(redactor.scan(before + example + after), before.length)[0];
    if (hit === undefined) return undefined;
    const text = before + example + after;
    return `the rule found '${text.slice(hit.start, hit.end)}'`;
  };
}
