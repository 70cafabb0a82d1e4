import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { numberCell, textCell, type Cell } from '../../../shared/export/cells.js';
import {
  assertAnonymous,
  DATASETS,
  datasetById,
  type Dataset,
  type DatasetSheet,
  type ExportContext,
} from '../../../server/export/datasets.js';
import { exportLogCutoff } from '../../../server/export/log-retention.js';
import { unionColumns, writeExport } from '../../../server/export/write-export.js';
import type { Storage } from '../../../server/storage/index.js';

/**
 * An export of no programs: every dataset can say its sheets without reading the store, but for the
 * center's thresholds (the summary's "3명 미만").
 */
const EMPTY: ExportContext = {
  storage: {
    centers: { findById: async () => ({ smallCountThreshold: 3, completionThreshold: 0.8 }) },
  } as unknown as Storage,
  centerId: 'c',
  scope: 'center',
  programs: [],
  now: 0,
};

async function* rows(...list: Cell[][]): AsyncGenerator<readonly Cell[]> {
  yield* list;
}

async function csvOf(sheets: DatasetSheet[]): Promise<{ text: string; rows: number }> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _e, done) {
      chunks.push(chunk);
      done();
    },
  });
  const n = await writeExport(sheets, 'csv', out, { worker: false });
  return { text: Buffer.concat(chunks).toString('utf8'), rows: n };
}

describe('the dataset registry', () => {
  it('has unique ids, both formats, and unique column keys on every sheet', async () => {
    expect(new Set(DATASETS.map((d) => d.id)).size).toBe(DATASETS.length);
    expect(DATASETS.map((d) => d.id)).toEqual([
      'roster',
      'instruments',
      'outcomes',
      'satisfaction',
      'summary',
    ]);
    for (const dataset of DATASETS) {
      expect(datasetById(dataset.id)).toBe(dataset);
      expect(dataset.formats).toEqual(['xlsx', 'csv']);
      const sheets = await dataset.sheets(EMPTY);
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) {
        const keys = sheet.columns.map((c) => c.key);
        expect(new Set(keys).size, `${dataset.id} ${sheet.name}`).toBe(keys.length);
      }
      // Only the survey is anonymous, with no participant column; the per-member ones flag theirs. The
      // summary is neither: it lists programs only (no participant column), and it is not anonymous
      // data but figures under the small-count rule, so it is not held to the survey's rule either.
      expect(dataset.anonymous).toBe(dataset.id === 'satisfaction');
      const perMember = !dataset.anonymous && dataset.id !== 'summary';
      for (const sheet of sheets)
        if (!perMember) expect(sheet.columns.some((c) => c.participant)).toBe(false);
      expect(sheets[0]!.columns.some((c) => c.participant)).toBe(perMember);
    }
    expect(datasetById('__proto__')).toBeUndefined();
  });

  it('refuses an anonymous dataset that declares a participant column, and lets one without pass', async () => {
    const sheet = (participant: boolean): DatasetSheet => ({
      name: '만족도',
      columns: [
        { key: 'program', header: '프로그램', kind: 'text' },
        { key: 'who', header: '닉네임', kind: 'text', participant },
      ],
      rows: rows(),
    });
    const survey: Dataset = {
      id: 'satisfaction',
      label: { ko: '만족도', en: 'Satisfaction' },
      anonymous: true,
      formats: ['xlsx', 'csv'],
      sheets: async () => [sheet(true)],
    };
    expect(() => assertAnonymous(survey, [sheet(true)])).toThrow(/participant columns: who/);
    expect(() => assertAnonymous(survey, [sheet(false)])).not.toThrow();
    expect(() => assertAnonymous({ ...survey, anonymous: false }, [sheet(true)])).not.toThrow();
  });

  it('writes several sheets as one CSV table joined by column key, leaving XLSX-only sheets out', async () => {
    const a: DatasetSheet = {
      name: 'A',
      columns: [
        { key: 'name', header: '이름', kind: 'text' },
        { key: 'a', header: 'A점수', kind: 'number' },
      ],
      rows: rows([textCell('가'), numberCell(-2)]),
    };
    const b: DatasetSheet = {
      name: 'B',
      columns: [
        { key: 'b', header: 'B점수', kind: 'number' },
        { key: 'name', header: '이름', kind: 'text' },
      ],
      rows: rows([numberCell(3), textCell('=나')]),
    };
    const latest: DatasetSheet = {
      ...a,
      name: '최신',
      rows: rows([textCell('x'), numberCell(1)]),
      xlsxOnly: true,
    };
    expect(unionColumns([a, b]).map((c) => c.key)).toEqual(['name', 'a', 'b']);
    const { text, rows: n } = await csvOf([a, b, latest]);
    expect(text).toBe("\uFEFF이름,A점수,B점수\r\n가,-2,\r\n'=나,,3\r\n");
    expect(n).toBe(2);
  });
});

describe('the download log keeping', () => {
  it('keeps two years, counted in the center’s calendar', () => {
    // 00:31 on 1 December 2026 in Seoul is still 30 November in UTC.
    const now = Date.parse('2026-12-01T00:31:00+09:00');
    expect(new Date(exportLogCutoff(now)).toISOString()).toBe('2024-11-30T15:00:00.000Z');
    // 29 February keeps to the 28th two years back.
    expect(exportLogCutoff(Date.parse('2028-02-29T12:00:00+09:00'))).toBe(
      Date.parse('2026-02-28T00:00:00+09:00'),
    );
  });
});
