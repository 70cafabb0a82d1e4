import fc from 'fast-check';
import { FACILITATOR_EVENT_NAMES } from '../../shared/protocol/events.js';
import { MAX_MESSAGE_BYTES } from '../../shared/protocol/limits.js';
import type { ErrorCode } from '../../shared/protocol/errors.js';
import { connect, type TestSocket } from '../helpers/sockets.js';
import { excerpt, judgeAck } from './acks.js';
import { AUDIENCES, type AudienceName, type FuzzWorld } from './fuzz-world.js';
import { eventFields, fuzzCall, wireSize, type FuzzCall } from './payloads.js';
import type { RobustApp } from './robust-app.js';

/** Names socket.io keeps for itself: a client cannot emit them (see the raw-packet test). */
const RESERVED = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
  'error',
]);

/** Not in the contract: must get an `invalid_payload` ack, never a crash or silence. */
const UNKNOWN_EVENTS = ['admin:dropTables', 'constructor', '__proto__', 'toString', 'answer:submit '];

const ACK_TIMEOUT_MS = 10_000;
/** Engine.io closes a connection above this (4× the soft cap); the generators stay below it. */
const TRANSPORT_CAP = 4 * MAX_MESSAGE_BYTES;

/**
 * The events the server listens to, read from a live server-side socket: the keys of its handler
 * map, so an event added to the contract is fuzzed without a change here.
 */
export async function serverEventNames(r: RobustApp): Promise<string[]> {
  const probe = await connect(r.url);
  try {
    const serverSide = r.app.realtime.io.of('/').sockets.get(probe.id!);
    if (!serverSide) throw new Error('server-side socket not found');
    return serverSide
      .eventNames()
      .filter((n): n is string => typeof n === 'string' && !RESERVED.has(n))
      .sort();
  } finally {
    probe.disconnect();
  }
}

const FACILITATOR_AUDIENCES = new Set<AudienceName>(['otherCenterFacilitator', 'sessionFacilitator']);
/** Calls for a pair whose refusal does not depend on the payload. */
const THIN_CALLS = 3;

export interface PlannedCall {
  index: number;
  audience: AudienceName;
  event: string;
  call: FuzzCall;
}

/** Every (audience, event) pair in turn, each with the next generated call; `session:end` last. */
export function planFuzz(events: string[], world: FuzzWorld, runs: number, seed: number): PlannedCall[] {
  const all = [...events, ...UNKNOWN_EVENTS];
  const pairs = AUDIENCES.flatMap((audience) => all.map((event) => ({ audience, event })));
  // A pair refused before its payload is read (a facilitator event from a phone, an unknown event)
  // needs a few calls to show it; the rest of the budget goes where payloads reach the handlers.
  const thin = pairs.map(
    ({ audience, event }) =>
      UNKNOWN_EVENTS.includes(event) ||
      ((FACILITATOR_EVENT_NAMES as readonly string[]).includes(event) &&
        !FACILITATOR_AUDIENCES.has(audience)),
  );
  const full = thin.filter((t) => !t).length;
  const perFull = Math.max(THIN_CALLS, Math.ceil((runs - THIN_CALLS * (pairs.length - full)) / full));
  // One seeded stream per pair, so a run reproduces from (seed, runs).
  let index = 0;
  const plan = pairs.flatMap((pair, p) =>
    fc
      .sample(fuzzCall(world.pool, eventFields(pair.event)), {
        seed: seed + p,
        numRuns: thin[p] ? THIN_CALLS : perFull,
      })
      .map((call) => ({ index: index++, ...pair, call })),
  );
  // Ending a session is allowed to its facilitator; done last so it does not flatten the rest.
  return [...plan.filter((p) => p.event !== 'session:end'), ...plan.filter((p) => p.event === 'session:end')];
}

export interface FuzzOutcome {
  failures: string[];
  /** Calls answered per code ('ok' for success), to show what the run reached. */
  codes: Record<string, number>;
  sent: number;
  /** The same per event (printed with FUZZ_VERBOSE=1). */
  byEvent: Record<string, Record<string, number>>;
}

/** Events a socket may send per second (dispatcher.ts), less the one its audience's join used. */
const budgetOf = (audience: AudienceName) => (FACILITATOR_AUDIENCES.has(audience) ? 90 : 18);

