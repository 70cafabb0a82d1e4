import { RateLimiterRes } from 'rate-limiter-flexible';
import { programNotice } from '../../../shared/program/notice.js';
import {
  programIntroSchema,
  programRecoverSchema,
  programRegisterSchema,
} from '../../../shared/program/schemas.js';
import type { MemberIdentity, ProgramIntro } from '../../../shared/program/views.js';
import { MAX_PARTICIPANTS_PER_SESSION } from '../../../shared/protocol/limits.js';
import { DUMMY_HASH } from '../../auth/passwords.js';
import { hashPin, newPin, verifyPin } from '../../auth/pin.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { AppError } from '../../errors.js';
import type { ProgramRef, StoredMember } from '../../storage/index.js';
import { nicknameKey } from '../../storage/participants.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import type { MoimSocket } from '../types.js';
import { resolveCode } from './lookup.js';

/** Wrong PINs are counted per program and nickname (as typed, folded like the stored key). */
export function pinKey(programId: string, nickname: string): string {
  return `${programId}|${nicknameKey(nickname)}`;
}

/**
 * How long after registering a resent registration (its first answer was lost) may still return
 * the member. A phone resends within seconds or minutes of reconnecting; a registration id learned
 * later is no key to someone else's identity.
 */
export const REGISTRATION_RESEND_WINDOW_MS = 10 * 60 * 1000;

/**
 * A registration sent again is the same registration only for the same nickname, before the member
 * has come back with a token (the phone that got the answer joins at once) and within the window.
 */
function isResendOf(member: StoredMember, nickname: string, now: number): boolean {
  return (
    nicknameKey(member.nickname) === nicknameKey(nickname) &&
    member.returnedAt === null &&
    now - member.createdAt <= REGISTRATION_RESEND_WINDOW_MS
  );
}

/** The active program a code opens; a quick session's code is "not found" here, like a wrong code. */
async function programByCode(ctx: RealtimeContext, socket: MoimSocket, code: string): Promise<ProgramRef> {
  const target = await resolveCode(ctx, socket, code);
  if (target.kind !== 'program') throw new AppError('session_not_found');
  return target.program;
}

/**
 * Counts one try on every given limiter at once (each count is atomic) and refuses when any is over.
 * The library rejects with its result when over the limit; any other failure is a real error.
 */
async function spend(consumes: Promise<unknown>[]): Promise<void> {
  const outcomes = await Promise.allSettled(consumes);
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') continue;
    if (outcome.reason instanceof RateLimiterRes) throw new AppError('rate_limited');
    throw outcome.reason;
  }
}

