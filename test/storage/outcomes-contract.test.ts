import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewOutcome, Storage } from '../../server/storage/index.js';
import { postgresBackend, sqliteBackend, type Backend } from './backends.js';
import { counselingRoom, countRows, rawQuery } from './counseling-fixture.js';

/**
 * Follow-up outcomes (migration 014, server/storage/outcomes.ts) on every backend: the database's checks,
 * history kept through corrections, request ids stored once, a merge moving the rows, and the cascade
 * when a program goes. Under CI=true an unreachable PostgreSQL fails the run.
 */
for (const backend of [sqliteBackend, postgresBackend]) {
  const unavailable = await backend.available();
  if (unavailable && process.env.CI === 'true') {
    throw new Error(`${backend.name} is required under CI=true: ${unavailable}`);
  }
  if (unavailable) console.warn(`Skipping the ${backend.name} outcomes contract: ${unavailable}`);
  describe.skipIf(unavailable !== null)(`follow-up outcomes contract: ${backend.name}`, () =>
    contract(backend),
  );
}

function contract(backend: Backend) {
  let storage: Storage;
  let url: string;
  let cleanup: () => Promise<void>;
  let room: Awaited<ReturnType<typeof counselingRoom>>;
  let minji: string;
  let junho: string;

  beforeEach(async () => {
    ({ storage, url, cleanup } = await backend.open());
    room = await counselingRoom(storage, ['민지', '준호']);
    [minji, junho] = room.ids as [string, string];
  });
  afterEach(async () => {
    await cleanup();
  });

  const seeking = (memberId: string, extra: Partial<NewOutcome> = {}): NewOutcome => ({
    programId: room.program.id,
    memberId,
    recordedBy: room.admin.id,
    requestId: crypto.randomUUID(),
    checkpointMonths: 1,
    asOf: '2025-04-10',
    status: 'seeking',
    employedOn: null,
    company: null,
    occupation: null,
    employmentType: null,
    placement: null,
    trainingName: null,
    note: null,
    supersedesId: null,
    ...extra,
  });
  const employed = (memberId: string, extra: Partial<NewOutcome> = {}): NewOutcome =>
    seeking(memberId, {
      status: 'employed',
      employedOn: '2025-04-01',
      company: '한빛물류',
      occupation: '물류 사무',
      employmentType: 'regular',
      placement: 'placed',
      ...extra,
    });

  async function recorded(input: NewOutcome, now?: number) {
    const result = await storage.outcomes.record(input, now);
    if (typeof result === 'string') throw new Error(result);
    return result;
  }

  /** A row straight into the table, past every check of the store and the route. */
  async function insertRaw(row: Record<string, unknown>) {
    const values = {
      id: crypto.randomUUID(),
      program_id: room.program.id,
      member_id: minji,
      checkpoint_months: 1,
      as_of: '2025-04-10',
      status: 'seeking',
      recorded_at: 1,
      request_id: crypto.randomUUID(),
      ...row,
    };
    const columns = Object.keys(values);
    await rawQuery(
      url,
      `insert into follow_up_outcomes (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      Object.values(values),
    );
    return values.id;
  }

  it('stores an outcome and reads it back with who recorded it', async () => {
    const { outcome, duplicate } = await recorded(employed(minji, { note: '3월 첫 출근' }), 1_000);
    expect(duplicate).toBe(false);
    expect(await storage.outcomes.listForProgram(room.program.id)).toEqual([outcome]);
    expect(outcome).toMatchObject({
      memberId: minji,
      status: 'employed',
      employedOn: '2025-04-01',
      company: '한빛물류',
      placement: 'placed',
      note: '3월 첫 출근',
      supersededBy: null,
      recordedBy: room.admin.id,
      recordedByName: '진행자',
      recordedAt: 1_000,
    });
  });

  it('refuses rows that break the rules, whoever writes them', async () => {
    const refused: [string, Record<string, unknown>][] = [
      ['employed without placement', { status: 'employed', employed_on: '2025-04-01' }],
      ['employed without its date', { status: 'employed', placement: 'self' }],
      ['a placement when not employed', { status: 'seeking', placement: 'self' }],
      ['a company when not employed', { status: 'unreachable', company: '회사' }],
      ['an occupation when not employed', { status: 'declined', occupation: '사무' }],
      ['an employment type when not employed', { status: 'training', employment_type: 'regular' }],
      ['a course name when not in training', { status: 'seeking', training_name: '내일배움카드' }],
      ['an unknown status', { status: 'hired' }],
      ['an unknown employment type', { ...employedRow(), employment_type: 'forever' }],
      ['an unknown placement', { ...employedRow(), placement: 'friend' }],
      ['a checkpoint past 24 months', { checkpoint_months: 25 }],
      ['a negative checkpoint', { checkpoint_months: -1 }],
      ['an as-of that is no date', { as_of: '10 April' }],
    ];
    for (const [what, row] of refused) {
      await expect(insertRaw(row), what).rejects.toThrow();
    }
    // The same columns with the rules kept go in.
    await insertRaw(employedRow());
    await insertRaw({ status: 'training', training_name: '내일배움카드 회계 과정' });
    await insertRaw({ status: 'training' });
    await insertRaw({ checkpoint_months: 0 });
    await insertRaw({ checkpoint_months: 24 });
    expect(await countRows(url, 'follow_up_outcomes')).toBe(5);
  });

  function employedRow() {
    return { status: 'employed', employed_on: '2025-04-01', placement: 'self' };
  }

  it('refuses a request id twice, a row superseding itself, another member’s row or one row twice', async () => {
    const requestId = crypto.randomUUID();
    const target = await insertRaw({ request_id: requestId });
    await expect(insertRaw({ request_id: requestId }), 'request id').rejects.toThrow();
    const self = crypto.randomUUID();
    await expect(insertRaw({ id: self, supersedes_id: self }), 'itself').rejects.toThrow();
    await expect(insertRaw({ member_id: junho, supersedes_id: target }), 'other member').rejects.toThrow();
    await expect(insertRaw({ supersedes_id: crypto.randomUUID() }), 'unknown row').rejects.toThrow();
    await insertRaw({ supersedes_id: target });
    await expect(insertRaw({ supersedes_id: target }), 'twice').rejects.toThrow();
    expect(await countRows(url, 'follow_up_outcomes')).toBe(2);
  });

  it('keeps the history: a correction is a new row and the corrected one stays', async () => {
    const wrong = (await recorded(employed(minji, { placement: 'self' }), 1_000)).outcome;
    const right = (await recorded(employed(minji, { supersedesId: wrong.id }), 2_000)).outcome;
    const list = await storage.outcomes.listForProgram(room.program.id);
    expect(list.map((o) => [o.id, o.placement, o.supersedesId, o.supersededBy])).toEqual([
      [wrong.id, 'self', null, right.id],
      [right.id, 'placed', wrong.id, null],
    ]);
    // A record is corrected once; the next correction names the current one.
    expect(await storage.outcomes.record(seeking(minji, { supersedesId: wrong.id }))).toBe(
      'outcome_superseded',
    );
    await recorded(seeking(minji, { supersedesId: right.id }));
    // Only a record of the same member and program can be corrected.
    expect(await storage.outcomes.record(seeking(junho, { supersedesId: right.id }))).toBe(
      'outcome_not_found',
    );
    expect(await storage.outcomes.record(seeking(minji, { supersedesId: crypto.randomUUID() }))).toBe(
      'outcome_not_found',
    );
    expect(await countRows(url, 'follow_up_outcomes')).toBe(3);
  });

  it('two corrections of one record at once: one is stored, the other is told it was corrected', async () => {
    const target = (await recorded(seeking(minji))).outcome;
    const results = await Promise.all(
      [1, 2, 3].map(() => storage.outcomes.record(seeking(minji, { supersedesId: target.id }))),
    );
    expect(results.filter((r) => typeof r !== 'string')).toHaveLength(1);
    expect(results.filter((r) => r === 'outcome_superseded')).toHaveLength(2);
    expect(await countRows(url, 'follow_up_outcomes')).toBe(2);
  });

  it('stores a request id once: a resend, even at once, answers the first row', async () => {
    const input = employed(minji);
    const first = await recorded(input, 1_000);
    const again = await recorded({ ...input, company: '다른 회사' }, 2_000);
    expect(again).toEqual({ outcome: first.outcome, duplicate: true });
    const racing = seeking(junho);
    const raced = await Promise.all([1, 2, 3].map(() => recorded(racing)));
    expect(new Set(raced.map((r) => r.outcome.id)).size).toBe(1);
    expect(raced.filter((r) => !r.duplicate).length).toBeLessThanOrEqual(1);
    expect(await countRows(url, 'follow_up_outcomes')).toBe(2);
    // Another member's request id stores nothing and shows nothing of that record.
    expect(await storage.outcomes.record({ ...seeking(junho), requestId: input.requestId })).toBe(
      'request_conflict',
    );
    expect(await countRows(url, 'follow_up_outcomes')).toBe(2);
  });

  it('a merge moves every outcome of the duplicate to the kept member, corrections linked as before', async () => {
    const wrong = (await recorded(employed(junho, { placement: 'self' }), 1_000)).outcome;
    const right = (await recorded(employed(junho, { supersedesId: wrong.id }), 2_000)).outcome;
    const own = (await recorded(seeking(minji, { checkpointMonths: 3 }), 3_000)).outcome;
    expect(await storage.members.merge(room.program.id, junho, minji)).not.toBeNull();
    const list = await storage.outcomes.listForProgram(room.program.id);
    expect(list.map((o) => [o.id, o.memberId, o.supersedesId, o.supersededBy])).toEqual([
      [wrong.id, minji, null, right.id],
      [right.id, minji, wrong.id, null],
      [own.id, minji, null, null],
    ]);
    // The kept member's history goes on: the moved record can be corrected by them.
    await recorded(seeking(minji, { supersedesId: right.id }));
  });

  it('goes with its program and its member', async () => {
    const first = (await recorded(seeking(minji))).outcome;
    await recorded(seeking(minji, { supersedesId: first.id }));
    await recorded(seeking(junho));
    await rawQuery(url, 'delete from program_members where id = ?', [junho]);
    expect(await countRows(url, 'follow_up_outcomes')).toBe(2);
    await rawQuery(url, 'delete from programs where id = ?', [room.program.id]);
    expect(await countRows(url, 'follow_up_outcomes')).toBe(0);
  });

  it('keeps a center’s follow-up months, [1, 3, 6] until set', async () => {
    expect((await storage.centers.findById(room.centerId))?.followUpMonths).toEqual([1, 3, 6]);
    await storage.centers.update(room.centerId, { followUpMonths: [2, 6, 11] });
    expect((await storage.centers.findById(room.centerId))?.followUpMonths).toEqual([2, 6, 11]);
    // A center made before migration 014 has the column's default.
    await rawQuery(
      url,
      "insert into centers (id, name, completion_threshold, created_at) values (?, 'x', 0.8, 1)",
      ['old-center'],
    );
    expect((await storage.centers.findById('old-center'))?.followUpMonths).toEqual([1, 3, 6]);
  });
}
