/** Socket.io room names: one per audience of a session, so each gets only what it may see. */
export const rooms = {
  facilitators: (sessionId: string) => `session:${sessionId}:facilitators`,
  screens: (sessionId: string) => `session:${sessionId}:screens`,
  participants: (sessionId: string) => `session:${sessionId}:participants`,
  participant: (participantId: string) => `participant:${participantId}`,
  /** Every phone of a program's members, running day or not: told when a day starts. */
  programLobby: (programId: string) => `program:${programId}:lobby`,
  /**
   * The consoles of one program's facilitators: joined on `session:watch` of one of its days and by
   * a grouping event's sender; groupings (program objects, outliving days) are told here.
   */
  programFacilitators: (programId: string) => `program:${programId}:facilitators`,
  /**
   * Every phone with a proven member token of one program (a day joined or waiting in the lobby):
   * told which counseling activities are open (`counseling:updated`); nothing personal goes here.
   */
  programMembers: (programId: string) => `program:${programId}:members`,
  /** Every phone of one program member (proved by its member token), joined a day or waiting in the lobby. */
  member: (memberId: string) => `member:${memberId}`,
  /** Every facilitator socket of one login (by its token's hash): logging out closes them all. */
  login: (tokenHash: string) => `login:${tokenHash}`,
  /** Every facilitator socket of one user, across their logins: a change of access closes them. */
  user: (userId: string) => `user:${userId}`,
};

/** Puts a socket in one program's lobby, leaving the one it was in, so it hears only that program. */
export async function enterLobby(
  socket: {
    data: { lobbyProgramId: string | null };
    join(room: string): unknown;
    leave(room: string): unknown;
  },
  programId: string,
): Promise<void> {
  const previous = socket.data.lobbyProgramId;
  if (previous === programId) return;
  if (previous) await socket.leave(rooms.programLobby(previous));
  socket.data.lobbyProgramId = programId;
  await socket.join(rooms.programLobby(programId));
}

/**
 * Puts a phone that proved its member token in that member's room (one member at a time, leaving the
 * one it was in), so whatever concerns the member reaches all their phones on any process.
 */
export async function enterMemberRoom(
  socket: {
    data: { member: { id: string; programId: string } | null };
    join(room: string): unknown;
    leave(room: string): unknown;
  },
  member: { id: string; programId: string },
): Promise<void> {
  const previous = socket.data.member;
  if (previous?.id === member.id && previous.programId === member.programId) {
    // Joined again (after a merge moved it out, say): the rooms are joined again too.
    await socket.join(rooms.member(member.id));
    await socket.join(rooms.programMembers(member.programId));
    return;
  }
  if (previous) {
    await socket.leave(rooms.member(previous.id));
    await socket.leave(rooms.programMembers(previous.programId));
  }
  socket.data.member = { id: member.id, programId: member.programId };
  await socket.join(rooms.member(member.id));
  await socket.join(rooms.programMembers(member.programId));
}

/** A phone that now acts for no member (a quick session's participant): out of the member room. */
export async function leaveMemberRoom(socket: {
  data: { member: { id: string; programId: string } | null };
  leave(room: string): unknown;
}): Promise<void> {
  const previous = socket.data.member;
  if (!previous) return;
  socket.data.member = null;
  await socket.leave(rooms.member(previous.id));
  await socket.leave(rooms.programMembers(previous.programId));
}
