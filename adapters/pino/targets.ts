import { createRedactor } from '../../src/index';
import { parseScrubOptions, type PinoScrubOptions } from './options';

/** One pino transport target: a module name or path with its options, as in pino's `targets`. */
export interface SinkTarget {
  readonly target: string;
  readonly options?: Record<string, unknown>;
  readonly level?: string;
}

/** A chain of pino transport steps ending in a sink, as in pino's `targets: [{ pipeline }]`. */
export interface SinkPipeline {
  readonly pipeline: readonly { readonly target: string; readonly options?: Record<string, unknown> }[];
  readonly level?: string;
}

/** Scrubbing options plus the sinks that receive the scrubbed lines. */
export interface ScrubbedTransportOptions extends PinoScrubOptions {
  readonly targets: readonly (SinkTarget | SinkPipeline)[];
  /** Custom level names and values, passed to pino's transport as `levels`. */
  readonly levels?: Record<string, number>;
  /** Send each line only to the sinks of its own level, as pino's `dedupe`. */
  readonly dedupe?: boolean;
}

/** A `pino.transport()` config (pino's `TransportMultiOptions`) in which every sink is scrubbed. */
export interface ScrubbedTransportConfig {
  targets: { pipeline: { target: string; options?: Record<string, unknown> }[]; level?: string }[];
  levels?: Record<string, number>;
  dedupe?: boolean;
}

/**
 * Builds the whole transport config, each sink behind its own scrubbing step: a sink written as a
 * plain sibling in pino's `targets` would receive the unscrubbed lines. Runs in the app's thread
 * and builds a redactor once, so a bad option or rule file throws here (a RuleFileError with file,
 * line and column) instead of killing the worker later; relative rule paths are pinned to the
 * current directory that was checked.
 */
export function scrubbedTransport(options: ScrubbedTransportOptions): ScrubbedTransportConfig {
  const { targets, levels, dedupe, ...rest } = options;
  const scrub = parseScrubOptions({ ...rest, cwd: rest.cwd ?? process.cwd() }, 'scrubbedTransport');
  createRedactor(scrub);
  if (!Array.isArray(targets) || targets.length === 0) throw new TypeError('scrubbedTransport: targets must list at least one sink');
  const step = { target: 'scrubline/pino', options: scrub as Record<string, unknown> };
  const config: ScrubbedTransportConfig = {
    targets: targets.map((sink, i) => {
      const steps = sinkSteps(sink, i);
      return sink.level === undefined ? { pipeline: [step, ...steps] } : { pipeline: [step, ...steps], level: sink.level };
    }),
  };
  if (levels !== undefined) config.levels = levels;
  if (dedupe !== undefined) config.dedupe = dedupe;
  return config;
}

function sinkSteps(sink: SinkTarget | SinkPipeline, i: number): { target: string; options?: Record<string, unknown> }[] {
  const steps = 'pipeline' in sink ? sink.pipeline : [sink];
  if (!Array.isArray(steps) || steps.length === 0) throw new TypeError(`scrubbedTransport: targets[${i}].pipeline must list at least one step`);
  return steps.map((s: SinkTarget, j: number) => {
    const where = 'pipeline' in sink ? `targets[${i}].pipeline[${j}]` : `targets[${i}]`;
    if (typeof s?.target !== 'string' || s.target.length === 0) throw new TypeError(`scrubbedTransport: ${where}.target must be a module name or path`);
    try {
      structuredClone(s.options);
    } catch (err) {
      throw new TypeError(`scrubbedTransport: ${where}.options must be plain data, pino copies them into its worker thread (${(err as Error).message})`);
    }
    return s.options === undefined ? { target: s.target } : { target: s.target, options: s.options };
  });
}
