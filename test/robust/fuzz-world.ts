import { mockInterview } from '../../shared/activities/mock-interview/index.js';
import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../../server/auth/cookies.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import type { Facilitator } from '../../server/storage/index.js';
import { createSession, createUser } from '../helpers/app.js';
import { connect, ok, type TestSocket } from '../helpers/sockets.js';
import type { IdPool } from './payloads.js';
import type { RobustApp } from './robust-app.js';

/** Who sends: every audience a socket can be in. */
export const AUDIENCES = [
  'anonymous',
  'participant',
  'programMember',
  'screen',
  'otherCenterFacilitator',
  'sessionFacilitator',
] as const;
export type AudienceName = (typeof AUDIENCES)[number];

const options = (labels: string[]) => labels.map((label, i) => ({ id: `o${i + 1}`, label }));

/** One of each activity type, so a valid-looking id reaches every type's answer schema. */
const EVERY_TYPE = [
  { type: 'poll-single', title: '기분', config: { options: options(['좋음', '보통']) } },
  { type: 'poll-multi', title: '관심', config: { options: options(['사무', 'IT', '돌봄']), maxPicks: 2 } },
  { type: 'scale', title: '만족도', config: { min: 0, max: 10, minLabel: '0', maxLabel: '10' } },
  { type: 'open-text', title: '한마디', config: { maxLength: 200, anonymous: true } },
  { type: 'word-cloud', title: '단어', config: { maxWords: 3 } },
];

export interface FuzzWorld {
  r: RobustApp;
  pool: IdPool;
  /** A fresh socket in the given audience (its join or watch done). */
  open(audience: AudienceName): Promise<TestSocket>;
  /** A fresh login cookie of a world user, minted in storage (the fuzz may log one out). */
  cookieOf(who: 'own' | 'other'): Promise<string>;
  /** A session whose ids no fuzzer knows, with a phone that answers after the fuzz. */
  control: { phone: TestSocket; activityId: string; code: string };
  close(): void;
}

export async function mintCookie(r: RobustApp, user: Facilitator): Promise<string> {
  const token = newToken();
  await r.storage.facilitators.createAuthSession(user.id, hashToken(token), Date.now() + SESSION_TTL_MS);
  return `${SESSION_COOKIE}=${token}`;
}

/**
 * Center A runs a quick session (one activity of each type, a poll open and answered) and a
 * program whose day is running with a registered member; center B has its own session; every id
 * goes into the pool so each audience tries ids that exist elsewhere.
 */
