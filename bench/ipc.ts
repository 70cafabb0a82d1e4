/** Messages between the bench orchestrator (bench/run.ts) and a server child (bench/server.ts). */
import type { CenterSeed } from './seed-center.js';

export type ServerMode = 'app' | 'bare';

export interface ReadyMessage {
  type: 'ready';
  port: number;
  /** App only: the SQLite file the server writes to, and the facilitator it created in storage. */
  dbPath: string | null;
  dir: string | null;
  email: string | null;
  password: string | null;
}

export type ChildRequest =
  | { type: 'memory'; id: number; gc: boolean }
  | { type: 'cpu'; id: number }
  | { type: 'profile:start'; id: number }
  | { type: 'profile:stop'; id: number; path: string }
  | { type: 'stats:start'; id: number }
  | { type: 'stats:stop'; id: number }
  | { type: 'seed:program'; id: number; members: number }
  | { type: 'seed:center'; id: number }
  | { type: 'usage'; id: number; gc: boolean };

/** What the server child saw of its own answer path during a window (app only for writer figures). */
export interface ServerStats {
  /** AnswerWriter.submit → its promise settled: queueing behind the loop and earlier batches + the transaction. */
  writerP50Ms: number | null;
  writerP99Ms: number | null;
  /** One AnswerStore.writeBatch call: BEGIN … COMMIT (with its fsync). */
  transactionP50Ms: number | null;
  transactionP99Ms: number | null;
  transactionMaxMs: number | null;
  transactions: number;
  meanBatchSize: number | null;
  /** The server's event-loop delay: how long a ready callback waited for the loop. */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

export type ChildReply =
  | { type: 'memory'; id: number; rss: number; heapUsed: number; external: number }
  | { type: 'cpu'; id: number; userMicros: number; systemMicros: number }
  | { type: 'profile:start'; id: number }
  | { type: 'profile:stop'; id: number; path: string }
  | { type: 'stats:start'; id: number }
  | ({ type: 'stats:stop'; id: number } & ServerStats)
  | ({ type: 'seed:program'; id: number } & SeededProgram)
  | ({ type: 'seed:center'; id: number } & CenterSeed)
  | { type: 'usage'; id: number; rss: number; maxRssKb: number };

/** App only: a program with one day dated today and its members, made in storage (tokens known). */
export interface SeededProgram {
  programId: string;
  code: string;
  dayId: string;
  members: { id: string; token: string }[];
}

export type ChildMessage = ReadyMessage | ChildReply;

/** The bare echo server's wire contract: the same shape as Moim's, none of its work. */
export interface BareClientEvents {
  watch: (p: { room: string }, ack: (a: { ok: true }) => void) => void;
  join: (p: { room: string; nickname: string }, ack: (a: { ok: true }) => void) => void;
  answer: (
    p: { activityId: string; answerId: string; value: { optionId: string } },
    ack: (a: { ok: true; data: { answerId: string; duplicate: boolean } }) => void,
  ) => void;
}

export interface BareServerEvents {
  updated: (u: {
    activityId: string;
    respondents: number;
    answerIds: string[];
    summary: { kind: 'choice'; respondents: number; counts: { optionId: string; count: number }[] };
  }) => void;
}
