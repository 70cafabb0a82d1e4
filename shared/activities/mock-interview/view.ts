import { type MemberAnswerRecord, type PersonalContext, visibleToSubject } from '../counseling-module.js';
import type { InterviewQuestion } from '../../content/schema.js';
import { interviewRubric } from '../../content/interview/rubric.js';
import { MOCK_INTERVIEW_ROLES, type MockInterviewRole, parseItemKey, readState } from './config.js';
import { currentQuestionId } from './draw.js';
import type {
  GivenThisRound,
  MockInterviewPersonal,
  ReceivedRound,
  RubricOnPhone,
  SignedText,
} from './types.js';

const isRole = (role: string | undefined): role is MockInterviewRole =>
  (MOCK_INTERVIEW_ROLES as readonly (string | undefined)[]).includes(role);

/** The latest round in which the member holds a stored role (their group's current round). */
export function currentRound(ctx: PersonalContext): number | null {
  const rounds = Object.keys(ctx.roles)
    .map(Number)
    .filter((r) => ctx.roles[r]?.[ctx.memberId] !== undefined);
  return rounds.length === 0 ? null : Math.max(...rounds);
}

export const rubricOnPhone = (): RubricOnPhone[] =>
  interviewRubric.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    anchors: c.anchors.map((a) => a.behaviour),
  }));

/**
 * One member's phone view. Built from the member's own given answers (about this round's candidate
 * only) and what was given about them that the candidate may read: never another member's scores.
 * The question comes from the stored draws, resolved against the bank on the server.
 */
export function buildPersonalView(
  ctx: PersonalContext,
  bank: readonly InterviewQuestion[],
): MockInterviewPersonal {
  const round = currentRound(ctx);
  const roles = round === null ? {} : (ctx.roles[round] ?? {});
  const ownRole = roles[ctx.memberId];
  const role = isRole(ownRole) ? ownRole : null;
  const cast = Object.entries(roles)
    .filter((entry): entry is [string, MockInterviewRole] => isRole(entry[1]))
    .map(([memberId, r]) => ({
      memberId,
      nickname: ctx.nicknames[memberId] ?? '',
      role: r,
      me: memberId === ctx.memberId,
    }))
    .sort((a, b) => MOCK_INTERVIEW_ROLES.indexOf(a.role) - MOCK_INTERVIEW_ROLES.indexOf(b.role));
  const candidateId = cast.find((c) => c.role === 'candidate')?.memberId ?? null;
  const asking = role === 'interviewer' || role === 'observer';
  const questionId =
    asking && round !== null && candidateId !== null
      ? currentQuestionId(readState(ctx.state), round, candidateId)
      : null;
  const found = questionId === null ? undefined : bank.find((q) => q.id === questionId);
  return {
    round,
    role,
    cast,
    question: found
      ? {
          id: found.id,
          type: found.type,
          text: found.question,
          goodAnswerShows: role === 'interviewer' ? found.goodAnswerShows : null,
        }
      : null,
    rubric: role === 'observer' ? rubricOnPhone() : null,
    mine: asking && round !== null && candidateId !== null ? givenThisRound(ctx, round, candidateId) : null,
    received: receivedRounds(ctx, ctx.nicknames),
  };
}

function givenThisRound(ctx: PersonalContext, round: number, candidateId: string): GivenThisRound {
  const mine: GivenThisRound = { candidateId, scores: {}, strength: null, suggestion: null, note: null };
  for (const a of ctx.given) {
    if (a.memberId !== ctx.memberId || a.subjectMemberId !== candidateId || a.round !== round) continue;
    const item = parseItemKey(a.itemKey);
    if (!item) continue;
    if (item.kind === 'rubric') {
      const score = scoreOf(a);
      if (score !== null) mine.scores[item.criterionId] = score;
    } else {
      mine[item.kind] = textOf(a);
    }
  }
  return mine;
}

/** Feedback about the member that `visibleToSubject` lets through, grouped by round; names only when signed. */
export function receivedRounds(
  ctx: Pick<PersonalContext, 'memberId' | 'received'>,
  nicknames: Readonly<Record<string, string>>,
): ReceivedRound[] {
  const byRound = new Map<number, ReceivedRound>();
  const about = ctx.received.filter((a) => a.subjectMemberId === ctx.memberId && visibleToSubject(a));
  for (const a of [...about].sort((x, y) => x.updatedAt - y.updatedAt)) {
    const item = parseItemKey(a.itemKey);
    if (!item) continue;
    let entry = byRound.get(a.round);
    if (!entry) {
      entry = {
        round: a.round,
        scores: interviewRubric.map((c) => ({ criterionId: c.id, name: c.name, scores: [] })),
        strengths: [],
        suggestions: [],
        notes: [],
      };
      byRound.set(a.round, entry);
    }
    if (item.kind === 'rubric') {
      const score = scoreOf(a);
      if (score !== null) entry.scores.find((s) => s.criterionId === item.criterionId)?.scores.push(score);
      continue;
    }
    const text = textOf(a);
    if (text === null) continue;
    const signed: SignedText = { text, from: a.signed ? (nicknames[a.memberId] ?? null) : null };
    if (item.kind === 'strength') entry.strengths.push(signed);
    else if (item.kind === 'suggestion') entry.suggestions.push(signed);
    else entry.notes.push(signed);
  }
  for (const entry of byRound.values()) for (const s of entry.scores) s.scores.sort((x, y) => x - y);
  return [...byRound.values()].sort((a, b) => a.round - b.round);
}

function scoreOf(a: MemberAnswerRecord): number | null {
  const v = a.value as { score?: unknown } | null;
  return typeof v?.score === 'number' ? v.score : null;
}

function textOf(a: MemberAnswerRecord): string | null {
  const v = a.value as { text?: unknown } | null;
  return typeof v?.text === 'string' ? v.text : null;
}
