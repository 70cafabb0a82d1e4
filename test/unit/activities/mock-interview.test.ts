import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  GiveContext,
  MemberAnswerRecord,
  PersonalContext,
} from '../../../shared/activities/counseling-module.js';
import { visibleToSubject } from '../../../shared/activities/counseling-module.js';
import { mockInterview } from '../../../shared/activities/mock-interview/index.js';
import { withDrawn } from '../../../shared/activities/mock-interview/draw.js';
import { rotation } from '../../../shared/grouping/rotation.js';
import { questionData } from '../../../shared/content/interview/index.js';
import { interviewRubric } from '../../../shared/content/interview/rubric.js';

const config = mockInterview.defaultConfig();
const CRITERIA = interviewRubric.map((c) => c.id);

/** Two triads: 1 = a, b, c; 2 = d, e, f. Roles per round as rotation gives them (round 1 = index 0). */
const GROUPS = [
  ['a', 'b', 'c'],
  ['d', 'e', 'f'],
];
const ROLES = rotation(3, mockInterview.roles!);
const rolesOf = (group: readonly string[], round: number): Record<string, string> =>
  Object.fromEntries(group.map((m, seat) => [m, ROLES[round - 1]![seat]!]));
const groupOf = (m: string) => GROUPS.find((g) => g.includes(m))!;

const give = (over: Partial<GiveContext>): GiveContext => ({
  giverId: 'c',
  subjectMemberId: 'b',
  round: 1,
  itemKey: 'rubric:motivation',
  phase: 'rounds',
  groupMates: ['a', 'b'],
  programMemberIds: GROUPS.flat(),
  roles: rolesOf(GROUPS[0]!, 1), // a interviewer, b candidate, c observer
  consents: [],
  own: [],
  ...over,
});

describe('mock interview config', () => {
  it('defaults to every question type, 7 minutes, notes shown, and parses', () => {
    expect(mockInterview.configSchema.parse(config)).toEqual(config);
    expect(config.questionTypes).toHaveLength(4);
    expect(config.minutesPerRound).toBe(7);
    expect(mockInterview.roles).toEqual(['interviewer', 'candidate', 'observer']);
    expect(mockInterview.phases).toEqual(['setup', 'rounds', 'done']);
  });

  it('refuses no question type, repeated types, minutes out of 3..20 and unknown families', () => {
    const bad = [
      { ...config, questionTypes: [] },
      { ...config, questionTypes: ['job', 'job'] },
      { ...config, minutesPerRound: 2 },
      { ...config, minutesPerRound: 21 },
      { ...config, minutesPerRound: 7.5 },
      { ...config, jobFamily: 'astronaut' },
      { ...config, extra: true },
    ];
    for (const c of bad) expect(mockInterview.configSchema.safeParse(c).success).toBe(false);
    expect(mockInterview.configSchema.safeParse({ ...config, jobFamily: 'own' }).success).toBe(true);
  });
});

describe('mock interview checkAnswer', () => {
  it('accepts the observer’s scores, strength and suggestion and the interviewer’s note about the candidate', () => {
    expect(mockInterview.checkAnswer(config, give({}), { score: 4 })).toEqual({
      ok: true,
      value: { score: 4 },
      noteState: 'shown',
    });
    for (const itemKey of ['strength', 'suggestion'])
      expect(mockInterview.checkAnswer(config, give({ itemKey }), { text: ' 좋았어요 ' })).toEqual({
        ok: true,
        value: { text: '좋았어요' },
        noteState: 'shown',
      });
    expect(
      mockInterview.checkAnswer(config, give({ giverId: 'a', itemKey: 'note' }), { text: '메모' }).ok,
    ).toBe(true);
  });

  it('holds notes, never scores, when holdNotes', () => {
    const held = { ...config, holdNotes: true };
    const note = mockInterview.checkAnswer(held, give({ itemKey: 'strength' }), { text: 'x' });
    expect(note).toMatchObject({ ok: true, noteState: 'held' });
    expect(mockInterview.checkAnswer(held, give({}), { score: 3 })).toMatchObject({
      ok: true,
      noteState: 'shown',
    });
  });

  it('refuses by role: the candidate and interviewer cannot score, the observer cannot write the note', () => {
    const code = (ctx: Partial<GiveContext>, value: unknown = { score: 3 }) => {
      const r = mockInterview.checkAnswer(config, give(ctx), value);
      return r.ok ? 'ok' : r.code;
    };
    expect(code({ giverId: 'b', subjectMemberId: 'b' })).toBe('wrong_role');
    expect(code({ giverId: 'a' })).toBe('wrong_role');
    expect(code({ itemKey: 'note' }, { text: 'x' })).toBe('wrong_role');
    expect(code({ giverId: 'd' })).toBe('wrong_role'); // not in the roles of this group
  });

  it('refuses a subject who is not this round’s candidate in the giver’s group', () => {
    const code = (ctx: Partial<GiveContext>) => {
      const r = mockInterview.checkAnswer(config, give(ctx), { score: 3 });
      return r.ok ? 'ok' : r.code;
    };
    expect(code({ subjectMemberId: 'a' })).toBe('not_in_group');
    expect(code({ subjectMemberId: 'e' })).toBe('not_in_group'); // group 2's candidate
    expect(code({ subjectMemberId: null })).toBe('not_in_group');
  });

  it('refuses outside the rounds phase, before a round, bad items and bad values', () => {
    const code = (ctx: Partial<GiveContext>, value: unknown = { score: 3 }) => {
      const r = mockInterview.checkAnswer(config, give(ctx), value);
      return r.ok ? 'ok' : r.code;
    };
    expect(code({ phase: 'setup' })).toBe('wrong_phase');
    expect(code({ phase: 'done' })).toBe('wrong_phase');
    expect(code({ roles: {} })).toBe('round_not_started');
    expect(code({ itemKey: 'rubric:charm' })).toBe('invalid_answer');
    expect(code({ itemKey: 'card:x' })).toBe('invalid_answer');
    for (const v of [{ score: 0 }, { score: 6 }, { score: 2.5 }, { score: '3' }, { score: 3, x: 1 }, null, 3])
      expect(code({}, v)).toBe('invalid_answer');
    for (const v of [{ text: '' }, { text: '   ' }, { text: 'x'.repeat(301) }, { text: 'a\u0000b' }])
      expect(code({ itemKey: 'strength' }, v)).toBe('invalid_answer');
  });
});

