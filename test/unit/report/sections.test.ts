import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type {
  CounselingModule,
  MemberAnswerRecord,
  PersonalContext,
} from '../../../shared/activities/counseling-module.js';
import { counselingReportSections, reportContext } from '../../../server/report/sections.js';
import { barrierMap } from '../../../shared/activities/barrier-map/index.js';
import { barriers } from '../../../shared/content/barriers.js';

const record = (over: Partial<MemberAnswerRecord>): MemberAnswerRecord => ({
  answerId: crypto.randomUUID(),
  memberId: 'me',
  subjectMemberId: null,
  round: 0,
  itemKey: 'x',
  value: 1,
  noteState: null,
  signed: false,
  updatedAt: 0,
  ...over,
});

const context = (over: Partial<PersonalContext> = {}): PersonalContext => ({
  memberId: 'me',
  given: [record({ itemKey: 'barrier:health' }), record({ itemKey: 'barrier:money' })],
  received: [
    record({ memberId: 'peer', subjectMemberId: 'me', noteState: 'shown', itemKey: 'card:a' }),
    record({ memberId: 'peer', subjectMemberId: 'me', noteState: 'held', itemKey: 'card:b' }),
    record({ memberId: 'peer', subjectMemberId: 'other', noteState: 'shown', itemKey: 'card:c' }),
  ],
  nicknames: {},
  groupMates: [],
  phase: 'p',
  roles: {},
  state: null,
  consents: [],
  ...over,
});

const keys = (records: readonly MemberAnswerRecord[]) => records.map((r) => r.itemKey);

describe('reportContext', () => {
  it('leaves out sensitive items without a current consent, and held or misaddressed notes always', () => {
    const ctx = reportContext(context(), ['barrier:health']);
    expect(keys(ctx.given)).toEqual(['barrier:money']);
    expect(keys(ctx.received)).toEqual(['card:a']);
  });

  it('keeps sensitive items under the consent', () => {
    const ctx = reportContext(context({ consents: ['sensitive-barriers'] }), ['barrier:health']);
    expect(keys(ctx.given)).toEqual(['barrier:health', 'barrier:money']);
  });

  it("drops another member's own answers even if a loader let them in", () => {
    const ctx = reportContext(context({ given: [record({ memberId: 'peer', itemKey: 'theirs' })] }), []);
    expect(ctx.given).toEqual([]);
  });
});

describe('counselingReportSections', () => {
  const listing: CounselingModule<{ word: string }, null> = {
    type: 'barrier-map',
    name: { ko: '걸림돌', en: 'Barriers' },
    openedBy: 'line',
    pace: 'self',
    configSchema: z.object({ word: z.enum(['a', 'b']) }),
    defaultConfig: () => ({ word: 'a' }),
    phases: ['map'],
    sensitiveItems: () => ['barrier:health'],
    checkAnswer: () => ({ ok: false, code: 'invalid_answer' }),
    personalView: () => null,
    progress: () => ({}),
    reportSection: (config, ctx) =>
      ctx.given.length === 0
        ? null
        : {
            title: { ko: config.word, en: config.word },
            blocks: [{ kind: 'list', items: ctx.given.map((r) => ({ ko: r.itemKey, en: r.itemKey })) }],
          },
  };

  it('builds each activity with a module in order, filters its context, and skips the rest', async () => {
    const source = counselingReportSections({
      activitiesOf: () =>
        Promise.resolve([
          { id: '1', type: 'barrier-map', config: { word: 'b' } },
          { id: '2', type: 'action-plan', config: {} },
          { id: '3', type: 'barrier-map', config: { word: 'not valid' } },
        ]),
      moduleOf: (type) =>
        type === 'barrier-map' ? (listing as CounselingModule<unknown, unknown>) : undefined,
      personalContext: (_programId, activity) =>
        Promise.resolve(activity.id === '3' ? context({ given: [] }) : context()),
    });
    const sections = await source('program', 'me');
    expect(sections).toEqual([
      {
        type: 'barrier-map',
        section: {
          title: { ko: 'b', en: 'b' },
          blocks: [{ kind: 'list', items: [{ ko: 'barrier:money', en: 'barrier:money' }] }],
        },
      },
    ]);
  });
});

describe('the barrier map in a report (sensitive categories)', () => {
  const config = { barrierIds: ['age', 'physical-health'], planCount: 1 };
  const ratings = [
    record({ itemKey: 'barrier:age', value: { level: 2 } }),
    record({ itemKey: 'barrier:physical-health', value: { level: 3 } }),
  ];
  const nameOf = (id: string) => barriers.find((b) => b.id === id)!.name.ko;
  const reportOf = (consents: string[]) =>
    counselingReportSections({
      activitiesOf: () => Promise.resolve([{ id: 'b', type: 'barrier-map' as const, config }]),
      moduleOf: () => barrierMap as CounselingModule<unknown, unknown>,
      personalContext: () => Promise.resolve(context({ given: ratings, received: [], consents })),
    })('program', 'me');

  it('leaves a sensitive barrier out without a current consent and keeps it under one', async () => {
    expect(barriers.find((b) => b.id === 'physical-health')?.sensitive).toBe(true);
    const without = JSON.stringify(await reportOf([]));
    expect(without).toContain(nameOf('age'));
    expect(without).not.toContain(nameOf('physical-health'));
    const withConsent = JSON.stringify(await reportOf(['sensitive-barriers']));
    expect(withConsent).toContain(nameOf('physical-health'));
  });
});
