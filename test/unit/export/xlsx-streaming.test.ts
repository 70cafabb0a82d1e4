import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../server/export/xlsx.js';
import { dateCell, numberCell, textCell, type Cell } from '../../../shared/export/cells.js';

/**
 * The writer streams: a 60,000-row sheet goes through with the heap it keeps (measured after a forced
 * collection, so garbage not yet collected does not count) far below what holding the sheet would take,
 * the output's buffer stays near its high-water mark (backpressure is respected), and bytes leave
 * before the rows are all read. Nothing here is timed.
 */

// A forced collection makes "retained" mean retained; the flag can be set at run time, and `gc` is
// then found in a new context.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROWS = 60_000;
const MB = 1024 * 1024;
const SAYING = '오늘 집단상담에서 나의 강점을 찾았고 모의 면접이 큰 도움이 되었습니다. ';

/**
 * Rows of eight cells, made as they are read. Held, they would take ~25 MB as cells, and their XML
 * (~45 MB of UTF-8, mostly Hangul, twice that as JavaScript strings) far more.
 */
function* rows(counter: { pulled: number }): Generator<Cell[]> {
  for (let i = 0; i < ROWS; i++) {
    counter.pulled++;
    yield [
      numberCell(i + 1),
      textCell(`참여자${i}`),
      dateCell(`2025-0${(i % 9) + 1}-1${i % 10}`),
      textCell(i % 3 === 0 ? '=위험' : '취업'),
      numberCell(i / 7),
      textCell(`${i} ${SAYING}${SAYING}`),
      textCell(`(주)회사${i % 500}`),
      numberCell(-(i % 5)),
    ];
  }
}

/**
 * Counts bytes, and finishes each write on a later timer, slower than the writer makes chunks, so a
 * writer that ignored backpressure would pile the file up in the stream's buffer.
 */
function slowCountingWritable(counter: { pulled: number }) {
  const seen = { bytes: 0, writes: 0, maxBuffered: 0, retainedPeak: 0, pulledAtFirstByte: -1 };
  const out = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _encoding, done) {
      if (seen.writes === 0) seen.pulledAtFirstByte = counter.pulled;
      seen.bytes += chunk.length;
      seen.maxBuffered = Math.max(seen.maxBuffered, out.writableLength);
      if (seen.writes++ % 50 === 0) {
        gc();
        seen.retainedPeak = Math.max(seen.retainedPeak, process.memoryUsage().heapUsed);
      }
      setTimeout(done, 1);
    },
  });
  return { out, seen };
}

describe.each([
  ['on this thread', { worker: false }],
  ['in a worker', { worker: true }],
])('streaming, %s', (_, options) => {
  // In a worker the heap measured is this thread's: what the main thread keeps of rows and chunks.
  it('writes 60,000 rows with bounded memory and buffering', async () => {
    const counter = { pulled: 0 };
    const { out, seen } = slowCountingWritable(counter);

    gc();
    const before = process.memoryUsage().heapUsed;
    await writeXlsx(
      [
        {
          name: '출석',
          columns: ['번호', '이름', '날짜', '상태', '시간', '소감', '회사', '변화'].map((header) => ({
            header,
          })),
          rows: rows(counter),
        },
      ],
      out,
      options,
    );
    gc();
    const after = process.memoryUsage().heapUsed;

    expect(counter.pulled).toBe(ROWS);
    expect(seen.bytes).toBeGreaterThan(1 * MB);
    // Bytes left while most rows were still unread.
    expect(seen.pulledAtFirstByte).toBeGreaterThan(0);
    expect(seen.pulledAtFirstByte).toBeLessThan(ROWS / 10);
    // The output's buffer stayed near its high-water mark, not the file's size.
    expect(seen.maxBuffered).toBeLessThan(512 * 1024);
    // What the writer kept while it ran, and after it: a few MB of batches and deflate state.
    expect(seen.retainedPeak - before).toBeLessThan(16 * MB);
    expect(after - before).toBeLessThan(8 * MB);
  });
});
