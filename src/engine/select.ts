import { loadNodeRe2 } from './node-re2';
import { loadRe2Wasm } from './re2-wasm';
import type { Engine, EngineName } from './types';

export type EngineChoice = 'auto' | EngineName;

/**
 * Returns a factory, not an engine: after a wasm abort the redactor needs a brand-new instance.
 * `auto` prefers the native node-re2 (about 8x faster) and falls back to re2-wasm, which always
 * installs; naming an engine that cannot load is an error rather than a silent fallback.
 */
export function engineFactory(choice: EngineChoice): () => Engine {
  if (choice === 're2-wasm') return loadRe2Wasm;
  if (choice === 're2') {
    try {
      loadNodeRe2();
    } catch (err) {
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new Error(`engine 're2' could not load the native node-re2 addon (${reason}); install it with \`npm i re2\` or use engine 'auto'`);
    }
    return loadNodeRe2;
  }
  try {
    loadNodeRe2();
    return loadNodeRe2;
  } catch {
    return loadRe2Wasm;
  }
}
