import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tempFiles } from '../support/tmp';
import { BIN, FIXTURES, scrubline, STACK_LINE } from './bin';

const MIXED = join(FIXTURES, 'mixed.log');
const EXPECTED = readFileSync(join(FIXTURES, 'mixed.expected.log'));

/** `n` lines of a known shape: every third line carries an email, every fifth is plain text with a card. */
function generated(n: number): { input: string; expected: string } {
  const input: string[] = [];
  const expected: string[] = [];
  for (let i = 0; i < n; i++) {
    const pad = 'lorem ipsum dolor sit amet '.repeat(1 + (i % 7));
    if (i % 5 === 0) {
      input.push(`2026-11-29 INFO line ${i} ${pad}card 4111 1111 1111 1111 end`);
      expected.push(`2026-11-29 INFO line ${i} ${pad}card [CREDIT_CARD] end`);
    } else if (i % 3 === 0) {
      input.push(`{"i":${i},"msg":"${pad}","user":{"email":"user${i}@example.com"}}`);
      expected.push(`{"i":${i},"msg":"${pad}","user":{"email":"[EMAIL]"}}`);
    } else {
      input.push(`{"i":${i},"msg":"${pad}clean"}`);
      expected.push(`{"i":${i},"msg":"${pad}clean"}`);
    }
  }
  return { input: `${input.join('\n')}\n`, expected: `${expected.join('\n')}\n` };
}