export function programParticipantHandlers(ctx: RealtimeContext) {
  const intro: Handler<typeof programIntroSchema, ProgramIntro> = {
    audience: 'anyone',
    schema: programIntroSchema,
    handle: async (socket, payload) => {
      const program = await programByCode(ctx, socket, payload.code);
      const [summary, center] = await Promise.all([
        ctx.storage.programs.detail(program.id),
        ctx.storage.centers.findById(program.centerId),
      ]);
      if (!summary || !center) throw new AppError('session_not_found');
      return {
        code: program.code,
        title: summary.title,
        group: summary.group,
        centerName: center.name,
        days: summary.days.map((d) => ({
          number: d.number,
          date: d.date,
          startTime: d.startTime,
          endTime: d.endTime,
        })),
        notice: programNotice({ title: summary.title, centerName: center.name }),
      };
    },
  };

  async function reissue(member: StoredMember): Promise<MemberIdentity> {
    const pin = newPin();
    const rejoinToken = newToken();
    await ctx.storage.members.setPin(member.id, await hashPin(pin));
    await ctx.storage.members.addToken(member.id, hashToken(rejoinToken));
    return { nickname: member.nickname, rejoinToken, pin };
  }

  /** One identity try on the address's and the program's budgets. */
  const identityTry = (socket: MoimSocket, programId: string) => [
    ctx.identityIpLimiter.consume(socket.data.ip),
    ctx.identityProgramLimiter.consume(programId),
  ];
  /** A registration that went through was no guess: its try is given back. */
  const refundIdentityTry = (socket: MoimSocket, programId: string) =>
    Promise.all([ctx.identityIpLimiter.reward(socket.data.ip), ctx.identityProgramLimiter.reward(programId)]);

  const register: Handler<typeof programRegisterSchema, MemberIdentity> = {
    audience: 'anyone',
    schema: programRegisterSchema,
    handle: async (socket, payload) => {
      const program = await programByCode(ctx, socket, payload.code);
      // Only its hash is stored: the id the phone made is never kept in plain text.
      const registrationHash = hashToken(payload.registrationId);
      // Sent again after a lost answer: the same member, with a new token and PIN (the first never arrived).
      const earlier = await ctx.storage.members.findByRegistration(program.id, registrationHash);
      if (earlier && isResendOf(earlier, payload.nickname, Date.now())) return reissue(earlier);
      // One connection registers one person per program: a script cannot fill a roster through one socket.
      if (socket.data.registeredProgramIds.includes(program.id)) throw new AppError('already_joined');
      await spend([ctx.registerLimiter.consume(socket.data.ip)]);
      // Counted before the nickname is looked at, so every nickname_taken costs a try: finding out
      // which nicknames exist costs the same as guessing PINs.
      await spend(identityTry(socket, program.id));
      if ((await ctx.storage.members.count(program.id)) >= MAX_PARTICIPANTS_PER_SESSION) {
        await refundIdentityTry(socket, program.id);
        throw new AppError('session_full');
      }
      // Two copies of one registration racing: the one that lost finds the winner's member.
      const racedCopy = async () => {
        const raced = await ctx.storage.members.findByRegistration(program.id, registrationHash);
        if (!raced || !isResendOf(raced, payload.nickname, Date.now())) return null;
        await refundIdentityTry(socket, program.id);
        return reissue(raced);
      };
      // A taken nickname is refused before any hashing.
      if (await ctx.storage.members.findByNickname(program.id, payload.nickname)) {
        const same = await racedCopy();
        if (same) return same;
        throw new AppError('nickname_taken');
      }
      const pin = newPin();
      const rejoinToken = newToken();
      const member = await ctx.storage.members.register({
        programId: program.id,
        nickname: payload.nickname,
        realName: payload.realName === '' ? null : payload.realName,
        intake: Object.values(payload.intake).every((answer) => answer === '') ? null : payload.intake,
        pinHash: await hashPin(pin),
        tokenHash: hashToken(rejoinToken),
        // An id already bound to a member (refused above) is not kept twice: this is a new registration.
        registrationHash: earlier ? undefined : registrationHash,
      });
      if (!member) {
        const same = await racedCopy();
        if (same) return same;
        throw new AppError('nickname_taken');
      }
      await refundIdentityTry(socket, program.id);
      socket.data.registeredProgramIds.push(program.id);
      return { nickname: member.nickname, rejoinToken, pin };
    },
  };

  const recover: Handler<typeof programRecoverSchema, MemberIdentity> = {
    audience: 'anyone',
    schema: programRecoverSchema,
    handle: async (socket, payload) => {
      const program = await programByCode(ctx, socket, payload.code);
      const key = pinKey(program.id, payload.nickname);
      // Every try is counted before any hashing, per nickname, address and program: guesses sent
      // all at once cannot all pass a read-then-count, and a refused try costs no argon2 work.
      await spend([ctx.pinLimiter.consume(key), ...identityTry(socket, program.id)]);
      const member = await ctx.storage.members.findByNickname(program.id, payload.nickname);
      // The same work whether or not the nickname exists, so timing does not tell which nicknames do.
      const valid = await verifyPin(member?.pinHash ?? DUMMY_HASH, payload.pin);
      if (!member || !valid) throw new AppError('recover_failed');
      // The owner's typos are forgiven; the address's and program's budgets keep the try (it was hashed).
      await ctx.pinLimiter.delete(key);
      const rejoinToken = newToken();
      await ctx.storage.members.addToken(member.id, hashToken(rejoinToken));
      return { nickname: member.nickname, rejoinToken };
    },
  };

  return { 'program:intro': intro, 'program:register': register, 'program:recover': recover };
}
