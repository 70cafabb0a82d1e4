/** Socket.io room names: one per audience of a session, so each gets only what it may see. */
export const rooms = {
  facilitators: (sessionId: string) => `session:${sessionId}:facilitators`,
  screens: (sessionId: string) => `session:${sessionId}:screens`,
  participants: (sessionId: string) => `session:${sessionId}:participants`,
  participant: (participantId: string) => `participant:${participantId}`,
  /** Every phone of a program's members, running day or not: told when a day starts. */
  programLobby: (programId: string) => `program:${programId}:lobby`,
};
