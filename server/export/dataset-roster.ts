import { dateCell, EMPTY_CELL, numberCell, textCell, type Cell } from '../../shared/export/cells.js';
import type { RosterView } from '../../shared/program/views.js';
import { rosterOf } from '../http/roster-routes.js';
import { centerTime, optText, percent } from './dataset-cells.js';
import { programPages, type Dataset, type DatasetColumn, type ExportContext } from './datasets.js';

/**
 * 출석부: one row per member per program day, with the roster's figures (shared/program/roster.ts)
 * repeated on each of the member's rows so a filter on one day still shows them. Whether a phone is
 * connected now is not part of a file.
 */
const COLUMNS: DatasetColumn[] = [
  { key: 'program', header: '프로그램', kind: 'text' },
  { key: 'no', header: '번호', kind: 'number', participant: true },
  { key: 'nickname', header: '닉네임', kind: 'text', participant: true },
  { key: 'realName', header: '실명', kind: 'text', participant: true },
  { key: 'day', header: '일차', kind: 'number' },
  { key: 'date', header: '날짜', kind: 'date' },
  { key: 'present', header: '출석', kind: 'text' },
  { key: 'firstJoin', header: '첫 접속', kind: 'text' },
  { key: 'late', header: '지각', kind: 'text' },
  { key: 'lastSeen', header: '마지막 접속', kind: 'text' },
  { key: 'hours', header: '인정 시간', kind: 'number' },
  { key: 'note', header: '정정 메모', kind: 'text' },
  { key: 'correctedBy', header: '정정한 사람', kind: 'text' },
  { key: 'totalHours', header: '총 출석 시간', kind: 'number' },
  { key: 'ratioSoFar', header: '출석률(%, 진행한 날 기준)', kind: 'number' },
  { key: 'completion', header: '수료', kind: 'text' },
];

const NO_PRESENCE = { onlineParticipantIds: async () => new Set<string>() };

function completionText(roster: RosterView, member: RosterView['members'][number]): string {
  if (roster.completion.final) return member.completed ? '수료' : '미수료';
  return member.reachable ? '수료 예정' : '수료 어려움';
}

function rowsOf(title: string, roster: RosterView): Cell[][] {
  const rows: Cell[][] = [];
  for (const [index, member] of roster.members.entries()) {
    for (const [i, day] of roster.days.entries()) {
      const a = member.attendance[i] ?? null;
      rows.push([
        textCell(title),
        numberCell(index + 1),
        textCell(member.nickname),
        optText(member.realName),
        numberCell(day.number),
        dateCell(day.date),
        // A day not held yet has no attendance to speak of.
        a ? textCell(a.present ? '출석' : '결석') : day.held ? textCell('결석') : EMPTY_CELL,
        a?.joinedAt ? textCell(centerTime(a.joinedAt)) : EMPTY_CELL,
        a?.late ? textCell('지각') : EMPTY_CELL,
        a?.lastSeenAt ? textCell(centerTime(a.lastSeenAt)) : EMPTY_CELL,
        a ? numberCell(a.hours) : day.held ? numberCell(0) : EMPTY_CELL,
        optText(a?.corrected ? a.note : null),
        optText(a?.corrected ? a.correctedBy : null),
        numberCell(member.attendedHours),
        percent(member.ratioSoFar),
        textCell(completionText(roster, member)),
      ]);
    }
  }
  return rows;
}

async function* rosterRows(ctx: ExportContext): AsyncGenerator<readonly Cell[]> {
  for (const page of programPages(ctx.programs)) {
    const rosters = await Promise.all(page.map((p) => rosterOf(ctx.storage, p, NO_PRESENCE, ctx.now)));
    for (const [i, roster] of rosters.entries()) yield* rowsOf(page[i]!.title, roster);
  }
}

export const rosterDataset: Dataset = {
  id: 'roster',
  label: { ko: '출석부', en: 'Roster' },
  anonymous: false,
  formats: ['xlsx', 'csv'],
  sheets: async (ctx) => [{ name: '출석부', columns: COLUMNS, rows: rosterRows(ctx) }],
};
