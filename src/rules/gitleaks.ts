import { parse as parseToml, TomlError } from 'smol-toml';
import { z } from 'zod';
import { captureGroups, lengthBounds, parseRegex, type Node } from '../compile/regex-syntax';
import { RuleFileError } from './errors';
import { loadRuleObject, readSource, type LoadedFile, type PathSegment } from './load';
import type { RuleFileInput, RuleInput } from './schema';

/*
 * Reads a gitleaks.toml as a scrubline rule file, so teams reuse the rules they maintain.
 *
 * gitleaks semantics and how they map:
 * - keywords gate the rule (both engines compare case-insensitively);
 * - the secret is `secretGroup`, else the first capture group that took part, else the match:
 *   `group` (a list when there are several), and the mask covers the secret;
 * - `entropy` drops secrets at or below it: a validator `entropy` just above it;
 * - allow-lists (rule and global) test the secret, the match or the line (`regexTarget`), or
 *   hold stopwords: `allow` entries with a target, and `contains` for stopwords.
 * What a log scrubber cannot honour is dropped with one warning per file: path-only rules, path
 * conditions (a log line has no file path), allow-lists that need a path, and AND allow-lists
 * that mix patterns and stopwords (left out, so the rule redacts more rather than less).
 */

const AllowlistSchema = z.looseObject({
  description: z.string().optional(),
  condition: z.enum(['OR', 'AND', 'or', 'and']).optional(),
  regexTarget: z.enum(['secret', 'match', 'line']).optional(),
  regexes: z.array(z.string()).optional(),
  stopwords: z.array(z.string()).optional(),
  paths: z.array(z.string()).optional(),
  commits: z.array(z.string()).optional(),
  targetRules: z.array(z.string()).optional(),
});

const RuleSchema = z.looseObject({
  id: z.string().min(1),
  description: z.string().optional(),
  regex: z.string().optional(),
  path: z.string().optional(),
  secretGroup: z.int().min(0).optional(),
  entropy: z.number().min(0).optional(),
  keywords: z.array(z.string()).optional(),
  allowlist: AllowlistSchema.optional(),
  allowlists: z.array(AllowlistSchema).optional(),
});

const ConfigSchema = z.looseObject({
  title: z.string().optional(),
  extend: z.looseObject({}).optional(),
  rules: z.array(RuleSchema).default([]),
  allowlist: AllowlistSchema.optional(),
  allowlists: z.array(AllowlistSchema).optional(),
});

type Allowlist = z.infer<typeof AllowlistSchema>;
type AllowEntry = NonNullable<RuleInput['allow']>[number];

/** Does this path name a gitleaks config rather than a scrubline rule file? */
export function isGitleaksConfig(path: string): boolean {
  return path.toLowerCase().endsWith('.toml');
}

/** What the conversion left out, in words, for one warning per file. */
interface ImportNotes {
  readonly skipped: string[];
  readonly ignored: string[];
}

/**
 * Converts a parsed gitleaks config into a scrubline rule file; `sourceIndex[i]` is the gitleaks
 * rule behind converted rule i (path-only rules are skipped, so the two can differ).
 */
function convertGitleaks(config: unknown): { file: RuleFileInput; sourceIndex: number[]; notes: ImportNotes } {
  const parsed = ConfigSchema.parse(config);
  const notes: ImportNotes = { skipped: [], ignored: [] };
  if (parsed.extend !== undefined) notes.ignored.push('[extend] (list the rules you want in this file)');

  const global = [...(parsed.allowlist === undefined ? [] : [parsed.allowlist]), ...(parsed.allowlists ?? [])];
  const rules: RuleInput[] = [];
  const sourceIndex: number[] = [];
  parsed.rules.forEach((r, i) => {
    if (r.regex === undefined || r.regex === '') {
      notes.skipped.push(`path-only rule ${r.id}`);
      return;
    }
    if (r.path !== undefined) notes.ignored.push(`the path condition of ${r.id}`);
    const own = [...(r.allowlist === undefined ? [] : [r.allowlist]), ...(r.allowlists ?? [])];
    const applying = global.filter((a) => a.targetRules === undefined || a.targetRules.includes(r.id));
    const allow = [...own, ...applying].flatMap((a) => allowEntries(a, r.id, notes));
    const rule: RuleInput = {
      id: r.id,
      type: typeOf(r.id),
      regex: r.regex,
      ...(r.description === undefined ? {} : { description: r.description }),
      ...secretGroup(r.regex, r.secretGroup),
      ...(r.keywords === undefined || r.keywords.length === 0 ? {} : { keywords: r.keywords }),
      // gitleaks drops a secret whose entropy is at or below the figure; ours keeps at or above.
      ...(r.entropy === undefined || r.entropy === 0 ? {} : { validate: [{ entropy: Math.min(8, r.entropy + 1e-9) }] }),
      ...(allow.length === 0 ? {} : { allow }),
    };
    rules.push(rule);
    sourceIndex.push(i);
  });
  return { file: { rules }, sourceIndex, notes };
}

