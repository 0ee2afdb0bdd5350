import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRedactor, type Redactor } from '../../src/index';
import { luhn } from '../../src/validators/luhn';
import { ENGINES } from './support';

/*
 * The values that look like personal data or secrets and are not: with the default packs they
 * must come out of redaction untouched, alone and inside the log shapes they appear in. Values are
 * generated (fixed seed) rather than listed, so each kind is tried in many variants.
 */

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const hex = (bytes: number) => fc.uint8Array({ minLength: bytes, maxLength: bytes }).map((b) => Buffer.from(b).toString('hex'));
const epoch = fc.integer({ min: 1_500_000_000, max: 1_900_000_000 });

const LOOKALIKES: Record<string, fc.Arbitrary<string>> = {
  'Luhn-failing 16-digit number': fc
    .tuple(fc.integer({ min: 1, max: 9 }), digits(15), fc.boolean())
    .filter(([a, b]) => !luhn(`${a}${b}`))
    .map(([a, b, grouped]) => (grouped ? `${a}${b}`.replace(/(\d{4})(?=\d)/g, '$1 ') : `${a}${b}`)),
  'IBAN with a bad checksum': fc
    .tuple(fc.constantFrom('DE', 'GB', 'FR', 'NL', 'ES', 'IT'), digits(2), digits(18), fc.boolean())
    .map(([c, k, b, grouped]) => {
      const wrong = `${c}${k}${b}`.slice(0, { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27 }[c]);
      return grouped ? wrong.replace(/(.{4})(?=.)/g, '$1 ') : wrong;
    })
    .filter((v) => !ibanValid(v)),
  'SSN in an invalid range': fc.oneof(
    digits(6).map((d) => `000-${d.slice(0, 2)}-${d.slice(2)}`),
    digits(6).map((d) => `666-${d.slice(0, 2)}-${d.slice(2)}`),
    fc.tuple(fc.integer({ min: 100, max: 665 }), digits(4)).map(([a, s]) => `${a}-00-${s}`),
    fc.tuple(fc.integer({ min: 100, max: 665 }), fc.integer({ min: 10, max: 99 })).map(([a, g]) => `${a}-${g}-0000`),
  ),
  UUID: fc.uuid().chain((u) => fc.constantFrom(u, u.toUpperCase())),
  'git SHA': fc.oneof(hex(20), hex(4).map((h) => h.slice(0, 7))),
  'epoch timestamp': epoch.chain((s) => fc.constantFrom(`${s}`, `${s}123`, `${s}123456`, `${s}123456789`)),
  'ISO timestamp': epoch.map((s) => new Date(s * 1000).toISOString()).chain((t) => fc.constantFrom(t, t.replace('T', ' ').replace('Z', ''), t.replace('Z', '+02:00'))),
  'European date and time': fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([d, m, y, h, mi]) => `${pad(d)}.${pad(m)}.${y} ${pad(h)}:${pad(mi)}`),
  // A four-part number whose parts are all 0-255 is an IPv4 address as far as anyone can tell;
  // four-part build numbers (10.0.19041.1) have a larger part.
  'semantic version': fc.tuple(fc.nat(30), fc.nat(99), fc.nat(999), fc.integer({ min: 256, max: 99999 })).chain(([a, b, c, n]) => fc.constantFrom(`${a}.${b}.${c}`, `v${a}.${b}.${c}-rc.1+build.${n}`, `${a}.${b}.${n}.${c}`, `v${a}.${b}.${c}.${c}`)),
  'build number': fc.tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 9999 })).chain(([y, m, n]) => fc.constantFrom(`build ${n}`, `${y}.${pad(m)}.${n}`, `${y}${pad(m)}01.${n}`, `#${n}${y}`)),
  price: fc.tuple(fc.integer({ min: 1, max: 999 }), digits(3), digits(3), digits(2)).chain(([a, b, c, d]) => fc.constantFrom(`$${a}${b}.${d}`, `€${a},${d}`, `${a} ${b} ${c},${d} €`, `USD ${a},${b},${c}.${d}`, `¥${a},${b}`)),
  '@decorator': fc.constantFrom('@decorator', '@app.route("/users")', '@pytest.mark.parametrize', '@Override', '@dataclass(frozen=True)'),
  'pkg@1.2.3': fc.tuple(fc.nat(20), fc.nat(20), fc.nat(50)).chain(([a, b, c]) => fc.constantFrom(`pkg@${a}.${b}.${c}`, `react@${a}.${b}.${c}`, `@types/node@${a}.${b}.${c}`, `lodash@^${a}.${b}.${c}`)),
  'sk-learn': fc.constantFrom('sk-learn', 'scikit-learn', 'pip install sk-video', 'sk-image==0.22'),
  'OID and long dotted number': fc.tuple(fc.nat(99999), fc.nat(99)).map(([a, b]) => `1.3.6.1.4.1.${a}.${b}`),
  'usage counters': fc.tuple(fc.nat(99999), fc.nat(9999)).map(([p, c]) => `{"prompt_tokens": ${p}, "completion_tokens": ${c}, "total_tokens": ${p + c}, "max_tokens": 4096}`),
  'model name': fc.constantFrom('gpt-4o-2024-08-06', 'claude-3-5-sonnet-20241022', 'o3-mini-2025-01-31', 'text-embedding-3-large'),
  'time of day and duration': fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59), fc.nat(999)).map(([h, m, s, ms]) => `${pad(h)}:${pad(m)}:${pad(s)}.${ms} took ${ms}ms`),
  'C++ and Ruby scope': fc.constantFrom('std::cout << x', 'MyClass::toString()', 'Foo::Bar.new', 'x :: Int -> Int'),
  'base64 blob': fc.uint8Array({ minLength: 20, maxLength: 300 }).map((b) => Buffer.from(b).toString('base64')),
};

/** Independent mod-97 check, so the generator can keep only wrong checksums. */
function ibanValid(v: string): boolean {
  const s = v.split(' ').join('');
  const d = [...(s.slice(4) + s.slice(0, 4))].map((c) => (c >= 'A' ? String(c.charCodeAt(0) - 55) : c)).join('');
  return BigInt(d) % 97n === 1n;
}

const SHAPES: ((v: string) => string)[] = [
  (v) => v,
  (v) => `ts=2024-05-01T10:00:00Z level=info value=${v} msg="done"`,
  (v) => JSON.stringify({ level: 'info', msg: `got ${v}.`, data: { value: v } }),
];

function survivors(redactor: Redactor, arb: fc.Arbitrary<string>, runs: number): string[] {
  const changed: string[] = [];
  for (const v of fc.sample(arb, { numRuns: runs, seed: 20261129 })) {
    for (const shape of SHAPES) {
      const line = shape(v);
      if (redactor.redact(line) !== line) changed.push(`${line} -> ${redactor.redact(line)}`);
    }
  }
  return changed;
}

describe.each(ENGINES)('lookalikes survive the default packs (%s)', (engine) => {
  const redactor = createRedactor({ engine });
  const runs = engine === 're2' ? 300 : 60;
  it.each(Object.entries(LOOKALIKES))('%s', (_, arb) => {
    expect(survivors(redactor, arb, runs)).toEqual([]);
  });
});
