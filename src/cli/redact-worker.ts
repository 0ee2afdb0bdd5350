import { parentPort, workerData } from 'node:worker_threads';
import { batchRedactorFor, type BatchSetup } from './batch-redactor';
import { transferable, type FromWorker, type ToWorker } from './worker-messages';

/** A worker thread of `scrubline redact`: batches of lines in, redacted batches out, in order. */
const port = parentPort!;
const batches = batchRedactorFor(workerData as BatchSetup, (error) => port.postMessage({ kind: 'warning', message: error.message } satisfies FromWorker));
port.postMessage({ kind: 'ready' } satisfies FromWorker);
port.on('message', (msg: ToWorker) => {
  const result = batches.run(msg.bytes);
  const out = transferable(result.out);
  port.postMessage({ kind: 'result', id: msg.id, result: { ...result, out } } satisfies FromWorker, [out.buffer as ArrayBuffer]);
});
