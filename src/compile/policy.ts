import { readFileSync } from 'node:fs';
import { KeywordAutomaton } from '../detect/aho-corasick';
import type { Engine, Matcher } from '../engine/types';
import { buildMasker, type Masker, type MaskSpec } from '../mask/index';
import { normalizeMask } from '../mask/normalize';
import { RuleFileError, type RuleProblem } from '../rules/errors';
import { resolveFrom } from '../rules/load';
import type { RuleSet, SourcedRule } from '../rules/resolve';
import { RegexSyntaxError } from './regex-syntax';
import { keywordInEveryMatch } from './required-literals';
import { buildChunks, type RuleChunk } from './rule-chunks';
import { planRegex, type RegexPlan } from './regex-plan';
import { compileAllow, compileValidators, readsLine, type ValueCheck } from './value-checks';

export interface CompiledRule {
  readonly id: string;
  readonly type: string;
  /** Position in the rule set: the last tie-breaker between overlapping findings. */
  readonly order: number;
  readonly priority: number;
  readonly mask: Masker;
  /** Validators; the first reason returned rejects a candidate, and the rule looks again inside it. */
  readonly checks: readonly ValueCheck[];
  /** Allow-lists (the rule's, then the global one): an allowed match is passed over whole. */
  readonly allow: readonly ValueCheck[];
  /** Some allow-list of the rule reads the line around a match (`target: line`). */
  readonly allowReadsLine: boolean;
  readonly context: { readonly group: number; readonly window: number } | undefined;
  /**
   * `gated`: runs only on texts where one of its keywords occurs; `near`: and only within its
   * longest match of such an occurrence, because every match contains one (`keywordInEveryMatch`)
   * and no match is longer than `plan.maxLength` (a cap assumed for unbounded repetition would
   * cut a longer match that a whole-text scan finds).
   */
  readonly regex: { readonly matcher: Matcher; readonly plan: RegexPlan; readonly gated: boolean; readonly near: boolean } | undefined;
  readonly keyword: { readonly caseSensitive: boolean; readonly wholeWord: boolean } | undefined;
  /** Examples from the rule file, for `checkExamples`. */
  readonly examples: { readonly match: readonly string[]; readonly nomatch: readonly string[] } | undefined;
}

/** What the automaton reports for keyword id i. */
export type KeywordEntry =
  | { readonly kind: 'gate'; readonly rule: CompiledRule }
  | { readonly kind: 'keyword'; readonly rule: CompiledRule; readonly keyword: string }
  | { readonly kind: 'context'; readonly group: number };

/** Everything the per-string scan needs, built once. */
export interface Policy {
  readonly engine: Engine;
  readonly rules: readonly CompiledRule[];
  /** Regex rules without keywords, behind combined patterns that find where any can match. */
  readonly chunks: readonly RuleChunk[];
  readonly automaton: KeywordAutomaton | undefined;
  readonly keywordEntries: readonly KeywordEntry[];
  readonly contextGroups: number;
  /** Shortest text any rule can match (Infinity without rules): shorter texts need no scan. */
  readonly minLength: number;
  readonly ruleSet: RuleSet;
}

export interface CompileOptions {
  readonly engine: Engine;
  readonly hmacKey: Buffer | undefined;
  readonly defaultMask: MaskSpec;
  readonly maxMatchLength: number;
  /** Base for relative keyword files of in-memory rules. */
  readonly cwd: string;
}

