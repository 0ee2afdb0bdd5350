import { Transform, type TransformOptions } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { RedactionStream } from './stream';

/** Options for `Redactor.stream()`: the Transform's buffering and cancellation. */
export type RedactTransformOptions = Pick<TransformOptions, 'highWaterMark' | 'signal'>;

/**
 * A Node Transform, text in and text out: strings or UTF-8 bytes in (a character split across
 * buffers is decoded whole), redacted strings out. The end of the input ends the text.
 */
export function redactTransform(stream: RedactionStream, options: RedactTransformOptions = {}): Transform {
  const decoder = new StringDecoder('utf8');
  const emit = (text: string): string | undefined => (text.length > 0 ? text : undefined);
  return new Transform({
    highWaterMark: options.highWaterMark,
    signal: options.signal,
    decodeStrings: false,
    encoding: 'utf8',
    transform(chunk: string | Buffer, _encoding, done) {
      done(null, emit(stream.push(typeof chunk === 'string' ? chunk : decoder.write(chunk))));
    },
    flush(done) {
      done(null, emit(stream.push(decoder.end()) + stream.flush()));
    },
  });
}