type AnswerDraw = {
  round: number;
  group: number;
  item: string;
  score: number;
  signed: boolean;
  held: boolean;
};

/** A world of answers in both triads over three rounds, as stored (each answer checked by the module). */
const answerArb = fc.record({
  round: fc.integer({ min: 1, max: 3 }),
  group: fc.integer({ min: 0, max: 1 }),
  item: fc.constantFrom(...CRITERIA.map((c) => `rubric:${c}`), 'strength', 'suggestion', 'note'),
  score: fc.integer({ min: 1, max: 5 }),
  signed: fc.boolean(),
  held: fc.boolean(),
});

function world(draws: AnswerDraw[]): MemberAnswerRecord[] {
  return draws.map((d, i) => {
    const group = GROUPS[d.group]!;
    const roles = rolesOf(group, d.round);
    const want = d.item === 'note' ? 'interviewer' : 'observer';
    const giver = group.find((m) => roles[m] === want)!;
    const subject = group.find((m) => roles[m] === 'candidate')!;
    return {
      answerId: `x${i}`,
      memberId: giver,
      subjectMemberId: subject,
      round: d.round,
      itemKey: d.item,
      value: d.item.startsWith('rubric:') ? { score: d.score } : { text: `text-${i}-about-${subject}` },
      noteState: d.held && !d.item.startsWith('rubric:') ? 'held' : 'shown',
      signed: d.signed,
      updatedAt: i,
    };
  });
}

function contextFor(member: string, answers: readonly MemberAnswerRecord[], upTo: number): PersonalContext {
  const group = groupOf(member);
  const roles: Record<number, Record<string, string>> = {};
  for (let r = 1; r <= upTo; r++) roles[r] = rolesOf(group, r);
  return {
    memberId: member,
    given: answers.filter((a) => a.memberId === member),
    received: answers.filter((a) => a.subjectMemberId === member && visibleToSubject(a)),
    nicknames: Object.fromEntries(GROUPS.flat().map((m) => [m, `닉${m}`])),
    groupMates: group.filter((m) => m !== member),
    phase: 'rounds',
    roles,
    state: { drawn: {} },
    consents: [],
  };
}

const scoreCount = (view: ReturnType<typeof mockInterview.personalView>) =>
  view.received.reduce((n, r) => n + r.scores.reduce((k, s) => k + s.scores.length, 0), 0);

