import type { LabelledRecord } from '../corpus/generate';
import { LOOKALIKE_KINDS, PII_TYPES, type LookalikeKind, type PiiType } from '../corpus/values';

/** What scrubline writes when redaction failed and the value was withheld (fail closed). */
const WITHHELD = '[REDACTION_FAILED]';

export interface Tally {
  hit: number;
  total: number;
}

export interface Accuracy {
  /** Per type: planted values of which no spelling is left in the output. */
  readonly recall: Record<PiiType, Tally>;
  /** Per kind: lookalikes still present, character for character. */
  readonly kept: Record<LookalikeKind, Tally>;
  /** Records with no sensitive value that came back changed at all. */
  readonly cleanAltered: Tally;
  /** Records replaced whole by the fail-closed marker. */
  withheld: number;
}

export function emptyAccuracy(): Accuracy {
  const tallies = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, { hit: 0, total: 0 }])) as Record<K, Tally>;
  return { recall: tallies(PII_TYPES), kept: tallies(LOOKALIKE_KINDS), cleanAltered: { hit: 0, total: 0 }, withheld: 0 };
}

/**
 * Scores one output against the record's labels. A value counts as caught when none of its
 * spellings survives verbatim: partial masking that breaks the value counts as caught, for every
 * contender alike. A lookalike counts as kept only when it survives whole.
 */
export function score(acc: Accuracy, record: LabelledRecord, output: string): void {
  if (output === WITHHELD) acc.withheld++;
  let clean = true;
  for (const label of record.labels) {
    const present = label.forms.some((f) => output.includes(f));
    if (label.kind === 'pii') {
      clean = false;
      const t = acc.recall[label.type];
      t.total++;
      if (!present) t.hit++;
    } else {
      const t = acc.kept[label.type];
      t.total++;
      if (present) t.hit++;
    }
  }
  if (clean) {
    acc.cleanAltered.total++;
    if (output !== record.line) acc.cleanAltered.hit++;
  }
}

/** Sums tallies: overall recall over every planted value, or survival over every lookalike. */
export function overall(tallies: Record<string, Tally>): Tally {
  let hit = 0;
  let total = 0;
  for (const t of Object.values(tallies)) {
    hit += t.hit;
    total += t.total;
  }
  return { hit, total };
}

export const ratio = (t: Tally): number => (t.total === 0 ? NaN : t.hit / t.total);
