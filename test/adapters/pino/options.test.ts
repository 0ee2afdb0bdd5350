import { describe, expect, it } from 'vitest';
import { parseScrubOptions, parseTransportOptions } from '../../../adapters/pino/options';

describe('transport options', () => {
  it('accepts plain-data redactor and destination options', () => {
    const options = { packs: ['pii'], rules: ['a.yaml', { rules: [] }], engine: 're2-wasm', hmacKey: 'k', records: { censor: '[X]' }, destination: 1, mkdir: true, append: false };
    expect(parseTransportOptions(options)).toEqual(options);
  });

  it("ignores the keys pino adds to a lone target's options", () => {
    expect(parseTransportOptions({ destination: 2, $context: { threadStreamVersion: '4' }, pinoWillSendConfig: true })).toEqual({ destination: 2 });
    expect(parseTransportOptions(undefined)).toEqual({});
  });

  it('names each problem with its path', () => {
    expect(() => parseTransportOptions({ maxMatchLength: -1, records: { maxDepth: 'deep' } })).toThrow(
      /^options: maxMatchLength: Too small: expected number to be >0; records\.maxDepth: Invalid input: expected number, received string$/,
    );
  });

  it('explains why functions are refused', () => {
    expect(() => parseScrubOptions({ onError: () => {} }, 'x')).toThrow('x: onError is a function; pino copies transport options into its worker thread, so they must be plain data');
  });
});
