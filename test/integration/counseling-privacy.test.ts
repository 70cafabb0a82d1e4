import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BarrierMapPersonal } from '../../shared/activities/barrier-map/types.js';
import { barrierMap } from '../../shared/activities/barrier-map/index.js';
import type { StrengthCardsPersonal } from '../../shared/activities/strength-cards/types.js';
import { DEFAULT_SMALL_COUNT_THRESHOLD } from '../../shared/privacy/small-counts.js';
import { SENSITIVE_NOTICE_VERSION } from '../../shared/program/sensitive-notice.js';
import type { PersonalUpdate, ScreenState } from '../../shared/protocol/views.js';
import { loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, request, waitFor, type TestSocket } from '../helpers/sockets.js';
import {
  addMember,
  APP_BACKENDS,
  call,
  createProgram,
  expectStatus,
  scratchBody,
  today,
} from './program-fixtures.js';

const NICKNAMES = ['가람', '나래', '다온', '라온', '마루', '바다'];
/** Each member's one pick: three in one family (a shown count), the others alone in theirs (small counts). */
const PICKS = ['dependable', 'careful', 'punctual', 'ideas', 'listens', 'keeps-calm'];
const exampleOf = (i: number) => `나만의 예시 ${i}번`;
const NOTE = '늘 먼저 들어 줘서 고마워요';

type Heard = { name: string; payload: unknown }[];

/**
 * The privacy rules of the strength cards and the barrier map, live (issue 10, Tests): real sockets
 * for the console, the projector and six phones in two triads. Every event each socket hears is kept
 * and read afterwards: the projector gets no nickname, no member id and no count 1..threshold − 1;
 * a phone gets its own member's views only; cards go from the sender's member to their own group;
 * sensitive barrier categories need the consent record and leave with it.
 */
