import * as fc from 'fast-check';
import { wrap, type Planted } from '../planted';
import { ALNUM, base64url, LOWER, oneOf, randomToken } from '../tokens';

const base64Body = (minBytes: number, maxBytes: number) =>
  randomToken('0123456789abcdef', 2 * minBytes, 2 * maxBytes)
    .filter((h) => h.length % 2 === 0)
    .map((h) => Buffer.from(h, 'hex'));

/**
 * JSON Web Tokens: a real JOSE header and claims, base64url-encoded, and a random signature of the
 * algorithm's length.
 */
export function jwt(): fc.Arbitrary<string> {
  const header = oneOf([
    { alg: 'HS256', typ: 'JWT' },
    { alg: 'RS256', typ: 'JWT', kid: 'k1' },
    { alg: 'ES256' },
  ]);
  const claims = fc.record({
    sub: fc.oneof(fc.nat().map(String), randomToken(ALNUM, 8, 24)),
    iat: fc.integer({ min: 1_500_000_000, max: 1_900_000_000 }),
    scope: oneOf(['read', 'read write', 'admin']),
  });
  return fc
    .tuple(header, claims, base64Body(32, 64))
    .map(([h, c, sig]) => `${base64url(JSON.stringify(h))}.${base64url(JSON.stringify(c))}.${base64url(sig)}`);
}

/**
 * PEM and OpenSSH private key blocks, header to footer, with 64-column base64 bodies. The bodies
 * are random bytes, not keys: generating real keys is slow and cannot shrink.
 */
export function privateKey(): fc.Arbitrary<string> {
  const kind = oneOf(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'DSA PRIVATE KEY']);
  return fc.tuple(kind, base64Body(48, 400), oneOf(['\n', '\r\n'])).map(([k, body, eol]) => {
    const b64 = body.toString('base64');
    const lines: string[] = [];
    for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
    return [`-----BEGIN ${k}-----`, ...lines, `-----END ${k}-----`].join(eol);
  });
}

/**
 * Bearer tokens in the places they are logged: an `Authorization` header line, a header object in
 * JSON, a curl command. The planted span is the token; the scheme is not secret.
 */
export function bearerToken(): fc.Arbitrary<Planted> {
  const token = fc.oneof(randomToken(ALNUM + '-._~+/', 20, 64), jwt());
  const where = oneOf([
    ['Authorization: Bearer ', ''],
    ['authorization: bearer ', ''],
    ['"Authorization":"Bearer ', '"'],
    ["curl -H 'Authorization: Bearer ", "' https://api.example.com/v1/items"],
  ] as const);
  return fc.tuple(where, token).map(([[before, after], t]) => wrap(before, t, after));
}

/**
 * Credentials in URLs (`scheme://user:password@host`). The planted span is the password; the rest of
 * the URL is kept so a rule that masks only the password passes, and one that leaves it fails.
 */
export function urlCredentials(): fc.Arbitrary<Planted> {
  const scheme = oneOf(['https', 'postgres', 'postgresql', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'ftp']);
  const user = randomToken(LOWER, 3, 12);
  const password = randomToken(ALNUM + '-_.~!*', 8, 32);
  const host = oneOf(['db.internal', 'example.com', '10.0.0.12', 'cache.prod.acme.io', 'localhost:5432']);
  return fc
    .tuple(scheme, user, password, host, oneOf(['', '/app', '/v1/queue?ssl=true']))
    .map(([s, u, p, h, path]) => wrap(`${s}://${u}:`, p, `@${h}${path}`));
}
