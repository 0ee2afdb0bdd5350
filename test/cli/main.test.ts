import { execFile } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { BIN, ROOT, scrubline, STACK_LINE } from './bin';

describe('scrubline bin', () => {
  test('the built file is executable and starts with a shebang, so npx and PATH can run it', async () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
    const { stdout } = await promisify(execFile)(BIN, ['--version']);
    expect(stdout).toBe(`${(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`);
  });

  test('package.json declares it as the scrubline bin', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(ROOT, pkg.bin['scrubline']!)).toBe(BIN);
  });

  test('--help lists every command and exits 0', async () => {
    const r = await scrubline(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['redact', 'explain', 'check', 'bench']) expect(r.stdout.toString()).toContain(`  ${command} `);
  });

  test('no command: usage on stderr, exit 2', async () => {
    const r = await scrubline([]);
    expect(r.code).toBe(2);
    expect(r.stdout.toString()).toBe('');
    expect(r.stderr).toContain('Usage: scrubline <command>');
  });

  test('an unknown command is a usage error with a message, not a stack trace', async () => {
    const r = await scrubline(['scrub', 'app.log']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("scrubline: unknown command 'scrub'\nRun 'scrubline --help' for the commands.\n");
  });

  test.each(['redact', 'explain', 'check', 'bench'])('help %s and %s --help print the same command help', async (command) => {
    const a = await scrubline(['help', command]);
    const b = await scrubline([command, '--help']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.stdout.toString()).toBe(b.stdout.toString());
    expect(a.stdout.toString()).toContain(`Usage: scrubline ${command}`);
  });

  test.each([
    [['redact', '--bogus'], "scrubline redact: unknown option '--bogus'\nRun 'scrubline redact --help' for usage.\n"],
    [['redact', '--engine'], "scrubline redact: option '--engine' needs a value\nRun 'scrubline redact --help' for usage.\n"],
    [['redact', '--engine', 'v8'], "scrubline redact: --engine must be one of auto, re2, re2-wasm; got 'v8'\n"],
    [['redact', '--threads', '0'], "scrubline redact: --threads must be a whole number of at least 1; got '0'\n"],
    [['redact', '--max-line', 'lots'], "scrubline redact: --max-line must be a size such as 65536, 64k or 8M; got 'lots'\n"],
    [['redact', '--summary=yes'], "scrubline redact: option '--summary' takes no value\nRun 'scrubline redact --help' for usage.\n"],
    [['explain', '--pack', 'pii', '--no-packs', 'x'], 'scrubline explain: use --pack or --no-packs, not both\n'],
    [['check', '--runs', 'many', 'a.yaml'], "scrubline check: --runs must be a whole number of at least 1; got 'many'\n"],
    [['bench', 'now'], "scrubline bench: unexpected argument 'now'\nRun 'scrubline bench --help' for usage.\n"],
  ])('bad flags: %j exits 2 with one clear message', async (args, message) => {
    const r = await scrubline(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout.toString()).toBe('');
  });

  test('--mask hash without a key says where the key goes, before reading any input', async () => {
    const r = await scrubline(['redact', '--mask', 'hash', 'no-such-file.log'], { env: { SCRUBLINE_HMAC_KEY: undefined } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--mask hash needs a key: set SCRUBLINE_HMAC_KEY');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});
