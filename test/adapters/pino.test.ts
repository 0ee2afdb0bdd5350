import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import scrublineTransport, { scrubbedTransport, scrubStreamWrite } from '../../adapters/pino';
import { tempFiles } from '../support/tmp';
import { runApp } from './pino/run-app';

// The same records module the app fixture logs from (plain CommonJS, run by node as is).
const { planted } = require('./pino/fixtures/records.js') as { planted: (i: number) => string[] };

/** Every line i of 0..n-1 arrived once, in order, with each planted value masked. */
function problemsIn(text: string, n: number): string[] {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines.pop() !== '') problems.push('last line has no newline');
  if (lines.length !== n) problems.push(`${lines.length} lines, expected ${n}`);
  for (let i = 0; i < lines.length && problems.length < 5; i++) {
    const line = lines[i]!;
    const rec = JSON.parse(line) as { i: number; msg: string; card: string; user: { email: string; ip: string } };
    if (rec.i !== i) problems.push(`line ${i} holds record ${rec.i}`);
    for (const value of planted(i)) if (line.includes(value)) problems.push(`line ${i} leaks ${value}`);
    if (rec.msg !== `request ${i} from [EMAIL]` || rec.user.email !== '[EMAIL]' || rec.user.ip !== '[IPV4]' || rec.card !== '[CREDIT_CARD]') {
      problems.push(`line ${i} not scrubbed as expected: ${line.slice(0, 200)}`);
    }
  }
  return problems;
}

