import { EMPTY_CELL, numberCell, textCell, dateCell, type Cell } from '../../shared/export/cells.js';
import { latestCurrent } from '../../shared/outcomes/latest.js';
import type { ProgramSummary } from '../../shared/program/views.js';
import type { StoredMember, StoredOutcome } from '../storage/index.js';
import { centerStamp, optText } from './dataset-cells.js';
import { programPages, type Dataset, type DatasetColumn, type ExportContext } from './datasets.js';

/**
 * 사후관리: every outcome record as history (a corrected one marked 정정됨, with the record that
 * corrects it below it in time), and in XLSX a second sheet "최신" with each member's latest current
 * record — the one the employment rate counts. No contact details exist to export (§4.1).
 */
const STATUS: Record<StoredOutcome['status'], string> = {
  employed: '취업',
  training: '훈련 중',
  seeking: '구직 중',
  unreachable: '연락 안 됨',
  declined: '사후관리 거부',
};
const EMPLOYMENT_TYPE: Record<NonNullable<StoredOutcome['employmentType']>, string> = {
  regular: '정규직',
  'fixed-term': '계약직',
  'part-time': '시간제',
  daily: '일용직',
  'self-employed': '자영업·창업',
  other: '기타',
};
const PLACEMENT = { self: '본인취업', placed: '알선취업' } as const;

const COLUMNS: DatasetColumn[] = [
  { key: 'program', header: '프로그램', kind: 'text' },
  { key: 'no', header: '번호', kind: 'number', participant: true },
  { key: 'nickname', header: '닉네임', kind: 'text', participant: true },
  { key: 'realName', header: '실명', kind: 'text', participant: true },
  { key: 'checkpoint', header: '시점', kind: 'text' },
  { key: 'checkpointMonths', header: '시점(개월)', kind: 'number' },
  { key: 'asOf', header: '기준일', kind: 'date' },
  { key: 'status', header: '상태', kind: 'text' },
  { key: 'employedOn', header: '취업일', kind: 'date' },
  { key: 'company', header: '회사', kind: 'text' },
  { key: 'occupation', header: '직종', kind: 'text' },
  { key: 'employmentType', header: '고용 형태', kind: 'text' },
  { key: 'placement', header: '본인/알선', kind: 'text' },
  { key: 'training', header: '훈련 과정', kind: 'text' },
  { key: 'note', header: '메모', kind: 'text' },
  { key: 'recordedBy', header: '기록한 사람', kind: 'text' },
  { key: 'recordedAt', header: '기록 시각', kind: 'text' },
  { key: 'corrected', header: '정정됨', kind: 'text' },
];

function row(program: ProgramSummary, no: number, member: StoredMember, o: StoredOutcome): Cell[] {
  return [
    textCell(program.title),
    numberCell(no),
    textCell(member.nickname),
    optText(member.realName),
    textCell(o.checkpointMonths === 0 ? '수료 시점' : `${o.checkpointMonths}개월`),
    numberCell(o.checkpointMonths),
    dateCell(o.asOf),
    textCell(STATUS[o.status]),
    o.employedOn ? dateCell(o.employedOn) : EMPTY_CELL,
    optText(o.company),
    optText(o.occupation),
    o.employmentType ? textCell(EMPLOYMENT_TYPE[o.employmentType]) : EMPTY_CELL,
    o.placement ? textCell(PLACEMENT[o.placement]) : EMPTY_CELL,
    optText(o.trainingName),
    optText(o.note),
    optText(o.recordedByName),
    textCell(centerStamp(o.recordedAt)),
    o.supersededBy ? textCell('정정됨') : EMPTY_CELL,
  ];
}

async function* outcomeRows(ctx: ExportContext, latestOnly: boolean): AsyncGenerator<readonly Cell[]> {
  for (const page of programPages(ctx.programs)) {
    const [records, members] = await Promise.all([
      ctx.storage.outcomes.listForPrograms(page.map((p) => p.id)),
      Promise.all(page.map((p) => ctx.storage.members.list(p.id))),
    ]);
    for (const [i, program] of page.entries()) {
      for (const [n, member] of members[i]!.entries()) {
        // The store lists them by entry time: history in the order staff learned it.
        const mine = records.filter((o) => o.memberId === member.id);
        if (latestOnly) {
          const latest = latestCurrent(mine.map((o) => ({ ...o, superseded: o.supersededBy !== null })));
          if (latest) yield row(program, n + 1, member, latest);
        } else for (const o of mine) yield row(program, n + 1, member, o);
      }
    }
  }
}

export const outcomesDataset: Dataset = {
  id: 'outcomes',
  label: { ko: '사후관리', en: 'Follow-up' },
  anonymous: false,
  formats: ['xlsx', 'csv'],
  sheets: async (ctx) => [
    { name: '사후관리 이력', columns: COLUMNS, rows: outcomeRows(ctx, false) },
    { name: '최신', columns: COLUMNS, rows: outcomeRows(ctx, true), xlsxOnly: true },
  ],
};
