import type { BatchResult } from './redact-lines';

export interface ToWorker {
  readonly id: number;
  readonly bytes: Uint8Array;
}

export type FromWorker =
  | { readonly kind: 'ready' }
  | { readonly kind: 'warning'; readonly message: string }
  | { readonly kind: 'result'; readonly id: number; readonly result: BatchResult };

/**
 * A view that owns its whole ArrayBuffer, so transferring it moves only these bytes. Small Buffers
 * live in a shared pool: transferring one would detach every other Buffer in it.
 */
export function transferable(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer)) return bytes;
  return new Uint8Array(bytes);
}
