import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const APP = join(__dirname, 'fixtures', 'app.js');

export interface AppRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs fixtures/app.js, a user's app that loads pino and `scrubline/pino` by package name, so the
 * worker loads the built transport exactly as it would in production.
 */
export function runApp(config: Record<string, unknown>): Promise<AppRun> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [APP, JSON.stringify(config)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The worker loads dist/: a stale build would test old code. `npm test` builds first. */
function assertBuilt(): void {
  const sources = ['pino.ts', ...readdirSync(join(ROOT, 'adapters', 'pino')).map((f) => join('pino', f))];
  for (const source of sources) {
    const built = join(ROOT, 'dist', 'adapters', source.replace(/\.ts$/, '.js'));
    let builtAt: number;
    try {
      builtAt = statSync(built).mtimeMs;
    } catch {
      throw new Error(`${built} is missing: run \`npm run build\` before these tests`);
    }
    if (statSync(join(ROOT, 'adapters', source)).mtimeMs > builtAt) throw new Error(`${built} is older than its source: run \`npm run build\``);
  }
}
