import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Contender, Unavailable } from './types';

/**
 * The peers live in bench/peers, a package of their own, so scrubline's install never pulls them.
 * Found by walking up, so the same code works compiled (bench/.out) and from source (tests).
 */
export const PEERS_DIR = findPeersDir(__dirname);

function findPeersDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'peers');
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error('bench: cannot find bench/peers/package.json');
  }
}

interface RedactPii {
  SyncRedactor: new () => { redact(text: string): string };
}
interface RedactPiiNode {
  Redactor: new () => { redact(text: string): string };
}
interface OpenRedactionModule {
  OpenRedaction: new () => { detect(text: string): Promise<{ redacted: string }> };
}

/**
 * Each peer as its README's quick start configures it: that is what a user picks, and each
 * library's defaults are its authors' idea of the best trade-off (all built-in rules on).
 */
export function peers(): (Contender | Unavailable)[] {
  if (!existsSync(join(PEERS_DIR, 'node_modules'))) {
    const reason = 'bench/peers is not installed (`npm ci --prefix bench/peers`)';
    return ['redact-pii', '@redactpii/node', 'openredaction'].map((name) => ({ name, reason }));
  }
  const load = createRequire(join(PEERS_DIR, 'package.json'));
  // Read from disk: these packages' export maps do not expose their package.json.
  const version = (name: string) => (JSON.parse(readFileSync(join(PEERS_DIR, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return [
    attempt('redact-pii', () => {
      const { SyncRedactor } = load('redact-pii') as RedactPii;
      const r = new SyncRedactor();
      return { name: `redact-pii ${version('redact-pii')}`, group: 'peer', config: 'new SyncRedactor(): all built-in patterns', redact: (line) => r.redact(line) };
    }),
    attempt('@redactpii/node', () => {
      const { Redactor } = load('@redactpii/node') as RedactPiiNode;
      const r = new Redactor();
      return { name: `@redactpii/node ${version('@redactpii/node')}`, group: 'peer', config: 'new Redactor(): all built-in rules', redact: (line) => r.redact(line) };
    }),
    attempt('openredaction', () => {
      const { OpenRedaction } = load('openredaction') as OpenRedactionModule;
      const r = new OpenRedaction();
      return { name: `openredaction ${version('openredaction')}`, group: 'peer', config: 'new OpenRedaction(): default patterns, await detect()', redact: async (line) => (await r.detect(line)).redacted };
    }),
  ];
}

function attempt(name: string, build: () => Contender): Contender | Unavailable {
  try {
    return build();
  } catch (err) {
    return { name, reason: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
  }
}
