// Character tests for validators: plain loops, so no backtracking engine ever sees log content.

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
export const isBase64Url = (c: number): boolean => isDigit(c) || isUpper(c) || (c >= 97 && c <= 122) || c === 45 || c === 95;

/** True when `s` is non-empty and every UTF-16 unit passes `test`. */
export function every(s: string, test: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}
