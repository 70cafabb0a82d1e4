import { describe, expect, it } from 'vitest';
import type { XlsxSheet } from '../../../server/export/xlsx.js';
import { dateCell, EMPTY_CELL, numberCell, textCell, type Cell } from '../../../shared/export/cells.js';
import { writeToBuffer, xlsxParts } from '../../helpers/xlsx.js';

/**
 * The worker is a transport: the book it runs is the one xlsx.test.ts reads on this thread. So the
 * same sheets written both ways must give the same package, part for part — across batches of 500,
 * the 200 rows held for widths, several sheets, and every kind of cell.
 */

function* rows(count: number): Generator<Cell[]> {
  for (let i = 0; i < count; i++) {
    yield [
      numberCell(i),
      textCell(i % 7 === 0 ? `=SUM(A${i})` : `참여자 ${i}\r\n_x0041_ & <${i}>`),
      i % 3 === 0 ? EMPTY_CELL : dateCell(`2025-0${(i % 9) + 1}-2${i % 9}`),
      numberCell(-i / 3),
    ];
  }
}

const sheets = (): XlsxSheet[] => [
  {
    name: '출석',
    columns: ['번호', '이름', '날짜', '변화'].map((header) => ({ header })),
    rows: rows(1_234),
  },
  { name: '출석', columns: [{ header: '빈 시트', width: 20 }], rows: [] },
  {
    name: '요약',
    columns: ['n', 't', 'd', 'x'].map((header) => ({ header })),
    rows: (async function* () {
      yield* rows(3);
    })(),
  },
];

describe('the worker', () => {
  it('writes the same package as the book on this thread', async () => {
    const here = xlsxParts(await writeToBuffer(sheets(), { worker: false }));
    const there = xlsxParts(await writeToBuffer(sheets(), { worker: true }));
    expect(Object.keys(there).sort()).toEqual(Object.keys(here).sort());
    for (const path of Object.keys(here)) expect(there[path], path).toBe(here[path]);
    expect(here['xl/worksheets/sheet1.xml']).toContain('<autoFilter ref="A1:D1235"/>');
  });

  it('ends after a refusal, and the next export gets a new one', async () => {
    const refused = writeToBuffer([{ name: 'a', columns: [{ header: 'n' }], rows: [[numberCell(NaN)]] }], {
      worker: true,
    });
    await expect(refused).rejects.toThrow(RangeError);
    const again = xlsxParts(await writeToBuffer(sheets(), { worker: true }));
    expect(again['xl/worksheets/sheet1.xml']).toContain('<autoFilter ref="A1:D1235"/>');
  });
});
