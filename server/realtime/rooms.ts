/** Socket.io room names: one per audience of a session, so each gets only what it may see. */
export const rooms = {
  facilitators: (sessionId: string) => `session:${sessionId}:facilitators`,
  screens: (sessionId: string) => `session:${sessionId}:screens`,
  participants: (sessionId: string) => `session:${sessionId}:participants`,
  participant: (participantId: string) => `participant:${participantId}`,
  /** Every phone of a program's members, running day or not: told when a day starts. */
  programLobby: (programId: string) => `program:${programId}:lobby`,
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
