import { bytes, count, rate, typesByCount } from './format';
import type { LineStats } from './line-stats';
import { findingCount } from './line-stats';

/** What the progress line shows at one moment. */
export interface ProgressState {
  readonly done: number;
  /** Total input bytes, when every input is a regular file; unknown for pipes. */
  readonly total: number | undefined;
  readonly seconds: number;
  readonly stats: LineStats;
}

const BAR = 12;

/** One status line, cut to `columns`: percent and bar (when the total is known), bytes, MB/s, findings by type. */
export function progressLine(s: ProgressState, columns: number): string {
  const parts: string[] = [];
  if (s.total !== undefined && s.total > 0) {
    const ratio = Math.min(1, s.done / s.total);
    const filled = Math.round(ratio * BAR);
    parts.push(`${String(Math.floor(ratio * 100)).padStart(3)}% ${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ${bytes(s.done)} / ${bytes(s.total)}`);
  } else parts.push(bytes(s.done));
  parts.push(rate(s.done, s.seconds));
  const found = findingCount(s.stats);
  const types = typesByCount(s.stats)
    .map(([t, n]) => `${t} ${count(n)}`)
    .join(' ');
  parts.push(`${count(found)} findings${types === '' ? '' : `: ${types}`}`);
  const line = parts.join(' · ');
  return line.length <= columns ? line : `${line.slice(0, Math.max(0, columns - 1))}…`;
}

/** Minimal interface of the terminal the progress line is drawn on (process.stderr on a TTY). */
export interface Terminal {
  readonly columns: number;
  write(text: string): boolean;
}

/**
 * Redraws the progress line in place at most every 200 ms. Drawn only where a person watches:
 * stderr is a terminal and stdout is not (otherwise the line would tangle with the output).
 */
export class ProgressBar {
  private drawn = false;
  /** Starts as now: a run shorter than one interval never draws, so small inputs do not flicker. */
  private last: number;

  constructor(
    private readonly term: Terminal,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  update(state: () => ProgressState): void {
    const t = this.now();
    if (t - this.last < 200) return;
    this.last = t;
    this.term.write(`\r\x1b[2K${progressLine(state(), this.term.columns || 80)}`);
    this.drawn = true;
  }

  /** Erases the line, so what follows (the summary, an error) starts on a clean line. */
  clear(): void {
    if (this.drawn) this.term.write('\r\x1b[2K');
    this.drawn = false;
  }
}
