import * as fc from 'fast-check';
import { wrap, type Planted, type Sample } from '../planted';
import { listOf } from '../tokens';

export type StackStyle = 'node' | 'python';

const NODE_FRAMES = [
  '    at chargeCard (/app/src/billing/charge.js:42:11)',
  '    at async Promise.all (index 0)',
  '    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
  '    at Object.<anonymous> (/app/src/worker.ts:7:3)',
];
const NODE_MESSAGES: readonly (readonly [string, string])[] = [
  ['Error: could not charge ', ''],
  ['TypeError: Cannot read properties of undefined (reading \'', '\')'],
  ['ValidationError: invalid value "', '" for field contact'],
];
const PY_MESSAGES: readonly (readonly [string, string])[] = [
  ["ValueError: invalid recipient '", "'"],
  ['KeyError: \'', "'"],
  ['requests.exceptions.HTTPError: 401 Client Error for url: https://api.example.com/?q=', ''],
];

/**
 * An error with its stack, the value in the message: Node (`Error: …` then `    at …` frames) or
 * Python (`Traceback (most recent call last):` then `File …` lines and the exception last).
 */
export function inStackTrace(value: fc.Arbitrary<Sample>, opts: { readonly style?: StackStyle | readonly StackStyle[] } = {}): fc.Arbitrary<Planted> {
  const styles = listOf<StackStyle>(opts.style, ['node', 'python']);
  const frames = fc.subarray([...NODE_FRAMES], { minLength: 1 });
  return fc
    .tuple(value, fc.constantFrom(...styles), frames, fc.constantFrom(...NODE_MESSAGES), fc.constantFrom(...PY_MESSAGES), fc.nat(500))
    .map(([v, style, stack, [nb, na], [pb, pa], line]) => {
      if (style === 'node') return wrap(nb, v, `${na}\n${stack.join('\n')}`);
      const head = `Traceback (most recent call last):\n  File "/app/worker.py", line ${line + 1}, in handle\n    send_mail(to=recipient)\n`;
      return wrap(head + pb, v, pa);
    });
}
