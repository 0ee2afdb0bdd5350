import { RuleFileError, type RuleProblem } from './errors';
import { isGitleaksConfig, loadGitleaksFile } from './gitleaks';
import { loadRuleFile, loadRuleObject, resolveFrom, type LoadedFile } from './load';
import { packFile, packNames } from './packs';
import type { AllowEntry, ParsedRule, RuleFileInput } from './schema';

/** Where a field of a rule (or the rule itself) was written. */
export type Locator = (field?: string) => Omit<RuleProblem, 'reason'>;

export interface SourcedRule {
  readonly rule: ParsedRule & { type: string };
  /** The file that defined the rule (keyword files are relative to it). */
  readonly file: LoadedFile;
  readonly where: Locator;
}

export interface SourcedEntry<T> {
  readonly value: T;
  readonly where: Locator;
}

/** Every rule and record option in force, after packs, `extends` and overrides are applied. */
export interface RuleSet {
  readonly rules: readonly SourcedRule[];
  readonly keys: readonly string[];
  readonly paths: readonly string[];
  readonly skip: readonly string[];
  readonly allow: readonly SourcedEntry<AllowEntry>[];
}

/** A rule file path (YAML, JSON, or a gitleaks `.toml`), or rule file content given in code. */
export type RuleSource = string | RuleFileInput;

const DEFINING_FIELDS = ['regex', 'keywords', 'keywordsFile'] as const;

/**
 * Applies the built-in packs, then each source in order. A later rule with an id already in force
 * replaces it when it defines a pattern of its own, and otherwise overrides only the fields it sets
 * (`- { id: email, enabled: false }` disables a pack rule). Within one file ids must be unique.
 */
export function resolveRuleSet(packs: readonly string[], sources: readonly RuleSource[], cwd: string): RuleSet {
  const problems: RuleProblem[] = [];
  const rules = new Map<string, SourcedRule>();
  const keys = new Set<string>();
  const paths = new Set<string>();
  const skip = new Set<string>();
  const allow: SourcedEntry<AllowEntry>[] = [];
  const applied = new Set<string>();

  const applyPack = (name: string, from: Omit<RuleProblem, 'reason'>): void => {
    const file = packFile(name);
    if (file === undefined) {
      problems.push({ ...from, reason: `unknown pack '${name}' (built-in packs: ${packNames().join(', ')})` });
      return;
    }
    applyPath(file, [], from);
  };

  const applyPath = (path: string, stack: readonly string[], from: Omit<RuleProblem, 'reason'> | undefined): void => {
    let loaded: LoadedFile;
    try {
      loaded = isGitleaksConfig(path) ? loadGitleaksFile(path, cwd) : loadRuleFile(path, cwd);
    } catch (err) {
      if (!(err instanceof RuleFileError)) throw err;
      // A missing file is reported where it was referenced.
      problems.push(...err.problems.map((p) => (from !== undefined && p.line === undefined ? { ...from, reason: `${p.file}: ${p.reason}` } : p)));
      return;
    }
    apply(loaded, stack);
  };

  const apply = (loaded: LoadedFile, stack: readonly string[]): void => {
    const key = loaded.path ?? loaded.file;
    if (stack.includes(key)) {
      problems.push({ file: loaded.file, reason: `extends itself: ${[...stack, key].join(' -> ')}` });
      return;
    }
    // A file reached twice (a pack listed in options and extended by a file) applies once.
    if (applied.has(key)) return;
    applied.add(key);
    const { data } = loaded;
    data.extends?.forEach((ref, i) => {
      const from = { file: loaded.file, ...loaded.locate(['extends', i]) };
      if (packFile(ref) !== undefined) applyPack(ref, from);
      else applyPath(resolveFrom(loaded, ref, cwd), [...stack, key], from);
    });

    const seen = new Map<string, number>();
    data.rules.forEach((rule, index) => {
      const where: Locator = (field) => ({ file: loaded.file, ruleId: rule.id, ...loaded.locate(field === undefined ? ['rules', index] : ['rules', index, field]) });
      const dup = seen.get(rule.id);
      if (dup !== undefined) {
        problems.push({ ...where('id'), reason: `duplicate id: also defined at line ${loaded.locate(['rules', dup, 'id'])?.line ?? `#${dup + 1}`}` });
        return;
      }
      seen.set(rule.id, index);
      const defines = DEFINING_FIELDS.some((f) => rule[f] !== undefined);
      const inherited = rules.get(rule.id);
      if (defines || inherited === undefined) {
        if (!defines) {
          problems.push({ ...where(), reason: 'overrides nothing: no rule in force has this id, and it has no regex or keywords' });
          return;
        }
        if (rule.type === undefined) {
          problems.push({ ...where(), reason: 'type: a rule needs an entity type, like EMAIL' });
          return;
        }
        if (rule.keywords !== undefined && rule.keywordsFile !== undefined) {
          problems.push({ ...where('keywordsFile'), reason: 'use keywords or keywordsFile, not both' });
          return;
        }
        rules.delete(rule.id); // a replacement moves to its new place in the order
        rules.set(rule.id, { rule: { ...rule, type: rule.type }, file: loaded, where });
        return;
      }
      const merged = { ...inherited.rule };
      for (const [field, value] of Object.entries(rule)) if (value !== undefined) (merged as Record<string, unknown>)[field] = value;
      const overridden = new Set(Object.keys(rule));
      rules.set(rule.id, {
        rule: merged,
        file: inherited.file,
        where: (field) => (field !== undefined && overridden.has(field) ? where(field) : inherited.where(field)),
      });
    });
    data.keys?.forEach((k) => keys.add(k));
    data.paths?.forEach((p) => paths.add(p));
    data.skip?.forEach((p) => skip.add(p));
    data.allow?.forEach((value, i) => allow.push({ value, where: () => ({ file: loaded.file, ...loaded.locate(['allow', i]) }) }));
  };

  for (const name of packs) applyPack(name, { file: '<options.packs>' });
  sources.forEach((source, i) => {
    if (typeof source === 'string') applyPath(source, [], undefined);
    else {
      try {
        apply(loadRuleObject(source, `<options.rules[${i}]>`), []);
      } catch (err) {
        if (!(err instanceof RuleFileError)) throw err;
        problems.push(...err.problems);
      }
    }
  });
  if (problems.length > 0) throw new RuleFileError(problems);
  return { rules: [...rules.values()], keys: [...keys], paths: [...paths], skip: [...skip], allow };
}
