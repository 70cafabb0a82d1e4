import type { CounselingType, ReportSection } from '../activities/counseling-module.js';
import type { Text } from '../i18n/text.js';
import { retentionDate } from '../program/retention.js';

/**
 * The take-home report (나의 결과, design §9) as one pure view: the server builds it from each
 * counseling activity's `reportSection` and the page, the print and the offline copy render it as is.
 * zod-free and I/O-free, so the report page can import it without the schemas.
 */

/** Where each type's sections go: who one is (strengths), what is in the way, practice, then the plan to take home. */
export const REPORT_ORDER: readonly CounselingType[] = [
  'strength-cards',
  'barrier-map',
  'mock-interview',
  'action-plan',
  // "나의 변화": the member's own before-and-after scores, last (design §2.6).
  'instrument',
];

export interface ReportProgramInput {
  title: string;
  center: string;
  /** The program's day dates (YYYY-MM-DD), any order. */
  dates: readonly string[];
  /** Epoch ms after which the report is refused; null while the program runs. */
  retainUntil: number | null;
}

/** One counseling activity's section, in the order the activities were made (agenda order). */
export interface ReportSectionInput {
  type: CounselingType;
  section: ReportSection;
}

export interface TakeHomeReport {
  title: Text;
  program: {
    title: string;
    center: string;
    /** First and last day (YYYY-MM-DD); null when the program has no days. */
    firstDate: string | null;
    lastDate: string | null;
    dayCount: number;
  };
  member: { nickname: string };
  sections: ReportSection[];
  /** Shown instead of sections when the member has nothing in any activity yet; null otherwise. */
  empty: Text | null;
  /** Until when the report can be opened (the retention date); null while the program runs. */
  availableUntil: Text | null;
  generatedAt: number;
}

/** What every report route answers: the report and its program (the page keeps it per program). */
export interface ReportResponse {
  programId: string;
  report: TakeHomeReport;
}

/** The answer to a new read-only link: the token, shown once, goes into the link's #fragment. */
export interface ReportLinkResponse {
  token: string;
  expiresAt: number;
}

export const REPORT_TITLE: Text = { ko: '나의 결과', en: 'My results' };

export const EMPTY_REPORT: Text = {
  ko: '빈 보고서: 아직 활동에 남긴 내용이 없습니다. 활동에 참여하면 여기에 모입니다.',
  en: 'Empty report: nothing from the activities yet. What you do in them is gathered here.',
};

export function buildReport(input: {
  program: ReportProgramInput;
  member: { nickname: string };
  sections: readonly ReportSectionInput[];
  generatedAt: number;
}): TakeHomeReport {
  const dates = [...new Set(input.program.dates)].sort();
  const sections = input.sections
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.section.blocks.some(hasContent))
    .sort((a, b) => rank(a.entry.type) - rank(b.entry.type) || a.index - b.index)
    .map(({ entry }) => entry.section);
  const until = input.program.retainUntil;
  return {
    title: REPORT_TITLE,
    program: {
      title: input.program.title,
      center: input.program.center,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      dayCount: dates.length,
    },
    member: { nickname: input.member.nickname },
    sections,
    empty: sections.length === 0 ? EMPTY_REPORT : null,
    availableUntil: until === null ? null : availableUntilText(retentionDate(until)),
    generatedAt: input.generatedAt,
  };
}

function availableUntilText(date: string): Text {
  return {
    ko: `이 보고서는 ${date}까지 열 수 있습니다. 그 뒤에는 개인정보 보관 기간이 끝나 지워집니다.`,
    en: `This report can be opened until ${date}. After that the retention period ends and it is deleted.`,
  };
}

function rank(type: CounselingType): number {
  const at = REPORT_ORDER.indexOf(type);
  return at === -1 ? REPORT_ORDER.length : at;
}

/** A section whose blocks are all empty would print a heading over nothing: it is left out. */
function hasContent(block: ReportSection['blocks'][number]): boolean {
  switch (block.kind) {
    case 'paragraph':
      return block.text.ko.trim() !== '' || block.text.en.trim() !== '';
    case 'list':
      return block.items.length > 0;
    case 'pairs':
      return block.rows.length > 0;
  }
}
