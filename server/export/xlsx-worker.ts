import { parentPort, workerData } from 'node:worker_threads';
import { unpackRows, XlsxBook, type PackedRows, type XlsxColumn } from './xlsx-book.js';

/**
 * The XLSX writer's worker thread (design §7.1): it builds the XML and deflates it — nearly all of an
 * export's CPU time — so a live room served by the same process keeps answering. The main thread reads
 * the rows and sends them here in batches; the ZIP comes back in chunks, transferred rather than copied.
 * xlsx-thread.ts starts it and drives it; this file is its entry and its messages. One workbook at a
 * time, from `begin` to `finish`; a worker that finished cleanly may be given the next one.
 */

export type ToWorker =
  | { kind: 'begin' }
  | { kind: 'sheet'; name: string; columns: readonly XlsxColumn[] }
  | { kind: 'rows'; rows: PackedRows }
  | { kind: 'end-sheet' }
  | { kind: 'finish' };

/** `batch-done` answers each `rows` after its chunks, so the main thread can keep a bounded number in flight. */
export type FromWorker = { kind: 'chunk'; chunk: Uint8Array; final: boolean } | { kind: 'batch-done' };

/** Marks the thread as this writer's, so importing the file anywhere else (a test pool's thread) does nothing. */
export const WORKER_MARK = 'moim-xlsx-worker';

/**
 * The chunk on a buffer of its own, so transferring it detaches nothing fflate still uses (its chunks
 * are fresh arrays today; a view into a shared one would be copied).
 */
function own(chunk: Uint8Array): Uint8Array {
  return chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
}

if (parentPort && workerData === WORKER_MARK) {
  const port = parentPort;
  const send = (message: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let book: XlsxBook | null = null;
  const current = (): XlsxBook => {
    if (!book) throw new Error('no workbook has begun');
    return book;
  };
  // A refusal (a non-finite number, a row too long) is thrown out of here: the worker stops and the
  // main thread sees the error itself through the Worker's 'error' event, and starts a new one next time.
  port.on('message', (message: ToWorker) => {
    switch (message.kind) {
      case 'begin':
        book = new XlsxBook((chunk, final) => {
          const mine = own(chunk);
          send({ kind: 'chunk', chunk: mine, final }, [mine.buffer as ArrayBuffer]);
        });
        return;
      case 'sheet':
        current().startSheet(message.name, message.columns);
        return;
      case 'rows':
        current().addRows(unpackRows(message.rows));
        send({ kind: 'batch-done' });
        return;
      case 'end-sheet':
        current().endSheet();
        return;
      case 'finish':
        current().finish();
        book = null;
        return;
    }
  });
}
