import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GroupingView, ScreenGroups, ScreenState } from '../../shared/protocol/views.js';
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

/** What the projector must show of a grouping: group numbers and nicknames, in seat order. */
function pictureOf(view: GroupingView): ScreenGroups {
  return {
    kind: view.kind,
    label: view.label,
    groups: view.groups.map((g) => ({ groupNo: g.groupNo, nicknames: g.members.map((m) => m.nickname) })),
  };
}

describe.each(APP_BACKENDS)('groups on the projector on $name', (backend) => {
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

  /** A running program day with 7 members (real names and tokens stored), a console and a projector. */
  async function setup() {
    const fac = await loginFacilitator(t);
    const program = await createProgram(t, fac.cookie, scratchBody([fac.user.id], [today()], '조 보이기'));
    const { sessionId } = await expectStatus<{ sessionId: string }>(
      200,
      call(t, fac.cookie, 'POST', `/api/programs/${program.id}/days/${program.days[0]!.id}/start`, {}),
    );
    const members = [];
    for (const nickname of NICKNAMES) members.push(await addMember(t.storage, program.id, nickname));
    const console = await track(connect(t.url, { cookie: fac.cookie }));
    await ok(console, 'session:watch', { sessionId });
    const projector = await track(connect(t.url));
    const heard: ScreenState[] = [];
    projector.on('screen:stateChanged', (s) => heard.push(s));
    const first = await ok(projector, 'screen:watch', { code: program.code });
    return { program, members, console, projector, heard, first };
  }

  /** The projector's next state whose groups satisfy `predicate`, asked for before the event is sent. */
  const nextScreen = (projector: TestSocket, predicate: (g: ScreenGroups | null) => boolean) =>
    waitFor(projector, 'screen:stateChanged', (s) => predicate(s.groups));

  it('shows nicknames by group only while shown, follows a move, and never sends ids, real names or tokens', async () => {
    const w = await setup();
    expect(w.first.groups).toBeNull();
    const formed = await ok(w.console, 'grouping:form', {
      programId: w.program.id,
      kind: 'triads',
      seed: 3,
      label: '오전 조',
    });
    expect(formed.shownOnScreen).toBe(false);

    const shownOnScreen = nextScreen(w.projector, (g) => g !== null);
    const toConsole = waitFor(w.console, 'groupings:updated', (g) => g.id === formed.id && g.shownOnScreen);
    const shown = await ok(w.console, 'grouping:showOnScreen', { groupingId: formed.id, shown: true });
    expect(shown).toMatchObject({ id: formed.id, shownOnScreen: true, version: formed.version + 1 });
    expect(await toConsole).toEqual(shown);
    expect((await shownOnScreen).groups).toEqual(pictureOf(shown));
    expect(
      pictureOf(shown)
        .groups.map((g) => g.nicknames.length)
        .sort(),
    ).toEqual([3, 4]);

    // A new projector (or one reconnecting) gets the same picture in its snapshot.
    const late = await track(connect(t.url));
    expect((await ok(late, 'screen:watch', { code: w.program.code })).groups).toEqual(pictureOf(shown));

    // A move of the shown grouping reaches the projector.
    const mover = shown.groups[0]!.members[0]!;
    const moved = nextScreen(w.projector, (g) => g?.groups[1]?.nicknames.includes(mover.nickname) ?? false);
    const after = await ok(w.console, 'grouping:move', {
      groupingId: formed.id,
      memberId: mover.id,
      toGroup: 2,
      expectedVersion: shown.version,
    });
    expect((await moved).groups).toEqual(pictureOf(after));

    // Hidden: the projector's picture goes away.
    const hiddenOnScreen = nextScreen(w.projector, (g) => g === null);
    const hidden = await ok(w.console, 'grouping:showOnScreen', { groupingId: formed.id, shown: false });
    expect(hidden.shownOnScreen).toBe(false);
    await hiddenOnScreen;
    expect((await ok(late, 'screen:watch', { code: w.program.code })).groups).toBeNull();

    // Everything the projector heard: no member id, real name or token, and no left-out list.
    const wire = JSON.stringify([w.first, ...w.heard]);
    for (const m of w.members) {
      expect(wire).not.toContain(m.id);
      expect(wire).not.toContain(m.token);
    }
    expect(wire).not.toContain('실명');
    expect(wire).not.toContain('leftOut');
    for (const state of w.heard.filter((s) => s.groups)) {
      expect(Object.keys(state.groups!).sort()).toEqual(['groups', 'kind', 'label']);
      for (const g of state.groups!.groups) expect(Object.keys(g).sort()).toEqual(['groupNo', 'nicknames']);
    }
  });

  it('shows one grouping at a time: showing another hides the first, and the consoles hear both', async () => {
    const w = await setup();
    const first = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'triads', seed: 1 });
    const firstShown = await ok(w.console, 'grouping:showOnScreen', { groupingId: first.id, shown: true });
    const second = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'pairs', seed: 2 });

    const firstHidden = waitFor(w.console, 'groupings:updated', (g) => g.id === first.id && !g.shownOnScreen);
    const onScreen = nextScreen(w.projector, (g) => g?.kind === 'pairs');
    const secondShown = await ok(w.console, 'grouping:showOnScreen', { groupingId: second.id, shown: true });
    expect((await firstHidden).version).toBe(firstShown.version + 1);
    expect((await onScreen).groups).toEqual(pictureOf(secondShown));
    const stored = await t.storage.groupings.listForProgram(w.program.id);
    expect(stored.map((g) => [g.id, g.shownOnScreen])).toEqual([
      [first.id, false],
      [second.id, true],
    ]);

    // An edit of a hidden grouping does not reach the projector (its next state is still the pairs).
    const firstNow = await t.storage.groupings.get(w.program.id, first.id);
    const heardBefore = w.heard.length;
    await ok(w.console, 'grouping:leaveOut', { groupingId: first.id, memberId: firstNow!.groups[1]![0]! });
    const barrier = nextScreen(w.projector, (g) => g === null);
    await ok(w.console, 'grouping:showOnScreen', { groupingId: second.id, shown: false });
    await barrier;
    expect(w.heard.slice(heardBefore).map((s) => s.groups?.kind ?? null)).toEqual([null]);
  });

  it('a stale expectedVersion after a show answers version_conflict', async () => {
    const w = await setup();
    const formed = await ok(w.console, 'grouping:form', { programId: w.program.id, kind: 'pairs', seed: 4 });
    await ok(w.console, 'grouping:showOnScreen', { groupingId: formed.id, shown: true });
    const ack = await request(w.console, 'grouping:leaveOut', {
      groupingId: formed.id,
      memberId: formed.groups[0]!.members[0]!.id,
      expectedVersion: formed.version,
    });
    expect(ack.ok ? null : ack.error.code).toBe('version_conflict');
  });
});
