import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { io } from 'socket.io-client';
import type { TestSocket } from '../helpers/sockets.js';
import { judgeAck } from './acks.js';

/**
 * The server under chaos: a child process on a fixed port that the test SIGKILLs and starts again
 * on the same database. Clients ask `ready()` for the running server and await it while it is down.
 */
export class KillableServer {
  private child: ChildServer | null = null;
  private up: Promise<string>;
  private markUp: (url: string) => void = () => undefined;
  kills = 0;

  private constructor(private readonly env: Record<string, string>) {
    this.up = this.pending();
  }

  static async start(databaseUrl: string): Promise<KillableServer> {
    const server = new KillableServer({ DATABASE_URL: databaseUrl });
    await server.boot('0');
    return server;
  }

  get url(): string {
    if (!this.child) throw new Error('server is down');
    return this.child.url;
  }

  /** The running server's URL; while it is down, resolves once it is back. */
  ready(): Promise<string> {
    return this.up;
  }

  /** SIGKILL mid-run (no shutdown, no drain) and a restart on the same port and database. */
  async killAndRestart(): Promise<void> {
    const child = this.child!;
    this.up = this.pending();
    this.child = null;
    child.child.kill('SIGKILL');
    await child.exited;
    this.kills++;
    await this.boot(String(child.port));
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child) return;
    child.child.kill('SIGKILL');
    await child.exited;
  }

  private pending(): Promise<string> {
    return new Promise((resolve) => (this.markUp = resolve));
  }

  private async boot(port: string): Promise<void> {
    this.child = await startChildServer({ ...this.env, PORT: port });
    this.markUp(this.child.url);
  }
}

export interface Answer {
  answerId: string;
  value: number;
  /** 'scale': the day's engine activity (`answer:submit`); 'plan': the action plan's goal (`memberAnswer:submit`). */
  kind?: 'scale' | 'plan';
}

/** The action plan's goal a member answer carries: its job names the value, so the stored row tells which answer it is. */
export const planGoal = (value: number) => ({ job: `바리스타 ${value}`, by: '2027-03-01' });

export interface ChaosStats {
  acks: number;
  resends: number;
  drops: number;
  reconnects: number;
  /** Unexpected refusals: an answer to the open activity must be taken (or its resend recognized). */
  failures: string[];
}

const ACK_TIMEOUT_MS = 8_000;
/** Connection attempts that fail while the server claims to be up, before the test gives up. */
const MAX_FAILED_CONNECTS = 50;

type Emitter = { timeout: (ms: number) => { emitWithAck: (e: string, p: unknown) => Promise<unknown> } };

/**
 * One phone. It has at most one answer in flight: a new value only after the previous one was acked,
 * and an answer that was not acked (timeout, dropped connection, server killed) is resent with the
 * same answerId until it is — so "the last acked value" is well defined and every answer ends acked.
 */
export class ChaosClient {
  socket: TestSocket | null = null;
  pending: Answer | null = null;
  lastAcked: Answer | null = null;
  readonly acked: string[] = [];
  readonly sent: string[] = [];
  /** Who the server says this phone is; every rejoin must say the same. */
  participantId: string | null = null;
  /** A program member's phone also answers this self-paced action plan (counseling member answers). */
  planActivityId: string | null = null;
  readonly planSent: string[] = [];
  readonly planAcked: string[] = [];
  planLastAcked: Answer | null = null;

  constructor(
    readonly name: string,
    private readonly server: KillableServer,
    private readonly code: string,
    readonly token: string,
    readonly activityId: string,
    private readonly range: { min: number; max: number },
    private readonly stats: ChaosStats,
    private readonly random: () => number,
  ) {}

