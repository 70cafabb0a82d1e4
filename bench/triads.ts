/**
 * The triads scenario (issue 10): one program day, 300 members on phones, the facilitator forms
 * triads, opens a mock interview in them and runs three rounds; in each round every observer scores
 * the candidate (5 rubric scores, a strength, a suggestion). Measured: the console's "form groups" →
 * each phone's group, `round:start` → each phone's round with its role (and its personal view with
 * it), and each answer → the candidate's phone holding it in its personal view. Then SIGKILL, and
 * the member answers on disk are counted. See bench/README.md.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import type { MockInterviewPersonal } from '../shared/activities/mock-interview/types.js';
import { interviewRubric } from '../shared/content/interview/rubric.js';
import type { GroupRoundView } from '../shared/protocol/round-views.js';
import type { PersonalUpdate } from '../shared/protocol/views.js';
import { machineCpu, pool, waitForQuiet, WINDOW_MS } from './measure.js';
import { RESULTS_DIR } from './paths.js';
import { ServerChild } from './server-child.js';
import { seededRandom, summarize, type LatencySummary } from './stats.js';
import { connectSocket, request, type AppSocket } from './targets.js';

export const TRIADS_MEMBERS = 300;
export const TRIADS_ROUNDS = 3;
/** Target for both p99s (issue 10): form/start → role, answer → the candidate's view. */
export const TRIADS_P99_TARGET_MS = 250;
const JOIN_CONCURRENCY = 50;
/** How long to wait for every phone (or every answer) before calling the rest lost. */
const DRAIN_TIMEOUT_MS = 20_000;
/** What an observer gives about the round's candidate: five scores, a strength, a suggestion. */
const ITEMS = [...interviewRubric.map((c) => `rubric:${c.id}`), 'strength', 'suggestion'];

interface Phone {
  memberId: string;
  socket: AppSocket;
  /** When this phone first heard its group (`group:updated`) after the form was sent. */
  groupAt: number | null;
  /** Per round: when `round:updated` with the phone's role arrived; when its personal view with it did. */
  roleAt: Map<number, number>;
  personalAt: Map<number, number>;
  /** Answers about this member (as candidate) not yet seen in its personal view. */
  awaiting: Answer[];
}

interface Answer {
  round: number;
  itemKey: string;
  text: string | null;
  sentAt: number;
  ackAt: number | null;
  ok: boolean;
  errorCode: string | null;
  seenAt: number | null;
}

