import * as fc from 'fast-check';
import { oneOf, listOf } from '../tokens';

/** Dotted-decimal IPv4 addresses, every octet 0-255, no leading zeros. */
export function ipv4(): fc.Arbitrary<string> {
  return fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));
}

/** Lookalikes: version and build numbers with an octet over 255, three-part versions, clock times. */
export function ipv4Lookalike(): fc.Arbitrary<string> {
  const small = fc.nat(30);
  return fc.oneof(
    fc.tuple(small, small, small, fc.integer({ min: 256, max: 999 })).map((p) => p.join('.')),
    fc.tuple(small, small, small).map((p) => p.join('.')),
    fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59)).map((t) => t.map((n) => String(n).padStart(2, '0')).join(':')),
  );
}

export type Ipv6Notation = 'full' | 'suppressed' | 'compressed' | 'mixed' | 'zone';

export interface Ipv6Options {
  /**
   * `full` 8 groups of 4; `suppressed` leading zeros dropped; `compressed` the longest run of
   * zero groups as `::` (RFC 5952); `mixed` a trailing IPv4 (`::ffff:192.0.2.1`); `zone` a link-local
   * address with a zone id (`fe80::1%eth0`). Default all. Upper-case hex is mixed in.
   */
  readonly notation?: Ipv6Notation | readonly Ipv6Notation[];
}


/** Eight 16-bit groups, with runs of zeros common enough that compression has something to do. */
const groups = (count: number) =>
  fc
    .tuple(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: count, maxLength: count }), fc.nat(count), fc.nat(count))
    .map(([g, at, len]) => g.map((v, i) => (i >= at && i < at + len ? 0 : v)));

/** RFC 5952: drop leading zeros, replace the longest run (two or more) of zero groups by `::`. */
function compress(g: readonly number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < g.length; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < g.length && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((v) => v.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** IPv6 addresses in every common notation. The all-zero `::` is left out: in prose it is C++ scope. */
export function ipv6(opts: Ipv6Options = {}): fc.Arbitrary<string> {
  const notations = listOf(opts.notation, ['full', 'suppressed', 'compressed', 'mixed', 'zone'] as const);
  const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));
  const zone = oneOf(['eth0', 'en0', 'wlan0', '1', '12', 'lo']);
  return fc
    .tuple(oneOf(notations), groups(8), groups(6), v4, zone, fc.boolean())
    .filter(([, g8]) => g8.some((v) => v !== 0))
    .map(([notation, g8, g6, four, z, upper]) => {
      let text: string;
      let suffix = '';
      switch (notation) {
        case 'full':
          text = g8.map((v) => v.toString(16).padStart(4, '0')).join(':');
          break;
        case 'suppressed':
          text = g8.map((v) => v.toString(16)).join(':');
          break;
        case 'compressed':
          text = compress(g8);
          break;
        case 'mixed': {
          // Prefixes that really carry an IPv4 address: v4-mapped, NAT64, or generic.
          const head = g6.every((v) => v === 0) ? '::ffff' : compress([...g6, 1, 1]).slice(0, -':1:1'.length);
          text = `${head}:${four}`;
          break;
        }
        case 'zone':
          text = `fe80::${compress([0, 0, 0, 0, ...g8.slice(4)]).slice(2)}`;
          suffix = `%${z}`;
          break;
      }
      // Zone ids are interface names: only the address part changes case.
      return (upper ? text.toUpperCase() : text) + suffix;
    });
}

/** Lookalikes: C++ scope, clock times, and hashes with colons that are not addresses. */
export function ipv6Lookalike(): fc.Arbitrary<string> {
  return fc.oneof(
    oneOf(['std::vector', 'std::string', 'Foo::bar', 'crate::io']),
    fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59), fc.nat(999)).map(([h, m, s, ms]) => `${pad(h)}:${pad(m)}:${pad(s)}.${String(ms).padStart(3, '0')}`),
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

export type MacNotation = 'colon' | 'dash' | 'dot';

/** MAC addresses: `00:1a:2b:3c:4d:5e`, `00-1A-2B-3C-4D-5E`, Cisco `001a.2b3c.4d5e`. */
export function macAddress(opts: { readonly notation?: MacNotation | readonly MacNotation[] } = {}): fc.Arbitrary<string> {
  const notations = listOf(opts.notation, ['colon', 'dash', 'dot'] as const);
  return fc
    .tuple(fc.array(fc.nat(255), { minLength: 6, maxLength: 6 }), oneOf(notations), fc.boolean())
    // The all-zero and broadcast addresses name no device: they are not personal data.
    .filter(([bytes]) => !bytes.every((b) => b === 0) && !bytes.every((b) => b === 255))
    .map(([bytes, notation, upper]) => {
      const hex = bytes.map((b) => b.toString(16).padStart(2, '0'));
      const text =
        notation === 'dot' ? [0, 2, 4].map((i) => hex[i]! + hex[i + 1]!).join('.') : hex.join(notation === 'colon' ? ':' : '-');
      return upper ? text.toUpperCase() : text;
    })
    // An all-digit Cisco form (`2024.0105.1234`) reads as a build number: the packs want a letter.
    .filter((text) => !text.includes('.') || /[a-f]/i.test(text));
}
