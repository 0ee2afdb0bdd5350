import { expect } from 'vitest';
import { PropertyFailure } from '../../src/testing/index';

/** Runs `fn`, which must throw a PropertyFailure, and returns it. */
export function failureOf(fn: () => void): PropertyFailure {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(PropertyFailure);
    return err as PropertyFailure;
  }
  throw new Error('expected the property to fail, and it passed');
}
