import * as fc from 'fast-check';
import { charsOf, DIGITS, LOWER, oneOf } from '../tokens';

const TLDS = ['com', 'org', 'net', 'io', 'dev', 'ai', 'de', 'fr', 'co.uk', 'com.br', 'co.jp', 'info', 'example'];
const SEPARATORS = ['.', '_', '-'];

const atom = (min: number, max: number) => charsOf(LOWER + DIGITS, min, max);

/** A domain label: letters and digits, a hyphen only inside. */
const label = fc
  .tuple(atom(1, 10), fc.option(atom(1, 6), { nil: undefined }))
  .map(([a, b]) => (b === undefined ? a : `${a}-${b}`));

/**
 * E-mail addresses as they appear in logs: dotted or dashed local parts, `+tags`, mixed case,
 * subdomains and two-level TLDs. RFC 5322 allows far stranger local parts (quotes, `!#$%&'=?^{|}~`);
 * `fc.emailAddress()` generates those if your rules claim to cover them.
 */
export function email(): fc.Arbitrary<string> {
  const local = fc
    .tuple(atom(1, 12), fc.array(fc.tuple(oneOf(SEPARATORS), atom(1, 8)), { maxLength: 2 }), fc.option(atom(1, 8), { nil: undefined }))
    .map(([head, rest, tag]) => head + rest.map(([s, a]) => s + a).join('') + (tag === undefined ? '' : `+${tag}`));
  const domain = fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), oneOf(TLDS)).map(([labels, tld]) => `${labels.join('.')}.${tld}`);
  return fc
    .tuple(local, domain, fc.boolean())
    .map(([l, d, upper]) => (upper ? `${l[0]!.toUpperCase()}${l.slice(1)}@${d}` : `${l}@${d}`));
}

/** Lookalikes: `@` in decorators, package specs, mentions and spelled-out addresses. */
export function emailLookalike(): fc.Arbitrary<string> {
  const name = fc.tuple(oneOf(['app', 'user', 'Component', 'Injectable', 'jane', 'ops', 'lodash', 'react']), atom(0, 3)).map(([a, b]) => a + b);
  const version = fc.tuple(fc.nat(20), fc.nat(30), fc.nat(40)).map((v) => v.join('.'));
  return fc.oneof(
    name.map((n) => `@${n}`),
    fc.tuple(name, version).map(([n, v]) => `${n}@${v}`),
    fc.tuple(name, name, version).map(([s, n, v]) => `@${s}/${n}@^${v}`),
    fc.tuple(name, label, oneOf(['com', 'org', 'io'])).map(([n, d, t]) => `${n} at ${d} dot ${t}`),
  );
}