/**
 * Runs the plan: each audience on fresh sockets (opened before any call, so what the fuzz does to
 * limits cannot keep an audience from forming), within the rate limit so calls reach validation.
 */
export async function runFuzz(world: FuzzWorld, plan: PlannedCall[]): Promise<FuzzOutcome> {
  // Prototype-free maps: '__proto__' is one of the fuzzed event names, and `byEvent['__proto__'] ??= {}`
  // on a plain object would hand back Object.prototype and write the codes onto it.
  const outcome: FuzzOutcome = {
    failures: [],
    codes: Object.create(null) as Record<string, number>,
    sent: 0,
    byEvent: Object.create(null) as Record<string, Record<string, number>>,
  };
  const fail = (p: PlannedCall, what: string) =>
    outcome.failures.push(
      `#${p.index} ${p.audience} ${JSON.stringify(p.event)} ${excerpt(p.call.args)}: ${what}`,
    );

  const lanes = await Promise.all(
    AUDIENCES.map(async (audience) => {
      const calls = plan.filter((p) => p.audience === audience);
      const budget = budgetOf(audience);
      const batches: PlannedCall[][] = [];
      for (let i = 0; i < calls.length; i += budget) batches.push(calls.slice(i, i + budget));
      const sockets: TestSocket[] = [];
      for (const _ of batches) sockets.push(await world.open(audience));
      return { batches, sockets };
    }),
  );

  async function runBatch(socket: TestSocket, batch: PlannedCall[]) {
    let last: PlannedCall | null = null;
    let dropped: string | null = null;
    socket.on('disconnect', (reason) => {
      if (reason !== 'io client disconnect') dropped = reason;
    });
    const emitter = socket as unknown as {
      emit: (e: string, ...a: unknown[]) => void;
      timeout: (ms: number) => { emitWithAck: (e: string, ...a: unknown[]) => Promise<unknown> };
    };
    for (const p of batch) {
      if (dropped) break;
      last = p;
      outcome.sent++;
      if (wireSize(p.call) >= TRANSPORT_CAP)
        throw new Error(`generator exceeded the transport cap: #${p.index}`);
      if (!p.call.withAck) {
        emitter.emit(p.event, ...p.call.args);
        continue;
      }
      let ack: unknown;
      try {
        ack = await emitter.timeout(ACK_TIMEOUT_MS).emitWithAck(p.event, ...p.call.args);
      } catch (error) {
        fail(p, `no ack (${(error as Error).message})`);
        continue;
      }
      const verdict = judgeAck(ack);
      if (verdict.kind === 'malformed') {
        fail(p, `ack outside the contract: ${verdict.detail}`);
        continue;
      }
      const code: ErrorCode | 'ok' = verdict.kind === 'ok' ? 'ok' : verdict.code;
      outcome.codes[code] = (outcome.codes[code] ?? 0) + 1;
      const mine = (outcome.byEvent[p.event] ??= Object.create(null) as Record<string, number>);
      mine[code] = (mine[code] ?? 0) + 1;
      // Per-IP limits on join codes (guesses, registrations, PINs) are the product working; the
      // per-socket event limit must never be reached, or calls were spent without reaching validation.
      if (code === 'rate_limited' && !eventFields(p.event)?.includes('code'))
        fail(p, 'per-socket rate limit reached: the batch budget is wrong');
      if (code !== 'internal') continue;
      fail(p, "'internal' (a bug)");
    }
    // An unknown event is answered without spending the rate limit: the socket must still be there.
    if (!dropped) {
      try {
        const probe = await emitter.timeout(ACK_TIMEOUT_MS).emitWithAck('fuzz:probe');
        if (judgeAck(probe).kind !== 'error') dropped = 'probe answered outside the contract';
      } catch (error) {
        dropped = `probe unanswered: ${(error as Error).message}`;
      }
    }
    if (dropped && last) fail(last, `socket dropped (${dropped}) at or after this call`);
    socket.disconnect();
  }

  await Promise.all(
    lanes.map(async ({ batches, sockets }) => {
      for (let i = 0; i < batches.length; i++) await runBatch(sockets[i]!, batches[i]!);
    }),
  );
  return outcome;
}
