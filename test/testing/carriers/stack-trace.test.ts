import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inStackTrace, plantedValues } from '../../../src/testing/index';

describe('inStackTrace', () => {
  it('node: the value in the message line, frames after it', () => {
    fc.assert(
      fc.property(inStackTrace(fc.constant('jane@x.io'), { style: 'node' }), (planted) => {
        const lines = planted.text.split('\n');
        expect(lines[0]).toContain('jane@x.io');
        expect(lines.slice(1).every((l) => l.startsWith('    at '))).toBe(true);
        expect(plantedValues(planted)).toEqual(['jane@x.io']);
      }),
    );
  });

  it('python: a traceback with the exception last', () => {
    fc.assert(
      fc.property(inStackTrace(fc.constant('jane@x.io'), { style: 'python' }), (planted) => {
        expect(planted.text.startsWith('Traceback (most recent call last):\n')).toBe(true);
        expect(planted.text.split('\n').at(-1)).toContain('jane@x.io');
      }),
    );
  });
});
