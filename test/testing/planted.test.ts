import { describe, expect, it } from 'vitest';
import { encodePieces, plantedValues, toPlanted, wrap } from '../../src/testing/planted';

describe('planted texts', () => {
  it('a bare string is one value planted alone', () => {
    expect(toPlanted('4111')).toEqual({ text: '4111', spans: [{ start: 0, end: 4 }] });
    expect(toPlanted('')).toEqual({ text: '', spans: [] });
  });

  it('wrap moves the spans along', () => {
    const p = wrap('<<', wrap('a=', 'secret', ';'), '>>');
    expect(p.text).toBe('<<a=secret;>>');
    expect(plantedValues(p)).toEqual(['secret']);
  });

  it('encodePieces keeps spans on the encoded values', () => {
    const p = encodePieces(wrap('to: "', 'jane@x.io\n', '"'), encodeURIComponent);
    expect(p.text).toBe('to%3A%20%22jane%40x.io%0A%22');
    expect(plantedValues(p)).toEqual(['jane%40x.io%0A']);
  });
});