describe('scrubline redact', () => {
  test('redacts the fixture file: JSON lines as records, other lines as text, clean lines as they were', async () => {
    const r = await scrubline(['redact', MIXED]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe(EXPECTED.toString());
  });

  test('reads stdin and writes stdout when there is no FILE, and with -', async () => {
    const input = readFileSync(MIXED);
    for (const args of [['redact'], ['redact', '-']]) {
      const r = await scrubline(args, { input });
      expect(r.code).toBe(0);
      expect(r.stdout.equals(EXPECTED)).toBe(true);
    }
  });

  test('--summary prints counts per type to stderr, never values', async () => {
    const r = await scrubline(['redact', '--summary', MIXED]);
    expect(r.code).toBe(0);
    expect(r.stdout.equals(EXPECTED)).toBe(true);
    const [first, ...rest] = r.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^11 lines \(5 JSON records, 6 text\) · 565 B in \d+\.\d\d s \([\d.]+ MB\/s\) · engine re2, 1 thread$/);
    expect(rest).toEqual(['9 findings:', '  EMAIL        6', '  CREDIT_CARD  1', '  IPV4         1', '  PHONE        1']);
    expect(r.stderr).not.toContain('@');
  });

  test('keeps line endings, invalid UTF-8, a BOM and a last line without newline byte for byte', async () => {
    const input = Buffer.concat([
      Buffer.from('\uFEFFfirst line mail jane@example.com\r\n'),
      Buffer.from([0x62, 0x69, 0x6e, 0xff, 0xfe, 0x20, 0x6f, 0x6b, 0x0a]), // clean line with invalid UTF-8
      Buffer.from('{"msg":"crlf record jane@example.com"}\r\n\r\n\n'),
      Buffer.from('last ops@acme.io'),
    ]);
    const expected = Buffer.concat([
      Buffer.from('\uFEFFfirst line mail [EMAIL]\r\n'),
      Buffer.from([0x62, 0x69, 0x6e, 0xff, 0xfe, 0x20, 0x6f, 0x6b, 0x0a]),
      Buffer.from('{"msg":"crlf record [EMAIL]"}\r\n\r\n\n'),
      Buffer.from('last [EMAIL]'),
    ]);
    const r = await scrubline(['redact'], { input });
    expect(r.code).toBe(0);
    expect(r.stdout.toString('hex')).toBe(expected.toString('hex'));
  });

  test('several files are written in order; a file without a final newline does not run into the next', async () => {
    const dir = tempFiles({ 'a.log': 'a1 jane@example.com\na2', 'b.log': 'b1\nb2 ops@acme.io\n' });
    const r = await scrubline(['redact', 'a.log', '-', 'b.log'], { cwd: dir, input: 'from stdin\n' });
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe('a1 [EMAIL]\na2\nfrom stdin\nb1\nb2 [EMAIL]\n');
  });

  test('worker threads give the same bytes as one thread, in order', async () => {
    const { input, expected } = generated(30_000); // about 3 MB: many batches from stdin's 64 KB reads
    const one = await scrubline(['redact', '--threads', '1', '--summary'], { input });
    const three = await scrubline(['redact', '--threads', '3', '--summary'], { input });
    expect(one.stdout.toString()).toBe(expected);
    expect(three.stdout.toString()).toBe(expected);
    expect(one.stderr).toContain(', 1 thread\n');
    expect(three.stderr).toContain(', 3 threads\n');
    // Same counts either way: 6,000 cards, 8,000 emails (lines divisible by 3 but not by 5).
    for (const r of [one, three]) expect(r.stderr).toContain('14,000 findings:\n  EMAIL        8,000\n  CREDIT_CARD  6,000\n');
  });

  test('-o writes the file and nothing to stdout; a file can be redacted in place, keeping its mode', async () => {
    const dir = tempFiles({});
    const target = join(dir, 'app.log');
    copyFileSync(MIXED, target);
    chmodSync(target, 0o640);
    const r = await scrubline(['redact', target, '-o', target]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBe(0);
    expect(readFileSync(target).equals(EXPECTED)).toBe(true);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['app.log']);
  });

  test('a failed run leaves no output file, not even a partial one', async () => {
    const dir = tempFiles({ 'good.log': 'jane@example.com\n', 'old.out': 'previous result\n' });
    const missing = await scrubline(['redact', 'good.log', 'missing.log', '-o', 'new.out'], { cwd: dir });
    expect(missing.code).toBe(2);
    const badRules = await scrubline(['redact', 'good.log', '--rules', 'nope.yaml', '-o', 'old.out'], { cwd: dir });
    expect(badRules.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['good.log', 'old.out']);
    expect(readFileSync(join(dir, 'old.out'), 'utf8')).toBe('previous result\n');
  });

  test('unreadable inputs: one message each, exit 2, no stack trace, nothing written', async () => {
    const dir = tempFiles({ 'ok.log': 'fine\n' });
    const cases: [string[], string][] = [
      [['redact', 'ok.log', 'missing.log'], 'scrubline redact: cannot read missing.log: no such file or directory (ENOENT)\n'],
      [['redact', '.'], 'scrubline redact: cannot read .: is a directory\n'],
      [['redact', '-o', 'no/such/dir/out.log', 'ok.log'], 'scrubline redact: cannot write no/such/dir/out.log: no such file or directory (ENOENT)\n'],
    ];
    for (const [args, message] of cases) {
      const r = await scrubline(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message);
      expect(r.stdout.length).toBe(0);
    }
  });

  test('bad rules: every problem as file:line:col, exit 2, nothing on stdout', async () => {
    const dir = tempFiles({
      'team.yaml': "rules:\n  - id: ticket\n    type: TICKET\n    regex: 'ACME-(?=[0-9])'\n",
      'app.log': 'ACME-1\n',
    });
    const r = await scrubline(['redact', '--rules', 'team.yaml', 'app.log'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr).toMatch(/^scrubline redact: bad rules\nteam\.yaml:4:12: rule 'ticket': regex: .*look/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  test('keys: and paths: from a rule file apply to JSON records, not to text lines', async () => {
    const dir = tempFiles({
      'app.yaml': 'extends: [pii]\nkeys: [password]\npaths: [req.headers.cookie]\n',
      'app.log': '{"password":"hunter2","req":{"headers":{"cookie":"sid=42","accept":"*/*"}}}\npassword hunter2 cookie sid=42\n',
    });
    const r = await scrubline(['redact', '-r', 'app.yaml', 'app.log'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe('{"password":"[REDACTED]","req":{"headers":{"cookie":"[REDACTED]","accept":"*/*"}}}\npassword hunter2 cookie sid=42\n');
  });

  test('--pack and --mask choose the rules and the mask', async () => {
    const input = 'mail jane@example.com key AKIAIOSFODNN7EXAMPLE\n';
    const pii = await scrubline(['redact', '--pack', 'pii'], { input });
    expect(pii.stdout.toString()).toBe('mail [EMAIL] key AKIAIOSFODNN7EXAMPLE\n');
    const removed = await scrubline(['redact', '-p', 'pii,secrets', '--mask', 'remove'], { input });
    expect(removed.stdout.toString()).toBe('mail  key \n');
    const none = await scrubline(['redact', '--no-packs'], { input });
    expect(none.stdout.toString()).toBe(input);
    const unknown = await scrubline(['redact', '--pack', 'phi'], { input });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown pack 'phi'");
  });

  test('--engine re2-wasm gives the same output', async () => {
    const r = await scrubline(['redact', '--engine', 're2-wasm', '--summary', MIXED]);
    expect(r.stdout.equals(EXPECTED)).toBe(true);
    expect(r.stderr).toContain('engine re2-wasm');
  });

  test('a line longer than --max-line is withheld with a warning naming file and line, the rest goes on', async () => {
    const long = `x${' jane@example.com'.repeat(20)}`;
    const dir = tempFiles({ 'app.log': `first jane@example.com\n${long}\r\nthird\n${long}` });
    const r = await scrubline(['redact', '--max-line', '100', 'app.log'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.toString()).toBe('first [EMAIL]\n[REDACTION_FAILED]\r\nthird\n[REDACTION_FAILED]');
    expect(r.stderr).toBe(
      'scrubline redact: warning: app.log:2: longer than --max-line (100 B); written as [REDACTION_FAILED]\n' +
        'scrubline redact: warning: app.log:4: longer than --max-line (100 B); written as [REDACTION_FAILED]\n',
    );
  });

  test('a line longer than --max-line that spans many reads is dropped as it arrives', async () => {
    // 3 MB in one line, read in 1 MB chunks from a file and in 64 KB chunks from stdin.
    const huge = 'a'.repeat(3_000_000);
    const text = `before jane@example.com\n${huge} ops@acme.io\nafter ops@acme.io\n`;
    const dir = tempFiles({ 'big.log': text });
    for (const run of [() => scrubline(['redact', '--max-line', '1M', 'big.log'], { cwd: dir }), () => scrubline(['redact', '--max-line', '1M'], { input: text })]) {
      const r = await run();
      expect(r.code).toBe(0);
      expect(r.stdout.toString()).toBe('before [EMAIL]\n[REDACTION_FAILED]\nafter [EMAIL]\n');
      expect(r.stderr).toMatch(/:2: longer than --max-line \(1\.0 MB\); written as \[REDACTION_FAILED\]\n$/);
    }
  });

  test('a reader that goes away (| head) ends the run quietly with exit 0', async () => {
    const { input } = generated(200_000); // about 20 MB: far more than the pipe holds
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, 'redact'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      child.stdout.once('data', () => child.stdout.destroy());
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  // `script` gives the bin a pseudo-terminal for stdin.
  test.skipIf(!existsSync('/usr/bin/script'))('no FILE and stdin is a terminal: a hint instead of waiting forever', async () => {
    const r = await new Promise<string>((resolve) => {
      const child = spawn('/usr/bin/script', ['-qec', `${process.execPath} ${BIN} redact`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
      child.on('close', (code) => resolve(`${out}exit ${code}`));
    });
    expect(r).toContain('scrubline redact: no input: name a FILE, or pipe logs in');
    expect(r).toContain('exit 2');
  });

  test('a JSON record is never masked as text: escapes stay valid and every line still parses', async () => {
    const record = { msg: 'line one\njane@example.com\tand "quoted" ops@acme.io\\', nested: ['203.0.113.42'] };
    const input = `${JSON.stringify(record)}\n`;
    const r = await scrubline(['redact'], { input });
    expect(JSON.parse(r.stdout.toString())).toEqual({ msg: 'line one\n[EMAIL]\tand "quoted" [EMAIL]\\', nested: ['[IPV4]'] });
  });

  test('a clean file comes out byte-identical', async () => {
    const dir = tempFiles({ 'clean.log': '{"a": 1,  "b": [1, 2]}\nplain text\n\n{"x":"y"}' });
    const r = await scrubline(['redact', 'clean.log'], { cwd: dir });
    expect(r.stdout.toString()).toBe(readFileSync(join(dir, 'clean.log'), 'utf8'));
  });
});
