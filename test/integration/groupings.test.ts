import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../shared/protocol/errors.js';
import type { GroupingView, MemberGroupView } from '../../shared/protocol/views.js';
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

const NICKNAMES = ['가람', '나래', '다온', '라온', '마루', '바다', '사랑'];

describe.each(APP_BACKENDS)('facilitator groupings on $name', (backend) => {
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

  /**
   * A program with a running day, 7 members each on a phone proven with its token (every `group:updated`
   * a phone hears is collected), the facilitator's console and a second console watching the day.
   */
  async function setup() {
    const fac = await loginFacilitator(t);
    const program = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '조 편성'));
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const members = [];
    for (const nickname of NICKNAMES) members.push(await addMember(t.storage, program.id, nickname));
    const phones = new Map<string, { socket: TestSocket; heard: MemberGroupView[] }>();
    for (const m of members) {
      const socket = await track(connect(t.url));
      await ok(socket, 'participant:join', { code: program.code, rejoinToken: m.token });
      const heard: MemberGroupView[] = [];
      socket.on('group:updated', (g) => heard.push(g));
      phones.set(m.id, { socket, heard });
    }
    const console = await track(connect(t.url, { cookie: fac.cookie }));
    const watcher = await track(connect(t.url, { cookie: fac.cookie }));
    await ok(watcher, 'session:watch', { sessionId });
    return { fac, program, members, phones, console, watcher };
  }

  type World = Awaited<ReturnType<typeof setup>>;

  /** Each phone's next `group:updated` for this grouping, asked for before the event is sent. */
  function nextGroups(w: World, memberIds: string[], groupingId?: string) {
    return Promise.all(
      memberIds.map((id) =>
        waitFor(w.phones.get(id)!.socket, 'group:updated', (g) => !groupingId || g.groupingId === groupingId),
      ),
    );
  }

  /** What the view says a member's phone must show: their own group's nicknames and their seat. */
  function expectedFor(view: GroupingView, memberId: string): MemberGroupView {
    const group = view.groups.find((g) => g.members.some((m) => m.id === memberId));
    if (!group) return { groupingId: view.id, groupNo: 0, seat: null, members: [] };
    return {
      groupingId: view.id,
      groupNo: group.groupNo,
      seat: group.members.findIndex((m) => m.id === memberId),
      members: group.members.map((m) => m.nickname),
    };
  }

  /**
   * A barrier: a new grouping reaches every phone, and a socket's events arrive in order, so what a
   * phone heard before it is everything it was sent before.
   */
  async function heardBeforeBarrier(w: World): Promise<Map<string, MemberGroupView[]>> {
    const all = [...w.phones.keys()];
    const arrived = nextGroups(w, all);
    const barrier = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'pairs', seed: 9 });
    await arrived;
    return new Map(
      all.map((id) => {
        const heard = w.phones.get(id)!.heard;
        return [
          id,
          heard.slice(
            0,
            heard.findIndex((g) => g.groupingId === barrier.id),
          ),
        ];
      }),
    );
  }

  it('forms triads of 7 members: sizes 3 and 4, everyone once; each phone hears only its own group', async () => {
    const w = await setup();
    const ids = w.members.map((m) => m.id);
    const toPhones = nextGroups(w, ids);
    const toWatcher = waitFor(w.watcher, 'groupings:updated');
    const view = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'triads', seed: 1 });

    expect(view.groups.map((g) => g.members.length).sort()).toEqual([3, 4]);
    expect(view.groups.flatMap((g) => g.members.map((m) => m.id)).sort()).toEqual([...ids].sort());
    expect(view.leftOut).toEqual([]);
    expect(view).toMatchObject({ kind: 'triads', size: 3, version: 1, programId: w.program.id });
    expect(await toWatcher).toEqual(view);
    const heard = await toPhones;
    ids.forEach((id, i) => expect(heard[i]).toEqual(expectedFor(view, id)));
    for (const [id, group] of ids.map((id, i) => [id, heard[i]!] as const)) {
      // Their own group's nicknames and nothing else: no ids, no other group's names.
      expect(Object.keys(group).sort()).toEqual(['groupNo', 'groupingId', 'members', 'seat']);
      expect(group.members[group.seat!]).toBe(w.members.find((m) => m.id === id)!.nickname);
      expect(group.members).toHaveLength(view.groups[group.groupNo - 1]!.members.length);
    }
    expect(await t.storage.groupings.get(w.program.id, view.id)).toMatchObject({
      groups: view.groups.map((g) => g.members.map((m) => m.id)),
    });
  });

  it('move and swap persist and reach the affected phones only; a stale version is refused', async () => {
    const w = await setup();
    const formedHeard = nextGroups(w, [...w.phones.keys()]);
    const formed = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'triads', seed: 2 });
    await formedHeard;
    for (const p of w.phones.values()) p.heard.splice(0);
    const four = formed.groups.find((g) => g.members.length === 4)!;
    const three = formed.groups.find((g) => g.members.length === 3)!;

    // A swap inside the group of three changes seats there; the group of four hears nothing.
    const [x, y] = [three.members[0]!.id, three.members[1]!.id];
    const threeIds = three.members.map((m) => m.id);
    const swappedHeard = nextGroups(w, threeIds, formed.id);
    const swapped = await ok(w.console, 'grouping:swap', {
      groupingId: formed.id,
      a: x,
      b: y,
      expectedVersion: formed.version,
    });
    expect(swapped.version).toBe(formed.version + 1);
    const afterSwap = await swappedHeard;
    threeIds.forEach((id, i) => expect(afterSwap[i]).toEqual(expectedFor(swapped, id)));
    const beforeBarrier = await heardBeforeBarrier(w);
    for (const m of four.members) expect(beforeBarrier.get(m.id)).toEqual([]);
    for (const id of threeIds) expect(beforeBarrier.get(id)).toEqual([expectedFor(swapped, id)]);

    // The edit made on the formed view (version 1) comes after the swap: refused, nothing changes.
    const stale = await request(w.console, 'grouping:move', {
      groupingId: formed.id,
      memberId: four.members[0]!.id,
      toGroup: formed.groups.indexOf(three) + 1,
      expectedVersion: formed.version,
    });
    expect(stale).toEqual({
      ok: false,
      error: { code: 'version_conflict', message: ERROR_MESSAGES.version_conflict },
    });

    // A move from the four to the three: both groups change, so all seven phones hear.
    const mover = four.members[0]!.id;
    const movedHeard = nextGroups(w, [...w.phones.keys()], formed.id);
    const moved = await ok(w.console, 'grouping:move', {
      groupingId: formed.id,
      memberId: mover,
      toGroup: formed.groups.indexOf(three) + 1,
      expectedVersion: swapped.version,
    });
    const afterMove = await movedHeard;
    [...w.phones.keys()].forEach((id, i) => expect(afterMove[i]).toEqual(expectedFor(moved, id)));
    expect(moved.groups.map((g) => g.members.length)).toEqual(
      formed.groups.map((g) => (g === three ? 4 : 3)),
    );
    const stored = (await t.storage.groupings.get(w.program.id, formed.id))!;
    expect(stored.version).toBe(moved.version);
    expect(stored.groups).toEqual(moved.groups.map((g) => g.members.map((m) => m.id)));
    expect(stored.groups[formed.groups.indexOf(three)]).toContain(mover);

    // Leaving out: the member's phone hears it has no group; a pure edit's refusal is translated.
    const leftHeard = nextGroups(w, [mover], formed.id);
    const left = await ok(w.console, 'grouping:leaveOut', { groupingId: formed.id, memberId: mover });
    expect(left.leftOut.map((m) => m.id)).toEqual([mover]);
    expect((await leftHeard)[0]).toEqual({ groupingId: formed.id, groupNo: 0, seat: null, members: [] });
    const again = await request(w.console, 'grouping:leaveOut', { groupingId: formed.id, memberId: mover });
    expect(again).toEqual({
      ok: false,
      error: { code: 'not_in_grouping', message: ERROR_MESSAGES.not_in_grouping },
    });
    const noGroup = await request(w.console, 'grouping:move', {
      groupingId: formed.id,
      memberId: mover,
      toGroup: 9,
    });
    expect(noGroup.ok ? null : noGroup.error.code).toBe('group_not_found');
  });

  it('places late joiners: members who registered after the grouping join its smallest groups, the left-out stay out', async () => {
    const w = await setup();
    const formed = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'triads', seed: 5 });
    const out = w.members[0]!.id;
    const afterLeave = await ok(w.console, 'grouping:leaveOut', { groupingId: formed.id, memberId: out });
    const late = [
      await addMember(t.storage, w.program.id, '늦봄'),
      await addMember(t.storage, w.program.id, '새벽'),
    ];
    const latePhone = await track(connect(t.url));
    await ok(latePhone, 'participant:join', { code: w.program.code, rejoinToken: late[0]!.token });
    const heardOne = new Promise<MemberGroupView>((resolve) => latePhone.once('group:updated', resolve));
    const placed = await ok(w.console, 'grouping:placeNew', {
      groupingId: formed.id,
      expectedVersion: afterLeave.version,
    });
    const stored = (await t.storage.groupings.get(w.program.id, formed.id))!;
    for (const m of late) expect(stored.groups.flat()).toContain(m.id);
    // Nobody was left out but the one the facilitator left out; everyone sits once.
    expect(stored.leftOut).toEqual([out]);
    const seated = stored.groups.flat();
    expect(new Set(seated).size).toBe(seated.length);
    expect(seated.length).toBe(NICKNAMES.length - 1 + late.length);
    expect(placed.groups.flatMap((g) => g.members.map((m) => m.nickname))).toEqual(
      expect.arrayContaining(['늦봄', '새벽']),
    );
    // The late joiner's phone hears its own group.
    const group = await heardOne;
    expect(group.members).toContain('늦봄');
    // Placing again with nobody new changes no one.
    const again = await ok(w.console, 'grouping:placeNew', { groupingId: formed.id });
    expect(again.groups).toEqual(placed.groups);
  });

  it("a member's phone may not send grouping events; an ended program forms no groups", async () => {
    const w = await setup();
    const formed = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'pairs', seed: 4 });
    const phone = w.phones.get(w.members[0]!.id)!.socket;
    const [a, b] = [w.members[0]!.id, w.members[1]!.id];
    const attempts = {
      'grouping:form': { programId: w.program.id, kind: 'triads' },
      'grouping:move': { groupingId: formed.id, memberId: a, toGroup: 1 },
      'grouping:swap': { groupingId: formed.id, a, b },
      'grouping:leaveOut': { groupingId: formed.id, memberId: a },
      'grouping:placeNew': { groupingId: formed.id },
    };
    for (const [event, payload] of Object.entries(attempts)) {
      const ack = await request(phone, event as keyof typeof attempts, payload as never);
      expect({ event, code: ack.ok ? null : ack.error.code }).toEqual({ event, code: 'forbidden' });
    }
    expect((await t.storage.groupings.get(w.program.id, formed.id))!.version).toBe(formed.version);
    await t.storage.programs.end(w.program.id);
    const ended = await request(w.console, 'grouping:form', { programId: w.program.id, kind: 'pairs' });
    expect(ended.ok ? null : ended.error.code).toBe('program_ended');
  });

  it("answers another center's facilitator like an unknown id, and changes nothing", async () => {
    const w = await setup();
    const formed = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'pairs', seed: 3 });
    const [a, b] = [w.members[0]!.id, w.members[1]!.id];
    const other = await loginFacilitator(t);
    const intruder = await track(connect(t.url, { cookie: other.cookie }));
    const payloads = (groupingId: string, programId: string) => ({
      'grouping:form': { programId, kind: 'triads' },
      'grouping:move': { groupingId, memberId: a, toGroup: 1 },
      'grouping:swap': { groupingId, a, b },
      'grouping:leaveOut': { groupingId, memberId: a },
    });
    const victim = payloads(formed.id, w.program.id);
    const madeUp = payloads(crypto.randomUUID(), crypto.randomUUID());
    for (const event of Object.keys(victim) as (keyof typeof victim)[]) {
      const ack = await request(intruder, event, victim[event] as never);
      const unknown = await request(intruder, event, madeUp[event] as never);
      expect({ event, ack }).toEqual({ event, ack: unknown });
      expect(ack.ok ? null : ack.error.code).toBe(
        event === 'grouping:form' ? 'program_not_found' : 'grouping_not_found',
      );
    }
    expect(await t.storage.groupings.listForProgram(w.program.id)).toHaveLength(1);
    expect((await t.storage.groupings.get(w.program.id, formed.id))!.version).toBe(formed.version);
  });
});
