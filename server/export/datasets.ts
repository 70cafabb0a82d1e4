import type { Cell } from '../../shared/export/cells.js';
import type { ExportFormat, ExportScope } from '../../shared/export/views.js';
import type { Text } from '../../shared/i18n/text.js';
import type { ProgramSummary } from '../../shared/program/views.js';
import type { Storage } from '../storage/index.js';
import { instrumentsDataset } from './dataset-instruments.js';
import { outcomesDataset } from './dataset-outcomes.js';
import { rosterDataset } from './dataset-roster.js';
import { satisfactionDataset } from './dataset-satisfaction.js';
import { summaryDataset } from './dataset-summary.js';

/**
 * The datasets a program or a center can download (docs/design/assessments-reports.md §7.4). Each
 * declares its sheets' columns and reads its rows from the store a page of programs at a time, so no
 * export holds a whole center. Adding one is one file and one entry in DATASETS.
 */

export interface DatasetColumn {
  /** Stable within the dataset: CSV joins several sheets into one table by it. */
  key: string;
  /** Korean: the files are for the center's own staff and reports, which are in Korean. */
  header: string;
  /** What every cell of the column is (or empty): a number column never holds a number as text. */
  kind: 'text' | 'number' | 'date';
  /** Names or numbers a participant (nickname, real name, no.): refused in an anonymous dataset. */
  participant?: boolean;
}

export interface DatasetSheet {
  name: string;
  columns: readonly DatasetColumn[];
  rows: AsyncIterable<readonly Cell[]>;
  /** Left out of CSV (a second view of rows another sheet already has, such as "최신"). */
  xlsxOnly?: boolean;
}

/** What one export covers: the programs of one program page, or the center's programs in a period. */
export interface ExportContext {
  storage: Storage;
  centerId: string;
  scope: ExportScope;
  /** In the order the file lists them; every one already checked to be the caller's to see. */
  programs: readonly ProgramSummary[];
  now: number;
}

export interface Dataset {
  id: string;
  /** For file names and the download log page. */
  label: Text;
  /**
   * An anonymous dataset (satisfaction) must have no participant column: the route refuses to write
   * one that declares any (`assertAnonymous`), so a column added by mistake fails loudly, not quietly.
   */
  anonymous: boolean;
  formats: readonly ExportFormat[];
  sheets(ctx: ExportContext): Promise<DatasetSheet[]>;
}

export const DATASETS: readonly Dataset[] = [
  rosterDataset,
  instrumentsDataset,
  outcomesDataset,
  satisfactionDataset,
  summaryDataset,
];

const byId = new Map(DATASETS.map((d) => [d.id, d]));

export function datasetById(id: string): Dataset | undefined {
  return byId.get(id);
}

/** Throws when an anonymous dataset's sheet has a column naming or numbering a participant. */
export function assertAnonymous(dataset: Dataset, sheets: readonly DatasetSheet[]): void {
  if (!dataset.anonymous) return;
  for (const sheet of sheets) {
    const named = sheet.columns.filter((c) => c.participant);
    if (named.length > 0)
      throw new Error(
        `anonymous dataset ${dataset.id} has participant columns: ${named.map((c) => c.key).join(', ')}`,
      );
  }
}

/** Programs a page at a time (§7.4: pages of 20), so a center's rows are read as they are written. */
export const PROGRAMS_PER_PAGE = 20;

export function* programPages(programs: readonly ProgramSummary[]): Generator<readonly ProgramSummary[]> {
  for (let i = 0; i < programs.length; i += PROGRAMS_PER_PAGE) yield programs.slice(i, i + PROGRAMS_PER_PAGE);
}
