import { describe, expect, it } from 'vitest';
import { usSsn } from '../../src/validators/us-ssn';

describe('usSsn', () => {
  it.each(['536-22-8726', '078 05 1123', '899-99-9999'])('accepts %s', (v) => expect(usSsn(v)).toBe(true));
  it.each([
    ['area 000', '000-12-3456'],
    ['area 666', '666-12-3456'],
    ['area 900+ (ITINs)', '900-70-1234'],
    ['group 00', '536-00-8726'],
    ['serial 0000', '536-22-0000'],
    ["Woolworth's wallet card", '078-05-1120'],
    ['one repeated digit', '111-11-1111'],
  ])('refuses %s', (_, v) => expect(usSsn(v)).toBe(false));
});
