import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { tempFiles } from '../support/tmp';
import { BIN, scrubline } from './bin';

describe('scrubline explain', () => {
  test('marks findings and rejected candidates with rule id, type, position and reason', async () => {
    const r = await scrubline(['explain', 'card 4111 1111 1111 1111, order 4111111111111112, mail jane@example.com, ip 1.2.3.456']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.toString()).toBe(
      [
        'card «4111 1111 1111 1111»¹, order ‹4111111111111112›², mail «jane@example.com»³, ip ‹1.2.3.456›⁴',
        '',
        'findings (2)',
        '  ¹  1:6-24   CREDIT_CARD  credit-card-grouped',
        '  ³  1:56-71  EMAIL        email',
        'rejected (2)',
        '  ²  1:33-48  CREDIT_CARD  credit-card  luhn failed',
        '  ⁴  1:77-85  IPV4         ipv4         ipv4 failed',
        '',
        'redacted',
        'card [CREDIT_CARD], order 4111111111111112, mail [EMAIL], ip 1.2.3.456',
        '',
      ].join('\n'),
    );
  });

  test('several words are one text; an allow-listed value is shown as rejected, with the reason', async () => {
    const dir = tempFiles({ 'team.yaml': 'extends: [pii]\nallow: [jane@example.com]\n' });
    const r = await scrubline(['explain', '--rules', 'team.yaml', 'mail', 'jane@example.com', 'and', 'bob@example.com'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe(
      [
        'mail ‹jane@example.com›¹ and «bob@example.com»²',
        '',
        'findings (1)',
        '  ²  1:27-41  EMAIL  email',
        'rejected (1)',
        '  ¹  1:6-21  EMAIL  email  allow-listed',
        '',
        'redacted',
        'mail jane@example.com and [EMAIL]',
        '',
      ].join('\n'),
    );
  });

  test('reads a FILE (or stdin with -), gives line:col positions, and shows control characters harmlessly', async () => {
    const text = 'line one 4111 1111 1111 1111\nline two \x1b[31m jane@example.com\n';
    const dir = tempFiles({ 'sample.txt': text });
    const expected = [
      'line one «4111 1111 1111 1111»¹',
      'line two ␛[31m «jane@example.com»²',
      '',
      'findings (2)',
      '  ¹  1:10-28  CREDIT_CARD  credit-card-grouped',
      '  ²  2:16-31  EMAIL        email',
      '',
      'redacted',
      'line one [CREDIT_CARD]',
      'line two ␛[31m [EMAIL]',
      '',
    ].join('\n');
    const fromFile = await scrubline(['explain', 'sample.txt'], { cwd: dir });
    const fromStdin = await scrubline(['explain', '-'], { input: text });
    expect(fromFile.stdout.toString()).toBe(expected);
    expect(fromStdin.stdout.toString()).toBe(expected);
  });

  test('the redacted text is what redact writes: a JSON line is redacted as a record', async () => {
    const dir = tempFiles({ 'app.yaml': 'extends: [pii]\nkeys: [password]\n' });
    const r = await scrubline(['explain', '-r', 'app.yaml', '{"password":"hunter2","to":"ops@acme.io"}'], { cwd: dir });
    expect(r.stdout.toString()).toContain('\nredacted\n{"password":"[REDACTED]","to":"[EMAIL]"}\n');
  });

  test('a text with nothing in it says so', async () => {
    const r = await scrubline(['explain', 'nothing here']);
    expect(r.stdout.toString()).toBe('nothing here\n\nno findings, no rejected candidates\n\nredacted\nnothing here\n');
  });

  test('a path that does not exist is explained as text, with a note in case it was a typo', async () => {
    const r = await scrubline(['explain', 'logs/app.log']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("scrubline explain: note: no file named 'logs/app.log'; explaining the text itself\n");
  });

  test('an empty text is a usage error, not an empty report', async () => {
    const r = await scrubline(['explain'], { input: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('scrubline explain: nothing to explain: the text is empty\n');
  });

  test('a file too big to print back is refused with advice', async () => {
    const dir = tempFiles({ 'big.log': 'x'.repeat(1_100_000) });
    const r = await scrubline(['explain', 'big.log'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'scrubline explain: big.log is 1.1 MB: explain prints the text back and takes up to 1.0 MB\n' +
        'For a large file, count the findings instead: scrubline redact --summary big.log > /dev/null\n',
    );
  });

  test.skipIf(!existsSync('/usr/bin/script'))('on a terminal, findings and rejected candidates are coloured instead of bracketed', async () => {
    const out = await new Promise<string>((resolve) => {
      const child = spawn('/usr/bin/script', ['-qec', `${process.execPath} ${BIN} explain 'card 4111 1111 1111 1111, order 4111111111111112'`, '/dev/null'], {
        stdio: ['pipe', 'pipe', 'pipe'],
        // Node's colour detection says "2 colours" under a CI variable and none with NO_COLOR.
        env: { ...withoutColourOverrides(process.env), TERM: 'xterm-256color' },
      });
      let s = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (s += d));
      child.on('close', () => resolve(s));
    });
    expect(out).toContain('card \x1b[1;41;97m4111 1111 1111 1111\x1b[0m');
    expect(out).toContain('order \x1b[4;33m4111111111111112\x1b[0m');
    expect(out).not.toContain('«');
  });
});

function withoutColourOverrides(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { CI: _ci, NO_COLOR: _noColor, NODE_DISABLE_COLORS: _disabled, FORCE_COLOR: _force, ...rest } = env;
  return rest;
}