export async function buildWorld(r: RobustApp): Promise<FuzzWorld> {
  const sockets: TestSocket[] = [];
  const track = (s: TestSocket) => (sockets.push(s), s);
  const own = await createUser(r.storage, { role: 'admin' });
  const other = await createUser(r.storage, { role: 'admin' });
  const ownCookie = await mintCookie(r, own);
  const otherCookie = await mintCookie(r, other);

  const quick = await createSession(r, ownCookie, { title: '퍼즈 A', activities: EVERY_TYPE });
  const facilitator = track(await connect(r.url, { cookie: ownCookie }));
  const quickActivities = (await ok(facilitator, 'session:watch', { sessionId: quick.id })).activities;
  await ok(facilitator, 'activity:open', { sessionId: quick.id, activityId: quickActivities[0]!.id });
  const phone = track(await connect(r.url));
  const joined = await ok(phone, 'participant:join', { code: quick.code, nickname: '참여자' });
  const answerId = crypto.randomUUID();
  await ok(phone, 'answer:submit', {
    activityId: quickActivities[0]!.id,
    answerId,
    value: { optionId: 'o1' },
  });

  const program = await r.storage.programs.create({
    centerId: own.centerId,
    createdBy: own.id,
    body: {
      title: '퍼즈 프로그램',
      group: '청년',
      facilitatorIds: [own.id],
      templateId: null,
      trackId: null,
      days: [
        {
          date: todayIn(CENTER_TIME_ZONE),
          startTime: '10:00',
          endTime: '12:00',
          modules: [
            {
              key: 'm',
              moduleId: null,
              title: '1일차',
              minutes: 60,
              activities: [{ key: 'p', type: 'poll-single', title: '기분은? (좋아요 / 보통)', minutes: 10 }],
            },
          ],
        },
      ],
    },
  });
  const day = program.days[0]!;
  const started = await fetch(`${r.url}/api/programs/${program.id}/days/${day.id}/start`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: ownCookie },
    body: '{}',
  });
  if (started.status !== 200) throw new Error(`day start failed: ${started.status}`);
  const daySessionId = ((await started.json()) as { sessionId: string }).sessionId;
  const dayActivities = (await ok(facilitator, 'session:watch', { sessionId: daySessionId })).activities;
  await ok(facilitator, 'activity:open', { sessionId: daySessionId, activityId: dayActivities[0]!.id });
  // A self-paced counseling task open beside it, so member answers and counseling events have a target.
  const plan = await ok(facilitator, 'counseling:open', {
    programId: program.id,
    sessionId: daySessionId,
    agendaKey: 'plan',
    type: 'action-plan',
    title: '실행 계획',
  });
  const member = await ok(track(await connect(r.url)), 'program:register', {
    code: program.code,
    registrationId: crypto.randomUUID(),
    nickname: '회원',
    realName: '김회원',
    consent: true,
    intake: { desiredJob: '사무', worry: '면접', hope: '취업' },
  });

  const memberRow = await r.storage.members.findByNickname(program.id, '회원');
  if (!memberRow) throw new Error('member not registered');

  // A second program of the same center runs a mock interview in pairs, a round started, so the
  // round events and the interviewer's draw have a live target with a grouping and stored roles.
  const interviewProgram = await r.storage.programs.create({
    centerId: own.centerId,
    createdBy: own.id,
    body: {
      title: '퍼즈 면접',
      group: '청년',
      facilitatorIds: [own.id],
      templateId: null,
      trackId: null,
      days: [{ date: todayIn(CENTER_TIME_ZONE), startTime: '10:00', endTime: '12:00', modules: [] }],
    },
  });
  const interviewDay = interviewProgram.days[0]!;
  const interviewStarted = await fetch(
    `${r.url}/api/programs/${interviewProgram.id}/days/${interviewDay.id}/start`,
    { method: 'POST', headers: { 'content-type': 'application/json', cookie: ownCookie }, body: '{}' },
  );
  if (interviewStarted.status !== 200) throw new Error(`day start failed: ${interviewStarted.status}`);
  const interviewSessionId = ((await interviewStarted.json()) as { sessionId: string }).sessionId;
  const pairIds: string[] = [];
  for (const nickname of ['면접자', '지원자']) {
    const registered = await r.storage.members.register({
      programId: interviewProgram.id,
      nickname,
      realName: nickname,
      intake: { desiredJob: '사무', worry: '면접', hope: '취업' },
      pinHash: 'unused',
      tokenHash: hashToken(newToken()),
    });
    if (!registered) throw new Error('interview member not registered');
    pairIds.push(registered.id);
  }
  const pairs = await ok(facilitator, 'grouping:form', {
    programId: interviewProgram.id,
    kind: 'pairs',
    seed: 1,
  });
  const interview = await ok(facilitator, 'counseling:open', {
    programId: interviewProgram.id,
    sessionId: interviewSessionId,
    type: 'mock-interview',
    title: '모의면접',
    config: mockInterview.defaultConfig(),
    groupingId: pairs.id,
  });
  await ok(facilitator, 'round:start', { activityId: interview.id });

  const elsewhere = await createSession(r, otherCookie, {
    title: '퍼즈 B',
    activities: EVERY_TYPE.slice(0, 2),
  });
  const otherWatcher = track(await connect(r.url, { cookie: otherCookie }));
  const elsewhereActivities = (await ok(otherWatcher, 'session:watch', { sessionId: elsewhere.id }))
    .activities;

  // The control session belongs to a third center and none of its ids is in the pool.
  const third = await createUser(r.storage, { role: 'admin' });
  const thirdCookie = await mintCookie(r, third);
  const controlSession = await createSession(r, thirdCookie, { title: '대조', activities: [EVERY_TYPE[2]!] });
  const thirdWatcher = track(await connect(r.url, { cookie: thirdCookie }));
  const controlActivityId = (await ok(thirdWatcher, 'session:watch', { sessionId: controlSession.id }))
    .activities[0]!.id;
  await ok(thirdWatcher, 'activity:open', { sessionId: controlSession.id, activityId: controlActivityId });
  const controlPhone = track(await connect(r.url));
  await ok(controlPhone, 'participant:join', { code: controlSession.code, nickname: '대조군' });

  const pool: IdPool = {
    ids: {
      session: [quick.id, daySessionId, elsewhere.id, interviewSessionId],
      activity: [...quickActivities, ...dayActivities, ...elsewhereActivities, plan, interview].map(
        (a) => a.id,
      ),
      grouping: [pairs.id],
      answer: [answerId],
      participant: [joined.participant.id],
      program: [program.id, interviewProgram.id],
      day: [day.id, interviewDay.id],
      member: [memberRow.id, ...pairIds],
      user: [own.id, other.id],
      center: [own.centerId, other.centerId],
    },
    codes: [quick.code, program.code, elsewhere.code],
    nicknames: ['참여자', '회원', '김회원'],
  };

  const open = async (audience: AudienceName): Promise<TestSocket> => {
    switch (audience) {
      case 'anonymous':
        return track(await connect(r.url));
      case 'participant': {
        const s = track(await connect(r.url));
        await ok(s, 'participant:join', { code: quick.code, rejoinToken: joined.rejoinToken });
        return s;
      }
      case 'programMember': {
        const s = track(await connect(r.url));
        await ok(s, 'participant:join', { code: program.code, rejoinToken: member.rejoinToken });
        return s;
      }
      case 'screen': {
        const s = track(await connect(r.url));
        await ok(s, 'screen:watch', { code: quick.code });
        return s;
      }
      case 'otherCenterFacilitator': {
        const s = track(await connect(r.url, { cookie: await mintCookie(r, other) }));
        await ok(s, 'session:watch', { sessionId: elsewhere.id });
        return s;
      }
      case 'sessionFacilitator': {
        const s = track(await connect(r.url, { cookie: await mintCookie(r, own) }));
        await ok(s, 'session:watch', { sessionId: quick.id });
        return s;
      }
    }
  };

  return {
    r,
    pool,
    open,
    cookieOf: (who) => mintCookie(r, who === 'own' ? own : other),
    control: { phone: controlPhone, activityId: controlActivityId, code: controlSession.code },
    close: () => sockets.forEach((s) => s.disconnect()),
  };
}
