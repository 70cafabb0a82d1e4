import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewCounselingActivity } from '../../server/storage/counseling-activities.js';
import type { Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { counselingRoom, rawQuery } from './counseling-fixture.js';

/**
 * Counseling activities (server/storage/counseling-activities.ts) on every backend: one per agenda
 * line, the one-open-live rule shared with the engine's activities, self-paced tasks listed by
 * program across days, and the engine's reads never returning a counseling row.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  describe.skipIf(unavailable !== null)(`counseling activities contract: ${backend.name}`, () =>
    contract(backend),
  );
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
  });
  afterEach(async () => cleanup());

  /** A program day running with one engine poll from the agenda line 'poll-line'. */
  async function runningDay() {
    const room = await counselingRoom(storage, ['가', '나']);
    const day = room.program.days[0]!;
    const started = await storage.sessions.startProgramDay({
      programId: room.program.id,
      dayId: day.id,
      code: room.program.code,
      title: '1일차',
      facilitatorId: room.admin.id,
      activities: () => [
        {
          type: 'poll-single',
          title: '질문',
          config: { options: [{ id: 'a', label: 'A' }] },
          agendaKey: 'poll-line',
        },
      ],
    });
    if (typeof started === 'string') throw new Error(started);
    const session = started.session;
    const [poll] = await storage.activities.list(session.id);
    const input = (over: Partial<NewCounselingActivity> = {}): NewCounselingActivity => ({
      programId: room.program.id,
      sessionId: session.id,
      agendaKey: null,
      type: 'action-plan',
      title: '실행 계획',
      config: { steps: 3 },
      pace: 'self',
      phase: 'plan',
      groupingId: null,
      ...over,
    });
    return { room, session, poll: poll!, input };
  }

  const current = async (sessionId: string) =>
    (await storage.sessions.findById(sessionId))!.currentActivityId;

  it('makes one activity per agenda line; by hand, a new one each time; never over an engine line', async () => {
    const { input } = await runningDay();
    const first = (await storage.counselingActivities.createOrGet(input({ agendaKey: 'plan-line' })))!;
    const again = (await storage.counselingActivities.createOrGet(
      input({ agendaKey: 'plan-line', title: '다른' }),
    ))!;
    expect(first.created).toBe(true);
    expect(again).toEqual({ activity: first.activity, created: false });
    expect(first.activity).toMatchObject({
      type: 'action-plan',
      title: '실행 계획',
      config: { steps: 3 },
      status: 'draft',
      pace: 'self',
      phase: 'plan',
      agendaKey: 'plan-line',
      groupingId: null,
    });
    const a = (await storage.counselingActivities.createOrGet(input()))!;
    const b = (await storage.counselingActivities.createOrGet(input()))!;
    expect(a.activity.id).not.toBe(b.activity.id);
    expect(await storage.counselingActivities.createOrGet(input({ agendaKey: 'poll-line' }))).toBeNull();
  });

  it('two co-facilitators opening one line at once make one activity', async () => {
    const { input } = await runningDay();
    const made = await Promise.all(
      [1, 2, 3].map(() => storage.counselingActivities.createOrGet(input({ agendaKey: 'plan-line' }))),
    );
    expect(new Set(made.map((m) => m!.activity.id)).size).toBe(1);
    expect(made.filter((m) => m!.created)).toHaveLength(1);
  });

  it("the engine's reads never return a counseling activity", async () => {
    const { session, poll, input } = await runningDay();
    const { activity } = (await storage.counselingActivities.createOrGet(input({ pace: 'live' })))!;
    expect((await storage.activities.list(session.id)).map((a) => a.id)).toEqual([poll.id]);
    expect(await storage.activities.get(session.id, activity.id)).toBeNull();
    expect(await storage.activities.getWithCurrent(session.id, activity.id)).toBeNull();
    // And the counseling store never returns the engine's.
    expect(await storage.counselingActivities.get(poll.id)).toBeNull();
    expect(await storage.counselingActivities.close(poll.id)).toBe(false);
  });

  it("opening a live one closes the engine's open activity and clears the current one; and the other way round", async () => {
    const { session, poll, input } = await runningDay();
    await storage.activities.open(session.id, poll.id);
    expect(await current(session.id)).toBe(poll.id);
    const live = (await storage.counselingActivities.createOrGet(
      input({ type: 'strength-cards', pace: 'live', phase: 'sort' }),
    ))!.activity;
    expect(await storage.counselingActivities.open(live.id)).toEqual({ closedIds: [poll.id] });
    expect((await storage.activities.get(session.id, poll.id))!.status).toBe('closed');
    expect(await current(session.id)).toBeNull();
    expect((await storage.counselingActivities.get(live.id))!.status).toBe('open');
    // The engine opening its activity closes the live counseling one (the same one-open-live rule).
    await storage.activities.open(session.id, poll.id);
    expect((await storage.counselingActivities.get(live.id))!.status).toBe('closed');
    expect(await current(session.id)).toBe(poll.id);
    const [open] = await rawQuery(
      url,
      "select count(*) as n from activities where session_id = ? and status = 'open'",
      [session.id],
    );
    expect(Number(open!.n)).toBe(1);
  });

  it('self-paced tasks stay open beside a live activity, and are listed on later days by program', async () => {
    const { room, session, poll, input } = await runningDay();
    const task = (await storage.counselingActivities.createOrGet(input()))!.activity;
    await storage.counselingActivities.open(task.id);
    await storage.activities.open(session.id, poll.id);
    const live = (await storage.counselingActivities.createOrGet(
      input({ type: 'mock-interview', pace: 'live', phase: 'x' }),
    ))!.activity;
    await storage.counselingActivities.open(live.id);
    expect((await storage.counselingActivities.get(task.id))!.status).toBe('open');
    const ids = async (sessionId: string | null) =>
      (await storage.counselingActivities.listOpenForProgram(room.program.id, sessionId)).map((a) => a.id);
    expect(await ids(session.id)).toEqual([task.id, live.id]);
    // Another day (or none running): the program's open tasks only.
    expect(await ids(crypto.randomUUID())).toEqual([task.id]);
    expect(await ids(null)).toEqual([task.id]);
    expect((await storage.counselingActivities.openLiveInSession(session.id))!.id).toBe(live.id);
    // Ending the day closes the live one; the task outlives it.
    await storage.sessions.end(session.id);
    expect(await ids(null)).toEqual([task.id]);
    expect(await storage.counselingActivities.openLiveInSession(session.id)).toBeNull();
    // The console's list: open first, then newest first.
    const closed = (await storage.counselingActivities.createOrGet(input({ title: '나중' })))!.activity;
    expect((await storage.counselingActivities.listForProgram(room.program.id)).map((a) => a.id)).toEqual([
      task.id,
      closed.id,
      live.id,
    ]);
  });

  it('stores the phase and the grouping, and closes', async () => {
    const { room, input } = await runningDay();
    const grouping = (await storage.groupings.create({
      programId: room.program.id,
      kind: 'pairs',
      size: 2,
      label: '',
      groups: [room.ids],
    }))!;
    const activity = (await storage.counselingActivities.createOrGet(input({ groupingId: grouping.id })))!
      .activity;
    expect(activity.groupingId).toBe(grouping.id);
    await storage.counselingActivities.setPhase(activity.id, 'review');
    expect((await storage.counselingActivities.get(activity.id))!.phase).toBe('review');
    await storage.counselingActivities.open(activity.id);
    expect(await storage.counselingActivities.close(activity.id)).toBe(true);
    expect((await storage.counselingActivities.get(activity.id))!.status).toBe('closed');
  });
}
