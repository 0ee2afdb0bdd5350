import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runBench } from '../../src/cli/bench';
import { UserError } from '../../src/cli/errors';
import { tempFiles } from '../support/tmp';
import { scrubline } from './bin';

/** A package root whose bench scripts record how they were called. */
function packageWith(scripts: Record<string, string>, withBenchDir = true): string {
  const dir = tempFiles({ 'package.json': JSON.stringify({ name: 'scrubline', version: '0.0.0', scripts }) });
  if (withBenchDir) mkdirSync(join(dir, 'bench'));
  return dir;
}

const RECORD = `node -e "require('fs').writeFileSync('ran.txt', process.argv.slice(1).join(' ') || 'no args')" --`;

describe('scrubline bench', () => {
  test('runs the package’s own bench script, so there is one benchmark however it is started', async () => {
    const dir = packageWith({ bench: RECORD });
    expect(await runBench(dir, false)).toBe(0);
    expect(readFileSync(join(dir, 'ran.txt'), 'utf8')).toBe('no args');
  });

  test('--quick runs bench:quick when there is one, else passes --quick to bench', async () => {
    const both = packageWith({ bench: RECORD, 'bench:quick': `${RECORD} quick-script` });
    expect(await runBench(both, true)).toBe(0);
    expect(readFileSync(join(both, 'ran.txt'), 'utf8')).toBe('quick-script');
    const one = packageWith({ bench: RECORD });
    expect(await runBench(one, true)).toBe(0);
    expect(readFileSync(join(one, 'ran.txt'), 'utf8')).toBe('--quick');
  });

  test('the benchmark’s exit status is the command’s', async () => {
    expect(await runBench(packageWith({ bench: 'exit 3' }), false)).toBe(3);
  });

  test('an installed package (no bench/ or no script) says where the benchmark lives', async () => {
    for (const dir of [packageWith({ bench: RECORD }, false), packageWith({})]) {
      const err = await runBench(dir, false).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toBe('no benchmark here: it lives in bench/ of a source checkout of scrubline, and the npm package does not ship it');
    }
  });

  test('the bin documents where the benchmark runs', async () => {
    const r = await scrubline(['bench', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toContain('npm run bench, or bench:quick with --quick');
  });
});
