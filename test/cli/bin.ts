import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
export const FIXTURES = join(__dirname, 'fixtures');

export interface Ran {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

export interface RunOptions {
  /** Written to stdin, then stdin is closed; without it stdin is /dev/null (not a terminal). */
  input?: string | Buffer | Readable;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

/**
 * Runs the built bin as a user's shell would (node running dist/, the way npx starts it), and
 * collects everything it writes.
 */
export function scrubline(args: readonly string[], opts: RunOptions = {}): Promise<Ran> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env },
      stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
    if (opts.input !== undefined) {
      child.stdin!.on('error', () => undefined); // the bin may exit before reading everything
      if (typeof opts.input === 'string' || Buffer.isBuffer(opts.input)) child.stdin!.end(opts.input);
      else opts.input.pipe(child.stdin!);
    }
  });
}

/** A stack trace line: user errors must never show one. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;

/** The bin runs from dist/: a stale build would test old code. `npm test` builds first. */
function assertBuilt(): void {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  for (const source of walk(join(ROOT, 'src'))) {
    const built = join(ROOT, 'dist', source.slice(ROOT.length + 1).replace(/\.ts$/, '.js'));
    let builtAt: number;
    try {
      builtAt = statSync(built).mtimeMs;
    } catch {
      throw new Error(`${built} is missing: run \`npm run build\` before the CLI tests`);
    }
    if (statSync(source).mtimeMs > builtAt) throw new Error(`${built} is older than its source: run \`npm run build\` before the CLI tests`);
  }
}