function allowEntries(a: Allowlist, ruleId: string, notes: ImportNotes): AllowEntry[] {
  const regexes = a.regexes ?? [];
  const stopwords = a.stopwords ?? [];
  const needsPath = (a.paths ?? []).length > 0 || (a.commits ?? []).length > 0;
  if (a.condition?.toUpperCase() === 'AND') {
    const kinds = [regexes.length > 0, stopwords.length > 0, needsPath].filter(Boolean).length;
    if (needsPath && kinds > 0) {
      notes.ignored.push(`an AND allow-list of ${ruleId} that needs a file path or commit`);
      return [];
    }
    if (kinds > 1) {
      notes.ignored.push(`an AND allow-list of ${ruleId} that mixes regexes and stopwords`);
      return [];
    }
  }
  const target = a.regexTarget === 'match' || a.regexTarget === 'line' ? { target: a.regexTarget } : {};
  return [...regexes.map((regex) => ({ regex, ...target })), ...stopwords.map((contains) => ({ contains }))];
}

/** `aws-access-token` → `AWS_ACCESS_TOKEN`; ids that start with a digit get a `SECRET_` prefix. */
function typeOf(id: string): string {
  const t = id.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[A-Z]/.test(t) ? t : `SECRET_${t}`;
}

/**
 * gitleaks' secret as a `group`. Groups that can be empty, or sit inside a repetition (where a
 * capture holds one iteration, not the secret: microsoft-teams-webhook), are left out; with none
 * left the whole match is masked. Patterns our parser cannot read are passed on unchanged: the
 * compiler then reports them with their position.
 */
function secretGroup(regex: string, explicit: number | undefined): Pick<RuleInput, 'group'> {
  if (explicit !== undefined && explicit > 0) return { group: explicit };
  let ast: Node;
  try {
    ast = parseRegex(regex);
  } catch {
    return {};
  }
  const repeated = new Set<Node>();
  const walk = (n: Node, inRepeat: boolean): void => {
    if (n.kind === 'group') {
      if (inRepeat) repeated.add(n);
      walk(n.body, inRepeat);
    } else if (n.kind === 'repeat') walk(n.body, inRepeat || n.max > 1);
    else if (n.kind === 'seq') n.items.forEach((c) => walk(c, inRepeat));
    else if (n.kind === 'alt') n.alts.forEach((c) => walk(c, inRepeat));
  };
  walk(ast, false);
  const usable = captureGroups(ast)
    .map((g, i) => ({ g, n: i + 1 }))
    .filter(({ g }) => !repeated.has(g) && lengthBounds(g.body).min > 0)
    .map(({ n }) => n);
  if (usable.length === 0) return {};
  return { group: usable.length === 1 ? usable[0]! : usable };
}

/** Reads a gitleaks.toml; positions in errors point at the rule's `[[rules]]` block. */
export function loadGitleaksFile(path: string, cwd: string): LoadedFile {
  const { source, abs, file } = readSource(path, cwd, 'gitleaks config');
  let toml: unknown;
  try {
    toml = parseToml(source);
  } catch (err) {
    if (!(err instanceof TomlError)) throw err;
    throw new RuleFileError([{ file, line: err.line, column: err.column, reason: `TOML: ${err.message.split('\n')[0]}` }]);
  }
  let converted: ReturnType<typeof convertGitleaks>;
  try {
    converted = convertGitleaks(toml);
  } catch (err) {
    if (!(err instanceof z.ZodError)) throw err;
    throw new RuleFileError(
      err.issues.map((issue) => ({ file, reason: `gitleaks config: ${issue.path.join('.')}: ${issue.message}` })),
    );
  }
  const { skipped, ignored } = converted.notes;
  if (skipped.length > 0 || ignored.length > 0) {
    const parts = [skipped.length > 0 ? `skipped ${skipped.join(', ')}` : '', ignored.length > 0 ? `ignored ${ignored.join('; ')}` : ''];
    process.emitWarning(`scrubline: ${file}: ${parts.filter(Boolean).join('; ')} (a log line has no file path)`, { code: 'SCRUBLINE_GITLEAKS_IMPORT' });
  }
  const blocks = ruleBlocks(source);
  const locate = (at: readonly PathSegment[]): { line: number; column: number } | undefined => {
    if (at[0] !== 'rules' || typeof at[1] !== 'number') return undefined;
    const block = blocks[converted.sourceIndex[at[1]] ?? -1];
    if (block === undefined) return undefined;
    const field = typeof at[2] === 'string' ? GITLEAKS_FIELD[at[2]] : undefined;
    return { line: (field === undefined ? undefined : block.fields.get(field)) ?? block.line, column: 1 };
  };
  return { ...loadRuleObject(converted.file, file), path: abs, locate };
}

/** scrubline field → the gitleaks key it came from, for error positions. */
const GITLEAKS_FIELD: Record<string, string> = {
  regex: 'regex',
  keywords: 'keywords',
  validate: 'entropy',
  group: 'secretGroup',
  allow: 'allowlists',
  id: 'id',
};

/** Line of each `[[rules]]` header and of the keys in its block (1-based). */
function ruleBlocks(source: string): { line: number; fields: Map<string, number> }[] {
  const blocks: { line: number; fields: Map<string, number> }[] = [];
  let current: { line: number; fields: Map<string, number> } | undefined;
  source.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line.startsWith('[[rules]]')) {
      current = { line: i + 1, fields: new Map() };
      blocks.push(current);
    } else if (line.startsWith('[') && !line.startsWith('[[rules.')) {
      if (!line.startsWith('[rules.')) current = undefined;
    } else if (current !== undefined) {
      const eq = line.indexOf('=');
      if (eq > 0) {
        const key = line.slice(0, eq).trim();
        if (!current.fields.has(key)) current.fields.set(key, i + 1);
      }
    }
  });
  return blocks;
}
