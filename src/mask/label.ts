/** `[EMAIL]`: says what was there and nothing else. */
export function labelMask(label: string): () => string {
  const out = `[${label}]`;
  return () => out;
}
