import * as fc from 'fast-check';
import { encodePieces, wrap, type Planted, type Sample } from '../planted';
import { listOf } from '../tokens';

export type UrlPlace = 'query' | 'path' | 'fragment' | 'request-line';
export type UrlEncoding = 'raw' | 'percent';

export interface UrlOptions {
  /** Where in the URL the value goes. Default all. */
  readonly place?: UrlPlace | readonly UrlPlace[];
  /** `raw` as typed, or `percent`-encoded as browsers and HTTP clients send it (`%40` for `@`). Default both. */
  readonly encoding?: UrlEncoding | readonly UrlEncoding[];
}

const HOSTS = ['https://api.example.com', 'http://localhost:3000', 'https://app.acme.io'];
// No secret-named parameters (token, password, key): whatever stands after `token=` is a secret
// to the packs, so a lookalike planted there could never survive.
const PARAMS = ['email', 'q', 'to', 'phone', 'account', 'ref', 'id'];


/** A URL or an HTTP request line with the value in its query, path or fragment. */
export function inUrl(value: fc.Arbitrary<Sample>, opts: UrlOptions = {}): fc.Arbitrary<Planted> {
  const places = listOf(opts.place, ['query', 'path', 'fragment', 'request-line'] as const);
  const encodings = listOf(opts.encoding, ['raw', 'percent'] as const);
  return fc
    .tuple(value, fc.constantFrom(...places), fc.constantFrom(...encodings), fc.constantFrom(...HOSTS), fc.constantFrom(...PARAMS), fc.boolean())
    .map(([v, place, encoding, host, param, more]) => {
      const encoded = encoding === 'percent' ? encodePieces(v, encodeURIComponent) : encodePieces(v, (s) => s);
      const rest = more ? '&page=2&sort=desc' : '';
      switch (place) {
        case 'query':
          return wrap(`${host}/v1/search?${param}=`, encoded, rest);
        case 'path':
          return wrap(`${host}/v1/users/`, encoded, '/orders');
        case 'fragment':
          return wrap(`${host}/#/profile/`, encoded, '');
        case 'request-line':
          return wrap(`GET /v1/lookup?${param}=`, encoded, `${rest} HTTP/1.1`);
      }
    });
}

/** An address with a port: `203.0.113.7:8080`, or bracketed when it holds colons (`[2001:db8::1]:443`). */
export function inHostPort(address: fc.Arbitrary<Sample>): fc.Arbitrary<Planted> {
  return fc.tuple(address, fc.integer({ min: 1, max: 65535 })).map(([a, port]) => {
    const text = typeof a === 'string' ? a : a.text;
    return text.includes(':') ? wrap('[', a, `]:${port}`) : wrap('', a, `:${port}`);
  });
}
