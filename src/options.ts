import type { EngineChoice } from './engine/select';
import type { MaskInput } from './rules/schema';
import type { RuleSource } from './rules/resolve';

export interface RedactorOptions {
  /** Built-in packs to start from. Default `['pii', 'secrets']`; `[]` for only your own rules. */
  readonly packs?: readonly string[];
  /** Rule file paths (YAML or JSON) and in-memory rule files, applied in order after the packs. */
  readonly rules?: readonly RuleSource[];
  /** `auto` (default) uses native node-re2 when it loads, else re2-wasm. */
  readonly engine?: EngineChoice;
  /** Key for `hash` masks. Default: the SCRUBLINE_HMAC_KEY environment variable. Never logged. */
  readonly hmacKey?: string | Uint8Array;
  /** Mask for rules that do not choose one. Default `label`. */
  readonly mask?: MaskInput;
  /** Longest match assumed for patterns with unbounded repetition (see README: long strings). Default 1024. */
  readonly maxMatchLength?: number;
  /** Base directory for relative rule paths. Default `process.cwd()`. */
  readonly cwd?: string;
  /**
   * Hears about redaction failures (the value was replaced by `[REDACTION_FAILED]`), at most once
   * a second. Default: a process warning.
   */
  readonly onError?: (error: Error) => void;
  /** How `redactValue` treats structured records (see README: Structured records). */
  readonly records?: RecordOptions;
}

/** Options for `redactValue`. Plain data, so they survive the structured clone into a pino worker. */
export interface RecordOptions {
  /** Replaces a value whose key matches `keys:` or whose path matches `paths:`. Default `[REDACTED]`. */
  readonly censor?: string;
  /**
   * Adds `{ count, types: { EMAIL: 2 } }` under this key of a top-level plain object when something
   * was redacted: counts only, never values. Default: no summary.
   */
  readonly summaryKey?: string;
  /** Scans Buffer and Uint8Array contents as UTF-8 text. Default false: binary data is left alone. */
  readonly scanBinary?: boolean;
  /**
   * Objects, arrays, Maps, Sets and errors nested deeper than this become `[Truncated]`, so what a
   * logger serialises later stays within its stack. Default 100; `Infinity` walks any depth.
   */
  readonly maxDepth?: number;
}
