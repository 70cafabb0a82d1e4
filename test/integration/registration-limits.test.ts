import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIN_LENGTH } from '../../shared/program/limits.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import { parseTrustProxy } from '../../server/auth/client-ip.js';
import {
  createRealtimeLimiters,
  IDENTITY_TRIES_PER_IP_WINDOW,
  IDENTITY_TRIES_PER_PROGRAM_WINDOW,
  LEGACY_PIN_TRIES_PER_DAY,
  RESENDS_PER_REGISTRATION,
} from '../../server/limits/realtime-limits.js';
import { hashPassword } from '../../server/auth/passwords.js';
import { hashToken, newToken } from '../../server/auth/tokens.js';
import { pinKey } from '../../server/realtime/handlers/program-participant.js';
import { loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';
import { createPostgresDatabase } from '../storage/backends.js';
import { APP_BACKENDS, scratchBody, today } from './program-fixtures.js';

/**
 * Issue 9, weaknesses 3 and 10 as reviewed after they landed: the identity budgets bound guessing
 * and hashing, never a room signing up. Sockets come from 127.0.0.1 unless they say which address
 * a trusted proxy saw.
 */
const intake = { desiredJob: '', worry: '', hope: '' };
const codeOf = (ack: { ok: boolean; error?: { code: string } }) => (ack.ok ? 'ok' : ack.error!.code);
const somePin = '123456789'.slice(0, PIN_LENGTH);

for (const backend of APP_BACKENDS) {
  describe(`registration and the identity budgets: ${backend.name}`, () => suite(backend));
}

function suite(backend: (typeof APP_BACKENDS)[number]) {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  /** A phone; `address` is the client a trusted proxy reports (see `behindProxy`). */
  const phone = async (address?: string) => {
    const s = await connect(t.url, address ? { headers: { 'x-forwarded-for': address } } : {});
    sockets.push(s);
    return s;
  };

  /** The address the server counts these phones against (loopback, as the server's socket sees it). */
  const hereAddress = async () => {
    const [first] = await t.app.realtime.io.fetchSockets();
    return first!.data.ip;
  };

  beforeEach(async () => {
    t = await backend.start();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await t?.close();
  });

  /** The same backend again, behind a proxy on loopback, so each phone can come from its own address. */
  async function behindProxy(): Promise<void> {
    await t.close();
    const trustProxy = parseTrustProxy('loopback');
    if (backend.name !== 'PostgreSQL') {
      t = await startTestApp({ config: { trustProxy } });
      return;
    }
    const database = await createPostgresDatabase();
    const app = await startTestApp({ databaseUrl: database.url, config: { trustProxy } });
    t = {
      ...app,
      close: async () => {
        await app.close();
        await database.drop();
      },
    };
  }

  async function program(): Promise<ProgramDetail> {
    const { user } = await loginFacilitator(t);
    return t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: scratchBody([user.id], [today()]),
    });
  }

  const registration = (code: string, nickname: string, registrationId = crypto.randomUUID()) => ({
    registrationId,
    code,
    nickname,
    realName: '',
    consent: true as const,
    intake,
  });

  it("one address's refused recoveries spend none of the program's budget: a newcomer elsewhere still registers and recovers", async () => {
    await behindProxy();
    const p = await program();
    const flood = await Promise.all(Array.from({ length: 10 }, () => phone('192.0.2.1')));
    const tries = await Promise.all(
      Array.from({ length: 70 }, (_, i) =>
        request(flood[i % flood.length]!, 'program:recover', {
          code: p.code,
          nickname: `손님${i}`,
          pin: somePin,
        }),
      ),
    );
    expect(tries.map(codeOf).filter((c) => c === 'recover_failed')).toHaveLength(
      IDENTITY_TRIES_PER_IP_WINDOW,
    );
    const limiters = createRealtimeLimiters(t.storage, () => undefined);
    expect((await limiters.identityProgramLimiter.get(p.id))?.consumedPoints).toBe(
      IDENTITY_TRIES_PER_IP_WINDOW,
    );

    await ok(await phone('192.0.2.2'), 'program:register', registration(p.code, '새내기'));
    // Recovery from another address still reaches the PIN check.
    const elsewhere = await request(await phone('192.0.2.3'), 'program:recover', {
      code: p.code,
      nickname: '새내기',
      pin: somePin,
    });
    expect(['ok', 'recover_failed']).toContain(codeOf(elsewhere));
  });

  it('a registration that goes through is never held back by the identity budgets; a taken nickname then answers rate_limited', async () => {
    const p = await program();
    await ok(await phone(), 'program:register', registration(p.code, '먼저'));
    const limiters = createRealtimeLimiters(t.storage, () => undefined);
    await limiters.identityProgramLimiter.penalty(p.id, IDENTITY_TRIES_PER_PROGRAM_WINDOW);
    await limiters.identityIpLimiter.penalty(await hereAddress(), IDENTITY_TRIES_PER_IP_WINDOW);

    await ok(await phone(), 'program:register', registration(p.code, '나중'));
    // The oracle stays bounded: with the budget spent a taken nickname is not confirmed.
    const probe = await request(await phone(), 'program:register', registration(p.code, '먼저'));
    expect(codeOf(probe)).toBe('rate_limited');
  });

  it("others spending the program's recovery budget never keep a newcomer from hearing their nickname is taken", async () => {
    const p = await program();
    await ok(await phone(), 'program:register', registration(p.code, '먼저'));
    const limiters = createRealtimeLimiters(t.storage, () => undefined);
    await limiters.identityProgramLimiter.penalty(p.id, IDENTITY_TRIES_PER_PROGRAM_WINDOW);
    const probe = await request(await phone(), 'program:register', registration(p.code, '먼저'));
    expect(codeOf(probe)).toBe('nickname_taken');
    // Recovery, which costs a hash, waits for the program's budget.
    const recovery = await request(await phone(), 'program:recover', {
      code: p.code,
      nickname: '먼저',
      pin: somePin,
    });
    expect(codeOf(recovery)).toBe('rate_limited');
  });

  it('recovers a member registered before PINs had six digits with their four-digit PIN', async () => {
    const p = await program();
    await t.storage.members.register({
      programId: p.id,
      nickname: '예전참여자',
      realName: null,
      intake: null,
      pinHash: await hashPassword('1234'),
      tokenHash: hashToken(newToken()),
    });
    const s = await phone();
    const wrong = await request(s, 'program:recover', { code: p.code, nickname: '예전참여자', pin: '4321' });
    expect(codeOf(wrong)).toBe('recover_failed');
    const recovered = await ok(s, 'program:recover', { code: p.code, nickname: '예전참여자', pin: '1234' });
    expect(recovered.nickname).toBe('예전참여자');
    await ok(s, 'participant:join', { code: p.code, rejoinToken: recovered.rejoinToken });
  });

  it('takes only a few four-digit tries a day per nickname', async () => {
    const p = await program();
    await t.storage.members.register({
      programId: p.id,
      nickname: '예전참여자',
      realName: null,
      intake: null,
      pinHash: await hashPassword('1234'),
      tokenHash: hashToken(newToken()),
    });
    const limiters = createRealtimeLimiters(t.storage, () => undefined);
    // The day's four-digit tries spent (more than the quarter hour's five allow at once).
    await limiters.legacyPinLimiter.penalty(pinKey(p.id, '예전참여자'), LEGACY_PIN_TRIES_PER_DAY);
    const refused = await request(await phone(), 'program:recover', {
      code: p.code,
      nickname: '예전참여자',
      pin: '1234',
    });
    expect(codeOf(refused)).toBe('rate_limited');
  });

  it('150 phones behind one address registering in the same program at once all get in', async () => {
    const p = await program();
    const room = await Promise.all(Array.from({ length: 150 }, () => phone()));
    const acks = await Promise.all(
      room.map((s, i) => request(s, 'program:register', registration(p.code, `참여자${i}`))),
    );
    expect(acks.map(codeOf).filter((c) => c !== 'ok')).toEqual([]);
    expect(await t.storage.members.count(p.id)).toBe(150);
  });

  it('a registration resent in a flood is answered at most RESENDS_PER_REGISTRATION times, each charged to the address', async () => {
    const p = await program();
    const payload = registration(p.code, '메아리');
    await ok(await phone(), 'program:register', payload);
    const senders = await Promise.all(Array.from({ length: 10 }, () => phone()));
    const resends = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        request(senders[i % senders.length]!, 'program:register', payload),
      ),
    );
    const codes = resends.map(codeOf);
    expect(codes.filter((c) => c === 'ok')).toHaveLength(RESENDS_PER_REGISTRATION);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(200 - RESENDS_PER_REGISTRATION);
    const limiters = createRealtimeLimiters(t.storage, () => undefined);
    expect((await limiters.registerLimiter.get(await hereAddress()))?.consumedPoints).toBe(
      1 + RESENDS_PER_REGISTRATION,
    );
    expect((await t.storage.members.list(p.id)).map((m) => m.nickname)).toEqual(['메아리']);
  });
}