  /** Connected and joined (by the rejoin token), whatever happened to the last connection. */
  async ensureJoined(): Promise<TestSocket> {
    if (this.socket?.connected) return this.socket;
    this.socket?.disconnect();
    this.socket = null;
    for (let failed = 0; failed < MAX_FAILED_CONNECTS; failed++) {
      const url = await this.server.ready();
      let socket: TestSocket | null = null;
      try {
        socket = await connectOrFail(url);
        const ack = await (socket as unknown as Emitter)
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('participant:join', { code: this.code, rejoinToken: this.token });
        const verdict = judgeAck(ack);
        if (verdict.kind === 'ok') {
          const id = (ack as { data: { participant: { id: string } } }).data.participant.id;
          if (this.participantId && id !== this.participantId)
            this.stats.failures.push(`${this.name}: rejoined as ${id}, was ${this.participantId}`);
          this.participantId = id;
          this.stats.reconnects++;
          this.socket = socket;
          return socket;
        }
        if (verdict.kind === 'malformed' || verdict.code !== 'rate_limited')
          this.stats.failures.push(`${this.name}: rejoin refused ${JSON.stringify(verdict)}`);
      } catch {
        // refused while the server is down, or dropped mid-join: ask for the running server again
      }
      socket?.disconnect();
    }
    throw new Error(`${this.name} could not reconnect`);
  }

  /** Either drops its connection (forcefully or politely) or answers: resends the unacked one or a new value. */
  async act(dropChance: number): Promise<void> {
    if (this.random() < dropChance) return this.drop();
    const { min, max } = this.range;
    // Once its scale answer is in, a member's phone writes its plan's goal about every other time.
    const kind = this.planActivityId && this.lastAcked && this.random() < 0.5 ? 'plan' : 'scale';
    this.pending ??= {
      answerId: crypto.randomUUID(),
      value: min + Math.floor(this.random() * (max - min + 1)),
      kind,
    };
    await this.send();
  }

  /** Resends until the answer in flight is acked (the end of a run: nothing is left unacked). */
  async settle(): Promise<void> {
    while (this.pending) await this.send();
  }

  drop(): void {
    if (!this.socket) return;
    this.stats.drops++;
    // Half the time the transport is cut (like a phone losing its network), half a clean disconnect.
    if (this.random() < 0.5) (this.socket.io as unknown as { engine: { close(): void } }).engine.close();
    else this.socket.disconnect();
  }

  private async send(): Promise<void> {
    const answer = this.pending!;
    const plan = answer.kind === 'plan';
    const socket = await this.ensureJoined();
    const sent = plan ? this.planSent : this.sent;
    if (sent.includes(answer.answerId)) this.stats.resends++;
    else sent.push(answer.answerId);
    let ack: unknown;
    try {
      const emitter = (socket as unknown as Emitter).timeout(ACK_TIMEOUT_MS);
      ack = plan
        ? await emitter.emitWithAck('memberAnswer:submit', {
            activityId: this.planActivityId,
            answerId: answer.answerId,
            itemKey: 'goal',
            value: planGoal(answer.value),
          })
        : await emitter.emitWithAck('answer:submit', {
            activityId: this.activityId,
            answerId: answer.answerId,
            value: { value: answer.value },
          });
    } catch {
      // No ack: the connection dropped or the server died. The answer stays pending and is resent.
      socket.disconnect();
      return;
    }
    const verdict = judgeAck(ack);
    if (verdict.kind === 'ok') {
      this.stats.acks++;
      if (plan) {
        this.planAcked.push(answer.answerId);
        this.planLastAcked = answer;
      } else {
        this.acked.push(answer.answerId);
        this.lastAcked = answer;
      }
      this.pending = null;
    } else if (verdict.kind === 'malformed' || verdict.code !== 'rate_limited') {
      this.stats.failures.push(`${this.name}: answer ${answer.answerId} refused ${JSON.stringify(verdict)}`);
      this.pending = null;
    }
  }
}

/**
 * Like the helpers' `connect`, but also settles when the connection closes before socket.io's
 * handshake completes (a server killed mid-accept sends neither `connect` nor `connect_error`).
 */
function connectOrFail(url: string): Promise<TestSocket> {
  const socket: TestSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 5_000,
  });
  return new Promise((resolve, reject) => {
    const fail = (why: unknown) => {
      socket.disconnect();
      reject(why instanceof Error ? why : new Error(String(why)));
    };
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', fail);
    socket.io.once('close', fail);
    socket.io.once('error', fail);
  });
}

/** A small seeded PRNG (mulberry32): the run's choices repeat for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
