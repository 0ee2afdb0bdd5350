import { randomBytes } from 'node:crypto';
import { constants, unlinkSync, type WriteStream } from 'node:fs';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { fsReason, UserError } from './errors';

/** Where redacted output goes; writes wait for the destination to drain. */
export interface Output {
  write(bytes: Uint8Array): Promise<void>;
  /** Everything written is in place (for a file: complete and renamed over the target). */
  finish(): Promise<void>;
  /** Gives up: a file output leaves no partial file behind. */
  abort(): Promise<void>;
}

/** Raised when the reader of stdout went away (`scrubline redact big.log | head`): not an error. */
export class OutputClosed extends Error {}

/** Standard output. A closed pipe stops the run quietly, as it does for other Unix filters. */
export function stdoutOutput(): Output {
  let failure: Error | undefined;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    failure = err.code === 'EPIPE' ? new OutputClosed('stdout closed') : new UserError(`cannot write to stdout: ${fsReason(err)}`);
  });
  return {
    write: (bytes) => writeTo(process.stdout, bytes, () => failure),
    finish: async () => {
      if (process.stdout.writableNeedDrain) await drained(process.stdout);
      if (failure !== undefined) throw failure;
    },
    abort: async () => undefined,
  };
}

/**
 * A file written whole or not at all: output goes to a temporary file next to it, renamed over the
 * target only when the run succeeds. So a failed run never leaves half a file, and redacting a
 * file in place (`-o` naming one of the inputs) reads the original to the end.
 */
export async function fileOutput(path: string): Promise<Output> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.scrubline-${randomBytes(6).toString('hex')}.tmp`);
  // An existing file keeps its permissions.
  const mode = await stat(target).then(
    (s) => (s.isFile() ? s.mode & 0o7777 : undefined),
    () => undefined,
  );
  const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode ?? 0o666).catch((err: unknown) => {
    throw new UserError(`cannot write ${path}: ${fsReason(err)}`);
  });
  const stream: WriteStream = handle.createWriteStream();
  // Ctrl-C exits at once (exit code 130): the temporary file must not be left behind.
  const removeOnExit = () => {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  };
  process.once('exit', removeOnExit);
  let failure: Error | undefined;
  stream.on('error', (err) => {
    failure = new UserError(`cannot write ${path}: ${fsReason(err)}`);
  });
  return {
    write: (bytes) => writeTo(stream, bytes, () => failure),
    finish: async () => {
      process.off('exit', removeOnExit);
      stream.end();
      await once(stream, 'close').catch(() => undefined);
      if (failure !== undefined) {
        await unlink(temp).catch(() => undefined);
        throw failure;
      }
      if (mode !== undefined) await chmod(temp, mode);
      await rename(temp, target).catch(async (err: unknown) => {
        await unlink(temp).catch(() => undefined);
        throw new UserError(`cannot write ${path}: ${fsReason(err)}`);
      });
    },
    abort: async () => {
      process.off('exit', removeOnExit);
      stream.destroy();
      await once(stream, 'close').catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}

async function writeTo(stream: Writable, bytes: Uint8Array, failure: () => Error | undefined): Promise<void> {
  const before = failure();
  if (before !== undefined) throw before;
  if (bytes.length === 0) return;
  if (!stream.write(bytes)) {
    await drained(stream);
    const after = failure();
    if (after !== undefined) throw after;
  }
}

/** Resolves on 'drain', or on 'close' or 'error' (kept by the output's own listener), whichever comes first. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
