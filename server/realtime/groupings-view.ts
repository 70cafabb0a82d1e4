import { SNAPSHOT_GROUPINGS } from '../../shared/protocol/limits.js';
import type { GroupingView, MemberGroupView, ScreenGroups } from '../../shared/protocol/views.js';
import type { Storage, StoredSession } from '../storage/index.js';
import type { StoredGrouping } from '../storage/groupings.js';

/**
 * The one place groupings become what devices see: the facilitators' whole view (`groupings:updated`,
 * the acks, the console's snapshot) and a member's own group (`group:updated`, the phone's snapshot).
 */
export function groupingView(grouping: StoredGrouping, nicknames: ReadonlyMap<string, string>): GroupingView {
  const member = (id: string) => ({ id, nickname: nicknames.get(id) ?? '' });
  return {
    id: grouping.id,
    programId: grouping.programId,
    kind: grouping.kind,
    size: grouping.size,
    label: grouping.label,
    version: grouping.version,
    groups: grouping.groups.map((g, i) => ({ groupNo: i + 1, members: g.map(member) })),
    leftOut: grouping.leftOut.map(member),
    shownOnScreen: grouping.shownOnScreen,
  };
}

/**
 * The projector's picture of a grouping: group numbers and nicknames, nothing else (no ids, no
 * left-out list: who is not placed is not the room's business).
 */
export function screenGroupsOf(view: GroupingView): ScreenGroups {
  return {
    kind: view.kind,
    label: view.label,
    groups: view.groups.map((g) => ({ groupNo: g.groupNo, nicknames: g.members.map((m) => m.nickname) })),
  };
}

/** What a program day's projector shows of its groupings: the one shown on screen, or null. */
export async function screenGroups(storage: Storage, session: StoredSession): Promise<ScreenGroups | null> {
  if (!session.programDayId) return null;
  const grouping = await storage.groupings.shownForDay(session.programDayId);
  if (!grouping) return null;
  const nicknames = new Map((await storage.members.list(grouping.programId)).map((m) => [m.id, m.nickname]));
  return screenGroupsOf(groupingView(grouping, nicknames));
}

/** One member's own group in a grouping: nothing of the other groups. */
export function memberGroup(view: GroupingView, memberId: string): MemberGroupView {
  for (const group of view.groups) {
    const seat = group.members.findIndex((m) => m.id === memberId);
    if (seat >= 0) {
      return {
        groupingId: view.id,
        groupNo: group.groupNo,
        seat,
        members: group.members.map((m) => m.nickname),
      };
    }
  }
  return { groupingId: view.id, groupNo: 0, seat: null, members: [] };
}

/** The program's groupings as the facilitators see them, newest first, at most SNAPSHOT_GROUPINGS. */
export async function programGroupingViews(storage: Storage, programId: string): Promise<GroupingView[]> {
  const groupings = await storage.groupings.newest(programId, SNAPSHOT_GROUPINGS);
  if (groupings.length === 0) return [];
  const nicknames = new Map((await storage.members.list(programId)).map((m) => [m.id, m.nickname]));
  return groupings.map((g) => groupingView(g, nicknames));
}

/**
 * A member's phone's groups: their own group (or group 0 when left out) in each of the program's
 * groupings they are part of, newest first, at most SNAPSHOT_GROUPINGS.
 */
export async function memberGroups(
  storage: Storage,
  programId: string,
  memberId: string,
): Promise<MemberGroupView[]> {
  const views = await programGroupingViews(storage, programId);
  return views
    .filter(
      (v) =>
        v.groups.some((g) => g.members.some((m) => m.id === memberId)) ||
        v.leftOut.some((m) => m.id === memberId),
    )
    .map((v) => memberGroup(v, memberId));
}
