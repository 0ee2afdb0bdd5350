import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';

/** The built entry file pino resolves `scrubline/pino` to. */
const ENTRY = join(__dirname, '..', 'pino.js');

interface Step {
  readonly target?: unknown;
  readonly options?: unknown;
}

/**
 * Whether pino placed this transport before another step of a pipeline, so that it must hand its
 * lines on rather than write them. pino gives a step no hint, but its worker calls each step with
 * the very `options` object that sits in the worker's data, so the object finds its own position.
 * A step written without options (`{ target: 'scrubline/pino' }`) is found by its target path.
 * Anywhere else (a lone target, a sibling in `targets`, the last step) the transport writes to its
 * destination, stdout by default like `pino/file`: a step whose output nobody reads would stall
 * the logger silently.
 */
export function isFollowedInPipeline(options: object | undefined): boolean {
  const pipelines = (workerData as { workerData?: { pipelines?: unknown } } | null)?.workerData?.pipelines;
  if (!Array.isArray(pipelines)) return false;
  for (const pipeline of pipelines) {
    if (!Array.isArray(pipeline)) continue;
    for (let i = 0; i < pipeline.length - 1; i++) {
      const step = pipeline[i] as Step | null;
      if (step === null || typeof step !== 'object') continue;
      if (options !== undefined ? step.options === options : step.options === undefined && isEntry(step.target)) return true;
    }
  }
  return false;
}

function isEntry(target: unknown): boolean {
  if (typeof target !== 'string') return false;
  try {
    const path = target.startsWith('file://') ? fileURLToPath(target) : target;
    return realpathSync(path) === realpathSync(ENTRY);
  } catch {
    return false;
  }
}
