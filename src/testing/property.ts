import * as fc from 'fast-check';
import type { Finding } from '../detect/overlaps';
import type { Redactor } from '../redactor';

/** What the property helpers need from a redactor; a `Redactor` from `createRedactor` fits. */
export type RedactorLike = Pick<Redactor, 'redact' | 'scan'>;

/** fast-check's run parameters (`numRuns`, `seed`, `path`, `endOnFailure`, `examples`, …). */
export type PropertyParameters<T> = fc.Parameters<[T]>;

/**
 * Thrown when a property fails. Plain Error, so vitest, jest, node:test and mocha all report it;
 * the message leads with what went wrong on the shrunk (minimal) counterexample, then how to
 * replay it.
 */
export class PropertyFailure extends Error {
  override readonly name = 'PropertyFailure';

  constructor(
    message: string,
    /** The minimal failing input fast-check found, or undefined when the run failed for another reason. */
    readonly counterexample: unknown,
    /** Pass `{ seed, path, endOnFailure: true }` back as parameters to replay just this case. */
    readonly seed: number,
    readonly path: string | undefined,
  ) {
    super(message);
  }
}

/** A check's verdict on one input: undefined when it holds, otherwise what is wrong, in words. */
export type Verdict = string | undefined;

class Violation extends Error {}

/**
 * Runs `check` on generated inputs and throws a PropertyFailure for the minimal counterexample.
 * The building block of every `expect…` helper (and of expectChunkingInvariant).
 */
export function runProperty<T>(name: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => Verdict, params?: PropertyParameters<T>): void {
  const details = fc.check(
    fc.property(arbitrary, (value) => {
      const verdict = check(value);
      if (verdict !== undefined) throw new Violation(verdict);
    }),
    params,
  );
  if (!details.failed) return;
  if (details.counterexample === null) {
    throw new PropertyFailure(`${name} failed: ${fc.defaultReportMessage(details) ?? 'the run did not complete'}`, undefined, details.seed, undefined);
  }
  const [example] = details.counterexample;
  const err = details.errorInstance;
  const what = err instanceof Violation ? err.message : `the check threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`;
  const message = [
    `${name} failed: ${what}`,
    `Counterexample (shrunk ${details.numShrinks} time${details.numShrinks === 1 ? '' : 's'}): ${fc.stringify(example)}`,
    `Replay with { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)}, endOnFailure: true }`,
  ].join('\n');
  throw new PropertyFailure(message, example, details.seed, details.counterexamplePath);
}

/** `"text"` with escapes, so newlines and invisible characters show. */
export const show = (s: string): string => JSON.stringify(s);

/** One line per finding: type, rule, offsets and the matched text. */
export function showFindings(text: string, findings: readonly Finding[]): string {
  if (findings.length === 0) return '(none)';
  return findings.map((f) => `${f.type} (${f.rule}) ${f.start}-${f.end} ${show(text.slice(f.start, f.end))}`).join('; ');
}
