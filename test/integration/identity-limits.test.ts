import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PIN_ATTEMPTS_PER_WINDOW, PIN_LENGTH } from '../../shared/program/limits.js';
import type { ProgramDetail } from '../../shared/program/views.js';
import {
  CODE_GUESSES_PER_WINDOW,
  createRealtimeLimiters,
  IDENTITY_TRIES_PER_IP_WINDOW,
  IDENTITY_TRIES_PER_PROGRAM_WINDOW,
} from '../../server/limits/realtime-limits.js';
import { createSession, loginFacilitator, startTestApp, type TestApp } from '../helpers/app.js';
import { connect, ok, request, type TestSocket } from '../helpers/sockets.js';
import { createPostgresDatabase } from '../storage/backends.js';
import { APP_BACKENDS, scratchBody, today } from './program-fixtures.js';

/**
 * Issue 9, weaknesses 3, 4, 7 and 10: the limits on the phone-side identity. Every socket here comes
 * from one address (127.0.0.1), like a venue's phones behind one router.
 */
const intake = { desiredJob: '', worry: '', hope: '' };
const codeOf = (ack: { ok: boolean; error?: { code: string } }) => (ack.ok ? 'ok' : ack.error!.code);
const isPostgres = (url: string) => url.startsWith('postgres');

/** A database that outlives one app on it, like a server's across a restart. */
async function durableDatabase(backend: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (backend === 'PostgreSQL') return createPostgresDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'moim-restart-'));
  return { url: join(dir, 'moim.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every stored member row as text, read past the stores (what a leaked database would show). */
async function storedMembers(url: string): Promise<string> {
  if (isPostgres(url)) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return JSON.stringify((await client.query('select * from program_members')).rows);
    } finally {
      await client.end();
    }
  }
  const db = new SQLite(url, { readonly: true });
  try {
    return JSON.stringify(db.prepare('select * from program_members').all());
  } finally {
    db.close();
  }
}

for (const backend of APP_BACKENDS) {
  describe(`limits on the phone-side identity: ${backend.name}`, () => suite(backend));
}

