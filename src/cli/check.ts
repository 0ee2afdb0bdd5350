import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { checkExamples, type ExampleResult } from '../check-examples';
import { planRegex } from '../compile/regex-plan';
import { keywordInEveryMatch } from '../compile/required-literals';
import type { RedactorOptions } from '../options';
import type { Redactor } from '../redactor';
import { formatProblem, RuleFileError } from '../rules/errors';
import { displayPath, loadRuleFile, type LoadedFile } from '../rules/load';
import { parseCommandArgs, positiveInt } from './args';
import { loadFastCheck, runProperties, type PropertyFailure, type RuleExamples } from './check-properties';
import { EXIT_FAILED, EXIT_OK, UserError } from './errors';
import { count } from './format';
import { buildRedactor, redactorOptionsFrom, RULE_OPTIONS, RULE_OPTIONS_HELP } from './rule-options';

const OPTIONS = {
  ...RULE_OPTIONS,
  runs: { type: 'string' },
  seed: { type: 'string' },
  'no-properties': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const CHECK_HELP = `Usage: scrubline check [options] RULEFILE...

Checks each rule file the way an app loads it (createRedactor with the default packs and
the file): schema, regex syntax and linear-time limits, with every problem as file:line:col;
then every rule's examples (match / nomatch); then, per rule of the file, a property test
generated from its examples: each example placed inside other text is still found and
masked, and a nomatch example still stays clean. Exit status 1 when anything fails, so it
fits a CI step: npx scrubline check rules/*.yaml

Options:
      --runs N          runs per property test (default 100)
      --seed N          seed of the property tests, to reproduce a failure
      --no-properties   schema and examples only
  -h, --help            this help

${RULE_OPTIONS_HELP}
  (-r files are loaded before each RULEFILE: use it for a base file the RULEFILE builds on)
`;

export async function check(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', args, OPTIONS);
  if (values.help === true) {
    process.stdout.write(CHECK_HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UserError('name at least one RULEFILE to check', 'For example: scrubline check rules/team.yaml');
  // check writes nothing out, so rules with `mask: hash` are checked without the real key (CI
  // jobs that only lint rule files should not need the secret): a throwaway one stands in.
  const hasKey = (process.env['SCRUBLINE_HMAC_KEY'] ?? '') !== '';
  const base: RedactorOptions = { ...redactorOptionsFrom(values), ...(hasKey ? {} : { hmacKey: randomBytes(32) }) };
  const runs = values.runs === undefined ? 100 : positiveInt('--runs', values.runs);
  const seed = values.seed === undefined ? (Math.random() * 2 ** 31) | 0 : positiveInt('--seed', values.seed, 0);
  const fc = values['no-properties'] === true ? undefined : await loadFastCheck();
  if (values['no-properties'] !== true && fc === undefined) {
    process.stderr.write('scrubline check: note: property tests skipped: fast-check is not installed (npm i -D fast-check)\n');
  }

  let failed = 0;
  for (const file of positionals) {
    const options: RedactorOptions = { ...base, rules: [...(base.rules ?? []), resolve(file)] };
    const problems: string[] = [];
    let summary = '';
    let whole: string[] = [];
    const redactor = build(options, problems);
    if (redactor !== undefined) {
      const loaded = loadRuleFile(resolve(file), process.cwd());
      const results = checkExamples(options);
      for (const r of results) if (!r.ok) problems.push(exampleProblem(loaded, r));
      whole = wholeTextGated(loaded);
      summary = `${count(loaded.data.rules.length)} rules in the file, ${count(results.length)} examples with inherited rules`;
      if (fc !== undefined) {
        const run = runProperties(fc, redactor, ownExamples(loaded), runs, seed);
        for (const f of run.failures) problems.push(propertyProblem(loaded, f, seed));
        summary += `, ${count(run.properties)} properties × ${count(runs)} runs`;
      }
      summary += ` (engine ${redactor.engine})`;
    }
    const name = displayPath(resolve(file), process.cwd());
    if (problems.length === 0) {
      process.stdout.write(`ok    ${name}: ${summary}\n`);
      if (whole.length > 0) {
        process.stdout.write(
          `note  ${name}: ${whole.length === 1 ? '1 gated rule scans' : `${count(whole.length)} gated rules scan`} the whole text whenever a keyword occurs anywhere, ` +
            `because a match need not contain a keyword: ${whole.join(', ')}\n`,
        );
      }
    } else {
      failed++;
      process.stdout.write(`${problems.join('\n')}\nFAIL  ${name}: ${problems.length === 1 ? '1 problem' : `${count(problems.length)} problems`}\n`);
    }
  }
  const files = positionals.length;
  process.stdout.write(failed === 0 ? `${files === 1 ? '1 rule file' : `${files} rule files`} ok\n` : `${failed} of ${files} rule ${files === 1 ? 'file' : 'files'} failed\n`);
  return failed === 0 ? EXIT_OK : EXIT_FAILED;
}

/** The redactor for one file, or undefined with its problems (file:line:col) added. */
function build(options: RedactorOptions, problems: string[]): Redactor | undefined {
  try {
    return buildRedactor(options);
  } catch (err) {
    if (!(err instanceof RuleFileError)) throw err;
    problems.push(...err.problems.map(formatProblem));
    return undefined;
  }
}

/** Where an example is written: the rule in this file, or only the file when the rule comes from elsewhere. */
function at(loaded: LoadedFile, rule: string, path: readonly (string | number)[]): string {
  const index = loaded.data.rules.findIndex((r) => r.id === rule);
  const pos = index < 0 ? undefined : loaded.locate(['rules', index, ...path]);
  const origin = index < 0 ? ' (inherited)' : '';
  return `${pos === undefined ? loaded.file : `${loaded.file}:${pos.line}:${pos.column}`}: rule '${rule}'${origin}`;
}

function exampleProblem(loaded: LoadedFile, r: ExampleResult): string {
  const own = loaded.data.rules.find((x) => x.id === r.rule)?.examples?.[r.expect] ?? [];
  const where = at(loaded, r.rule, ['examples', r.expect, Math.max(0, own.indexOf(r.text))]);
  return r.expect === 'match' ? `${where}: example should match, but the rule found nothing in ${quote(r.text)}` : `${where}: nomatch example, but the rule matched ${quote(r.text)}`;
}

function propertyProblem(loaded: LoadedFile, f: PropertyFailure, seed: number): string {
  const own = loaded.data.rules.find((x) => x.id === f.rule)?.examples?.[f.expect] ?? [];
  const where = at(loaded, f.rule, ['examples', f.expect, Math.max(0, own.indexOf(f.example))]);
  return (
    `${where}: property failed for ${f.expect} example ${quote(f.example)} placed inside other text: ${f.problem}\n` +
    `    smallest failing text: ${quote(f.before)} + example + ${quote(f.after)}\n` +
    `    reproduce with --seed ${seed}`
  );
}

/**
 * Rules of the file with inline keywords whose matches need not contain one: the scanner cannot
 * confine them to the stretches around keyword occurrences (a speed matter, and for streams an
 * exactness condition: docs/streaming.md).
 */
function wholeTextGated(loaded: LoadedFile): string[] {
  return loaded.data.rules
    .filter((r) => r.enabled !== false && r.regex !== undefined && r.keywords !== undefined)
    .filter((r) => !keywordInEveryMatch(planRegex({ ...r, regex: r.regex! }, Infinity).ast, r.keywords!))
    .map((r) => r.id);
}

/** The examples written in this file, for the rules it defines or overrides. */
function ownExamples(loaded: LoadedFile): RuleExamples[] {
  return loaded.data.rules
    .filter((r) => r.enabled !== false && r.examples !== undefined)
    .map((r) => ({ id: r.id, match: r.examples!.match, nomatch: r.examples!.nomatch }));
}

/** JSON-quoted, long texts shortened in the middle: readable in a CI log. */
function quote(s: string): string {
  const q = JSON.stringify(s);
  return q.length <= 120 ? q : `${q.slice(0, 60)}…(${count(s.length)} chars)…${q.slice(-50)}`;
}
