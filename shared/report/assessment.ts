import type { ReportBlock, ReportSection } from '../activities/counseling-module.js';
import { instrumentVersion, instrumentVersions, type Instrument } from '../content/index.js';
import type { Text } from '../i18n/text.js';
import { scoreRange } from '../scoring/instrument.js';

/**
 * "나의 변화 / How I changed" in the member's take-home report (design §2.6): their own stored scores
 * of each self-assessment, first and last, in plain words. Never a band name or a label such as "낮은
 * 자존감" (Q13): a self-rating on one day is not a finding about a person, and a report handed to
 * another service must not read like one. The anonymous survey is never here: it has no member.
 * Built by the server (it reads the content library); the report page renders the section as it is.
 */

export const ASSESSMENT_SECTION_TITLE: Text = { ko: '나의 변화', en: 'How I changed' };

/** One stored side: the score (null when too few items were answered to score) and the day it was taken. */
export interface StoredSide {
  score: number | null;
  dayNumber: number | null;
}

/** The member's scores of one instrument version: their pre and post, either possibly missing. */
export interface MemberInstrumentScores {
  instrumentId: string;
  instrumentVersion: number;
  pre: StoredSide | null;
  post: StoredSide | null;
}

const LOWER_REASSURANCE: Text = {
  ko: '점수는 그날의 마음을 보여 줄 뿐이에요.',
  en: 'A score only shows how you felt that day.',
};

const NOT_VALIDATED: Text = {
  ko: 'Moim 자체 점검표, 타당화되지 않음',
  en: 'Moim’s own checklist, not validated',
};

/** One decimal at most: a mean of 12 items moves in twelfths, and "3.25점" promises more than it knows. */
function rounded(x: number): number {
  const r = Math.round(x * 10) / 10;
  return r === 0 ? 0 : r; // no "-0"
}

const shown = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/**
 * When a side was taken, in the member's words: the first or last day, or "3일차" for a pre taken
 * late. Without a day (between days, or entered from paper on no program day), and in a one-day
 * program where "첫날" would name both sides, it says at the start or at the end.
 */
function when(kind: 'pre' | 'post', dayNumber: number | null, dayCount: number): Text {
  if (dayNumber === null || dayCount <= 1)
    return kind === 'pre' ? { ko: '시작할 때', en: 'at the start' } : { ko: '마칠 때', en: 'at the end' };
  if (dayNumber === 1) return { ko: '첫날', en: 'first day' };
  if (dayNumber === dayCount) return { ko: '마지막 날', en: 'last day' };
  return { ko: `${dayNumber}일차`, en: `day ${dayNumber}` };
}

type ScoredSide = StoredSide & { score: number };
const scored = (s: StoredSide | null): s is ScoredSide => s !== null && s.score !== null;

const points = (x: number): string => `${shown(x)} ${x === 1 ? 'point' : 'points'}`;

/** The instrument's line: the two scores and their change, or the one score there is. */
function changeLine(
  ins: Instrument,
  pre: StoredSide | null,
  post: StoredSide | null,
  dayCount: number,
): Text {
  const range = scoreRange(ins);
  const of: Text = { ko: `(${range.min}~${range.max}점 중)`, en: `(of ${range.min}–${range.max})` };
  const side = (kind: 'pre' | 'post', s: ScoredSide): Text => {
    const at = when(kind, s.dayNumber, dayCount);
    return { ko: `${at.ko} ${shown(rounded(s.score))}점`, en: `${at.en} ${shown(rounded(s.score))}` };
  };
  const name = ins.name;
  if (scored(pre) && scored(post)) {
    const a = side('pre', pre);
    const b = side('post', post);
    // The change of the numbers shown, so the sentence agrees with what the member reads beside it.
    const change = rounded(rounded(post.score) - rounded(pre.score));
    const verdict: Text =
      change > 0
        ? { ko: `처음보다 ${shown(change)}점 높아졌어요.`, en: `${points(change)} higher than at the start.` }
        : change < 0
          ? {
              ko: `처음보다 ${shown(-change)}점 낮아졌어요. ${LOWER_REASSURANCE.ko}`,
              en: `${points(-change)} lower than at the start. ${LOWER_REASSURANCE.en}`,
            }
          : { ko: '처음과 같아요.', en: 'Same as at the start.' };
    return {
      ko: `${name.ko}: ${a.ko} → ${b.ko} ${of.ko}. ${verdict.ko}`,
      en: `${name.en}: ${a.en} → ${b.en} ${of.en}. ${verdict.en}`,
    };
  }
  const only = scored(pre) ? side('pre', pre) : side('post', post as ScoredSide);
  return { ko: `${name.ko}: ${only.ko} ${of.ko}.`, en: `${name.en}: ${only.en} ${of.en}.` };
}

/** Library order, so the section reads the same whatever order the store returned the scores in. */
const libraryRank = (id: string): number => {
  const at = instrumentVersions.findIndex((i) => i.id === id);
  return at === -1 ? instrumentVersions.length : at;
};

/**
 * The section, one paragraph per instrument the member has a score of, followed by the scale's
 * credit (SWLS: its authors) or by "not validated" for the in-house checklist; null when there is no
 * score at all. A version the library does not have is refused (RangeError): versions are never
 * removed (test/unit/content/instrument-versions.test.ts), so it would be a wrong row.
 */
export function assessmentSection(input: {
  scores: readonly MemberInstrumentScores[];
  /** Days of the program, to name the days the scores were taken on. */
  dayCount: number;
}): ReportSection | null {
  const seen = new Set<string>();
  const entries = input.scores.map((s) => {
    const key = `${s.instrumentId}@${s.instrumentVersion}`;
    if (seen.has(key)) throw new RangeError(`${key} is given twice`);
    seen.add(key);
    const ins = instrumentVersion(s.instrumentId, s.instrumentVersion);
    if (ins === undefined) throw new RangeError(`${key} is not in the content library`);
    return { ...s, ins };
  });
  const blocks: ReportBlock[] = entries
    .filter((e) => e.ins.use === 'pre-post' && (scored(e.pre) || scored(e.post)))
    .sort((a, b) => libraryRank(a.instrumentId) - libraryRank(b.instrumentId))
    .flatMap(({ ins, pre, post }): ReportBlock[] => {
      const line: ReportBlock = { kind: 'paragraph', text: changeLine(ins, pre, post, input.dayCount) };
      const notes = [ins.credit, ins.source.validated ? undefined : NOT_VALIDATED];
      return [line, ...notes.flatMap((text): ReportBlock[] => (text ? [{ kind: 'paragraph', text }] : []))];
    });
  return blocks.length === 0 ? null : { title: ASSESSMENT_SECTION_TITLE, blocks };
}
