import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import winston from 'winston';
import { captured, ended, tempDir } from './winston/fixture';

const ROOT = join(__dirname, '../..');
const CRASH = join(__dirname, 'winston/crash.cjs');
const PLANTED = ['jane.doe@example.com', 'ops.lead@example.com', '4111 1111 1111 1111'];

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/adapters/winston.js'))) throw new Error('scrubline/winston is not built: run `npm run build` first (npm test does)');
});

describe('scrubline/winston, the built package', () => {
  it('loads by package name and scrubs with the default packs', async () => {
    const { redactFormat, redactLogger } = createRequire(__filename)('scrubline/winston') as typeof import('../../adapters/winston');
    expect(typeof redactLogger).toBe('function');
    const sink = captured();
    const logger = winston.createLogger({ format: winston.format.combine(redactFormat(), winston.format.json()), transports: [sink.transport] });
    logger.info('reach me at jane.doe@example.com', { key: 'AKIAIOSFODNN7EXAMPLE' });
    await ended(logger);
    expect(JSON.parse(sink.lines()[0]!)).toEqual({ level: 'info', message: 'reach me at [EMAIL]', key: '[AWS_ACCESS_KEY]' });
  });

  /** Runs crash.cjs: the app logs, dies, and winston's handler writes the log on its way out. */
  function crash(kind: 'exception' | 'rejection', scrubbing: string): { log: string; stdout: string; status: number | null } {
    const dir = tempDir();
    const run = spawnSync(process.execPath, [CRASH, dir, kind, scrubbing, '--notify=ops.lead@example.com'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    const file = join(dir, `${kind}s.log`);
    return { log: existsSync(file) ? readFileSync(file, 'utf8') : '', stdout: run.stdout, status: run.status };
  }

  describe.each(['exception', 'rejection'] as const)('an unhandled %s holding PII', (kind) => {
    it.each(['logger-format', 'logger'])('is scrubbed in the handler log and on the console (scrubbing: %s)', (scrubbing) => {
      const { log, stdout, status } = crash(kind, scrubbing);
      expect(status).toBe(1);
      expect(PLANTED.filter((p) => log.includes(p) || stdout.includes(p))).toEqual([]);
      // winston also hands rejections to ordinary transports: the Console line after this one.
      expect(stdout.split('\n')[0]).toMatch(/^info: checkout by \[EMAIL\] \{"card":"\[CREDIT_CARD\]","timestamp":"[^"]+"\}$/);

      const entry = JSON.parse(log.trim());
      const label = kind === 'exception' ? 'uncaughtException' : 'unhandledRejection';
      expect(entry.message).toMatch(new RegExp(`^${label}: payment failed for \\[EMAIL\\], card \\[CREDIT_CARD\\]\\nError: payment failed`));
      expect(entry.stack).toMatch(/^Error: payment failed for \[EMAIL\], card \[CREDIT_CARD\]\n {4}at /);
      expect(entry).toMatchObject({ level: 'error', [kind]: true });
      expect(entry.process.argv).toContain('--notify=[EMAIL]');
      expect(entry.process.pid).toBeTypeOf('number');
      expect(entry.trace.length).toBeGreaterThan(0);
    });

    it('leaks when the only scrubber is in the handler transport’s format: winston skips it', () => {
      const { log, stdout, status } = crash(kind, 'transport-only');
      expect(status).toBe(1);
      expect(stdout).not.toContain('jane.doe@example.com');
      expect(log).toContain('payment failed for jane.doe@example.com');
    });
  });
});
