import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/passwords.js';
import { hashToken } from '../../server/auth/tokens.js';
import { dayActivityDrafts } from '../../shared/program/day-activities.js';
import { addDays } from '../../shared/program/dates.js';
import { PIN_LENGTH } from '../../shared/program/limits.js';
import type { ProgramDetail, ProgramSummary, RosterView } from '../../shared/program/views.js';
import { createUser, loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import {
  addMember,
  call,
  createProgram,
  errorBody,
  expectStatus,
  sampleModule,
  scratchBody,
  templateBody,
  today,
  APP_BACKENDS,
} from './program-fixtures.js';

describe.each(APP_BACKENDS)('programs over HTTP on $name', ({ start: startApp }) => {
  let t: TestApp;
  let cookie: string;
  let me: { id: string; centerId: string; name: string };
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);

  beforeEach(async () => {
    t = await startApp();
    ({ cookie, user: me } = await loginFacilitator(t));
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  const put = (program: ProgramDetail, change: Partial<ProgramDetail> = {}) => {
    const p = { ...program, ...change };
    return call<{ program: ProgramDetail }>(t, cookie, 'PUT', `/api/programs/${program.id}`, {
      title: p.title,
      group: p.group,
      facilitatorIds: p.facilitators.map((f) => f.id),
      version: p.version,
      days: p.days.map((d) => ({
        id: d.id,
        date: d.date,
        startTime: d.startTime,
        endTime: d.endTime,
        modules: d.modules,
      })),
    });
  };
  const start = (program: { id: string }, dayId: string, as = cookie) =>
    call<{ sessionId: string }>(t, as, 'POST', `/api/programs/${program.id}/days/${dayId}/start`, {});

  it('creates from a catalog template and from scratch; lists and reads them', async () => {
    const fromTemplate = await createProgram(t, cookie, templateBody([me.id], addDays(today(), 7)));
    expect(fromTemplate).toMatchObject({
      title: '성취프로그램',
      status: 'active',
      templateId: 'seongchwi',
      templateHours: { min: 24, max: 24 },
      version: 1,
      memberCount: 0,
      completionThreshold: 0.8,
      facilitators: [{ id: me.id }],
    });
    expect(fromTemplate.code).toMatch(/^\d{6}$/);
    expect(fromTemplate.days).toHaveLength(4);
    expect(fromTemplate.days.map((d) => d.number)).toEqual([1, 2, 3, 4]);
    for (const day of fromTemplate.days) {
      expect(day.modules.length).toBeGreaterThan(0);
      expect(day.plannedMinutes).toBe(day.modules.reduce((s, m) => s + m.minutes, 0));
      expect(day.session).toBeNull();
    }

    const scratch = await createProgram(t, cookie, scratchBody([me.id], [today(), addDays(today(), 1)]));
    expect(scratch).toMatchObject({ templateId: null, templateHours: null, title: '직접 만든 프로그램' });
    expect(scratch.code).not.toBe(fromTemplate.code);
    expect(scratch.days.map((d) => d.plannedMinutes)).toEqual([120, 120]);

    const list = await expectStatus<{ programs: ProgramSummary[] }>(
      200,
      call(t, cookie, 'GET', '/api/programs'),
    );
    expect(list.programs.map((p) => p.id).sort()).toEqual([fromTemplate.id, scratch.id].sort());
    const read = await expectStatus<{ program: ProgramDetail }>(
      200,
      call(t, cookie, 'GET', `/api/programs/${scratch.id}`),
    );
    expect(read.program).toEqual(scratch);
  });

  it('refuses a bad template, track, facilitator list or body, and anyone not logged in', async () => {
    const colleague = await createUser(t.storage, { role: 'facilitator', centerId: me.centerId });
    const stranger = await createUser(t.storage, { role: 'admin' });
    const inactive = await createUser(t.storage, { role: 'facilitator', centerId: me.centerId });
    await t.storage.facilitators.update(me.centerId, inactive.id, { active: false });
    const body = scratchBody([me.id], [today()]);
    const cases: [unknown, number, string][] = [
      [{ ...body, templateId: 'no-such-program' }, 400, 'template_not_found'],
      [{ ...templateBody([me.id]), trackId: 'no-such-track' }, 400, 'invalid_program'],
      [{ ...body, trackId: 'a-track-without-template' }, 400, 'invalid_program'],
      [{ ...body, facilitatorIds: [me.id, stranger.id] }, 400, 'invalid_program'],
      [{ ...body, facilitatorIds: [me.id, inactive.id] }, 400, 'invalid_program'],
      [{ ...body, facilitatorIds: [me.id, crypto.randomUUID()] }, 400, 'invalid_program'],
      [{ ...body, days: [] }, 400, 'invalid_payload'],
      [{ ...body, days: [body.days[0], body.days[0]] }, 400, 'invalid_payload'],
      [{ ...body, days: [{ ...body.days[0], endTime: '09:00' }] }, 400, 'invalid_payload'],
    ];
    for (const [payload, status, code] of cases) {
      const r = await call(t, cookie, 'POST', '/api/programs', payload);
      expect({ payload, status: r.status, body: r.body }).toEqual({
        payload,
        status,
        body: errorBody(code as never),
      });
    }
    // A facilitator (not an admin) cannot leave themself off a program they create.
    const { cookie: facilitatorCookie } = await loginFacilitator(t, undefined, {
      role: 'facilitator',
      centerId: me.centerId,
    });
    const without = await call(t, facilitatorCookie, 'POST', '/api/programs', {
      ...body,
      facilitatorIds: [colleague.id],
    });
    expect(without).toEqual({ status: 400, body: errorBody('invalid_program') });
    // An admin may create a program for colleagues only.
    expect(
      (await call(t, cookie, 'POST', '/api/programs', { ...body, facilitatorIds: [colleague.id] })).status,
    ).toBe(201);
    expect(await call(t, null, 'GET', '/api/programs')).toEqual({
      status: 401,
      body: errorBody('not_authenticated'),
    });
    expect((await call(t, null, 'POST', '/api/programs', body)).status).toBe(401);
    expect((await t.storage.programs.listFor({ ...me, role: 'admin' })).length).toBe(1);
  });

  it('updates with the loaded version; a stale version is refused and changes nothing', async () => {
    const colleague = await createUser(t.storage, { role: 'facilitator', centerId: me.centerId });
    const program = await createProgram(t, cookie, scratchBody([me.id], [today(), addDays(today(), 1)]));
    const moved = [...program.days].reverse().map((d, i) => ({ ...d, date: program.days[i]!.date }));
    const saved = await expectStatus<{ program: ProgramDetail }>(
      200,
      put(program, {
        title: '고친 제목',
        facilitators: [
          { id: me.id, name: '' },
          { id: colleague.id, name: '' },
        ],
        days: [...moved, { ...moved[0]!, id: undefined as never, date: addDays(today(), 2), modules: [] }],
      }),
    );
    expect(saved.program).toMatchObject({ title: '고친 제목', version: 2 });
    expect(saved.program.facilitators.map((f) => f.id).sort()).toEqual([me.id, colleague.id].sort());
    // The two days swapped dates (the unique date key did not trip) and a third day was added.
    expect(saved.program.days.map((d) => d.id).slice(0, 2)).toEqual([
      program.days[1]!.id,
      program.days[0]!.id,
    ]);
    expect(saved.program.days).toHaveLength(3);

    const stale = await put(program, { title: '늦은 저장' });
    expect(stale).toEqual({ status: 409, body: errorBody('version_conflict') });
    const foreignDay = await put(saved.program, {
      days: [{ ...saved.program.days[0]!, id: crypto.randomUUID() }],
    });
    expect(foreignDay).toEqual({ status: 404, body: errorBody('day_not_found') });
    const outsider = await createUser(t.storage, { role: 'facilitator' });
    expect(await put(saved.program, { facilitators: [{ id: outsider.id, name: '' }] })).toEqual({
      status: 400,
      body: errorBody('invalid_program'),
    });
    const after = await expectStatus<{ program: ProgramDetail }>(
      200,
      call(t, cookie, 'GET', `/api/programs/${program.id}`),
    );
    expect(after.program).toEqual(saved.program);
  });

  it('refuses to remove a day that was run or has attendance; removes one that has neither', async () => {
    const dates = [today(), addDays(today(), 1), addDays(today(), 2)];
    const program = await createProgram(t, cookie, scratchBody([me.id], dates));
    const [run, attended, empty] = program.days as [
      (typeof program.days)[0],
      (typeof program.days)[0],
      (typeof program.days)[0],
    ];
    await expectStatus(200, start(program, run.id));
    const member = await addMember(t.storage, program.id, '민지');
    await expectStatus(
      200,
      call(t, cookie, 'PUT', `/api/programs/${program.id}/days/${attended.id}/attendance/${member.id}`, {
        present: true,
        hours: null,
      }),
    );
    expect(await put(program, { days: [attended, empty] })).toEqual({
      status: 409,
      body: errorBody('day_has_records'),
    });
    expect(await put(program, { days: [run, empty] })).toEqual({
      status: 409,
      body: errorBody('day_has_records'),
    });
    const saved = await expectStatus<{ program: ProgramDetail }>(
      200,
      put(program, { days: [run, attended] }),
    );
    expect(saved.program.days.map((d) => d.id)).toEqual([run.id, attended.id]);
  });

  it('copies a program for the next group with its days moved and a new code', async () => {
    const program = await createProgram(t, cookie, templateBody([me.id], '2026-03-02'));
    await addMember(t.storage, program.id, '민지');
    const copy = await expectStatus<{ program: ProgramDetail }>(
      201,
      call(t, cookie, 'POST', `/api/programs/${program.id}/copy`, {
        title: '성취프로그램 2기',
        firstDate: '2026-03-16',
      }),
    );
    expect(copy.program).toMatchObject({
      title: '성취프로그램 2기',
      group: program.group,
      templateId: 'seongchwi',
      version: 1,
      memberCount: 0,
      status: 'active',
      facilitators: program.facilitators,
    });
    expect(copy.program.id).not.toBe(program.id);
    expect(copy.program.code).not.toBe(program.code);
    expect(copy.program.days.map((d) => d.date)).toEqual(program.days.map((d) => addDays(d.date, 14)));
    expect(copy.program.days.map((d) => d.modules)).toEqual(program.days.map((d) => d.modules));
    expect(copy.program.days.every((d, i) => d.id !== program.days[i]!.id)).toBe(true);
    expect(
      (
        await call(t, cookie, 'POST', `/api/programs/${program.id}/copy`, {
          title: '',
          firstDate: '2026-03-16',
        })
      ).status,
    ).toBe(400);
  });

  it('starts a day as a live session with its engine activities; starting again resumes it', async () => {
    const program = await createProgram(t, cookie, scratchBody([me.id], [today(), addDays(today(), 1)]));
    const [day1, day2] = program.days as [(typeof program.days)[0], (typeof program.days)[0]];
    const { sessionId } = await expectStatus<{ sessionId: string }>(200, start(program, day1.id));
    const facilitator = track(await connect(t.url, { cookie }));
    const snapshot = await ok(facilitator, 'session:watch', { sessionId });
    expect(snapshot.session).toMatchObject({
      code: program.code,
      status: 'live',
      title: `${program.title} · 1일차`,
    });
    const drafts = dayActivityDrafts(day1.modules);
    expect(snapshot.activities.map((a) => ({ type: a.type, title: a.title }))).toEqual(
      drafts.map((d) => ({ type: d.type, title: d.title })),
    );
    expect(snapshot.activities.map((a) => a.title)).toEqual(['1일차 기분은?', '1일차 자신감']);
    expect(snapshot.activities[0]!.config).toMatchObject({
      options: [{ label: '좋아요' }, { label: '그저 그래요' }],
    });

    // Editing the live session's activities stays: a second start resumes the same session.
    await ok(facilitator, 'activity:remove', { sessionId, activityId: snapshot.activities[1]!.id });
    expect(await start(program, day1.id)).toEqual({ status: 200, body: { sessionId } });
    expect((await ok(facilitator, 'session:watch', { sessionId })).activities).toHaveLength(1);

    expect(await start(program, day2.id)).toEqual({ status: 409, body: errorBody('day_already_running') });
    const other = await createProgram(t, cookie, scratchBody([me.id], [today()]));
    expect(await start(program, other.days[0]!.id)).toEqual({
      status: 404,
      body: errorBody('day_not_found'),
    });

    const detail = await expectStatus<{ program: ProgramDetail }>(
      200,
      call(t, cookie, 'GET', `/api/programs/${program.id}`),
    );
    expect(detail.program.days[0]!.session).toEqual({ id: sessionId, status: 'live' });

    // Once day 1 ends, day 2 starts as its own session under the same code.
    await ok(facilitator, 'session:end', { sessionId });
    const second = await expectStatus<{ sessionId: string }>(200, start(program, day2.id));
    expect(second.sessionId).not.toBe(sessionId);
    expect((await ok(facilitator, 'session:watch', { sessionId: second.sessionId })).session.code).toBe(
      program.code,
    );
  });

  it("opens a template day's phone activities with the library's configs, kept through a save", async () => {
    const body = templateBody([me.id], today());
    const created = await createProgram(t, cookie, body);
    // A save from the editor (a renamed line) keeps each line's config.
    const day = created.days[0]!;
    const renamed = day.modules.map((m, i) =>
      i === 0
        ? { ...m, activities: m.activities.map((a, j) => (j === 0 ? { ...a, title: `${a.title}!` } : a)) }
        : m,
    );
    const { program } = await expectStatus<{ program: ProgramDetail }>(
      200,
      put(created, { days: created.days.map((d, i) => (i === 0 ? { ...d, modules: renamed } : d)) }),
    );
    const { sessionId } = await expectStatus<{ sessionId: string }>(200, start(program, day.id));
    const facilitator = track(await connect(t.url, { cookie }));
    const snapshot = await ok(facilitator, 'session:watch', { sessionId });
    const expected = dayActivityDrafts(body.days[0]!.modules);
    expect(expected.length).toBeGreaterThan(0);
    expect(snapshot.activities.map((a) => a.config)).toEqual(expected.map((d) => d.config));
    expect(snapshot.activities.map((a) => a.type)).toEqual(expected.map((d) => d.type));
    const labels = snapshot.activities.flatMap((a) =>
      'options' in (a.config as object) ? (a.config as { options: { label: string }[] }).options : [],
    );
    expect(labels.filter((o) => /^(선택지|option)\s*\d+$/iu.test(o.label))).toEqual([]);
  });

  it('tells phones waiting in the program when a day starts', async () => {
    const program = await createProgram(t, cookie, scratchBody([me.id], [today()]));
    const phone = track(await connect(t.url));
    const identity = await ok(phone, 'program:register', {
      registrationId: crypto.randomUUID(),
      code: program.code,
      nickname: '민지',
      realName: '',
      consent: true,
      intake: { desiredJob: '', worry: '', hope: '' },
    });
    await ok(phone, 'participant:join', { code: program.code, rejoinToken: identity.rejoinToken });
    const told = waitFor(phone, 'program:dayStarted');
    await expectStatus(200, start(program, program.days[0]!.id));
    expect(await told).toEqual({ code: program.code });
  });

  it('ends a program: running day sessions end for everyone, the code stops working, edits are refused', async () => {
    const program = await createProgram(t, cookie, scratchBody([me.id], [today(), addDays(today(), 1)]));
    const { sessionId } = await expectStatus<{ sessionId: string }>(200, start(program, program.days[0]!.id));
    const facilitator = track(await connect(t.url, { cookie }));
    await ok(facilitator, 'session:watch', { sessionId });
    const screen = track(await connect(t.url));
    await ok(screen, 'screen:watch', { code: program.code });
    const consoleHears = waitFor(
      facilitator,
      'facilitator:stateChanged',
      (s) => s.session.status === 'ended',
    );
    const screenHears = waitFor(screen, 'screen:stateChanged', (s) => s.session.status === 'ended');

    const ended = await expectStatus<{ program: ProgramDetail }>(
      200,
      call(t, cookie, 'POST', `/api/programs/${program.id}/end`, {}),
    );
    expect(ended.program.status).toBe('ended');
    expect(ended.program.days[0]!.session).toEqual({ id: sessionId, status: 'ended' });
    await consoleHears;
    await screenHears;

    const phone = track(await connect(t.url));
    const join = await request(phone, 'program:intro', { code: program.code });
    expect(join.ok ? null : join.error.code).toBe('program_ended');
    expect(await start(program, program.days[1]!.id)).toEqual({
      status: 400,
      body: errorBody('program_ended'),
    });
    expect(await put(ended.program, { title: '다시' })).toEqual({
      status: 400,
      body: errorBody('program_ended'),
    });
    // Ending again is harmless; the program stays readable and copyable.
    expect((await call(t, cookie, 'POST', `/api/programs/${program.id}/end`, {})).status).toBe(200);
    expect(
      (
        await call(t, cookie, 'POST', `/api/programs/${program.id}/copy`, {
          title: '다음 기수',
          firstDate: today(),
        })
      ).status,
    ).toBe(201);
  });

  it('shows the roster with completion; corrections and merges change it', async () => {
    const yesterday = addDays(today(), -1);
    const body = scratchBody([me.id], [yesterday, today()]);
    body.days[1]!.modules = [sampleModule('2일차', 120), sampleModule('2일차 오후', 60)];
    const program = await createProgram(t, cookie, body);
    const [day1, day2] = program.days as [(typeof program.days)[0], (typeof program.days)[0]];
    const a = await addMember(t.storage, program.id, '민지');
    const b = await addMember(t.storage, program.id, '준호');
    const dup = await addMember(t.storage, program.id, '민지2');
    await t.storage.attendance.recordJoin(day1.id, a.id);
    await t.storage.attendance.recordJoin(day1.id, b.id);
    await t.storage.attendance.recordJoin(day2.id, dup.id);

    const roster = await expectStatus<RosterView>(
      200,
      call(t, cookie, 'GET', `/api/programs/${program.id}/roster`),
    );
    // Yesterday is held (its date has passed); today is not until it is started.
    const days = { startTime: '10:00', running: false };
    expect(roster.days).toEqual([
      { id: day1.id, number: 1, date: yesterday, scheduledHours: 2, held: true, ...days },
      { id: day2.id, number: 2, date: today(), scheduledHours: 3, held: false, ...days },
    ]);
    // Members who registered in the same millisecond have no order between them: compared by nickname.
    const byName = (r: RosterView) => [...r.members].sort((x, y) => x.nickname.localeCompare(y.nickname));
    const member = (r: RosterView, nickname: string) => r.members.find((m) => m.nickname === nickname)!;
    expect(byName(roster).map((m) => [m.nickname, m.attendedHours, m.completed])).toEqual([
      ['민지', 2, false],
      ['민지2', 3, false],
      ['준호', 2, false],
    ]);
    expect(member(roster, '민지')).toMatchObject({ realName: '민지 실명', intake: { desiredJob: '사무직' } });
    // A forecast until today is held: 민지 and 준호 reach 80% if they attend today, 민지2 cannot.
    expect(roster.completion).toEqual({
      threshold: 0.8,
      scheduledHours: 5,
      n: 3,
      completedCount: 0,
      rate: 0,
      final: false,
      expectedCount: 2,
      expectedRate: 2 / 3,
    });
    expect(roster.attendance).toEqual({ heldDays: 1, heldHours: 2, rate: 2 / 3 });

    const correct = (dayId: string, memberId: string, value: unknown) =>
      call<RosterView>(
        t,
        cookie,
        'PUT',
        `/api/programs/${program.id}/days/${dayId}/attendance/${memberId}`,
        value,
      );
    // 준호 left day 2 early: 2.25 of 3 hours. Total 4.25 of 5 = 85% ≥ 80%: completed.
    const corrected = await expectStatus<RosterView>(
      200,
      correct(day2.id, b.id, { present: true, hours: 2.25, note: '조퇴' }),
    );
    expect(member(corrected, '준호')).toMatchObject({
      nickname: '준호',
      attendedHours: 4.25,
      ratio: 0.85,
      completed: true,
    });
    expect(member(corrected, '준호').attendance[1]).toEqual({
      present: true,
      hours: 2.25,
      joinedAt: null,
      late: false,
      lastSeenAt: null,
      connected: false,
      corrected: true,
      note: '조퇴',
      correctedBy: me.name,
    });
    expect(corrected.completion).toMatchObject({ completedCount: 1, rate: 1 / 3 });
    expect(await correct(day2.id, b.id, { present: true, hours: 3.25 })).toEqual({
      status: 400,
      body: errorBody('invalid_payload'),
    });
    expect(await correct(day2.id, b.id, { present: true, hours: 1.1 })).toMatchObject({ status: 400 });
    expect(await correct(day2.id, crypto.randomUUID(), { present: true, hours: null })).toEqual({
      status: 404,
      body: errorBody('member_not_found'),
    });
    expect(await correct(crypto.randomUUID(), b.id, { present: true, hours: null })).toEqual({
      status: 404,
      body: errorBody('day_not_found'),
    });

    // The duplicate 민지2 (a new phone on day 2) is folded into 민지: her day 2 moves over.
    const merge = (from: string, into: string) =>
      call<RosterView>(t, cookie, 'POST', `/api/programs/${program.id}/members/${from}/merge`, {
        intoMemberId: into,
      });
    expect(await merge(a.id, a.id)).toEqual({ status: 400, body: errorBody('cannot_merge_self') });
    expect(await merge(dup.id, crypto.randomUUID())).toEqual({
      status: 404,
      body: errorBody('member_not_found'),
    });
    const merged = await expectStatus<RosterView>(200, merge(dup.id, a.id));
    expect(byName(merged).map((m) => m.nickname)).toEqual(['민지', '준호']);
    expect(member(merged, '민지')).toMatchObject({ attendedHours: 5, ratio: 1, completed: true });
    expect(member(merged, '민지').attendance.map((x) => x?.present)).toEqual([true, true]);
    expect(merged.completion).toMatchObject({ n: 2, completedCount: 2, rate: 1 });
    // The duplicate's phone token now opens 민지.
    expect(await t.storage.members.findByToken(program.id, hashToken(dup.token))).toMatchObject({
      id: a.id,
    });
    expect(await merge(dup.id, a.id)).toEqual({ status: 404, body: errorBody('member_not_found') });
  });

  it("tells a merged duplicate's phone to join again, and it lands as the member it was merged into", async () => {
    const program = await createProgram(t, cookie, scratchBody([me.id], [today()]));
    const register = async (nickname: string) => {
      const phone = track(await connect(t.url));
      const identity = await ok(phone, 'program:register', {
        registrationId: crypto.randomUUID(),
        code: program.code,
        nickname,
        realName: '',
        consent: true,
        intake: { desiredJob: '', worry: '', hope: '' },
      });
      return { phone, identity };
    };
    const original = await register('민지');
    const duplicate = await register('민지 새폰');
    await expectStatus(200, start(program, program.days[0]!.id));
    await ok(original.phone, 'participant:join', {
      code: program.code,
      rejoinToken: original.identity.rejoinToken,
    });
    await ok(duplicate.phone, 'participant:join', {
      code: program.code,
      rejoinToken: duplicate.identity.rejoinToken,
    });
    const members = await t.storage.members.list(program.id);
    const a = members.find((m) => m.nickname === '민지');
    const dup = members.find((m) => m.nickname === '민지 새폰');
    const told = waitFor(duplicate.phone, 'program:dayStarted');
    await expectStatus(
      200,
      call(t, cookie, 'POST', `/api/programs/${program.id}/members/${dup!.id}/merge`, {
        intoMemberId: a!.id,
      }),
    );
    expect(await told).toEqual({ code: program.code });
    const again = await ok(duplicate.phone, 'participant:join', {
      code: program.code,
      rejoinToken: duplicate.identity.rejoinToken,
    });
    expect(again.participant.nickname).toBe('민지');
  });

  it('resets a PIN: a new 4-digit PIN, stored hashed, recovers the member on a new phone', async () => {
    const program = await createProgram(t, cookie, scratchBody([me.id], [today()]));
    const member = await addMember(t.storage, program.id, '민지');
    const { pin } = await expectStatus<{ pin: string }>(
      200,
      call(t, cookie, 'POST', `/api/programs/${program.id}/members/${member.id}/pin`, {}),
    );
    expect(pin).toMatch(new RegExp(`^\\d{${PIN_LENGTH}}$`));
    const stored = await t.storage.members.findByNickname(program.id, '민지');
    expect(stored?.pinHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored!.pinHash, pin)).toBe(true);
    const phone = track(await connect(t.url));
    const recovered = await ok(phone, 'program:recover', { code: program.code, nickname: '민지', pin });
    expect(recovered.nickname).toBe('민지');
    expect(
      await call(t, cookie, 'POST', `/api/programs/${program.id}/members/${crypto.randomUUID()}/pin`, {}),
    ).toEqual({ status: 404, body: errorBody('member_not_found') });
  });
});
