import { RuleFileError } from '../rules/errors';

/** Exit codes: 0 success, 1 `check` found problems (or scrubline itself failed), 2 the user's input was unusable. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * A problem the user can fix (a bad flag, an unreadable file, a bad rule): printed as a message,
 * never with a stack trace.
 */
export class UserError extends Error {
  constructor(
    message: string,
    /** A line of advice printed after the message, such as where to find the help. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * Turns any error into what the user sees and the exit code. Rule problems and option errors from
 * `createRedactor` are user errors too: the rule files and flags are the user's input.
 */
export function describeError(err: unknown, command: string): { text: string; code: number } {
  const prefix = command === '' ? 'scrubline' : `scrubline ${command}`;
  if (err instanceof RuleFileError) return { text: `${prefix}: bad rules\n${err.message}`, code: EXIT_USAGE };
  if (err instanceof UserError) return { text: `${prefix}: ${err.message}${err.hint === undefined ? '' : `\n${err.hint}`}`, code: EXIT_USAGE };
  const error = err instanceof Error ? err : new Error(String(err));
  return { text: `${prefix}: internal error, please report it: ${error.stack ?? error.message}`, code: EXIT_FAILED };
}

/** The message of a file-system error, e.g. `no such file (ENOENT)`, without the stack. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'a part of the path is not a directory',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
    EMFILE: 'too many open files',
  };
  if (code !== undefined) return `${known[code] ?? 'cannot access'} (${code})`;
  return err instanceof Error ? err.message : String(err);
}
