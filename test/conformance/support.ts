import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createRedactor, type Redactor } from '../../src/index';
import type { EngineName } from '../../src/index';

/** The public vectors, copied with their licences and provenance (see README.md there). */
export const FIXTURES = join(__dirname, '..', 'fixtures', 'conformance');

export const ENGINES: readonly EngineName[] = ['re2', 're2-wasm'];

export function readJsonl<T>(name: string): T[] {
  return readFileSync(join(FIXTURES, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

interface PackRule {
  id: string;
  type: string;
}

/** Rule ids and types of the built-in packs, read from the pack files themselves. */
export function packRules(): PackRule[] {
  return ['pii', 'secrets'].flatMap((pack) => (parse(readFileSync(join(__dirname, '..', '..', 'rules', `${pack}.yaml`), 'utf8')) as { rules: PackRule[] }).rules);
}

/**
 * A redactor with the default packs and only the rules of `types` enabled. Each upstream test
 * exercises one recognizer or plugin; the same isolation here keeps another entity type from
 * winning an overlapping span (a 3-3-4 number is both a phone and an NHS number).
 */
export function isolated(types: readonly string[], engine: EngineName): Redactor {
  const rules = packRules();
  const missing = types.filter((t) => !rules.some((r) => r.type === t));
  if (missing.length > 0) throw new Error(`no pack rule has type ${missing.join(', ')}`);
  const off = rules.filter((r) => !types.includes(r.type)).map((r) => ({ id: r.id, enabled: false }));
  return createRedactor({ engine, rules: [{ rules: off }] });
}

/** Agreed rows per group, in first-seen order. */
export class Tally {
  private readonly groups = new Map<string, { agreed: number; rows: number }>();

  add(group: string, agreed: boolean): void {
    const g = this.groups.get(group) ?? { agreed: 0, rows: 0 };
    g.rows++;
    if (agreed) g.agreed++;
    this.groups.set(group, g);
  }

  total(filter: (group: string) => boolean = () => true): { agreed: number; rows: number } {
    let agreed = 0;
    let rows = 0;
    for (const [k, g] of this.groups) {
      if (!filter(k)) continue;
      agreed += g.agreed;
      rows += g.rows;
    }
    return { agreed, rows };
  }

  /** A markdown table, as docs/conformance.md shows it. */
  table(head: string): string {
    const lines = [`| ${head} | agreed / rows |`, '| --- | --- |'];
    for (const [k, g] of this.groups) lines.push(`| ${k} | ${g.agreed} / ${g.rows} |`);
    const t = this.total();
    lines.push(`| **all** | **${t.agreed} / ${t.rows} (${((100 * t.agreed) / t.rows).toFixed(1)} %)** |`);
    return lines.join('\n');
  }
}
