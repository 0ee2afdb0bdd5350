import { createRedactor, type Redactor } from '../../src/index';

/**
 * A redactor whose searches make re2-wasm abort, as on any heap exhaustion: an unbounded rule with
 * an 8 MB match cap makes each search of a long text copy 8 MB into its fixed 16 MiB heap. The
 * fail-closed tests of every layer use it.
 */
export function abortingWasmRedactor(onError: (e: Error) => void): Redactor {
  return createRedactor({
    engine: 're2-wasm',
    packs: [],
    rules: [{ rules: [{ id: 'at', type: 'AT', regex: '[a-z]+@example\\.com' }] }],
    maxMatchLength: 8_000_000,
    onError,
  });
}
