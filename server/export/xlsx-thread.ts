import { Worker } from 'node:worker_threads';
import type { Cell } from '../../shared/export/cells.js';
import { packRows, type XlsxColumn } from './xlsx-book.js';
import type { BookSink, Output } from './xlsx-output.js';
import { WORKER_MARK, type FromWorker, type ToWorker } from './xlsx-worker.js';

/**
 * The main thread's side of the XLSX worker (xlsx-worker.ts): rows go over in packed pages of 500, at
 * most two at a time, and ZIP chunks come back into the output while it has room.
 */

/** Batches the worker may hold at once: one being built while the next is on its way. */
const BATCHES_IN_FLIGHT = 2;
/**
 * The worker's own heap limit. It holds a batch and the deflate state (a few MB); a writer bug that
 * held a sheet would end the export with ERR_WORKER_OUT_OF_MEMORY rather than grow the server.
 */
const WORKER_HEAP_MB = 128;

/**
 * A worker that finished its last workbook cleanly, kept for the next export. Starting one costs about
 * 0.5 s under tsx (its module hooks are registered anew in every worker, measured here), against ~10 MB
 * of memory to keep one idle; it is unref'd so it never holds the process open. Exports run one at a
 * time (design §7.1), so one is enough: a second at once starts its own, which is not kept.
 */
let idle: Worker | null = null;

function takeWorker(): Worker {
  const worker = idle ?? startWorker();
  idle = null;
  worker.ref();
  return worker;
}

function keepWorker(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle = worker;
}

/**
 * The worker, from the same kind of file as this one. Under tsx (how the server runs, `npm start`, and
 * how vitest loads it) this file is TypeScript, and a worker inherits no module hooks on Node 20: it
 * registers tsx's before importing its entry, or Node would refuse the `.ts` extension.
 */
function startWorker(): Worker {
  const options = { workerData: WORKER_MARK, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(`./xlsx-worker.${typescript ? 'ts' : 'js'}`, import.meta.url);
  const worker = typescript
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
          `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`,
        { ...options, eval: true },
      )
    : new Worker(entry, options);
  // An export listens for its own failures; these keep an idle worker's from being unhandled, and
  // forget a worker that has gone.
  worker.on('error', () => {});
  worker.on('exit', () => {
    if (idle === worker) idle = null;
  });
  return worker;
}

export class WorkerSink implements BookSink {
  readonly batchRows = 500;
  private readonly worker = takeWorker();
  private inFlight = 0;
  private ended = false;
  private failed = false;

  constructor(private readonly output: Output) {
    this.worker.on('message', this.onMessage);
    this.worker.on('error', this.onError);
    this.worker.on('exit', this.onExit);
    this.post({ kind: 'begin' });
  }

  startSheet(name: string, columns: readonly XlsxColumn[]): void {
    this.post({ kind: 'sheet', name, columns });
  }

  async addRows(rows: readonly (readonly Cell[])[]): Promise<void> {
    if (rows.length > 0) {
      this.post({ kind: 'rows', rows: packRows(rows) });
      this.inFlight++;
    }
    await this.output.until(() => this.inFlight >= BATCHES_IN_FLIGHT || this.output.full);
  }

  endSheet(): void {
    this.post({ kind: 'end-sheet' });
  }

  async finish(): Promise<void> {
    this.post({ kind: 'finish' });
    await this.output.until(() => !this.ended);
  }

  /** Keeps the worker for the next export only if this one ended cleanly; anything else ends it. */
  close(): void {
    this.worker.off('message', this.onMessage);
    this.worker.off('error', this.onError);
    this.worker.off('exit', this.onExit);
    if (this.ended && this.inFlight === 0 && !this.failed) keepWorker(this.worker);
    else void this.worker.terminate();
  }

  private readonly onMessage = (message: FromWorker): void => {
    if (message.kind === 'chunk') {
      this.output.write(message.chunk);
      if (message.final) this.ended = true;
    } else this.inFlight--;
    this.output.notify();
  };

  private readonly onError = (error: Error): void => {
    this.failed = true;
    this.output.fail(error);
  };

  private readonly onExit = (code: number): void => {
    this.failed = true;
    this.output.fail(new Error(`the XLSX worker stopped with exit code ${code}`));
  };

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}
