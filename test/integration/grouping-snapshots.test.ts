import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GroupingView, MemberGroupView } from '../../shared/protocol/views.js';
import { createSession, loginFacilitator, type TestApp } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
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

/** "Full snapshot on every (re)join": a phone's own groups and a console's groupings come with the snapshot. */
describe.each(APP_BACKENDS)('grouping snapshots on $name', (backend) => {
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

  /** A program of 7 members (no phone connected yet); its day started or not. */
  async function setup(startDay: boolean) {
    const fac = await loginFacilitator(t);
    const program = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '조 편성'));
    const sessionId = startDay
      ? (
          await expectStatus<{ sessionId: string }>(
            200,
            call(t, fac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
          )
        ).sessionId
      : null;
    const members = [];
    for (const nickname of NICKNAMES) members.push(await addMember(t.storage, program.id, nickname));
    const console = await track(connect(t.url, { cookie: fac.cookie }));
    return { fac, program, members, console, sessionId };
  }

  /** A triads grouping, then a hand move and a member left out: returns the latest view. */
  async function formAndEdit(console: TestSocket, programId: string): Promise<GroupingView> {
    const formed = await ok(console, 'grouping:form', { programId, kind: 'triads', seed: 3 });
    const four = formed.groups.find((g) => g.members.length === 4)!;
    const three = formed.groups.find((g) => g.members.length === 3)!;
    const moved = await ok(console, 'grouping:move', {
      groupingId: formed.id,
      memberId: four.members[0]!.id,
      toGroup: three.groupNo,
      expectedVersion: formed.version,
    });
    return ok(console, 'grouping:leaveOut', {
      groupingId: formed.id,
      memberId: moved.groups[0]!.members[0]!.id,
      expectedVersion: moved.version,
    });
  }

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

  /** A member's phone comes back: a new socket joins with its token. */
  async function rejoin(code: string, token: string) {
    const phone = await track(connect(t.url));
    return ok(phone, 'participant:join', { code, rejoinToken: token });
  }

  it('a phone that rejoins a running day gets its current group, and only its own; left out is group 0', async () => {
    const w = await setup(true);
    const edited = await formAndEdit(w.console, w.program.id);
    const pairs = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'pairs', seed: 4 });
    const [leftOut] = edited.leftOut;
    expect(leftOut).toBeDefined();

    for (const m of w.members) {
      const snapshot = await rejoin(w.program.code, m.token);
      expect(snapshot.program?.dayNumber).toBe(1);
      // Newest first: the pairs, then the edited triads (as after the move and the leave-out).
      expect(snapshot.member?.groups).toEqual([expectedFor(pairs, m.id), expectedFor(edited, m.id)]);
      const mine = snapshot.member!.groups[1]!;
      if (m.id === leftOut!.id) {
        expect(mine).toEqual({ groupingId: edited.id, groupNo: 0, seat: null, members: [] });
      } else {
        expect(mine.members[mine.seat!]).toBe(m.nickname);
      }
      // Another member's group is never in it: no nickname of another group, no member's id.
      for (const [k, view] of [pairs, edited].entries()) {
        const others = view.groups.filter((g) => !g.members.some((x) => x.id === m.id));
        for (const other of others.flatMap((g) => g.members)) {
          expect(snapshot.member!.groups[k]!.members).not.toContain(other.nickname);
        }
      }
      const text = JSON.stringify(snapshot.member);
      for (const other of w.members) expect(text).not.toContain(other.id);
    }
  });

  it("the lobby's waiting snapshot carries the groups formed before the day", async () => {
    const w = await setup(false);
    const edited = await formAndEdit(w.console, w.program.id);
    for (const m of w.members) {
      const snapshot = await rejoin(w.program.code, m.token);
      expect(snapshot.session.status).toBe('draft');
      expect(snapshot.member?.groups).toEqual([expectedFor(edited, m.id)]);
    }
  });

  it("a facilitator's new session:watch gets the program's groupings, newest first, as groupings:updated sent them", async () => {
    const w = await setup(true);
    const first = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'pairs', seed: 1 });
    const edited = await formAndEdit(w.console, w.program.id);
    const watcher = await track(connect(t.url, { cookie: w.fac.cookie }));
    const snapshot = await ok(watcher, 'session:watch', { sessionId: w.sessionId! });
    expect(snapshot.groupings).toEqual([edited, first]);
  });

  it('a quick session has no groupings and its phones no member state', async () => {
    const fac = await loginFacilitator(t);
    const created = await createSession(t, fac.cookie, { title: '번개', activities: [] });
    const console = await track(connect(t.url, { cookie: fac.cookie }));
    expect((await ok(console, 'session:watch', { sessionId: created.id })).groupings).toEqual([]);
    const phone = await track(connect(t.url));
    expect((await ok(phone, 'participant:join', { code: created.code, nickname: '하늘' })).member).toBeNull();
  });
});
