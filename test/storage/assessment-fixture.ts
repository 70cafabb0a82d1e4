import { expect } from 'vitest';
import type { WavePlanItem, Storage, StoredWave } from '../../server/storage/index.js';
import type { WaveKind } from '../../server/db/schema.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { rawQuery } from './counseling-fixture.js';

/**
 * A three-day program with members and a plan (SWLS pre and post, the anonymous satisfaction survey),
 * for the assessment store's contract tests (test/storage/assessment*.test.ts).
 */
export const DATES = ['2025-03-10', '2025-03-11', '2025-03-12'] as const;

export const planItem = (
  instrumentId: string,
  kind: WaveKind,
  extra: Partial<WavePlanItem> = {},
): WavePlanItem => ({
  instrumentId,
  kind,
  plannedDayId: null,
  instrumentVersion: 1,
  anonymous: false,
  ...extra,
});

export const DEFAULT_PLAN: WavePlanItem[] = [
  planItem('swls', 'pre'),
  planItem('swls', 'post'),
  planItem('program-satisfaction', 'once', { anonymous: true }),
];

export async function assessmentWorld(
  storage: Storage,
  nicknames: readonly string[] = ['가람', '나래', '다온', '라온'],
  plan: readonly WavePlanItem[] = DEFAULT_PLAN,
) {
  const centerId = (await storage.centers.create('센터')).id;
  const admin = (await storage.facilitators.create({
    centerId,
    role: 'admin',
    email: `${crypto.randomUUID()}@center.kr`,
    name: '진행자',
    passwordHash: 'h',
  }))!;
  const program: ProgramDetail = await storage.programs.create({
    centerId,
    createdBy: admin.id,
    body: {
      title: '성취프로그램',
      group: '청년',
      facilitatorIds: [admin.id],
      templateId: null,
      trackId: null,
      days: DATES.map((date) => ({ date, startTime: '09:30', endTime: '17:30', modules: [] })),
    },
  });
  const ids: string[] = [];
  for (const nickname of nicknames) {
    const member = await storage.members.register({
      programId: program.id,
      nickname,
      realName: null,
      intake: null,
      pinHash: 'pin',
      tokenHash: `token-${crypto.randomUUID()}`,
    });
    ids.push(member!.id);
  }
  const planned = await storage.assessments.replacePlan({ programId: program.id, version: 0, waves: plan });
  if (!planned.ok) throw new Error(planned.code);
  const wave = (instrumentId: string, kind: WaveKind): StoredWave => {
    const found = planned.waves.find((w) => w.instrumentId === instrumentId && w.kind === kind);
    if (!found) throw new Error(`no ${instrumentId} ${kind} wave`);
    return found;
  };

  /** Starts day `index` (0-based), ending any other running day. */
  const startDay = async (index: number) => {
    const day = program.days[index]!;
    const started = await storage.sessions.startProgramDay({
      programId: program.id,
      dayId: day.id,
      code: program.code,
      title: `${day.number}일차`,
      facilitatorId: admin.id,
      endRunning: true,
      activities: () => [],
    });
    if (typeof started === 'string') throw new Error(started);
    return started.session;
  };

  /** Opens a wave (a day must run) and returns its activity id. */
  const open = async (w: StoredWave, now?: number) => {
    const opened = await storage.assessments.open({ waveId: w.id, title: w.instrumentId, now });
    if (!opened.ok) throw new Error(opened.code);
    return opened.wave.activityId!;
  };

  /** One item answered through the member-answer store, as the phone's answer would be stored. */
  const answer = async (activityId: string, memberId: string, itemKey: string, value: unknown) => {
    const r = await storage.memberAnswers.submit({
      activityId,
      memberId,
      answerId: crypto.randomUUID(),
      itemKey,
      value,
    });
    expect(r).toMatchObject({ ok: true, duplicate: false });
  };

  /** Answers SWLS items 1..n with `value`. */
  const answerSwls = async (activityId: string, memberId: string, n: number, value = 5) => {
    for (let i = 1; i <= n; i++) await answer(activityId, memberId, `swls-${i}`, value);
  };

  return { centerId, admin, program, ids, plan: planned, wave, startDay, open, answer, answerSwls };
}

/** A statement the database must refuse (a check, a key): it fails and leaves nothing behind. */
export async function expectRefused(url: string, text: string, params: unknown[]): Promise<void> {
  await expect(rawQuery(url, text, params)).rejects.toThrow();
}
