import type {
  MemberAnswerRecord,
  MemberProgress,
  PersonalContext,
  ReportBlock,
  ReportSection,
} from '../counseling-module.js';
import type { Text } from '../../i18n/text.js';
import { RUBRIC_CRITERION_IDS, parseItemKey } from './config.js';
import { receivedRounds } from './view.js';
import type { SignedText } from './types.js';

const OBSERVER_ITEMS = RUBRIC_CRITERION_IDS.length + 2; // every criterion, a strength, a suggestion

/**
 * Each member's feedback given, for the console: `total` = rounds in which they gave any feedback,
 * `done` = those rounds where it is complete (an observer: every criterion, a strength and a
 * suggestion; an interviewer: a note). Counts only, never the content.
 */
export function mockInterviewProgress(
  answers: readonly MemberAnswerRecord[],
  memberIds: readonly string[],
): Record<string, MemberProgress> {
  const given = new Map<string, Map<number, Set<string>>>();
  for (const a of answers) {
    if (a.subjectMemberId === null || !parseItemKey(a.itemKey)) continue;
    const rounds = given.get(a.memberId) ?? new Map<number, Set<string>>();
    const items = rounds.get(a.round) ?? new Set<string>();
    items.add(a.itemKey);
    rounds.set(a.round, items);
    given.set(a.memberId, rounds);
  }
  const out: Record<string, MemberProgress> = {};
  for (const id of memberIds) {
    const rounds = [...(given.get(id)?.values() ?? [])];
    out[id] = { done: rounds.filter(isComplete).length, total: rounds.length };
  }
  return out;
}

function isComplete(items: ReadonlySet<string>): boolean {
  if (items.has('note')) return true;
  return items.size >= OBSERVER_ITEMS;
}

const t = (ko: string, en: string): Text => ({ ko, en });

const signedLine = (s: SignedText): Text =>
  s.from === null ? t(s.text, s.text) : t(`${s.text} — ${s.from}`, `${s.text} — ${s.from}`);

/** "모의면접 피드백": per round, the scores per criterion, strengths, suggestions and the interviewer's notes. */
export function mockInterviewReport(ctx: PersonalContext): ReportSection | null {
  const rounds = receivedRounds(ctx, ctx.nicknames);
  if (rounds.length === 0) return null;
  const blocks: ReportBlock[] = [];
  for (const r of rounds) {
    blocks.push({
      kind: 'paragraph',
      text: t(`${r.round}라운드 (내가 지원자)`, `Round ${r.round} (me as candidate)`),
    });
    const rows = r.scores
      .filter((s) => s.scores.length > 0)
      .map((s) => ({ label: s.name, value: t(s.scores.join(', ') + ' / 5', s.scores.join(', ') + ' / 5') }));
    if (rows.length > 0) blocks.push({ kind: 'pairs', rows });
    const lists: [Text, SignedText[]][] = [
      [t('잘한 점', 'Strengths'), r.strengths],
      [t('더 좋아질 점', 'Suggestions'), r.suggestions],
      [t('면접관의 메모', "The interviewer's notes"), r.notes],
    ];
    for (const [title, items] of lists) {
      if (items.length === 0) continue;
      blocks.push({ kind: 'paragraph', text: title });
      blocks.push({ kind: 'list', items: items.map(signedLine) });
    }
  }
  return { title: t('모의면접 피드백', 'Mock interview feedback'), blocks };
}
