"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RuleFileError = void 0;
exports.formatProblem = formatProblem;
function formatProblem(p) {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
    return `${where}: ${p.ruleId === undefined ? '' : `rule '${p.ruleId}': `}${p.reason}`;
}
/**
 * Thrown for any bad rule source, before anything is compiled: nothing is ever half-loaded.
 * The first problem's fields are on the error itself; `problems` lists every one found.
 */
class RuleFileError extends Error {
    file;
    ruleId;
    line;
    column;
    reason;
    problems;
    constructor(problems) {
        const first = problems[0];
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
exports.RuleFileError = RuleFileError;
