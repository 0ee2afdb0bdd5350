import { once } from 'node:events';
import { pipeline, Transform } from 'node:stream';
import build from 'pino-abstract-transport';
import { SonicBoom } from 'sonic-boom';
import { createRedactor } from '../../src/index';
import { createLineScrubber } from './line';
import { parseTransportOptions, type PinoTransportOptions } from './options';
import { isFollowedInPipeline } from './position';

/**
 * pino-abstract-transport parses every line only to drop the ones that are not JSON. We parse in
 * the scrubber and drop nothing, so its parse step gets a function that accepts every line.
 */
const EVERY_LINE = { parse: 'lines', metadata: false, parseLine: () => EVERY_LINE } as const;

/**
 * The `scrubline/pino` transport, run by pino in its worker thread. As a pipeline step followed by
 * another it is a Transform handing scrubbed lines on; otherwise it writes them to `destination`
 * (a path, or 1/2; stdout by default) through SonicBoom. Bad options or rule files reject here,
 * which pino reports as an 'error' on the transport stream in the app's thread.
 */
export default async function scrublineTransport(input?: PinoTransportOptions): Promise<Transform> {
  const { options, scrub } = startup(input);
  if (isFollowedInPipeline(input)) {
    if (options.destination !== undefined) {
      throw new Error('scrubline/pino: cannot start: it has a destination but another pipeline step follows it; drop the destination or the step');
    }
    return scrubStep(scrub);
  }
  return scrubToDestination(scrub, options);
}

/** Checks the options and builds the redactor; any problem becomes one error naming the transport. */
function startup(input: unknown): { options: PinoTransportOptions; scrub: (line: string) => string } {
  try {
    const options = parseTransportOptions(input);
    const { destination: _d, mkdir: _m, append: _a, ...scrubOptions } = options;
    return { options, scrub: createLineScrubber(createRedactor(scrubOptions)) };
  } catch (err) {
    throw new Error(`scrubline/pino: cannot start: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function scrubStep(scrub: (line: string) => string): Transform {
  return build(
    (source) => {
      const step = new Transform({
        writableObjectMode: true,
        readableObjectMode: true,
        autoDestroy: true,
        transform(line: string, _encoding, done) {
          done(null, `${scrub(line)}\n`);
        },
      });
      // Errors reach pino through the Duplex that build() wraps around both streams.
      pipeline(source, step, () => {});
      return step;
    },
    { ...EVERY_LINE, enablePipelining: true },
  );
}

async function scrubToDestination(scrub: (line: string) => string, options: PinoTransportOptions): Promise<Transform> {
  const dest = new SonicBoom({ dest: options.destination ?? 1, mkdir: options.mkdir ?? false, append: options.append ?? true, sync: false });
  try {
    await once(dest, 'ready');
  } catch (err) {
    throw new Error(`scrubline/pino: cannot start: cannot open destination ${String(options.destination)}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let closed = false;
  dest.once('close', () => (closed = true));
  const source = build(
    async (lines) => {
      for await (const line of lines as AsyncIterable<string>) {
        if (!dest.write(`${scrub(line)}\n`)) await once(dest, 'drain');
      }
    },
    {
      ...EVERY_LINE,
      // pino waits for the transport to close before the app may exit: every accepted line is on disk by then.
      async close() {
        if (closed) return;
        const done = once(dest, 'close');
        dest.end();
        await done;
      },
    },
  );
  // A write error (disk full, closed pipe) fails the transport as it would pino/file.
  dest.on('error', (err: Error) => source.destroy(err));
  return source;
}
