import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scrubbedTransport } from '../../../adapters/pino';
import { RuleFileError } from '../../../src/index';
import { tempFiles } from '../../support/tmp';
import { runApp } from './run-app';

describe('scrubbedTransport', () => {
  it('puts every sink behind its own scrubbing step and keeps levels and pino options', () => {
    const config = scrubbedTransport({
      packs: ['pii'],
      cwd: '/srv/app',
      targets: [
        { target: 'pino/file', options: { destination: 'app.log' } },
        { target: 'pino-pretty', level: 'warn' },
        { pipeline: [{ target: './enrich.js' }, { target: 'pino/file', options: { destination: 2 } }], level: 'error' },
      ],
      levels: { audit: 35 },
      dedupe: true,
    });
    const scrub = { target: 'scrubline/pino', options: { packs: ['pii'], cwd: '/srv/app' } };
    expect(config).toEqual({
      targets: [
        { pipeline: [scrub, { target: 'pino/file', options: { destination: 'app.log' } }] },
        { pipeline: [scrub, { target: 'pino-pretty' }], level: 'warn' },
        { pipeline: [scrub, { target: './enrich.js' }, { target: 'pino/file', options: { destination: 2 } }], level: 'error' },
      ],
      levels: { audit: 35 },
      dedupe: true,
    });
    // What pino copies into the worker must survive the copy.
    expect(structuredClone(config)).toEqual(config);
  });

  it('pins relative rule paths to the directory they were checked in', () => {
    const dir = tempFiles({ 'app.yaml': 'extends: [pii]\nrules: []\n' });
    const config = scrubbedTransport({ rules: ['app.yaml'], cwd: dir, targets: [{ target: 'pino/file' }] });
    expect(config.targets[0]!.pipeline[0]!.options).toEqual({ rules: ['app.yaml'], cwd: dir });
    const here = scrubbedTransport({ packs: [], targets: [{ target: 'pino/file' }] });
    expect(here.targets[0]!.pipeline[0]!.options).toEqual({ packs: [], cwd: process.cwd() });
  });

  it('throws a RuleFileError with file, line and column in the calling thread for a bad rule file', () => {
    const dir = tempFiles({ 'bad.yaml': "rules:\n  - id: sneaky\n    type: B\n    regex: 'x(?=y)'\n" });
    let error: unknown;
    try {
      scrubbedTransport({ rules: [join(dir, 'bad.yaml')], targets: [{ target: 'pino/file' }] });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(RuleFileError);
    expect(error).toMatchObject({ file: join(dir, 'bad.yaml'), ruleId: 'sneaky', line: 4 });
  });

  it('refuses what cannot cross into the worker thread, naming it', () => {
    const onError = () => {};
    expect(() => scrubbedTransport({ onError, targets: [{ target: 'pino/file' }] } as never)).toThrow(
      'scrubbedTransport: onError is a function; pino copies transport options into its worker thread, so they must be plain data',
    );
    expect(() => scrubbedTransport({ targets: [{ target: 'pino/file' }, { target: 'x', options: { format: () => '' } }] })).toThrow(
      /^scrubbedTransport: targets\[1\]\.options must be plain data/,
    );
  });

  it('refuses options that belong to a destination, and empty sink lists', () => {
    expect(() => scrubbedTransport({ destination: 'x.log', targets: [{ target: 'pino/file' }] } as never)).toThrow('scrubbedTransport: Unrecognized key: "destination"');
    expect(() => scrubbedTransport({ targets: [] })).toThrow('scrubbedTransport: targets must list at least one sink');
    expect(() => scrubbedTransport({ targets: [{ pipeline: [] }] })).toThrow('scrubbedTransport: targets[0].pipeline must list at least one step');
    expect(() => scrubbedTransport({ targets: [{ target: '' }] })).toThrow('scrubbedTransport: targets[0].target must be a module name or path');
  });

  it('with real pino: two sinks at different levels both receive scrubbed lines', { timeout: 120_000 }, async () => {
    const dir = tempFiles({});
    const all = join(dir, 'all.log');
    const warn = join(dir, 'warn.log');
    const run = await runApp({
      mode: 'helper',
      lines: 3,
      targets: [
        { target: 'pino/file', options: { destination: all } },
        { target: 'pino/file', options: { destination: warn }, level: 'warn' },
      ],
      calls: [{ level: 'warn', args: ['card 4111 1111 1111 1111 declined for jane@example.com'] }],
    });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const msgs = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => (JSON.parse(l) as { msg: string }).msg);
    const warning = 'card [CREDIT_CARD] declined for [EMAIL]';
    expect(msgs(all)).toEqual(['request 0 from [EMAIL]', 'request 1 from [EMAIL]', 'request 2 from [EMAIL]', warning]);
    expect(msgs(warn)).toEqual([warning]);
  });
});