function suite(backend: (typeof APP_BACKENDS)[number]) {
  let t: TestApp;
  const sockets: TestSocket[] = [];
  const phone = async () => {
    const s = await connect(t.url);
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
    vi.useRealTimers();
    for (const s of sockets.splice(0)) s.disconnect();
    await t?.close();
  });

  async function program(): Promise<{ cookie: string; program: ProgramDetail }> {
    const { cookie, user } = await loginFacilitator(t);
    const created = await t.storage.programs.create({
      centerId: user.centerId,
      createdBy: user.id,
      body: scratchBody([user.id], [today()]),
    });
    return { cookie, program: created };
  }

  const registration = (code: string, nickname: string, registrationId = crypto.randomUUID()) => ({
    registrationId,
    code,
    nickname,
    realName: '',
    consent: true as const,
    intake,
  });

  async function register(code: string, nickname: string) {
    const s = await phone();
    const identity = await ok(s, 'program:register', registration(code, nickname));
    // The phone that got its answer joins at once with its token.
    await ok(s, 'participant:join', { code, rejoinToken: identity.rejoinToken });
    return identity;
  }

  /** Some PIN of the right length (the schema refuses any other). */
  const somePin = '123456789'.slice(0, PIN_LENGTH);
  const otherPin = (pin: string) =>
    pin === '0'.repeat(PIN_LENGTH) ? '1'.repeat(PIN_LENGTH) : '0'.repeat(PIN_LENGTH);

  it('bounds the PIN verifications one address can cause: a new nickname on each of 48 sockets is refused before hashing', async () => {
    const { program: p } = await program();
    const flood = await Promise.all(Array.from({ length: 48 }, () => phone()));
    const tries = await Promise.all(
      flood.flatMap((s, i) =>
        [0, 1].map((j) =>
          request(s, 'program:recover', { code: p.code, nickname: `손님${i}-${j}`, pin: somePin }),
        ),
      ),
    );
    const codes = tries.map(codeOf);
    // Only the address's budget reached a verification; the rest were refused without one.
    expect(codes.filter((c) => c === 'recover_failed')).toHaveLength(IDENTITY_TRIES_PER_IP_WINDOW);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(96 - IDENTITY_TRIES_PER_IP_WINDOW);
  });

  it('charges every nickname_taken to the same budget as recovery tries; registrations that go through are not charged', async () => {
    const { program: p } = await program();
    // More people than the budget register from one address: none of them is held back.
    const people = IDENTITY_TRIES_PER_IP_WINDOW + 1;
    for (let i = 0; i < people; i++) await register(p.code, `참여자${i}`);
    const probes = await Promise.all(
      Array.from({ length: IDENTITY_TRIES_PER_IP_WINDOW + 5 }, async (_, i) =>
        codeOf(await request(await phone(), 'program:register', registration(p.code, `참여자${i % people}`))),
      ),
    );
    expect(probes.filter((c) => c === 'nickname_taken')).toHaveLength(IDENTITY_TRIES_PER_IP_WINDOW);
    expect(probes.filter((c) => c === 'rate_limited')).toHaveLength(5);
    // The budget is shared: recovery from this address is refused now too, before any hashing.
    const recovery = await request(await phone(), 'program:recover', {
      code: p.code,
      nickname: '참여자0',
      pin: somePin,
    });
    expect(codeOf(recovery)).toBe('rate_limited');
  });

  it('never keeps the owner out: with every recovery limit and the join-code limit spent, the registered phone still joins with its token', async () => {
    const { program: p } = await program();
    const owner = await register(p.code, '하늘');
    const attacker = await phone();
    for (let i = 0; i < PIN_ATTEMPTS_PER_WINDOW; i++) {
      const r = await request(attacker, 'program:recover', {
        code: p.code,
        nickname: '하늘',
        pin: otherPin(owner.pin!),
      });
      expect(codeOf(r)).toBe('recover_failed');
    }
    const limiters = createRealtimeLimiters(t.storage, () => undefined);
    // Other addresses have spent the program's budget; this address's and its code guesses are gone too.
    await limiters.identityProgramLimiter.penalty(p.id, IDENTITY_TRIES_PER_PROGRAM_WINDOW);
    const here = await hereAddress();
    await limiters.identityIpLimiter.penalty(here, IDENTITY_TRIES_PER_IP_WINDOW);
    await limiters.codeGuessLimiter.penalty(here, CODE_GUESSES_PER_WINDOW);
    const refused = await request(attacker, 'program:recover', {
      code: p.code,
      nickname: '하늘',
      pin: owner.pin!,
    });
    expect(codeOf(refused)).toBe('rate_limited');

    const back = await ok(await phone(), 'participant:join', {
      code: p.code,
      rejoinToken: owner.rejoinToken,
    });
    expect(back.participant.nickname).toBe('하늘');
  });

  it("a facilitator's new PIN clears the nickname's count, so the owner recovers on a new phone", async () => {
    const { cookie, program: p } = await program();
    const owner = await register(p.code, '바다');
    const attacker = await phone();
    for (let i = 0; i <= PIN_ATTEMPTS_PER_WINDOW; i++) {
      await request(attacker, 'program:recover', {
        code: p.code,
        nickname: '바다',
        pin: otherPin(owner.pin!),
      });
    }
    const [member] = await t.storage.members.list(p.id);
    const res = await fetch(`${t.url}/api/programs/${p.id}/members/${member!.id}/pin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    const { pin } = (await res.json()) as { pin: string };
    expect(pin).toMatch(new RegExp(`^\\d{${PIN_LENGTH}}$`));
    const recovered = await ok(await phone(), 'program:recover', { code: p.code, nickname: '바다', pin });
    expect(recovered.nickname).toBe('바다');
  });

  it('keeps recovery counts across a restart on the same database', async () => {
    await t.close();
    const database = await durableDatabase(backend.name);
    try {
      t = await startTestApp({ databaseUrl: database.url });
      const { program: p } = await program();
      const owner = await register(p.code, '노을');
      const guesser = await phone();
      for (let i = 0; i < PIN_ATTEMPTS_PER_WINDOW; i++) {
        await request(guesser, 'program:recover', {
          code: p.code,
          nickname: '노을',
          pin: otherPin(owner.pin!),
        });
      }
      for (const s of sockets.splice(0)) s.disconnect();
      await t.close();
      t = await startTestApp({ databaseUrl: database.url });
      const afterRestart = await request(await phone(), 'program:recover', {
        code: p.code,
        nickname: '노을',
        pin: owner.pin!,
      });
      expect(codeOf(afterRestart)).toBe('rate_limited');
    } finally {
      for (const s of sockets.splice(0)) s.disconnect();
      await t.close();
      await database.drop();
      t = await backend.start();
    }
  });

  it('a registration id learned later takes over no one, and is stored only as a hash', async () => {
    const { program: p } = await program();
    const registrationId = crypto.randomUUID();
    const first = await phone();
    const owner = await ok(first, 'program:register', registration(p.code, '별', registrationId));
    // Resent at once after a lost answer, before any join: the same person, with a new token and PIN.
    const resent = await ok(await phone(), 'program:register', registration(p.code, '별', registrationId));
    expect(resent.pin).toMatch(new RegExp(`^\\d{${PIN_LENGTH}}$`));
    await ok(first, 'participant:join', { code: p.code, rejoinToken: owner.rejoinToken });

    // Once the owner came back with a token, the same registration is refused like any other.
    const replay = await request(
      await phone(),
      'program:register',
      registration(p.code, '별', registrationId),
    );
    expect(codeOf(replay)).toBe('nickname_taken');
    // Under another nickname it is only a new person, never the owner.
    const renamed = await ok(await phone(), 'program:register', registration(p.code, '달', registrationId));
    expect(renamed.nickname).toBe('달');
    const members = await t.storage.members.list(p.id);
    expect(members.map((m) => m.nickname).sort()).toEqual(['달', '별']);

    expect(await storedMembers(t.databaseUrl)).not.toContain(registrationId);
  });

  it('copies of one registration sent at once make one member, and each copy gets its identity', async () => {
    const { program: p } = await program();
    const payload = registration(p.code, '새벽');
    const copies = await Promise.all(
      Array.from({ length: 4 }, async () => request(await phone(), 'program:register', payload)),
    );
    expect(copies.map(codeOf)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect((await t.storage.members.list(p.id)).map((m) => m.nickname)).toEqual(['새벽']);
  });

  it('a registration resent after the short window is refused, even if its phone never joined', async () => {
    const { program: p } = await program();
    const registrationId = crypto.randomUUID();
    await ok(await phone(), 'program:register', registration(p.code, '구름', registrationId));
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() + 11 * 60 * 1000);
    const late = await request(
      await phone(),
      'program:register',
      registration(p.code, '구름', registrationId),
    );
    expect(codeOf(late)).toBe('nickname_taken');
  });

  it('looks up at most CODE_GUESSES_PER_WINDOW of 150 wrong codes sent at once from one address', async () => {
    const { program: p } = await program();
    const wrong = p.code === '000000' ? '000001' : '000000';
    const guessers = await Promise.all(Array.from({ length: 10 }, () => phone()));
    const acks = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        request(guessers[i % guessers.length]!, 'participant:join', { code: wrong, nickname: `x${i}` }),
      ),
    );
    const codes = acks.map(codeOf);
    expect(codes.filter((c) => c === 'session_not_found')).toHaveLength(CODE_GUESSES_PER_WINDOW);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(150 - CODE_GUESSES_PER_WINDOW);
  });

  it('never holds back a room joining at once behind one address, and a right code costs no count', async () => {
    const { cookie } = await loginFacilitator(t);
    const { code } = await createSession(t, cookie, { title: '세미나', activities: [] });
    const room = await Promise.all(Array.from({ length: CODE_GUESSES_PER_WINDOW + 50 }, () => phone()));
    const joins = await Promise.all(
      room.map((s, i) => request(s, 'participant:join', { code, nickname: `사람${i}` })),
    );
    expect(joins.map(codeOf).filter((c) => c !== 'ok')).toEqual([]);
    const limiters = createRealtimeLimiters(t.storage, () => undefined);
    expect(await limiters.codeGuessLimiter.get(await hereAddress())).toBeNull();
  });
}
