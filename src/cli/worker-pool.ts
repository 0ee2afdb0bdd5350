import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BatchSetup } from './batch-redactor';
import type { BatchResult } from './redact-lines';
import { transferable, type FromWorker, type ToWorker } from './worker-messages';

interface Job {
  resolve(result: BatchResult): void;
  reject(error: Error): void;
}

interface Member {
  readonly worker: Worker;
  readonly jobs: Map<number, Job>;
  ready: boolean;
}

/**
 * Worker threads that redact batches. Each worker answers its batches in the order it got them;
 * the caller keeps the overall order. A worker that dies fails its batches and every later one.
 */
export class WorkerPool {
  private readonly members: Member[];
  private nextId = 0;
  private failure: Error | undefined;
  private readonly readiness: Promise<void>;
  private settleReadiness: { resolve(): void; reject(err: Error): void } | undefined;

  constructor(size: number, setup: BatchSetup, onWarning: (message: string) => void) {
    this.readiness = new Promise((resolve, reject) => (this.settleReadiness = { resolve, reject }));
    this.readiness.catch(() => undefined); // a failure also reaches every batch; waiting is optional
    const file = join(__dirname, 'redact-worker.js');
    this.members = Array.from({ length: size }, () => {
      const member: Member = { worker: new Worker(file, { workerData: setup }), jobs: new Map(), ready: false };
      member.worker.on('message', (msg: FromWorker) => {
        if (msg.kind === 'ready') {
          member.ready = true;
          if (this.ready) this.settleReadiness?.resolve();
        } else if (msg.kind === 'warning') onWarning(msg.message);
        else {
          const job = member.jobs.get(msg.id)!;
          member.jobs.delete(msg.id);
          job.resolve(msg.result);
        }
      });
      member.worker.on('error', (err) => this.fail(err));
      member.worker.on('exit', (code) => this.fail(new Error(`a worker thread exited with code ${code}`)));
      return member;
    });
  }

  /** True once every worker has built its redactor; until then the caller redacts on its own thread. */
  get ready(): boolean {
    return this.members.every((m) => m.ready);
  }

  /** Resolves when every worker is ready; rejects if one fails first. */
  whenReady(): Promise<void> {
    return this.readiness;
  }

  /** Some worker has fewer than two batches queued: a new batch would start without waiting long. */
  get hasRoom(): boolean {
    return this.members.some((m) => m.jobs.size < 2);
  }

  /** Redacts a batch on the least busy worker. The bytes may be transferred: do not use them after. */
  run(bytes: Uint8Array): Promise<BatchResult> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const member = this.members.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      member.jobs.set(id, { resolve, reject });
      const owned = transferable(bytes);
      member.worker.postMessage({ id, bytes: owned } satisfies ToWorker, [owned.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('the worker pool is closed');
    await Promise.all(this.members.map((m) => m.worker.terminate()));
  }

  private fail(err: Error): void {
    if (this.failure === undefined) this.failure = err;
    this.settleReadiness?.reject(this.failure);
    for (const m of this.members) {
      for (const job of m.jobs.values()) job.reject(this.failure);
      m.jobs.clear();
    }
  }
}