/** Compiles every enabled rule; all problems are collected and thrown together, nothing half-built. */
export function compilePolicy(ruleSet: RuleSet, opts: CompileOptions): Policy {
  const problems: RuleProblem[] = [];
  const fail = (where: Omit<RuleProblem, 'reason'>, reason: string): void => void problems.push({ ...where, reason });
  const { engine } = opts;

  let globalAllow: ValueCheck | undefined;
  try {
    globalAllow = compileAllow(ruleSet.allow.map((a) => a.value), engine);
  } catch (err) {
    fail(ruleSet.allow[0]!.where(), `allow: ${(err as Error).message}`);
  }

  const rules: CompiledRule[] = [];
  const keywordEntries: KeywordEntry[] = [];
  const keywords: string[] = [];
  let contextGroups = 0;

  for (const sourced of ruleSet.rules) {
    if (sourced.rule.enabled === false) continue;
    const compiled = compileRule(sourced, rules.length);
    if (compiled === undefined) continue;
    rules.push(compiled.rule);
    for (const [keyword, entry] of compiled.entries) {
      keywords.push(keyword);
      keywordEntries.push(entry);
    }
  }
  if (problems.length > 0) throw new RuleFileError(problems);

  let minLength = Infinity;
  for (const r of rules) if (r.regex !== undefined) minLength = Math.min(minLength, r.regex.plan.minLength);
  for (const e of keywordEntries) if (e.kind === 'keyword') minLength = Math.min(minLength, e.keyword.length);

  return {
    engine,
    rules,
    chunks: buildChunks(
      rules.filter((r) => r.regex !== undefined && !r.regex.gated),
      engine,
    ),
    automaton: keywords.length > 0 ? new KeywordAutomaton(keywords) : undefined,
    keywordEntries,
    contextGroups,
    minLength,
    ruleSet,
  };

  function compileRule(sourced: SourcedRule, order: number): { rule: CompiledRule; entries: [string, KeywordEntry][] } | undefined {
    const { rule, where } = sourced;
    const before = problems.length;

    let mask: Masker | undefined;
    try {
      const spec = rule.mask === undefined ? opts.defaultMask : normalizeMask(rule.mask);
      if (spec.operator === 'hash' && opts.hmacKey === undefined) {
        fail(where('mask'), 'mask: hash needs a key: pass hmacKey to createRedactor or set SCRUBLINE_HMAC_KEY');
      } else mask = buildMasker(spec, rule.type, opts.hmacKey);
    } catch (err) {
      fail(where('mask'), `mask: ${(err as Error).message}`);
    }

    let ruleAllow: ValueCheck | undefined;
    try {
      ruleAllow = compileAllow(rule.allow ?? [], engine);
    } catch (err) {
      fail(where('allow'), `allow: ${(err as Error).message}`);
    }

    let regex: Omit<NonNullable<CompiledRule['regex']>, 'near'> | undefined;
    if (rule.regex !== undefined) {
      try {
        const plan = planRegex({ ...rule, regex: rule.regex }, opts.maxMatchLength);
        // RE2 checks what our parser lets through; its message names the exact problem. (One
        // compile only: re2-wasm never frees a pattern and its heap is a fixed 16 MiB.)
        regex = { matcher: engine.compile(plan.scan, plan.group.mode !== 'none'), plan, gated: rule.keywords !== undefined || rule.keywordsFile !== undefined };
      } catch (err) {
        fail(where('regex'), `regex: ${err instanceof RegexSyntaxError ? err.message : (err as Error).message}`);
      }
    }

    let words = rule.keywords;
    if (rule.keywordsFile !== undefined) {
      try {
        words = readFileSync(resolveFrom(sourced.file, rule.keywordsFile, opts.cwd), 'utf8')
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => l !== '' && !l.startsWith('#'));
        if (words.length === 0) fail(where('keywordsFile'), 'keywordsFile: the file has no keywords');
      } catch (err) {
        fail(where('keywordsFile'), `keywordsFile: cannot read ${rule.keywordsFile}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
      }
    }
    if (problems.length > before) return undefined;

    const context = rule.context === undefined ? undefined : Array.isArray(rule.context) ? { words: rule.context, window: 64 } : rule.context;
    const compiled: CompiledRule = {
      id: rule.id,
      type: rule.type,
      order,
      priority: rule.priority ?? 0,
      mask: mask!,
      checks: compileValidators(rule.validate),
      allow: [ruleAllow, globalAllow].filter((c): c is ValueCheck => c !== undefined),
      allowReadsLine: readsLine(rule.allow ?? []) || readsLine(ruleSet.allow.map((a) => a.value)),
      context: context === undefined ? undefined : { group: contextGroups++, window: context.window },
      regex: regex === undefined ? undefined : { ...regex, near: regex.gated && regex.plan.bounded && keywordInEveryMatch(regex.plan.ast, words ?? []) },
      keyword: regex === undefined ? { caseSensitive: rule.caseSensitive === true, wholeWord: rule.wholeWord !== false } : undefined,
      examples: rule.examples,
    };
    const entries: [string, KeywordEntry][] = [];
    if (regex !== undefined && regex.gated) for (const k of words ?? []) entries.push([k, { kind: 'gate', rule: compiled }]);
    if (regex === undefined) for (const k of words ?? []) entries.push([k, { kind: 'keyword', rule: compiled, keyword: k }]);
    if (compiled.context !== undefined) for (const w of context!.words) entries.push([w, { kind: 'context', group: compiled.context.group }]);
    return { rule: compiled, entries };
  }
}