export interface TriadsMeasurement {
  participants: number;
  groups: number;
  /** `grouping:form` sent → each phone's `group:updated` (300 samples). */
  formToGroup: LatencySummary;
  /** `round:start` sent → each phone's `round:updated` naming its role, every start (900 samples). */
  startToRole: LatencySummary;
  /** The first round only: `grouping:form` sent → role, with open and start sent as each ack came. */
  formToRole: LatencySummary;
  /** `round:start` sent → each phone's `personal:updated` with that round and its role. */
  startToPersonal: LatencySummary;
  /** `memberAnswer:submit` sent → its ack. */
  answerAck: LatencySummary;
  /** `memberAnswer:submit` sent → the candidate's phone holds it in a `personal:updated` view. */
  answerToCandidate: LatencySummary;
  phonesWithoutRole: number;
  answersSent: number;
  answersAcked: number;
  answersRefused: Record<string, number>;
  answersUnacked: number;
  answersNeverSeen: number;
  answersStored: number | null;
  /** Server CPU (% of one core) and other processes' during the answer windows. */
  serverCpuPct: number;
  otherCpuPct: number;
  joinPhaseMs: number;
  totalMs: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a candidate's view holds this answer (one observer per triad: a score is there or not). */
function holds(view: MockInterviewPersonal, a: Answer): boolean {
  const round = view.received.find((r) => r.round === a.round);
  if (!round) return false;
  if (a.itemKey === 'strength') return round.strengths.some((s) => s.text === a.text);
  if (a.itemKey === 'suggestion') return round.suggestions.some((s) => s.text === a.text);
  const criterion = a.itemKey.slice('rubric:'.length);
  return (round.scores.find((s) => s.criterionId === criterion)?.scores.length ?? 0) > 0;
}

async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

function countStoredMemberAnswers(dbPath: string, activityId: string): number {
  const db = new SQLite(dbPath, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare('select count(*) as n from member_answers where activity_id = ?').get(activityId) as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

export async function measureTriads(): Promise<TriadsMeasurement> {
  const started = performance.now();
  const server = await ServerChild.start('app');
  const url = `http://127.0.0.1:${server.ready.port}`;
  const phones: Phone[] = [];
  let facilitator: AppSocket | null = null;
  try {
    // ── setup, not measured ──
    const seeded = await server.request<'seed:program'>({ type: 'seed:program', members: TRIADS_MEMBERS });
    const cookie = await login(url, server.ready.email as string, server.ready.password as string);
    const startRes = await fetch(`${url}/api/programs/${seeded.programId}/days/${seeded.dayId}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    if (startRes.status !== 200) throw new Error(`day start failed: ${startRes.status}`);
    const { sessionId } = (await startRes.json()) as { sessionId: string };
    facilitator = await connectSocket(url, { cookie });
    await request(facilitator, 'session:watch', { sessionId });

    // One waiter at a time: each event that may complete it checks its (O(1)) condition.
    let waiter: { check: () => boolean; done: () => void } | null = null;
    const poke = () => {
      if (waiter?.check()) waiter.done();
    };
    const until = (check: () => boolean, timeoutMs = DRAIN_TIMEOUT_MS) =>
      new Promise<boolean>((resolve) => {
        if (check()) return resolve(true);
        const timer = setTimeout(() => {
          waiter = null;
          resolve(false);
        }, timeoutMs);
        waiter = {
          check,
          done: () => {
            clearTimeout(timer);
            waiter = null;
            resolve(true);
          },
        };
      });

    let activityId: string | null = null;
    let grouped = 0;
    const roled = new Map<number, number>();
    const personal = new Map<number, number>();
    let seen = 0;
    const joinStart = performance.now();
    await pool(seeded.members, JOIN_CONCURRENCY, async (m) => {
      const socket: AppSocket = await connectSocket(url);
      const phone: Phone = {
        memberId: m.id,
        socket,
        groupAt: null,
        roleAt: new Map(),
        personalAt: new Map(),
        awaiting: [],
      };
      socket.on('group:updated', () => {
        if (phone.groupAt !== null) return;
        phone.groupAt = performance.now();
        grouped++;
        poke();
      });
      socket.on('round:updated', (g: GroupRoundView) => {
        const at = performance.now();
        if (g.activityId !== activityId || phone.roleAt.has(g.round)) return;
        if (!g.roles.some((r) => r.memberId === m.id)) return;
        phone.roleAt.set(g.round, at);
        roled.set(g.round, (roled.get(g.round) ?? 0) + 1);
        poke();
      });
      socket.on('personal:updated', (u: PersonalUpdate) => {
        const at = performance.now();
        if (u.activityId !== activityId || !u.view) return;
        const view = u.view as MockInterviewPersonal;
        if (view.round !== null && view.role !== null && !phone.personalAt.has(view.round)) {
          phone.personalAt.set(view.round, at);
          personal.set(view.round, (personal.get(view.round) ?? 0) + 1);
        }
        if (phone.awaiting.length > 0) {
          phone.awaiting = phone.awaiting.filter((a) => {
            if (!holds(view, a)) return true;
            a.seenAt = at;
            seen++;
            return false;
          });
        }
        poke();
      });
      await request(socket, 'participant:join', { code: seeded.code, rejoinToken: m.token });
      phones.push(phone);
    });
    const joinPhaseMs = performance.now() - joinStart;
    const byMember = new Map(phones.map((p) => [p.memberId, p]));
    const n = phones.length;
    await sleep(800);

    // ── (a) form groups → each phone's group; open; round 1 → each phone's role ──
    await waitForQuiet();
    const profiling = process.env.BENCH_PROFILE === '1';
    if (profiling) await server.request<'profile:start'>({ type: 'profile:start' });
    const formAt = performance.now();
    const grouping = await request(facilitator, 'grouping:form', {
      programId: seeded.programId,
      kind: 'triads',
      seed: 1,
    });
    const opened = await request(facilitator, 'counseling:open', {
      programId: seeded.programId,
      sessionId,
      type: 'mock-interview',
      title: '모의면접 (벤치마크)',
      groupingId: grouping.id,
    });
    activityId = opened.id;
    const startAt = new Map<number, number>();
    const startRound = async (round: number) => {
      startAt.set(round, performance.now());
      const view = await request(facilitator as AppSocket, 'round:start', { activityId: opened.id });
      await until(() => grouped === n && (roled.get(round) ?? 0) === n && (personal.get(round) ?? 0) === n);
      return view;
    };

    const answers: Answer[] = [];
    const random = seededRandom(20_261_130);
    let serverCpu = 0;
    let clientCpu = 0;
    let machineBusy = 0;
    let machineTotal = 0;
    let windowsMs = 0;
    for (let round = 1; round <= TRIADS_ROUNDS; round++) {
      if (round > 1) await waitForQuiet(5_000);
      const view = await startRound(round);

      // ── (b) observers score their candidate at random moments within the window ──
      const schedule = view.groups.flatMap((g) => {
        if (g.round !== round) return [];
        const observer = g.roles.find((r) => r.role === 'observer')?.memberId;
        const candidate = g.roles.find((r) => r.role === 'candidate')?.memberId;
        if (!observer || !candidate) return [];
        return ITEMS.map((itemKey) => ({ observer, candidate, itemKey, offset: random() * WINDOW_MS }));
      });
      schedule.sort((a, b) => a.offset - b.offset);
      const roundAnswers: Answer[] = [];
      let settled = 0;
      const cpu0 = await server.cpuMicros();
      const client0 = process.cpuUsage();
      const machine0 = machineCpu();
      const windowStart = performance.now();
      await new Promise<void>((resolve) => {
        const t0 = performance.now() + 20;
        let next = 0;
        const tick = () => {
          while (next < schedule.length && t0 + (schedule[next]?.offset ?? 0) <= performance.now()) {
            const s = schedule[next++] as (typeof schedule)[number];
            const text = s.itemKey.startsWith('rubric:') ? null : `${s.itemKey} ${round}-${next} 구체적으로`;
            const answer: Answer = {
              round,
              itemKey: s.itemKey,
              text,
              sentAt: performance.now(),
              ackAt: null,
              ok: false,
              errorCode: null,
              seenAt: null,
            };
            roundAnswers.push(answer);
            (byMember.get(s.candidate) as Phone).awaiting.push(answer);
            (byMember.get(s.observer) as Phone).socket.emit(
              'memberAnswer:submit',
              {
                activityId: opened.id,
                answerId: randomUUID(),
                subjectMemberId: s.candidate,
                round,
                itemKey: s.itemKey,
                value: text === null ? { score: 1 + Math.floor(random() * 5) } : { text },
              },
              (ack) => {
                answer.ackAt = performance.now();
                answer.ok = ack.ok;
                answer.errorCode = ack.ok ? null : ack.error.code;
                settled++;
                poke();
              },
            );
          }
          if (next >= schedule.length) return resolve();
          setTimeout(tick, Math.max(0, t0 + (schedule[next]?.offset ?? 0) - performance.now()));
        };
        tick();
      });
      const seenBefore = seen - roundAnswers.filter((a) => a.seenAt !== null).length;
      await until(
        () => settled === roundAnswers.length && seen - seenBefore >= roundAnswers.filter((a) => a.ok).length,
      );
      windowsMs += performance.now() - windowStart;
      serverCpu += (await server.cpuMicros()) - cpu0;
      const c = process.cpuUsage(client0);
      clientCpu += c.user + c.system;
      const machine = machineCpu();
      machineBusy += machine.busy - machine0.busy;
      machineTotal += machine.total - machine0.total;
      answers.push(...roundAnswers);
    }

    if (profiling) {
      mkdirSync(join(RESULTS_DIR, 'profiles'), { recursive: true });
      const path = join(RESULTS_DIR, 'profiles', 'triads-1x300.cpuprofile');
      await server.request<'profile:stop'>({ type: 'profile:stop', path });
    }

    // ── durability: kill the server outright, then count what the file holds ──
    await server.kill();
    const answersStored = server.ready.dbPath
      ? countStoredMemberAnswers(server.ready.dbPath, opened.id)
      : null;

    const refused: Record<string, number> = {};
    for (const a of answers)
      if (a.ackAt !== null && !a.ok)
        refused[a.errorCode ?? 'unknown'] = (refused[a.errorCode ?? 'unknown'] ?? 0) + 1;
    const acked = answers.filter((a) => a.ok && a.ackAt !== null);
    const since = (at: number | null | undefined, from: number | undefined) =>
      at === null || at === undefined || from === undefined ? [] : [at - from];
    const serverCpuPct = (serverCpu / 1000 / windowsMs) * 100;
    const clientCpuPct = (clientCpu / 1000 / windowsMs) * 100;
    return {
      participants: n,
      groups: grouping.groups.length,
      formToGroup: summarize(phones.flatMap((p) => since(p.groupAt, formAt))),
      startToRole: summarize(
        phones.flatMap((p) => [...p.roleAt].flatMap(([round, at]) => since(at, startAt.get(round)))),
      ),
      formToRole: summarize(phones.flatMap((p) => since(p.roleAt.get(1), formAt))),
      startToPersonal: summarize(
        phones.flatMap((p) => [...p.personalAt].flatMap(([round, at]) => since(at, startAt.get(round)))),
      ),
      answerAck: summarize(acked.map((a) => (a.ackAt as number) - a.sentAt)),
      answerToCandidate: summarize(answers.flatMap((a) => (a.ok ? since(a.seenAt, a.sentAt) : []))),
      phonesWithoutRole: phones.filter((p) => p.roleAt.size < TRIADS_ROUNDS).length,
      answersSent: answers.length,
      answersAcked: acked.length,
      answersRefused: refused,
      answersUnacked: answers.filter((a) => a.ackAt === null).length,
      answersNeverSeen: acked.filter((a) => a.seenAt === null).length,
      answersStored,
      serverCpuPct,
      otherCpuPct: (machineBusy / machineTotal) * cpus().length * 100 - serverCpuPct - clientCpuPct,
      joinPhaseMs,
      totalMs: performance.now() - started,
    };
  } finally {
    await server.kill();
    for (const p of phones) p.socket.close();
    facilitator?.close();
    if (server.ready.dir) rmSync(server.ready.dir, { recursive: true, force: true });
  }
}
