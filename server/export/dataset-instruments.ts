import { instrumentVersion } from '../../shared/content/index.js';
import type { Instrument } from '../../shared/content/schema.js';
import { EMPTY_CELL, numberCell, textCell, dateCell, type Cell } from '../../shared/export/cells.js';
import type { ProgramSummary } from '../../shared/program/views.js';
import type { StoredScore } from '../storage/index.js';
import { centerDate, optNumber } from './dataset-cells.js';
import {
  programPages,
  type Dataset,
  type DatasetColumn,
  type DatasetSheet,
  type ExportContext,
} from './datasets.js';

/**
 * Self-assessments (검사): one row per member per wave, one sheet per instrument, with what the store
 * froze at the submit — the version, each item's answer, the total and subscales. The item columns
 * are the union of the items of every version the programs were scored on; a version without an
 * item leaves its cell empty. In CSV the sheets are one table, joined by column key.
 */
const KIND: Record<StoredScore['kind'], string> = { pre: '사전', post: '사후', once: '1회' };
/** An item skipped on purpose on the phone ("답하지 않기"), unlike one never reached (empty). */
const SKIPPED = '답하지 않음';
const ITEM_TEXT_MAX = 24;

const FIXED: DatasetColumn[] = [
  { key: 'program', header: '프로그램', kind: 'text' },
  { key: 'no', header: '번호', kind: 'number', participant: true },
  { key: 'nickname', header: '닉네임', kind: 'text', participant: true },
  { key: 'instrument', header: '검사', kind: 'text' },
  { key: 'version', header: '버전', kind: 'number' },
  { key: 'kind', header: '사전/사후', kind: 'text' },
  { key: 'takenOn', header: '응답일', kind: 'date' },
  { key: 'day', header: '일차', kind: 'number' },
  { key: 'staff', header: '직원 입력', kind: 'text' },
  { key: 'auto', header: '자동 제출', kind: 'text' },
];

const SCORE: DatasetColumn = { key: 'score', header: '총점', kind: 'number' };

async function* none(): AsyncGenerator<readonly Cell[]> {}

const short = (s: string) => (s.length > ITEM_TEXT_MAX ? `${s.slice(0, ITEM_TEXT_MAX - 1)}…` : s);

interface InstrumentColumns {
  instrumentId: string;
  name: string;
  items: { id: string; header: string }[];
  subscales: { id: string; header: string }[];
}

/** Items and subscales of every scored version, in the order the versions list them. */
function columnsOf(instrumentId: string, versions: readonly Instrument[]): InstrumentColumns {
  const items = new Map<string, string>();
  const subscales = new Map<string, string>();
  for (const v of versions) {
    for (const item of v.items)
      if (!items.has(item.id)) items.set(item.id, `${item.id} ${short(item.text.ko)}`);
    for (const s of v.subscales) if (!subscales.has(s.id)) subscales.set(s.id, `${s.name.ko} (${s.id})`);
  }
  return {
    instrumentId,
    name: versions.at(-1)?.name.ko ?? instrumentId,
    items: [...items].map(([id, header]) => ({ id, header })),
    subscales: [...subscales].map(([id, header]) => ({ id, header })),
  };
}

function sheetColumns(c: InstrumentColumns): DatasetColumn[] {
  const prefix = `${c.instrumentId}:`;
  return [
    ...FIXED,
    // Item values are ratings (numbers) or, for a text item, text; `kind` names the common case.
    ...c.items.map((i): DatasetColumn => ({
      key: `${prefix}item:${i.id}`,
      header: i.header,
      kind: 'number',
    })),
    SCORE,
    ...c.subscales.map((s): DatasetColumn => ({
      key: `${prefix}sub:${s.id}`,
      header: s.header,
      kind: 'number',
    })),
    { key: 'answered', header: '응답 문항 수', kind: 'number' },
    { key: 'missing', header: '빠진 문항 수', kind: 'number' },
    { key: 'prorated', header: '환산 점수', kind: 'text' },
  ];
}

function row(
  program: ProgramSummary,
  no: number,
  nickname: string,
  s: StoredScore,
  c: InstrumentColumns,
): Cell[] {
  const takenDay = s.takenDayId ? program.days.find((d) => d.id === s.takenDayId) : undefined;
  return [
    textCell(program.title),
    numberCell(no),
    textCell(nickname),
    textCell(c.instrumentId),
    numberCell(s.instrumentVersion),
    textCell(KIND[s.kind]),
    dateCell(takenDay?.date ?? centerDate(s.submittedAt)),
    optNumber(s.takenDayNumber),
    s.enteredBy ? textCell('직원 입력') : EMPTY_CELL,
    s.autoSubmitted ? textCell('자동 제출') : EMPTY_CELL,
    ...c.items.map((i) => {
      if (!(i.id in s.itemValues)) return EMPTY_CELL;
      const v = s.itemValues[i.id];
      return v === null || v === undefined
        ? textCell(SKIPPED)
        : typeof v === 'number'
          ? numberCell(v)
          : textCell(v);
    }),
    optNumber(s.score),
    ...c.subscales.map((sub) => optNumber(s.subscales[sub.id])),
    numberCell(s.answered),
    numberCell(s.missing),
    s.prorated ? textCell('환산') : EMPTY_CELL,
  ];
}

async function* rowsOf(ctx: ExportContext, c: InstrumentColumns): AsyncGenerator<readonly Cell[]> {
  for (const page of programPages(ctx.programs)) {
    const [scores, members] = await Promise.all([
      Promise.all(page.map((p) => ctx.storage.assessments.scoresForProgram(p.id))),
      Promise.all(page.map((p) => ctx.storage.members.list(p.id))),
    ]);
    for (const [i, program] of page.entries()) {
      const list = members[i]!;
      const numbers = new Map(list.map((m, n) => [m.id, { no: n + 1, nickname: m.nickname }]));
      const mine = scores[i]!.filter((s) => s.instrumentId === c.instrumentId);
      // Member order (as the roster numbers them), then pre before post.
      const order = { pre: 0, post: 1, once: 2 };
      mine.sort(
        (a, b) =>
          (numbers.get(a.memberId)?.no ?? 0) - (numbers.get(b.memberId)?.no ?? 0) ||
          order[a.kind] - order[b.kind],
      );
      for (const s of mine) {
        const who = numbers.get(s.memberId);
        if (who) yield row(program, who.no, who.nickname, s, c);
      }
    }
  }
}

async function sheets(ctx: ExportContext): Promise<DatasetSheet[]> {
  const versions = new Map<string, Instrument[]>();
  for (const page of programPages(ctx.programs)) {
    for (const { instrumentId, instrumentVersion: v } of await ctx.storage.assessments.scoredInstruments(
      page.map((p) => p.id),
    )) {
      const instrument = instrumentVersion(instrumentId, v);
      const list = versions.get(instrumentId) ?? [];
      if (instrument && !list.some((x) => x.version === v)) list.push(instrument);
      versions.set(instrumentId, list);
    }
  }
  // No scores yet: one sheet of headers, so the file still opens and says what it would hold.
  if (versions.size === 0) return [{ name: '검사 결과', columns: [...FIXED, SCORE], rows: none() }];
  return [...versions].map(([id, list]) => {
    const c = columnsOf(
      id,
      list.sort((a, b) => a.version - b.version),
    );
    return { name: c.name, columns: sheetColumns(c), rows: rowsOf(ctx, c) };
  });
}

export const instrumentsDataset: Dataset = {
  id: 'instruments',
  label: { ko: '검사 결과', en: 'Assessments' },
  anonymous: false,
  formats: ['xlsx', 'csv'],
  sheets,
};
