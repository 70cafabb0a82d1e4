import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage } from '../../server/storage/index.js';
import type { Facilitator } from '../../server/storage/facilitators.js';
import type { StoredMember } from '../../server/storage/members.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { rawQuery } from './counseling-fixture.js';

/**
 * What the roster reads beyond attendance itself, on every backend: last seen (participants.last_seen_at,
 * never moved backwards, capped at the day's end) and who corrected a day (attendance.corrected_by,
 * migration 012). Under CI=true an unreachable PostgreSQL fails the run.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  if (unavailable) console.warn(`Skipping the ${backend.name} roster contract: ${unavailable}`);
  describe.skipIf(unavailable !== null)(`roster storage contract: ${backend.name}`, () => contract(backend));
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;
  let centerId: string;
  let facilitator: Facilitator;
  let program: ProgramDetail;
  let member: StoredMember;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
    centerId = (await storage.centers.create('서울센터')).id;
    facilitator = (await storage.facilitators.create({
      centerId,
      role: 'admin',
      email: 'fac@center.kr',
      name: '김상담',
      passwordHash: 'h',
    }))!;
    program = await storage.programs.create({
      centerId,
      createdBy: facilitator.id,
      body: {
        title: '성취프로그램',
        group: '청년',
        facilitatorIds: [facilitator.id],
        templateId: null,
        trackId: null,
        days: ['2025-03-10', '2025-03-11'].map((date) => ({
          date,
          startTime: '10:00',
          endTime: '12:00',
          modules: [],
        })),
      },
    });
    member = await register('민지');
  });
  afterEach(async () => {
    await cleanup();
  });

  async function register(nickname: string) {
    return (await storage.members.register({
      programId: program.id,
      nickname,
      realName: null,
      intake: null,
      pinHash: 'pin',
      tokenHash: `token-${crypto.randomUUID()}`,
    }))!;
  }

  async function startDay(index: number) {
    const day = program.days[index]!;
    const outcome = await storage.sessions.startProgramDay({
      programId: program.id,
      dayId: day.id,
      code: program.code,
      title: `${index + 1}일차`,
      facilitatorId: facilitator.id,
      endRunning: true,
      activities: () => [],
    });
    if (typeof outcome === 'string') throw new Error(outcome);
    return outcome.session;
  }

  async function lastSeenOf(participantId: string): Promise<number> {
    const [row] = await rawQuery(url, 'select last_seen_at from participants where id = ?', [participantId]);
    return Number(row!.last_seen_at);
  }

  const attendanceOf = async (m: StoredMember, dayIndex = 0) =>
    (await storage.attendance.forProgram(program.id)).find(
      (a) => a.memberId === m.id && a.dayId === program.days[dayIndex]!.id,
    );

  describe('last seen', () => {
    it("is the day's participant row's, read with the member's attendance", async () => {
      const session = await startDay(0);
      const row = await storage.members.participantFor(session.id, member);
      await storage.attendance.recordJoin(program.days[0]!.id, member.id, 1_000);
      await storage.participants.markSeen([row.id], Date.now() + 60_000);
      const seen = await lastSeenOf(row.id);
      expect(await attendanceOf(member)).toMatchObject({ participantId: row.id, lastSeenAt: seen });
      // Marked present by hand on a day never joined: no participant row, no last seen.
      await storage.attendance.correct(program.days[1]!.id, member.id, { present: true, hours: null });
      expect(await attendanceOf(member, 1)).toMatchObject({ participantId: null, lastSeenAt: null });
    });

    it('never moves backwards, whichever write commits last', async () => {
      const session = await startDay(0);
      const row = await storage.members.participantFor(session.id, member);
      const base = Date.now() + 60_000;
      await storage.participants.markSeen([row.id], base + 5_000);
      await storage.participants.markSeen([row.id], base + 1_000);
      await storage.participants.touch(row.id, base + 2_000);
      expect(await lastSeenOf(row.id)).toBe(base + 5_000);
      // Writes from several processes at once, in any order: the latest time stays.
      const times = Array.from({ length: 12 }, (_, i) => base + 10_000 + ((i * 7) % 12) * 1_000);
      await Promise.all(times.map((t) => storage.participants.markSeen([row.id], t)));
      expect(await lastSeenOf(row.id)).toBe(Math.max(...times));
      await storage.participants.markSeen([], base + 99_000);
      expect(await lastSeenOf(row.id)).toBe(Math.max(...times));
    });

    it("stops at the day's end: a phone leaving later was there until the end", async () => {
      const session = await startDay(0);
      const row = await storage.members.participantFor(session.id, member);
      await storage.sessions.end(session.id);
      const [ended] = await rawQuery(url, 'select ended_at from live_sessions where id = ?', [session.id]);
      const endedAt = Number(ended!.ended_at);
      await storage.participants.markSeen([row.id], endedAt + 3_600_000);
      expect(await lastSeenOf(row.id)).toBe(endedAt);
      // The day resumed: seen again from then on.
      await startDay(0);
      await storage.participants.markSeen([row.id], endedAt + 7_200_000);
      expect(await lastSeenOf(row.id)).toBe(endedAt + 7_200_000);
    });

    it('a merge keeps the later last seen of the two rows of a day', async () => {
      const dup = await register('민지2');
      const session = await startDay(0);
      const kept = await storage.members.participantFor(session.id, member);
      const other = await storage.members.participantFor(session.id, dup);
      const late = Date.now() + 120_000;
      await storage.participants.markSeen([other.id], late);
      await storage.members.merge(program.id, dup.id, member.id);
      expect(await lastSeenOf(kept.id)).toBe(late);
    });
  });

  describe('who corrected', () => {
    it('keeps the corrector with the correction and reads their name', async () => {
      await storage.attendance.recordJoin(program.days[0]!.id, member.id, 1_000);
      await storage.attendance.correct(
        program.days[0]!.id,
        member.id,
        { present: true, hours: 1.5, note: '병원 진료로 조퇴' },
        facilitator.id,
      );
      expect(await attendanceOf(member)).toMatchObject({
        corrected: true,
        note: '병원 진료로 조퇴',
        correctedBy: '김상담',
        joinedAt: 1_000,
      });
      // A join never takes a correction's author away; an uncorrected day has none.
      await storage.attendance.recordJoin(program.days[0]!.id, member.id, 2_000);
      expect((await attendanceOf(member))?.correctedBy).toBe('김상담');
      await storage.attendance.recordJoin(program.days[1]!.id, member.id, 3_000);
      expect((await attendanceOf(member, 1))?.correctedBy).toBeNull();
    });

    it('a removed facilitator leaves the correction without a name (on delete set null)', async () => {
      const gone = (await storage.facilitators.create({
        centerId,
        role: 'facilitator',
        email: 'gone@center.kr',
        name: '퇴사자',
        passwordHash: 'h',
      }))!;
      await storage.attendance.correct(
        program.days[0]!.id,
        member.id,
        { present: false, hours: null },
        gone.id,
      );
      expect((await attendanceOf(member))?.correctedBy).toBe('퇴사자');
      await rawQuery(url, 'delete from facilitators where id = ?', [gone.id]);
      expect(await attendanceOf(member)).toMatchObject({
        corrected: true,
        present: false,
        correctedBy: null,
      });
      const [row] = await rawQuery(url, 'select corrected_by from attendance where member_id = ?', [
        member.id,
      ]);
      expect(row!.corrected_by).toBeNull();
    });

    it('a merge keeps the author with the note it keeps', async () => {
      const dup = await register('민지2');
      await storage.attendance.recordJoin(program.days[0]!.id, member.id, 1_000);
      await storage.attendance.correct(
        program.days[0]!.id,
        dup.id,
        { present: false, hours: null, note: '다른 휴대폰' },
        facilitator.id,
      );
      await storage.members.merge(program.id, dup.id, member.id);
      // Present (the kept member's join) beats absent; the note and its author come from the duplicate.
      expect(await attendanceOf(member)).toMatchObject({
        present: true,
        note: '다른 휴대폰',
        correctedBy: '김상담',
      });
    });
  });
}
