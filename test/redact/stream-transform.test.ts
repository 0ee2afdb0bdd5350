import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, test } from 'vitest';
import { createRedactor } from '../../src/index';
import { ENGINES } from '../support/engines';

const dir = mkdtempSync(join(tmpdir(), 'scrubline-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(ENGINES)('stream() Transform on %s', (engine) => {
  const redactor = createRedactor({ engine });
  const text = 'Kontakt: Åsa 😀 +1 415 555 0132, jane.doe@example.com; IBAN DE89370400440532013000 ✓\n'.repeat(40);

  test('a file piped through it in 7-byte buffers comes out as redact() of the whole file', async () => {
    const input = join(dir, `${engine}-in.log`);
    const output = join(dir, `${engine}-out.log`);
    writeFileSync(input, text);
    // 7-byte reads split the multi-byte characters (Å, 😀, ✓) across buffers.
    await pipeline(createReadStream(input, { highWaterMark: 7 }), redactor.stream(), createWriteStream(output));
    const got = readFileSync(output, 'utf8');
    expect(got).toBe(redactor.redact(text));
    expect(got).not.toContain('0132');
    expect(got).toContain('Åsa 😀 [PHONE], [EMAIL]; IBAN [IBAN] ✓');
  });

  test('string chunks of one character each, read as an async iterable of strings', async () => {
    const out: string[] = [];
    for await (const piece of Readable.from([...text.slice(0, 200)]).pipe(redactor.stream())) out.push(piece as string);
    expect(out.every((p) => typeof p === 'string')).toBe(true);
    expect(out.join('')).toBe(redactor.redact(text.slice(0, 200)));
  });

  test('an aborted signal destroys the transform', async () => {
    const controller = new AbortController();
    const t = redactor.stream({ signal: controller.signal });
    const closed = new Promise((resolve) => t.on('close', resolve));
    t.on('error', () => {});
    controller.abort();
    await closed;
    expect(t.destroyed).toBe(true);
  });
});
