import type { Policy } from '../compile/policy';
import type { RecordOptions } from '../options';
import { RuleFileError } from '../rules/errors';
import { CleanCache } from './clean-cache';
import { compileKeyGlobs, type KeyMatcher } from './key-glob';
import { DEFAULT_CENSOR } from './markers';
import { compilePaths, type PathState } from './paths';

/** Everything `redactValue` needs besides the engine, compiled once when the redactor is built. */
export interface RecordRules {
  readonly keys: KeyMatcher | undefined;
  /** The path automaton at the record's root; null without `paths:` and `skip:`. */
  readonly root: PathState | null;
  readonly censor: string;
  readonly summaryKey: string | undefined;
  readonly scanBinary: boolean;
  readonly maxDepth: number;
  /** Strings shorter than this cannot hold a finding and are not scanned. */
  readonly minLength: number;
  /** Clean keys with what the walker needs to know about them. */
  readonly cleanKeys: CleanCache<KeyFacts>;
  readonly cleanText: CleanCache<true>;
}

export interface KeyFacts {
  readonly lower: string;
  /** A `keys:` glob matches it. */
  readonly censored: boolean;
}

export const DEFAULT_MAX_DEPTH = 100;

export function compileRecordRules(policy: Policy, options: RecordOptions = {}): RecordRules {
  // Shapes were checked with the other options (check-options.ts).
  const { censor = DEFAULT_CENSOR, summaryKey, scanBinary = false, maxDepth = DEFAULT_MAX_DEPTH } = options;
  const { keys, paths, skip } = policy.ruleSet;
  let root: PathState | null;
  try {
    root = compilePaths({ censor: paths, skip });
  } catch (err) {
    // The rule set no longer knows which file a path came from; the message quotes the path.
    throw new RuleFileError([{ file: '<rules>', reason: `paths/skip: ${(err as Error).message}` }]);
  }
  return {
    keys: compileKeyGlobs(keys),
    root,
    censor,
    summaryKey,
    scanBinary,
    maxDepth,
    minLength: policy.minLength,
    cleanKeys: new CleanCache(),
    cleanText: new CleanCache(),
  };
}
