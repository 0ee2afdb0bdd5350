import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inHostPort, inUrl, ipv4, ipv6, plantedValues } from '../../../src/testing/index';

describe('inUrl', () => {
  it('raw: the value as typed, in a URL node:url parses', () => {
    fc.assert(
      fc.property(fc.constantFrom('jane@x.io', '4111-1111-1111-1111', '+1 415 555 0132'), (value) => {
        const [planted] = fc.sample(inUrl(fc.constant(value), { encoding: 'raw', place: ['query', 'path', 'fragment'] }), 1);
        expect(plantedValues(planted!)).toEqual([value]);
        expect(() => new URL(planted!.text)).not.toThrow();
      }),
    );
  });

  it('percent: the span holds the encoded value, which decodes back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (value) => {
        const [planted] = fc.sample(inUrl(fc.constant(value), { encoding: 'percent' }), 1);
        const [encoded] = plantedValues(planted!);
        expect(decodeURIComponent(encoded!)).toBe(value);
      }),
    );
  });

  it('request-line: an HTTP request line', () => {
    const [planted] = fc.sample(inUrl(fc.constant('v'), { place: 'request-line' }), 1);
    expect(planted!.text).toMatch(/^GET \/\S+ HTTP\/1\.1$/);
  });
});

describe('inHostPort', () => {
  it('brackets IPv6 addresses and keeps the span on the address', () => {
    fc.assert(
      fc.property(inHostPort(fc.oneof(ipv4(), ipv6({ notation: 'compressed' }))), (planted) => {
        const [address] = plantedValues(planted);
        const url = new URL(`http://${planted.text}/`);
        expect(url.port === '' || Number(url.port) > 0).toBe(true);
        expect(planted.text.startsWith('[')).toBe(address!.includes(':'));
      }),
    );
  });
});
