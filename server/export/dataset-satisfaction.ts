import { EMPTY_CELL, numberCell, textCell, type Cell } from '../../shared/export/cells.js';
import { instrumentVersion } from '../../shared/content/index.js';
import type { Instrument } from '../../shared/content/schema.js';
import { scoreInstrument } from '../../shared/scoring/instrument.js';
import {
  programPages,
  type Dataset,
  type DatasetColumn,
  type DatasetSheet,
  type ExportContext,
} from './datasets.js';

/**
 * 만족도 (anonymous, design §3.1, §7.4): the released responses, numbered 1..n per program in their
 * random-id order, never with a participant, a time or a source (phone or paper). A program whose
 * released responses are fewer than the center's small-count threshold is left out, as its figures
 * are on every page: a handful of rows would be readable as people.
 */
const SATISFACTION_ID = 'program-satisfaction';

function columnsOf(instrument: Instrument): DatasetColumn[] {
  return [
    { key: 'program', header: '프로그램', kind: 'text' },
    { key: 'response', header: '응답 번호', kind: 'number' },
    { key: 'version', header: '버전', kind: 'number' },
    { key: 'score', header: '전체 점수', kind: 'number' },
    ...instrument.items.map((item): DatasetColumn => ({
      key: `item:${item.id}`,
      header: item.text.ko,
      kind: item.kind === 'rating' ? 'number' : 'text',
    })),
  ];
}

async function* responseRows(ctx: ExportContext, instrument: Instrument): AsyncGenerator<readonly Cell[]> {
  const threshold = await ctx.storage.centers.smallCountThreshold(ctx.centerId);
  for (const page of programPages(ctx.programs)) {
    const surveys = await Promise.all(page.map((p) => ctx.storage.surveys.released(p.id)));
    for (const [i, program] of page.entries()) {
      for (const survey of surveys[i] ?? []) {
        if (survey.wave.instrumentId !== instrument.id || survey.responses.length < threshold) continue;
        const version = instrumentVersion(instrument.id, survey.wave.instrumentVersion) ?? instrument;
        for (const [n, response] of survey.responses.entries()) {
          const score = scoreInstrument(version, response).score;
          yield [
            textCell(program.title),
            numberCell(n + 1),
            numberCell(survey.wave.instrumentVersion),
            score === null ? EMPTY_CELL : numberCell(score),
            ...instrument.items.map((item) => {
              const value = response[item.id];
              if (typeof value === 'number') return numberCell(value);
              return typeof value === 'string' && value !== '' ? textCell(value) : EMPTY_CELL;
            }),
          ];
        }
      }
    }
  }
}

export const satisfactionDataset: Dataset = {
  id: 'satisfaction',
  label: { ko: '만족도 조사 (익명)', en: 'Satisfaction survey (anonymous)' },
  anonymous: true,
  formats: ['xlsx', 'csv'],
  sheets: async (ctx): Promise<DatasetSheet[]> => {
    const instrument = instrumentVersion(SATISFACTION_ID, 1);
    if (!instrument) return [];
    return [{ name: '만족도', columns: columnsOf(instrument), rows: responseRows(ctx, instrument) }];
  },
};
