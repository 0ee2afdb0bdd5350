import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The package root, found from this file whether it runs from src/ (tests) or dist/src/ (built). */
function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'scrubline') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('scrubline: cannot find its own package.json to load the built-in rule packs');
    dir = parent;
  }
}

let cachedDir: string | undefined;

/** Directory of the built-in packs (`rules/` in the package). */
export function packsDir(): string {
  cachedDir ??= join(packageRoot(), 'rules');
  return cachedDir;
}

/** Names of the built-in packs: every `rules/*.yaml`. */
export function packNames(): string[] {
  return readdirSync(packsDir())
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** The file of a built-in pack, or undefined when `name` is not one. */
export function packFile(name: string): string | undefined {
  return packNames().includes(name) ? join(packsDir(), `${name}.yaml`) : undefined;
}
