import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/events.js';
import type { Facilitator } from '../storage/index.js';

/** What the server remembers about one connection; the database remembers everything else. */
export interface SocketData {
  /** What IP-based limits count this connection against (`limitKey`: an IPv6 /64 as one); only limits read it. */
  ip: string;
  /**
   * The user whose login this socket acts for, as of its last facilitator event; null while that
   * login may not act (gone, or a temporary password not yet changed).
   */
  facilitator: Facilitator | null;
  /** The hash of the login cookie seen at the handshake, re-read on every facilitator event. */
  authTokenHash: string | null;
  /** Epoch ms when that login expires (the socket is closed then); null without a login. */
  loginExpiresAt: number | null;
  /** The user of that login, for the room that access changes reach. */
  loginUserId: string | null;
  /**
   * Set by the socket's first facilitator event: from then on it is in its login's and user's rooms
   * and closes at the login's expiry. A projector or phone page opened in the same browser carries
   * the cookie too, but acts for no one and stays open when the login ends.
   */
  actsForLogin: boolean;
  /** The one session this facilitator socket follows; watching another leaves it. */
  watchedSessionId: string | null;
  /** Set by `participant:join`. */
  participant: { id: string; sessionId: string; nickname: string } | null;
  /**
   * The program member whose token this phone proved (on `participant:join` of a program, day running
   * or not): it is in `member:<id>` and may send member events. One at a time, like the lobby.
   */
  member: { id: string; programId: string } | null;
  /** The program lobby this connection listens in (one at a time). */
  lobbyProgramId: string | null;
  /** Programs this connection registered a member in: one registration per connection and program. */
  registeredProgramIds: string[];
  /** Set by `screen:watch`. */
  screenSessionId: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type NoServerSideEvents = {};

export type MoimServer = Server<ClientToServerEvents, ServerToClientEvents, NoServerSideEvents, SocketData>;
export type MoimSocket = Socket<ClientToServerEvents, ServerToClientEvents, NoServerSideEvents, SocketData>;
