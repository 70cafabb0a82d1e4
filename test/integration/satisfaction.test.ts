import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InstrumentPersonal } from '../../shared/activities/instrument/index.js';
import { instrumentVersion } from '../../shared/content/index.js';
import type { SatisfactionView } from '../../shared/satisfaction/view.js';
import { summarizeSatisfaction } from '../../shared/scoring/satisfaction.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import { parseCsv, readWithSheetJs } from '../helpers/export-readers.js';
import { countRows, rawQuery } from '../storage/counseling-fixture.js';
import {
  addMember,
  APP_BACKENDS,
  call,
  createProgram,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

const RATINGS = ['content', 'facilitator', 'usefulness', 'environment', 'overall', 'recommend'];

/**
 * The anonymous satisfaction survey end to end (docs/design/assessments-reports.md §3): members answer
 * and hand in on their phones; after the hand-in nothing ties a response to them; the close releases
 * the responses as one batch; paper forms wait for enough others before they are released.
 */
describe.each(APP_BACKENDS)('the satisfaction survey on $name', (backend) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);

  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  it('hands in without the member, releases at the close in one batch, and shows counts and means only', async () => {
    const fac = await loginFacilitator(t);
    const program = await createProgram(
      t,
      fac.cookie,
      scratchBody([fac.user.id], [today()], '만족도 프로그램'),
    );
    const planned = await t.storage.assessments.replacePlan({
      programId: program.id,
      version: (await t.storage.assessments.plan(program.id))!.version,
      waves: [
        {
          instrumentId: 'program-satisfaction',
          kind: 'once',
          plannedDayId: null,
          instrumentVersion: 1,
          anonymous: true,
        },
      ],
    });
    if (!planned.ok) throw new Error(planned.code);
    const wave = planned.waves[0]!;
    const names = ['가람', '나린', '다솜', '라희'];
    const members = await Promise.all(names.map((n) => addMember(t.storage, program.id, n)));
    await expectStatus(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const console_ = track(await connect(t.url, { cookie: fac.cookie }));
    const phone = async (token: string) => {
      const socket = track(await connect(t.url));
      return {
        socket,
        snapshot: await ok(socket, 'participant:join', { code: program.code, rejoinToken: token }),
      };
    };
    const phones = await Promise.all(members.map((m) => phone(m.token)));
    const opened = await ok(console_, 'wave:open', { waveId: wave.id });
    expect(opened).toMatchObject({ anonymous: true, status: 'open', total: 4 });
    const activityId = opened.activityId!;
    const given: Record<string, Record<string, number | string>> = {};
    const answer = async (socket: TestSocket, memberId: string, itemKey: string, value: number | string) => {
      const ack = await request(socket, 'memberAnswer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        itemKey,
        value,
      });
      if (!ack.ok) throw new Error(ack.error.code);
      (given[memberId] ??= {})[itemKey] = value;
    };
    const answerAll = async (i: number, base: number, liked?: string) => {
      for (const [k, item] of RATINGS.entries())
        await answer(phones[i]!.socket, members[i]!.id, item, Math.min(5, base + (k % 2)));
      if (liked) await answer(phones[i]!.socket, members[i]!.id, 'liked', liked);
    };

    // 가람 answers half, loses the phone, and goes on on a new one: the drafts are theirs until they hand in.
    await answer(phones[0]!.socket, members[0]!.id, 'content', 5);
    await answer(phones[0]!.socket, members[0]!.id, 'facilitator', 4);
    phones[0]!.socket.disconnect();
    phones[0] = await phone(members[0]!.token);
    const resumed = phones[0].snapshot.member!.counseling.find((c) => c.activity.id === activityId)!;
    expect((resumed.personal as InstrumentPersonal).answers).toEqual({ content: 5, facilitator: 4 });
    await answerAll(0, 4, '역할극이 좋았어요');

    // The console may not read an anonymous survey's answers, ever.
    const read = await request(console_, 'counseling:answers', { activityId });
    expect(read.ok ? null : read.error.code).toBe('anonymous_activity');

    // Handing in: the member's drafts and receipts are gone; a completion and a pending response remain.
    const done = waitFor(console_, 'waves:progress', (u) => u.waves[0]!.submitted === 1);
    const handed = await ok(phones[0].socket, 'assessment:submit', { activityId });
    expect(handed.duplicate).toBe(false);
    expect((await ok(phones[0].socket, 'assessment:submit', { activityId })).duplicate).toBe(true);
    expect((await done).waves[0]!.members[members[0]!.id]).toBe('done');
    expect(await countRows(t.databaseUrl, 'member_answers', 'member_id = ?', [members[0]!.id])).toBe(0);
    expect(await countRows(t.databaseUrl, 'member_answer_receipts', 'member_id = ?', [members[0]!.id])).toBe(
      0,
    );
    const late = await request(phones[0].socket, 'memberAnswer:submit', {
      activityId,
      answerId: crypto.randomUUID(),
      itemKey: 'content',
      value: 1,
    });
    expect(late.ok ? null : late.error.code).toBe('wave_submitted');
    const mine = await phone(members[0]!.token);
    const after = mine.snapshot.member!.counseling.find((c) => c.activity.id === activityId)!;
    expect(after.personal).toMatchObject({ answers: {}, submitted: { dayNumber: null }, anonymous: true });

    // 나린 and 다솜 hand in; 라희 answers everything but never presses the button.
    await answerAll(1, 3);
    await ok(phones[1]!.socket, 'assessment:submit', { activityId });
    await answerAll(2, 2, '시간이 짧았어요');
    await ok(phones[2]!.socket, 'assessment:submit', { activityId });
    await answerAll(3, 5);
    const pendingIds = (
      await rawQuery(t.databaseUrl, 'select id from survey_responses where wave_id = ?', [wave.id])
    ).map((r) => r.id);
    expect(pendingIds).toHaveLength(3);

    // A reminder reaches only 라희, who has not handed in (completions count as handed in).
    expect(await ok(console_, 'wave:remind', { waveId: wave.id })).toEqual({ reminded: 1 });

    // Nothing is released before the close, not even by hand.
    const early = await call(t, fac.cookie, 'POST', `/api/programs/${program.id}/satisfaction/release`, {
      waveId: wave.id,
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: 'survey_open' } });
    const before = await expectStatus<{ surveys: SatisfactionView[] }>(
      200,
      call(t, fac.cookie, 'GET', `/api/programs/${program.id}/satisfaction`),
    );
    expect(before.surveys[0]).toMatchObject({ completed: 3, respondents: { count: 0 }, unreleased: 3 });

    // The close hands in 라희's draft and releases all four as batch 1, under new ids.
    await ok(console_, 'wave:close', { waveId: wave.id });
    const released = await rawQuery(
      t.databaseUrl,
      'select id, batch from survey_responses where wave_id = ?',
      [wave.id],
    );
    expect(released).toHaveLength(4);
    expect(released.every((r) => Number(r.batch) === 1)).toBe(true);
    expect(released.some((r) => pendingIds.includes(r.id))).toBe(false);
    expect(await countRows(t.databaseUrl, 'member_answers', 'activity_id = ?', [activityId])).toBe(0);

    const view = (
      await expectStatus<{ surveys: SatisfactionView[] }>(
        200,
        call(t, fac.cookie, 'GET', `/api/programs/${program.id}/satisfaction`),
      )
    ).surveys[0]!;
    const expected = summarizeSatisfaction(
      instrumentVersion('program-satisfaction', 1)!,
      members.map((m) => given[m.id]!),
    );
    expect(view.respondents).toEqual({ count: 4 });
    expect(view.completed).toBe(4);
    expect(view.overall.mean).toEqual({ value: expected.overall.mean, n: 4 });
    for (const item of view.items) {
      const want = expected.items.find((i) => i.itemId === item.itemId)!;
      expect(item.mean).toEqual({ value: want.mean, n: want.n });
    }
    expect(view.comments.find((c) => c.itemId === 'liked')!.answers.sort()).toEqual(
      ['역할극이 좋았어요', '시간이 짧았어요'].sort(),
    );
    // No name, no member id, anywhere in what the facilitator gets.
    const body = JSON.stringify(view);
    for (const m of members) {
      expect(body).not.toContain(m.id);
      expect(body).not.toContain(m.nickname);
    }
    // The tables themselves hold no member and no time beside an answer.
    const columns = await rawQuery(
      t.databaseUrl,
      t.databaseUrl.startsWith('postgres')
        ? "select column_name as name from information_schema.columns where table_name in ('survey_responses', 'survey_answers')"
        : "select name from pragma_table_info('survey_responses') union all select name from pragma_table_info('survey_answers')",
    );
    expect(columns.map((c) => c.name)).toContain('item_key');
    for (const { name } of columns) expect(String(name)).not.toMatch(/member|_at$|time|created/);

    // The export: one row per released response, no participant column, nobody's name or id.
    const download = async (format: 'csv' | 'xlsx') => {
      const res = await fetch(`${t.url}/api/programs/${program.id}/exports/satisfaction?format=${format}`, {
        headers: { cookie: fac.cookie },
      });
      expect(res.status).toBe(200);
      return new Uint8Array(await res.arrayBuffer());
    };
    const csv = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await download('csv')));
    expect(csv[0]).toEqual(expect.arrayContaining(['프로그램', '응답 번호', '전체 점수']));
    expect(csv.slice(1).map((r) => r[1])).toEqual(['1', '2', '3', '4']);
    const [sheet] = readWithSheetJs(await download('xlsx'));
    expect(sheet!.rows).toHaveLength(5);
    const exported = JSON.stringify([csv, sheet]);
    for (const m of members) {
      expect(exported).not.toContain(m.id);
      expect(exported).not.toContain(m.nickname);
    }
    expect(exported).not.toContain('닉네임');
    expect(exported).toContain('역할극이 좋았어요');

    // A paper form waits: one response after the first release is fewer than the threshold.
    const requestId = crypto.randomUUID();
    const paper = { waveId: wave.id, requestId, answers: { content: 5, facilitator: 5, overall: 4 } };
    const entered = await expectStatus<{ surveys: SatisfactionView[] }>(
      201,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/satisfaction/paper`, paper),
    );
    expect(entered.surveys[0]).toMatchObject({ unreleased: 1, respondents: { count: 4 } });
    await expectStatus(
      201,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/satisfaction/paper`, paper),
    );
    expect(await countRows(t.databaseUrl, 'survey_responses', 'wave_id = ?', [wave.id])).toBe(5);
    const kept = await expectStatus<{ released: number }>(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/satisfaction/release`, { waveId: wave.id }),
    );
    expect(kept.released).toBe(0);

    // Another program's form cannot name this wave: answered like a made-up one, nothing stored.
    const other = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '다른 프로그램'));
    for (const waveId of [wave.id, crypto.randomUUID()]) {
      const foreign = await call(t, fac.cookie, 'POST', `/api/programs/${other.id}/satisfaction/paper`, {
        ...paper,
        waveId,
        requestId: crypto.randomUUID(),
      });
      expect(foreign.status).toBe(404);
      expect(foreign.body).toMatchObject({ error: { code: 'wave_not_found' } });
    }
    expect(await countRows(t.databaseUrl, 'survey_responses', 'wave_id = ?', [wave.id])).toBe(5);
  });
});
