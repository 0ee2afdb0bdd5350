import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bearerToken, jwt, privateKey, urlCredentials } from '../../../src/testing/index';

describe('jwt', () => {
  it('is three base64url parts: a JOSE header, JSON claims, a signature', () => {
    fc.assert(
      fc.property(jwt(), (token) => {
        const [h, p, s, ...rest] = token.split('.');
        expect(rest).toEqual([]);
        expect(JSON.parse(Buffer.from(h!, 'base64url').toString())).toHaveProperty('alg');
        expect(JSON.parse(Buffer.from(p!, 'base64url').toString())).toHaveProperty('iat');
        expect(Buffer.from(s!, 'base64url').length).toBeGreaterThanOrEqual(32);
        expect(token).toMatch(/^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      }),
    );
  });
});

describe('privateKey', () => {
  it('is a whole PEM block: matching header and footer, 64-column base64 in between', () => {
    fc.assert(
      fc.property(privateKey(), (pem) => {
        const lines = pem.split(/\r?\n/);
        const kind = /^-----BEGIN ([A-Z ]*PRIVATE KEY)-----$/.exec(lines[0]!)?.[1];
        expect(kind).toBeDefined();
        expect(lines.at(-1)).toBe(`-----END ${kind}-----`);
        const body = lines.slice(1, -1);
        expect(body.slice(0, -1).every((l) => l.length === 64)).toBe(true);
        expect(Buffer.from(body.join(''), 'base64').toString('base64')).toBe(body.join(''));
      }),
    );
  });
});

describe('bearerToken', () => {
  it('plants the token after the Bearer scheme', () => {
    fc.assert(
      fc.property(bearerToken(), ({ text, spans }) => {
        const token = text.slice(spans[0]!.start, spans[0]!.end);
        expect(text.slice(0, spans[0]!.start)).toMatch(/bearer $/i);
        expect(token).toMatch(/^[A-Za-z0-9._~+/-]{20,}$/);
      }),
    );
  });
});

describe('urlCredentials', () => {
  it('plants the password of a URL that node:url parses', () => {
    fc.assert(
      fc.property(urlCredentials(), ({ text, spans }) => {
        const url = new URL(text);
        expect(decodeURIComponent(url.password)).toBe(text.slice(spans[0]!.start, spans[0]!.end));
        expect(url.username).not.toBe('');
      }),
    );
  });
});
