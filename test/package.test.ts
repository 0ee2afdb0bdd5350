import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ruleFileJsonSchema } from '../src/rules/json-schema';
import { builtPackage } from './support/built';
import { tempFiles } from './support/tmp';

/** Runs a script file in a child process from the package root, where `scrubline` resolves to itself. */
function run(root: string, name: string, code: string): string {
  const dir = tempFiles({});
  const file = join(root, 'examples', `.package-test-${process.pid}-${name}`);
  writeFileSync(file, code);
  try {
    return execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
  } finally {
    execFileSync('rm', ['-f', file]);
  }
}

describe('the built package, loaded as an app loads it', () => {
  const root = builtPackage();

  test('import (ESM) and require (CommonJS) give the same API, with every subpath', () => {
    const esm = run(
      root,
      'esm.mjs',
      `import { createRedactor, RuleFileError } from 'scrubline';
       import { redactFormat } from 'scrubline/winston';
       // pino loads the transport itself and takes \`default\`; from ESM it is the default's default.
       import transport, { scrubbedTransport } from 'scrubline/pino';
       import { expectNoLeak } from 'scrubline/testing';
       const r = createRedactor();
       console.log(JSON.stringify([r.redact('mail jane@example.com'), typeof RuleFileError, typeof redactFormat, typeof (transport.default ?? transport), typeof scrubbedTransport, typeof expectNoLeak]));`,
    );
    const cjs = run(
      root,
      'cjs.cjs',
      `const { createRedactor, RuleFileError } = require('scrubline');
       const { redactFormat } = require('scrubline/winston');
       const pino = require('scrubline/pino');
       const { expectNoLeak } = require('scrubline/testing');
       const r = createRedactor();
       console.log(JSON.stringify([r.redact('mail jane@example.com'), typeof RuleFileError, typeof redactFormat, typeof (pino.default ?? pino), typeof pino.scrubbedTransport, typeof expectNoLeak]));`,
    );
    expect(JSON.parse(esm)).toEqual(['mail [EMAIL]', 'function', 'function', 'function', 'function', 'function']);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  test('the JSON Schema shipped for editors is the one the zod schema generates', () => {
    // `npm run schema` rewrites it; this fails when a schema change was not regenerated.
    expect(readFileSync(join(root, 'rules', 'schema.json'), 'utf8')).toBe(ruleFileJsonSchema());
  });
});
