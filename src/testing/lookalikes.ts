import * as fc from 'fast-check';
import { luhnInvalidCard } from './entities/cards';
import { emailLookalike } from './entities/email';
import { badChecksumIban } from './entities/iban';
import { ipv4Lookalike, ipv6Lookalike } from './entities/ip';
import { invalidSsn } from './entities/us-ids';
import { DIGITS, HEX, oneOf, randomToken } from './tokens';

/*
 * Values that look like personal data or secrets and are not. A rule set that redacts them
 * destroys the ids, times and versions people read logs for.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const SECOND = { min: 946_684_800, max: 2_147_483_647 }; // 2000-01-01 .. 2038-01-19

/** Epoch seconds and milliseconds, ISO 8601, RFC 7231 and syslog-style times. */
export function timestamp(): fc.Arbitrary<string> {
  const date = fc.integer(SECOND).map((s) => new Date(s * 1000));
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return fc.oneof(
    fc.integer(SECOND).map(String),
    fc.tuple(fc.integer(SECOND), fc.nat(999)).map(([s, ms]) => String(s * 1000 + ms)),
    date.map((d) => d.toISOString()),
    fc.tuple(date, fc.integer({ min: -12, max: 14 })).map(([d, tz]) => `${d.toISOString().slice(0, 19)}${tz < 0 ? '-' : '+'}${pad(Math.abs(tz))}:00`),
    date.map((d) => d.toUTCString()),
    date.map((d) => `${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)}`),
    date.map((d) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 23)}`),
    date.map((d) => `${days[d.getUTCDay()]} ${d.toISOString().slice(0, 10)}`),
  );
}

/** UUIDs, lower or upper case, with or without dashes. */
export function uuid(): fc.Arbitrary<string> {
  return fc.tuple(fc.uuid(), fc.boolean(), fc.boolean()).map(([u, upper, compact]) => {
    const s = compact ? u.split('-').join('') : u;
    return upper ? s.toUpperCase() : s;
  });
}

/** Semantic versions, with `v`, pre-release and build parts. */
export function semver(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.boolean(), fc.nat(30), fc.nat(99), fc.nat(999), fc.option(fc.tuple(oneOf(['alpha', 'beta', 'rc']), fc.nat(20)), { nil: undefined }), fc.option(fc.nat(99999), { nil: undefined }))
    .map(([v, a, b, c, pre, build]) => `${v ? 'v' : ''}${a}.${b}.${c}${pre ? `-${pre[0]}.${pre[1]}` : ''}${build === undefined ? '' : `+build.${build}`}`);
}

/** Git commit ids, full (40) and short (7-12). */
export function gitSha(): fc.Arbitrary<string> {
  return fc.oneof(randomToken(HEX, 40), randomToken(HEX, 7, 12));
}

/** Hex digests: MD5, SHA-1, SHA-256. */
export function hexDigest(): fc.Arbitrary<string> {
  return fc.oneof(randomToken(HEX, 32), randomToken(HEX, 40), randomToken(HEX, 64));
}

/** Order, invoice and build numbers: `#`-prefixed or labelled digit runs of 4-12 digits. */
export function orderNumber(): fc.Arbitrary<string> {
  return fc.tuple(oneOf(['order #', 'invoice ', 'build ', 'PR #', 'ticket INC', 'job-']), randomToken(DIGITS, 4, 12)).map(([p, n]) => p + n);
}

/** Prices and amounts: `$1,234.56`, `EUR 99,90`, `12.5 USD`. */
export function price(): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(999_999), fc.nat(99), oneOf(['$#', '€#', 'EUR #', '# USD', '£#'])).map(([units, cents, shape]) => {
    const grouped = units.toLocaleString('en-US');
    return shape.replace('#', `${grouped}.${pad(cents)}`);
  });
}

/** Durations, sizes and source positions: `1532ms`, `12.4 MB`, `app.js:120:17`. */
export function measurement(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.tuple(fc.nat(99_999), oneOf(['ms', 's', 'µs', ' tokens', ' bytes'])).map(([n, u]) => `${n}${u}`),
    fc.tuple(fc.nat(9999), fc.nat(9), oneOf(['KB', 'MB', 'GB'])).map(([n, d, u]) => `${n}.${d} ${u}`),
    fc.tuple(oneOf(['app.js', 'index.ts', 'server.py', 'Main.java']), fc.nat(9999), fc.nat(200)).map(([f, l, c]) => `${f}:${l}:${c}`),
  );
}

/** Words that contain a secret's prefix: `sk-learn`, `task-runner`, `AKIA is a prefix`. */
export function prefixWord(): fc.Arbitrary<string> {
  return oneOf(['sk-learn', 'ask-me', 'task-runner', 'xoxo', 'ghp', 'eyJ', 'AKIA', 'glpat', 'hf_hub', 'npm_config', 'Bearer', '-----BEGIN CERTIFICATE-----']);
}

/** Any lookalike of any entity type. */
export function lookalike(): fc.Arbitrary<string> {
  return fc.oneof(
    luhnInvalidCard(),
    badChecksumIban(),
    invalidSsn(),
    ipv4Lookalike(),
    ipv6Lookalike(),
    emailLookalike(),
    timestamp(),
    uuid(),
    semver(),
    gitSha(),
    hexDigest(),
    orderNumber(),
    price(),
    measurement(),
    prefixWord(),
  );
}
