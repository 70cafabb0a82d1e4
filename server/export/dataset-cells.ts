import { EMPTY_CELL, numberCell, textCell, type Cell } from '../../shared/export/cells.js';
import { CENTER_TIME_ZONE } from '../../shared/program/dates.js';

/** Small cell makers the datasets share: absent values are empty cells, times are the center's. */

export const optText = (v: string | null | undefined): Cell => (v ? textCell(v) : EMPTY_CELL);
export const optNumber = (v: number | null | undefined): Cell =>
  v === null || v === undefined || !Number.isFinite(v) ? EMPTY_CELL : numberCell(v);

// sv-SE prints ISO-like "2025-03-10 09:31:05".
const STAMP = new Intl.DateTimeFormat('sv-SE', {
  timeZone: CENTER_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** 'YYYY-MM-DD HH:MM' at the center. */
export function centerStamp(ms: number): string {
  return STAMP.format(ms);
}

/** 'YYYY-MM-DD' at the center. */
export function centerDate(ms: number): string {
  return centerStamp(ms).slice(0, 10);
}

/** 'HH:MM' at the center. */
export function centerTime(ms: number): string {
  return centerStamp(ms).slice(11, 16);
}

/** A ratio as a percentage number with one decimal (87.5), so a spreadsheet can average it. */
export function percent(ratio: number | null): Cell {
  return ratio === null ? EMPTY_CELL : numberCell(Math.round(ratio * 1000) / 10);
}