describe('scrubline/pino: no line lost', () => {
  const N = 100_000;

  it('pipeline -> pino/file: 100,000 lines with planted PII, then a normal exit', { timeout: 300_000 }, async () => {
    const out = join(tempFiles({}), 'app.log');
    const run = await runApp({ mode: 'pipeline', out, lines: N });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(problemsIn(readFileSync(out, 'utf8'), N)).toEqual([]);
  });

  it('terminal destination: process.exit() right after the last of 100,000 log calls', { timeout: 300_000 }, async () => {
    const out = join(tempFiles({}), 'app.log');
    const run = await runApp({ mode: 'terminal', out, lines: N, exit: 'process.exit' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(problemsIn(readFileSync(out, 'utf8'), N)).toEqual([]);
  });

  it('pipeline -> pino/file: process.exit() right after the last of 100,000 log calls', { timeout: 300_000 }, async () => {
    const out = join(tempFiles({}), 'app.log');
    const run = await runApp({ mode: 'pipeline', out, lines: N, exit: 'process.exit' });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(problemsIn(readFileSync(out, 'utf8'), N)).toEqual([]);
  });
});

describe('scrubline/pino: every way of plugging it in writes the same scrubbed records', () => {
  const calls = [
    { level: 'info', args: [{ user: 'jane.doe@example.com', card: '4111 1111 1111 1111' }, 'hello'] },
    // pino writes the binding and the call's field both: JSON.parse keeps only the last.
    { level: 'warn', child: { who: 'a.person@example.com' }, args: [{ who: 'anon' }, 'duplicate keys'] },
    { level: 'info', args: [{ tool: { arguments: '{"to":"ops@acme.io","n":1}' } }, 'tool call'] },
    { level: 'info', args: ['first line\njane@example.com'] },
  ];
  const expected = [
    '{"level":30,"time":1700000000000,"pid":1,"user":"[EMAIL]","card":"[CREDIT_CARD]","msg":"hello"}',
    '{"level":40,"time":1700000000000,"pid":1,"who":"anon","msg":"duplicate keys"}',
    '{"level":30,"time":1700000000000,"pid":1,"tool":{"arguments":"{\\"to\\":\\"[EMAIL]\\",\\"n\\":1}"},"msg":"tool call"}',
    '{"level":30,"time":1700000000000,"pid":1,"msg":"first line\\n[EMAIL]"}',
  ];
  const common = { fixedTime: true, pinoOptions: { base: { pid: 1 } }, lines: 20, calls, errorMessage: 'lookup failed for 203.0.113.42' };

  it('pipeline, terminal, multi-sink helper and in-process hook', { timeout: 120_000 }, async () => {
    const dir = tempFiles({});
    const file = (name: string) => join(dir, `${name}.log`);
    const runs = await Promise.all([
      runApp({ ...common, mode: 'pipeline', out: file('pipeline') }),
      runApp({ ...common, mode: 'terminal', out: file('terminal') }),
      runApp({ ...common, mode: 'helper', targets: [{ target: 'pino/file', options: { destination: file('helper') } }] }),
      runApp({ ...common, mode: 'hook', out: file('hook') }),
    ]);
    for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });

    const [pipeline, terminal, helper, hook] = ['pipeline', 'terminal', 'helper', 'hook'].map((m) => readFileSync(file(m), 'utf8'));
    expect(problemsIn(pipeline!.split('\n').slice(0, 20).join('\n') + '\n', 20)).toEqual([]);
    const lines = pipeline!.split('\n');
    expect(lines.slice(20, 24)).toEqual(expected);
    const err = JSON.parse(lines[24]!) as { msg: string; err: { message: string; stack: string } };
    expect(err.msg).toBe('lookup failed for [IPV4]');
    expect(err.err.message).toBe('lookup failed for [IPV4]');
    expect(err.err.stack.startsWith('Error: lookup failed for [IPV4]\n    at ')).toBe(true);
    expect(lines.slice(25)).toEqual(['']);
    for (const value of ['jane', 'a.person', 'acme.io', '203.0.113.42', '4111 1111']) expect(pipeline).not.toContain(value);

    expect(terminal).toBe(pipeline);
    expect(helper).toBe(pipeline);
    expect(hook).toBe(pipeline);
  });

  it("pino's own redact paths and scrubline both apply", { timeout: 120_000 }, async () => {
    const dir = tempFiles({});
    const config = {
      fixedTime: true,
      lines: 0,
      pinoOptions: { base: null, redact: ['req.headers.authorization'] },
      // An opaque token no scrubline rule knows: only pino's path can hide it.
      calls: [{ level: 'info', args: [{ req: { headers: { authorization: 'opaque-token-1', 'x-user': 'jane@example.com' } } }, 'auth'] }],
    };
    const modes = ['pipeline', 'terminal', 'hook'];
    const runs = await Promise.all(modes.map((mode) => runApp({ ...config, mode, out: join(dir, `${mode}.log`) })));
    for (const run of runs) expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    for (const mode of modes) {
      expect(readFileSync(join(dir, `${mode}.log`), 'utf8')).toBe(
        '{"level":30,"time":1700000000000,"req":{"headers":{"authorization":"[Redacted]","x-user":"[EMAIL]"}},"msg":"auth"}\n',
      );
    }
  });
});

describe('scrubline/pino: lines that are not JSON', () => {
  const raw = ['plain text from bob@example.org', 'card 4111 1111 1111 1111', '4111111111111111', '', '{"broken": "jane@example.com"'];
  const scrubbed = ['plain text from [EMAIL]', 'card [CREDIT_CARD]', '[CREDIT_CARD]', '', '{"broken": "[EMAIL]"', ''];

  for (const mode of ['pipeline', 'terminal']) {
    it(`are scrubbed as text, never dropped (${mode})`, { timeout: 60_000 }, async () => {
      const out = join(tempFiles({}), 'app.log');
      const run = await runApp({ mode, out, lines: 0, raw });
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(readFileSync(out, 'utf8').split('\n')).toEqual(scrubbed);
    });
  }
});

describe('scrubline/pino entry', () => {
  it('exports the transport as default and the app-thread helpers by name', () => {
    expect(typeof scrublineTransport).toBe('function');
    expect(typeof scrubbedTransport).toBe('function');
    expect(typeof scrubStreamWrite).toBe('function');
  });
});
