import type { EngineName } from '../../src/index';

/** Every engine suite runs once per backend: both must give the same findings. */
export const ENGINES: readonly EngineName[] = ['re2', 're2-wasm'];
