import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFiles } from '../../support/tmp';
import { runApp } from './run-app';

// One cheap rule keeps the scrubber well ahead of the slow sinks, so the backlog builds in the worker.
const ONE_RULE = `rules:\n  - id: test-user-email\n    type: EMAIL\n    regex: 'user[0-9]+@example\\.com'\n`;
// 6,000 records of about 16 KB: 96 MB through a 4 MB/s sink, twice the worker's heap cap. The
// transport itself holds up to two of pino's 4 MB chunks (split into lines) at a time; with
// backpressure ignored the worker dies of the backlog within seconds (checked by hand).
const LINES = 6000;
const REPEAT = 160;
const HEAP_MB = 48;
const BYTES_PER_SECOND = 4_000_000;

function checkScrubbed(text: string): void {
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines.length).toBe(LINES);
  const wrong = lines.map((line, i) => ({ i, rec: JSON.parse(line) as { i: number; user: { email: string } } })).filter(({ i, rec }) => rec.i !== i || rec.user.email !== '[EMAIL]');
  expect(wrong.slice(0, 3)).toEqual([]);
  expect(text).not.toContain('@example.com');
}

/** Reads a FIFO at about `bytesPerSecond`, as a slow consumer would, until the writer closes it. */
function readSlowly(path: string, bytesPerSecond: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
    stream.on('data', (chunk) => {
      const buf = chunk as Buffer;
      chunks.push(buf);
      stream.pause();
      setTimeout(() => stream.resume(), (buf.length / bytesPerSecond) * 1000);
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

describe('scrubline/pino transport: a slow destination', () => {
  // The worker's heap is capped below the data it carries: a transport that ignored backpressure
  // would buffer the backlog and the worker would die of it, losing lines.
  const worker = { resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } };

  it('pipeline step before a slow sink: nothing lost, the worker stays within its heap', { timeout: 600_000 }, async () => {
    const dir = tempFiles({ 'rules.yaml': ONE_RULE });
    const out = join(dir, 'slow.log');
    const run = await runApp({
      mode: 'pipeline-slow',
      lines: LINES,
      repeat: REPEAT,
      exit: 'flush',
      options: { packs: [], rules: [join(dir, 'rules.yaml')] },
      sink: { destination: out, bytesPerSecond: BYTES_PER_SECOND },
      worker,
      reportErrors: true,
    });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    checkScrubbed(readFileSync(out, 'utf8'));
  });

  it('terminal destination that is a slowly read FIFO: nothing lost, the worker stays within its heap', { timeout: 600_000 }, async () => {
    const dir = tempFiles({ 'rules.yaml': ONE_RULE });
    const fifo = join(dir, 'sink.fifo');
    execFileSync('mkfifo', [fifo]);
    const received = readSlowly(fifo, BYTES_PER_SECOND);
    const run = await runApp({
      mode: 'terminal',
      out: fifo,
      lines: LINES,
      repeat: REPEAT,
      exit: 'flush',
      options: { packs: [], rules: [join(dir, 'rules.yaml')] },
      worker,
      reportErrors: true,
    });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    checkScrubbed(await received);
  });
});

describe('scrubline/pino transport: where it writes', () => {
  it('as a lone target without a destination it writes to stdout, like pino/file', { timeout: 60_000 }, async () => {
    const run = await runApp({ mode: 'lone', lines: 3 });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['request 0 from [EMAIL]', 'request 1 from [EMAIL]', 'request 2 from [EMAIL]']);
  });

  it('as a pipeline step written without options it hands its lines on', { timeout: 60_000 }, async () => {
    const out = join(tempFiles({}), 'app.log');
    const run = await runApp({ mode: 'pipeline-bare', out, lines: 3 });
    expect({ code: run.code, stderr: run.stderr, stdout: run.stdout }).toEqual({ code: 0, stderr: '', stdout: '' });
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(3);
    expect(readFileSync(out, 'utf8')).not.toContain('@example.com');
  });

  it('creates the destination directory with mkdir: true', { timeout: 60_000 }, async () => {
    const out = join(tempFiles({}), 'a', 'b', 'app.log');
    const run = await runApp({ mode: 'terminal', out, lines: 2, options: { mkdir: true } });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('scrubline/pino transport: start-up failures reach the app', () => {
  const BAD_RULES = `rules:\n  - id: ok\n    type: A\n    regex: 'abc'\n  - id: sneaky\n    type: B\n    regex: 'x(?=y)'\n`;

  it('a bad rule file: an error on the transport stream naming file, line, rule and reason; nothing written', { timeout: 60_000 }, async () => {
    const dir = tempFiles({ 'bad.yaml': BAD_RULES });
    const out = join(dir, 'app.log');
    const run = await runApp({ mode: 'terminal', out, lines: 5, options: { rules: [join(dir, 'bad.yaml')] }, reportErrors: true });
    expect(run.stderr).toContain(`transport error: scrubline/pino: cannot start: ${join(dir, 'bad.yaml')}:7:`);
    expect(run.stderr).toContain("rule 'sneaky': regex: lookahead is not supported");
    expect(existsSync(out)).toBe(false);
  });

  it('an app that does not listen for transport errors stops with that error instead of losing logs silently', { timeout: 60_000 }, async () => {
    const dir = tempFiles({ 'bad.yaml': BAD_RULES });
    const out = join(dir, 'app.log');
    const run = await runApp({ mode: 'pipeline', out, lines: 5, options: { rules: [join(dir, 'bad.yaml')] } });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('scrubline/pino: cannot start:');
    expect(run.stderr).toContain("rule 'sneaky': regex: lookahead is not supported");
    expect(existsSync(out) ? readFileSync(out, 'utf8') : '').toBe('');
  });

  const badOptions: [string, Record<string, unknown>, string][] = [
    ['a misspelt option', { destiantion: 'x.log' }, 'options: Unrecognized key: "destiantion"'],
    ['a rule path that is not in a list', { rules: 'rules.yaml' }, 'options: rules: Invalid input: expected array, received string'],
    ['an unknown engine', { engine: 'pcre' }, 'options: engine: Invalid option'],
  ];
  for (const [what, options, message] of badOptions) {
    it(`${what} is reported with the option's name`, { timeout: 60_000 }, async () => {
      const run = await runApp({ mode: 'lone', lines: 1, options, reportErrors: true });
      expect(run.stderr).toContain(`transport error: scrubline/pino: cannot start: ${message}`);
      expect(run.stdout).toBe('');
    });
  }

  it('a destination on a step that another step follows is refused', { timeout: 60_000 }, async () => {
    const out = join(tempFiles({}), 'app.log');
    const run = await runApp({ mode: 'pipeline', out, lines: 1, options: { destination: 1 }, reportErrors: true });
    expect(run.stderr).toContain('scrubline/pino: cannot start: it has a destination but another pipeline step follows it');
    expect(run.stdout).toBe('');
  });

  it('a destination that cannot be opened is reported', { timeout: 60_000 }, async () => {
    const out = join(tempFiles({}), 'missing-dir', 'app.log');
    const run = await runApp({ mode: 'terminal', out, lines: 1, reportErrors: true });
    expect(run.stderr).toContain(`scrubline/pino: cannot start: cannot open destination ${out}: ENOENT`);
  });
});
