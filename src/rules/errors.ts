/** Where a rule problem is: enough for an editor to jump to it. */
export interface RuleProblem {
  file: string;
  ruleId?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  reason: string;
}

export function formatProblem(p: RuleProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${where}: ${p.ruleId === undefined ? '' : `rule '${p.ruleId}': `}${p.reason}`;
}

/**
 * Thrown for any bad rule source, before anything is compiled: nothing is ever half-loaded.
 * The first problem's fields are on the error itself; `problems` lists every one found.
 */
export class RuleFileError extends Error {
  readonly file: string;
  readonly ruleId: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly reason: string;
  readonly problems: readonly RuleProblem[];

  constructor(problems: readonly RuleProblem[]) {
    const first = problems[0]!;
    super(problems.map(formatProblem).join('\n'));
    this.name = 'RuleFileError';
    this.file = first.file;
    this.ruleId = first.ruleId;
    this.line = first.line;
    this.column = first.column;
    this.reason = first.reason;
    this.problems = problems;
  }
}
