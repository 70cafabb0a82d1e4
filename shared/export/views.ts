/** What the exports' HTTP routes answer besides files (docs/design/assessments-reports.md §7.5). */

export type ExportFormat = 'xlsx' | 'csv';
export type ExportScope = 'program' | 'center';

/** One line of the download log as the admin page lists it: what was asked, never the data. */
export interface ExportLogEntry {
  id: string;
  createdAt: number;
  /** Who downloaded, as their name was then (kept when the account goes). */
  userName: string;
  scope: ExportScope;
  dataset: string;
  format: ExportFormat;
  /** The program's title (a program export), kept when the program goes; null for a center export. */
  programTitle: string | null;
  /** A center export's period by the programs' last day, 'YYYY-MM-DD'; null when open-ended. */
  from: string | null;
  to: string | null;
  /** How many programs the export covered. */
  programs: number;
  rows: number;
}

export interface ExportLogView {
  /** 'YYYY-MM' in the center's time zone. */
  month: string;
  entries: ExportLogEntry[];
}