describe.each(APP_BACKENDS)('counseling privacy on $name', (backend) => {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const track = async (s: Promise<TestSocket>) => {
    const socket = await s;
    sockets.push(socket);
    return socket;
  };

  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t.close();
  });

  async function setup() {
    const fac = await loginFacilitator(t);
    const program = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '비밀 지키기'));
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const members = [];
    for (const nickname of NICKNAMES) members.push(await addMember(t.storage, program.id, nickname));
    const console_ = await track(connect(t.url, { cookie: fac.cookie }));
    await ok(console_, 'session:watch', { sessionId });
    const projector = await track(connect(t.url));
    const onScreen: Heard = [];
    projector.onAny((name: string, payload: unknown) => onScreen.push({ name, payload }));
    onScreen.push({
      name: 'screen:watch',
      payload: await ok(projector, 'screen:watch', { code: program.code }),
    });
    const phones = new Map<string, TestSocket>();
    const heard = new Map<string, Heard>();
    for (const m of members) {
      const phone = await track(connect(t.url));
      const log: Heard = [];
      phone.onAny((name: string, payload: unknown) => log.push({ name, payload }));
      log.push({
        name: 'participant:join',
        payload: await ok(phone, 'participant:join', { code: program.code, rejoinToken: m.token }),
      });
      phones.set(m.id, phone);
      heard.set(m.id, log);
    }
    const grouping = await ok(console_, 'grouping:form', { programId: program.id, kind: 'triads', seed: 5 });
    const groups = grouping.groups.map((g) => g.members.map((m) => m.id));
    expect(groups.map((g) => g.length)).toEqual([3, 3]);
    return {
      fac,
      program,
      sessionId,
      members,
      console_,
      projector,
      onScreen,
      phones,
      heard,
      groups,
      grouping,
    };
  }
  type World = Awaited<ReturnType<typeof setup>>;

  /** The projector hears no nickname, no member id, and no count 1..threshold − 1 in any cell. */
  function expectProjectorClean(w: World) {
    const all = JSON.stringify(w.onScreen);
    for (const m of w.members) {
      expect(all).not.toContain(m.nickname);
      expect(all).not.toContain(m.id);
    }
    for (const { payload } of w.onScreen) {
      const picture = (payload as Partial<ScreenState> | null)?.counseling?.picture;
      for (const cell of picture?.cells ?? [])
        if ('count' in cell)
          expect({ key: cell.key, count: cell.count }).toSatisfy(
            (c: { count: number }) => c.count === 0 || c.count >= DEFAULT_SMALL_COUNT_THRESHOLD,
          );
    }
  }

  /** The projector's next state whose counseling picture satisfies `predicate`. */
  const nextPicture = (w: World, predicate: (cells: Record<string, unknown>) => boolean) =>
    waitFor(
      w.projector,
      'screen:stateChanged',
      (s) => {
        const cells = s.counseling?.picture?.cells;
        return !!cells && predicate(Object.fromEntries(cells.map((c) => [c.key, c])));
      },
      15_000,
    );

  const code = (ack: { ok: boolean; error?: { code: string } }) => (ack.ok ? 'ok' : ack.error!.code);

  it('strength cards: the projector gets counts only, each phone its own view, cards from the sender to their group', async () => {
    const w = await setup();
    const opened = await ok(w.console_, 'counseling:open', {
      programId: w.program.id,
      sessionId: w.sessionId,
      type: 'strength-cards',
      title: '강점 찾기',
      groupingId: w.grouping.id,
    });
    const activityId = opened.id;
    const give = (memberId: string, p: Record<string, unknown>) =>
      request(w.phones.get(memberId)!, 'memberAnswer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        ...p,
      } as never);

    // The sort: one card each (three in 업무 습관), and each one's own example.
    const picture = nextPicture(
      w,
      (c) => JSON.stringify(c['work-habits']).includes('"count":3') && !('count' in (c.inner as object)),
    );
    for (const [i, m] of w.members.entries()) {
      expect(code(await give(m.id, { itemKey: `pick:${PICKS[i]}`, value: { rank: 1 } }))).toBe('ok');
      expect(code(await give(m.id, { itemKey: 'example', value: { text: exampleOf(i) } }))).toBe('ok');
    }
    const shown = (await picture).counseling!.picture!.cells;
    // Thinking, people and inner each hold one pick: shown as "fewer than 3", never as 1.
    for (const family of ['thinking', 'people', 'inner'])
      expect(shown.find((c) => c.key === family)).toMatchObject({ lessThan: DEFAULT_SMALL_COUNT_THRESHOLD });

    // The feedback: A gives B (both of triad 1) a card; D of triad 2 cannot, nor can A give to A.
    await ok(w.console_, 'counseling:phase', { activityId, phase: 'feedback' });
    const [a, b, c] = w.groups[0]!;
    const [d] = w.groups[1]!;
    const toB = waitFor(
      w.phones.get(b!)!,
      'personal:updated',
      (u) => (u.view as StrengthCardsPersonal).received.length === 1,
    );
    const answerId = crypto.randomUUID();
    // A payload naming another giver (C) still gives as the sender's member: the field is no part of the contract.
    const card = {
      activityId,
      answerId,
      subjectMemberId: b!,
      itemKey: 'card:listens',
      value: { note: NOTE },
    };
    expect(
      await request(w.phones.get(a!)!, 'memberAnswer:submit', { ...card, memberId: c, giverId: c } as never),
    ).toEqual({ ok: true, data: { answerId, duplicate: false } });
    const received = ((await toB).view as StrengthCardsPersonal).received;
    expect(received).toMatchObject([{ cardId: 'listens', count: 1, notes: [{ text: NOTE, signed: false }] }]);
    expect(JSON.stringify(received)).not.toContain(w.members.find((m) => m.id === a)!.nickname);
    expect(
      code(await give(d!, { subjectMemberId: b, itemKey: 'card:dependable', value: { note: '' } })),
    ).toBe('not_in_group');
    expect(code(await give(a!, { subjectMemberId: a, itemKey: 'card:ideas', value: { note: '' } }))).toBe(
      'invalid_answer',
    );
    expect(
      code(
        await give(a!, { subjectMemberId: crypto.randomUUID(), itemKey: 'card:ideas', value: { note: '' } }),
      ),
    ).toBe('not_in_group');

    // After a reconnect A resends the card (the ack was lost): stored once, still A's.
    w.phones.get(a!)!.disconnect();
    const again = await track(connect(t.url));
    await ok(again, 'participant:join', {
      code: w.program.code,
      rejoinToken: w.members.find((m) => m.id === a)!.token,
    });
    expect(await ok(again, 'memberAnswer:submit', card)).toEqual({ answerId, duplicate: true });
    const cards = (await t.storage.memberAnswers.listForActivity(activityId)).filter((r) =>
      r.itemKey.startsWith('card:'),
    );
    expect(cards.map((r) => [r.answerId, r.memberId, r.subjectKey])).toEqual([[answerId, a, b]]);

    // Each phone heard its own member's views only: own pick, own example, the note only A's and B's.
    await ok(w.console_, 'counseling:close', { activityId });
    for (const [i, m] of w.members.entries()) {
      const log = w.heard.get(m.id)!;
      const text = JSON.stringify(log);
      w.members.forEach((_, j) => {
        if (j !== i) expect(text).not.toContain(exampleOf(j));
      });
      if (m.id !== a && m.id !== b) expect(text).not.toContain(NOTE);
      const views = log
        .filter((e) => e.name === 'personal:updated')
        .map((e) => (e.payload as PersonalUpdate).view as StrengthCardsPersonal);
      expect(views.length).toBeGreaterThan(0);
      for (const view of views) {
        expect(view.picks.every((p) => p.cardId === PICKS[i])).toBe(true);
        expect([null, exampleOf(i)]).toContain(view.example);
        if (m.id !== b) expect(view.received).toEqual([]);
      }
    }
    expectProjectorClean(w);
  });

  it('barrier map: sensitive categories need the consent record, leave with its withdrawal; the projector gets counts only', async () => {
    const w = await setup();
    const opened = await ok(w.console_, 'counseling:open', {
      programId: w.program.id,
      sessionId: w.sessionId,
      type: 'barrier-map',
      title: '취업 걸림돌',
      config: barrierMap.defaultConfig(),
      groupingId: w.grouping.id,
    });
    const activityId = opened.id;
    const rate = (memberId: string, barrierId: string, level: number, socket = w.phones.get(memberId)!) =>
      request(socket, 'memberAnswer:submit', {
        activityId,
        answerId: crypto.randomUUID(),
        itemKey: `barrier:${barrierId}`,
        value: { level },
      });
    // Three say the job search holds them back a lot (shown), one says the career gap does (hidden).
    const picture = nextPicture(
      w,
      (c) =>
        JSON.stringify(c['job-search-skills']).includes('"count":3') &&
        !('count' in (c['career-gap'] as object)),
    );
    for (const m of w.members.slice(0, 3)) expect(code(await rate(m.id, 'job-search-skills', 3))).toBe('ok');
    expect(code(await rate(w.members[3]!.id, 'career-gap', 2))).toBe('ok');
    expect((await picture).counseling!.picture!.cells.find((c) => c.key === 'career-gap')).toMatchObject({
      lessThan: DEFAULT_SMALL_COUNT_THRESHOLD,
    });

    // A sensitive category: refused without the consent record, accepted after it.
    const a = w.members[4]!;
    const phoneA = w.phones.get(a.id)!;
    expect(code(await rate(a.id, 'mental-health', 3))).toBe('consent_required');
    const consented = waitFor(phoneA, 'personal:updated', (u) => (u.view as BarrierMapPersonal).consented);
    await ok(phoneA, 'consent:give', {
      purpose: 'sensitive-barriers',
      noticeVersion: SENSITIVE_NOTICE_VERSION,
    });
    expect((await consented).view as BarrierMapPersonal).toMatchObject({ consented: true });
    const rated = waitFor(
      phoneA,
      'personal:updated',
      (u) => (u.view as BarrierMapPersonal).ratings['mental-health'] !== undefined,
    );
    expect(code(await rate(a.id, 'mental-health', 3))).toBe('ok');
    expect(code(await rate(a.id, 'finances-debt', 1))).toBe('ok');
    expect(((await rated).view as BarrierMapPersonal).ratings['mental-health']).toEqual({ level: 3 });

    // Withdrawal: the sensitive answer is deleted, the ordinary one stays; the view no longer has it.
    const withdrawn = waitFor(phoneA, 'personal:updated', (u) => !(u.view as BarrierMapPersonal).consented);
    await ok(phoneA, 'consent:withdraw', { purpose: 'sensitive-barriers' });
    const after = (await withdrawn).view as BarrierMapPersonal;
    expect(after.ratings).toEqual({ 'finances-debt': { level: 1 } });
    expect(after.offered).not.toContain('mental-health');
    const kept = await t.storage.memberAnswers.listForMember(a.id, activityId);
    expect(kept.map((r) => r.itemKey)).toEqual(['barrier:finances-debt']);
    expect(code(await rate(a.id, 'mental-health', 3))).toBe('consent_required');
    // A phone joining now gets the same: no consent, no sensitive rating.
    const fresh = await track(connect(t.url));
    const snapshot = await ok(fresh, 'participant:join', { code: w.program.code, rejoinToken: a.token });
    const item = snapshot.member!.counseling.find((x) => x.activity.id === activityId)!;
    expect((item.personal as BarrierMapPersonal).ratings).toEqual({ 'finances-debt': { level: 1 } });

    // No other phone ever heard A's sensitive rating; each phone's views hold its own ratings only.
    for (const [i, m] of w.members.entries()) {
      const views = w.heard
        .get(m.id)!
        .filter((e) => e.name === 'personal:updated')
        .map((e) => (e.payload as PersonalUpdate).view as BarrierMapPersonal);
      const own =
        i < 3
          ? ['job-search-skills']
          : i === 3
            ? ['career-gap']
            : i === 4
              ? ['mental-health', 'finances-debt']
              : [];
      for (const view of views) expect(Object.keys(view.ratings).every((k) => own.includes(k))).toBe(true);
      if (m.id !== a.id) expect(JSON.stringify(w.heard.get(m.id))).not.toContain('"mental-health":{');
    }
    // The projector never shows a sensitive category at all, nor anyone, nor a small count.
    expect(JSON.stringify(w.onScreen)).not.toContain('mental-health');
    expectProjectorClean(w);
  });
});
