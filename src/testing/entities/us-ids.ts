import * as fc from 'fast-check';
import { oneOf, listOf } from '../tokens';

export type SsnFormat = 'dashed' | 'spaced' | 'plain';

export interface SsnOptions {
  /** Default `dashed` and `spaced`: a bare nine-digit run is as often an id or an amount as an SSN. */
  readonly format?: SsnFormat | readonly SsnFormat[];
}

/** Numbers the SSA published and never issued, which validators reject. */
const NEVER_ISSUED = new Set(['078051120', '219099999', '123456789']);

const DEFAULT_FORMATS: readonly SsnFormat[] = ['dashed', 'spaced'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

function layout(area: string, group: string, serial: string, style: SsnFormat): string {
  return style === 'plain' ? area + group + serial : [area, group, serial].join(style === 'dashed' ? '-' : ' ');
}

/** US Social Security numbers in valid ranges: area 001-899 but not 666, group 01-99, serial 0001-9999. */
export function usSsn(opts: SsnOptions = {}): fc.Arbitrary<string> {
  const area = fc.integer({ min: 1, max: 898 }).map((a) => (a >= 666 ? a + 1 : a));
  return fc
    .tuple(area, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9999 }), oneOf(listOf<SsnFormat>(opts.format, DEFAULT_FORMATS)))
    .map(([a, g, s, style]) => [pad(a, 3), pad(g, 2), pad(s, 4), style] as const)
    .filter(([a, g, s]) => !NEVER_ISSUED.has(a + g + s) && a + g + s !== (a + g + s)[0]!.repeat(9))
    .map(([a, g, s, style]) => layout(a, g, s, style));
}

/** Lookalike: SSN-shaped numbers the SSA never issues (area 000, 666 or 9xx, group 00, serial 0000). */
export function invalidSsn(opts: SsnOptions = {}): fc.Arbitrary<string> {
  const valid = { area: fc.integer({ min: 1, max: 665 }), group: fc.integer({ min: 1, max: 99 }), serial: fc.integer({ min: 1, max: 9999 }) };
  const badArea = fc.oneof(fc.constant(0), fc.constant(666), fc.integer({ min: 900, max: 999 }));
  // A 9xx area with an IRS group is not a bad SSN but a valid ITIN: keep those out.
  const itinGroup = (a: number, g: number) => a >= 900 && ((g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94);
  return fc
    .oneof(
      fc.tuple(badArea, valid.group, valid.serial).filter(([a, g]) => !itinGroup(a, g)),
      fc.tuple(valid.area, fc.constant(0), valid.serial),
      fc.tuple(valid.area, valid.group, fc.constant(0)),
    )
    .chain(([a, g, s]) => oneOf(listOf<SsnFormat>(opts.format, DEFAULT_FORMATS)).map((style) => layout(pad(a, 3), pad(g, 2), pad(s, 4), style)));
}

/** US ITINs: 9xx, then a group in 50-65, 70-88, 90-92 or 94-99 (the IRS ranges), then four digits. */
export function usItin(opts: SsnOptions = {}): fc.Arbitrary<string> {
  const groups = [...range(50, 65), ...range(70, 88), ...range(90, 92), ...range(94, 99)];
  return fc
    .tuple(fc.integer({ min: 900, max: 999 }), oneOf(groups), fc.integer({ min: 0, max: 9999 }), oneOf(listOf<SsnFormat>(opts.format, DEFAULT_FORMATS)))
    .map(([a, g, s, style]) => layout(String(a), String(g), pad(s, 4), style));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
