import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'smol-toml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkExamples, createRedactor, type ExampleResult } from '../../src/index';
import { FIXTURES, readJsonl } from './support';

/*
 * gitleaks' own rule vectors through the gitleaks import: the config (gitleaks-rules.json is its
 * config/gitleaks.toml as JSON) is written back as a gitleaks.toml and loaded the way a user's
 * rule file would load it. Each rule is judged alone, as upstream's utils.Validate does: its
 * vectors become the rule's `examples`, and checkExamples runs them before overlap resolution.
 */

interface Row {
  rule: string;
  expect: 'match' | 'nomatch';
  text: string;
  origin: string;
  path?: string;
  config?: string;
}

interface Config {
  globalAllowlist: Record<string, unknown>;
  rules: { id: string; regex?: string }[];
}

/** Rows that gitleaks rejects only because of the scanned file's path, which a log line lacks. */
const PATH_ONLY_REJECTIONS = [
  'freemius-secret-key nomatch cmd/generate/config/rules/freemius.go:41',
  'hashicorp-tf-password nomatch cmd/generate/config/rules/hashicorp.go:54',
  'nuget-config-password nomatch cmd/generate/config/rules/nuget.go:40',
];

const config = JSON.parse(readFileSync(join(FIXTURES, 'gitleaks-rules.json'), 'utf8')) as Config;
const rows = readJsonl<Row>('gitleaks-vectors.jsonl');
const imported = new Set(config.rules.filter((r) => r.regex !== undefined).map((r) => r.id));
const inScope = rows.filter((r) => imported.has(r.rule));

let dir: string;
let toml: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scrubline-gitleaks-'));
  toml = join(dir, 'gitleaks.toml');
  // The derived re2_wasm_compiles field is not gitleaks configuration.
  const strip = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 're2_wasm_compiles' ? undefined : x))) as unknown;
  writeFileSync(toml, stringify({ title: 'gitleaks config', allowlist: strip(config.globalAllowlist), rules: strip(config.rules) }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The vectors of `ids` as examples on those rules; every other imported rule disabled. */
function vectorsAsExamples(ids: ReadonlySet<string>) {
  const examples = new Map<string, { match: string[]; nomatch: string[] }>();
  for (const r of inScope.filter((x) => ids.has(x.rule))) {
    const e = examples.get(r.rule) ?? { match: [], nomatch: [] };
    e[r.expect].push(r.text);
    examples.set(r.rule, e);
  }
  const off = [...imported].filter((id) => !ids.has(id)).map((id) => ({ id, enabled: false }));
  return [...off, ...[...examples].map(([id, ex]) => ({ id, examples: ex }))];
}

/** Maps results back to rows; the same text can be a vector of one rule twice (cloudflare). */
function judge(results: readonly ExampleResult[]): { found: number; matchRows: number; leftAlone: number; nomatchRows: number; wrong: string[] } {
  const byRule = new Map<string, ExampleResult[]>();
  for (const x of results) byRule.set(`${x.rule}\0${x.expect}\0${x.text}`, [...(byRule.get(`${x.rule}\0${x.expect}\0${x.text}`) ?? []), x]);
  let found = 0;
  let leftAlone = 0;
  const wrong: string[] = [];
  const matchRows = results.filter((x) => x.expect === 'match').length;
  for (const x of results) {
    if (x.expect === 'match' && x.ok) found++;
    if (x.expect === 'nomatch' && x.ok) leftAlone++;
  }
  for (const r of inScope) {
    const res = byRule.get(`${r.rule}\0${r.expect}\0${r.text}`);
    if (res !== undefined && !res[0]!.ok) wrong.push(`${r.rule} ${r.expect} ${r.origin}`);
  }
  return { found, matchRows, leftAlone, nomatchRows: results.length - matchRows, wrong: [...new Set(wrong)].sort() };
}

function report(engine: string, j: ReturnType<typeof judge>): void {
  console.log(
    `gitleaks via import (${engine}): match rows found ${j.found} / ${j.matchRows}, ` +
      `nomatch rows left alone ${j.leftAlone} / ${j.nomatchRows} (${((100 * j.leftAlone) / j.nomatchRows).toFixed(1)} %)`,
  );
}

describe('gitleaks vectors through the gitleaks import (re2)', () => {
  it('finds every match row and leaves at least 95 % of nomatch rows alone; the rest need a file path', () => {
    const results = checkExamples({ packs: [], engine: 're2', rules: [toml, { rules: vectorsAsExamples(imported) }] });
    expect(results).toHaveLength(inScope.length);
    const j = judge(results);
    report('re2', j);
    expect(j.found).toBe(j.matchRows);
    expect(j.leftAlone / j.nomatchRows).toBeGreaterThanOrEqual(0.95);
    expect(j.wrong).toEqual([...PATH_ONLY_REJECTIONS].sort());
  });

  it('skips the path-only rule (its vectors are file names, no content) with a warning', async () => {
    expect(new Set(rows.filter((r) => r.config === undefined && !imported.has(r.rule)).map((r) => r.rule))).toEqual(new Set(['pkcs12-file']));
    const warned = new Promise<Error>((resolve) => process.once('warning', resolve));
    createRedactor({ packs: [], engine: 're2', rules: [toml] });
    const warning = await warned;
    expect(warning.message).toContain('skipped path-only rule pkcs12-file');
    expect((warning as Error & { code?: string }).code).toBe('SCRUBLINE_GITLEAKS_IMPORT');
  });

  it('finds the test-config row (a rule id only gitleaks’ test config has) with the default rules', () => {
    const row = rows.find((r) => r.config !== undefined && !config.rules.some((c) => c.id === r.rule))!;
    const findings = createRedactor({ packs: [], engine: 're2', rules: [toml] }).scan(row.text);
    expect(findings.map((f) => f.rule)).toContain('aws-access-token');
  });
});

// re2-wasm's fixed 16 MiB heap cannot hold all 221 rules at once (see docs/conformance.md): the
// same vectors run on shards of the config, each on a fresh engine.
describe('gitleaks vectors through the gitleaks import (re2-wasm, in shards)', () => {
  const ids = [...imported];
  const SHARD = 45;
  const shards = Array.from({ length: Math.ceil(ids.length / SHARD) }, (_, i) => new Set(ids.slice(i * SHARD, (i + 1) * SHARD)));
  const all: ExampleResult[] = [];

  it.each(shards.map((s, i) => [i + 1, s] as const))('shard %i agrees with re2', (_, shard) => {
    const results = checkExamples({ packs: [], engine: 're2-wasm', rules: [toml, { rules: vectorsAsExamples(shard) }] });
    all.push(...results);
    const reference = checkExamples({ packs: [], engine: 're2', rules: [toml, { rules: vectorsAsExamples(shard) }] });
    expect(results).toEqual(reference);
  });

  it('gives the same totals', () => {
    const j = judge(all);
    report('re2-wasm', j);
    expect(all).toHaveLength(inScope.length);
    expect(j.found).toBe(j.matchRows);
    expect(j.wrong).toEqual([...PATH_ONLY_REJECTIONS].sort());
  });
});