describe('mock interview personal views (property)', () => {
  it('hold only the member’s own feedback received and what they gave this round’s candidate', () => {
    fc.assert(
      fc.property(
        fc.array(answerArb, { maxLength: 40 }),
        fc.constantFrom(...GROUPS.flat()),
        fc.integer({ min: 1, max: 3 }),
        (draws, member, upTo) => {
          const answers = world(draws);
          const honest = contextFor(member, answers, upTo);
          const view = mockInterview.personalView(config, honest);
          // A context polluted with every answer of the room gives the same view: the module filters itself.
          const polluted = { ...honest, given: answers, received: answers };
          expect(mockInterview.personalView(config, polluted)).toEqual(view);
          // No text about anyone else reaches the member.
          const json = JSON.stringify(view);
          for (const a of answers) {
            const text = (a.value as { text?: string }).text;
            if (!text) continue;
            const own = a.memberId === member && a.round === upTo;
            const aboutMe = a.subjectMemberId === member && a.noteState !== 'held';
            if (!own && !aboutMe) expect(json).not.toContain(text);
          }
          // Scores received: exactly the shown scores about the member, whatever their role this round.
          const mine = answers.filter((a) => a.subjectMemberId === member && a.itemKey.startsWith('rubric:'));
          expect(scoreCount(view)).toBe(mine.length);
          if (view.role !== 'candidate' && view.mine) expect(view.mine.candidateId).not.toBe(member);
        },
      ),
    );
  });

  it('names a giver only on signed notes', () => {
    const answers = world([
      { round: 1, group: 0, item: 'strength', score: 1, signed: true, held: false },
      { round: 1, group: 0, item: 'suggestion', score: 1, signed: false, held: false },
    ]);
    const view = mockInterview.personalView(config, contextFor('b', answers, 1));
    expect(view.received[0]!.strengths).toEqual([{ text: 'text-0-about-b', from: '닉c' }]);
    expect(view.received[0]!.suggestions).toEqual([{ text: 'text-1-about-b', from: null }]);
  });
});

describe('mock interview views by role', () => {
  const q = questionData.find((x) => x.type === 'job')!;
  const ctx = (member: string, answers: MemberAnswerRecord[] = []): PersonalContext => ({
    ...contextFor(member, answers, 1),
    state: withDrawn({ drawn: {} }, { groupNo: 1, round: 1, candidateId: 'b' }, q.id),
  });

  it('gives the interviewer the question with what a good answer shows, the observer the question and rubric', () => {
    const interviewer = mockInterview.personalView(config, ctx('a'));
    expect(interviewer.role).toBe('interviewer');
    expect(interviewer.question).toEqual({
      id: q.id,
      type: q.type,
      text: q.question,
      goodAnswerShows: q.goodAnswerShows,
    });
    expect(interviewer.rubric).toBeNull();
    const observer = mockInterview.personalView(config, ctx('c'));
    expect(observer.question).toMatchObject({ id: q.id, goodAnswerShows: null });
    expect(observer.rubric).toHaveLength(5);
    for (const c of observer.rubric!) expect(c.anchors).toHaveLength(5);
  });

  it('gives the candidate the cast and no question', () => {
    const view = mockInterview.personalView(config, ctx('b'));
    expect(view.role).toBe('candidate');
    expect(view.question).toBeNull();
    expect(view.cast.map((c) => [c.nickname, c.role])).toEqual([
      ['닉a', 'interviewer'],
      ['닉b', 'candidate'],
      ['닉c', 'observer'],
    ]);
  });

  it('shows the observer their own scores so far, and nothing before the first round', () => {
    const answers = world([
      { round: 1, group: 0, item: 'rubric:structure', score: 4, signed: false, held: false },
    ]);
    expect(mockInterview.personalView(config, ctx('c', answers)).mine?.scores).toEqual({ structure: 4 });
    const before = mockInterview.personalView(config, { ...ctx('c'), roles: {} });
    expect(before).toMatchObject({ round: null, role: null, question: null, rubric: null, mine: null });
  });
});

describe('mock interview progress and report', () => {
  it('counts rounds with complete feedback over rounds with any', () => {
    const full = [...CRITERIA.map((c) => `rubric:${c}`), 'strength', 'suggestion'].map((item) => ({
      round: 1,
      group: 0,
      item,
      score: 3,
      signed: false,
      held: false,
    }));
    const answers = world([
      ...full,
      { round: 2, group: 0, item: 'strength', score: 1, signed: false, held: false },
    ]);
    // Round 1: c observes (complete); round 2: a observes (a strength only).
    expect(mockInterview.progress(config, answers, ['a', 'b', 'c'])).toEqual({
      a: { done: 0, total: 1 },
      b: { done: 0, total: 0 },
      c: { done: 1, total: 1 },
    });
  });

  it('reports per round the candidate’s scores and notes, nothing for a member without feedback', () => {
    const answers = world([
      { round: 1, group: 0, item: 'rubric:motivation', score: 5, signed: false, held: false },
      { round: 1, group: 0, item: 'strength', score: 1, signed: true, held: false },
      { round: 1, group: 0, item: 'suggestion', score: 1, signed: false, held: true },
    ]);
    const section = mockInterview.reportSection!(config, contextFor('b', answers, 3));
    expect(section?.title.ko).toBe('모의면접 피드백');
    const json = JSON.stringify(section);
    expect(json).toContain('5 / 5');
    expect(json).toContain('text-1-about-b — 닉c');
    expect(json).not.toContain('text-2-about-b'); // held
    expect(mockInterview.reportSection!(config, contextFor('a', answers, 3))).toBeNull();
  });
});
