import { RateLimiterRes } from 'rate-limiter-flexible';
import { programNotice } from '../../../shared/program/notice.js';
import {
  programIntroSchema,
  programRecoverSchema,
  programRegisterSchema,
} from '../../../shared/program/schemas.js';
import type { MemberIdentity, ProgramIntro } from '../../../shared/program/views.js';
import { LEGACY_PIN_LENGTH } from '../../../shared/program/limits.js';
import { MAX_PARTICIPANTS_PER_SESSION } from '../../../shared/protocol/limits.js';
import { DUMMY_HASH } from '../../auth/passwords.js';
import { hashPin, newPin, verifyPin } from '../../auth/pin.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { AppError } from '../../errors.js';
import type { ProgramRef, StoredMember } from '../../storage/index.js';
import { REGISTRATION_RESEND_WINDOW_MS } from '../../limits/realtime-limits.js';
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
 * Counts one try on each given limiter in turn and refuses at the first that is over: the library
 * counts a refused try too, so a try refused by the address's budget must not reach the program's
 * (one address could then use up everyone's). The library rejects with its result when over the
 * limit; any other failure is a real error.
 */
async function spend(consumes: (() => Promise<unknown>)[]): Promise<void> {
  for (const consume of consumes) {
    try {
      await consume();
    } catch (error) {
      if (error instanceof RateLimiterRes) throw new AppError('rate_limited');
      throw error;
    }
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

  /** A new token and PIN for a member whose first answer never arrived (the PIN may be hashed already). */
  async function reissue(member: StoredMember, prepared?: { pin: string; pinHash: string }) {
    const pin = prepared?.pin ?? newPin();
    const rejoinToken = newToken();
    await ctx.storage.members.setPin(member.id, prepared?.pinHash ?? (await hashPin(pin)));
    await ctx.storage.members.addToken(member.id, hashToken(rejoinToken));
    return { nickname: member.nickname, rejoinToken, pin };
  }

  /**
   * A registration sent again: each answer costs a hash and a token, so it is counted first, on the
   * registration's own few resends and then on the address's registrations (unless this copy's
   * hash was counted there already), and refused before any hashing.
   */
  async function resend(
    socket: MoimSocket,
    programId: string,
    registrationHash: string,
    member: StoredMember,
    prepared?: { pin: string; pinHash: string },
  ): Promise<MemberIdentity> {
    await spend([
      () => ctx.resendLimiter.consume(`${programId}|${registrationHash}`),
      ...(prepared ? [] : [() => ctx.registerLimiter.consume(socket.data.ip)]),
    ]);
    return reissue(member, prepared);
  }

  /**
   * A taken nickname is confirmed only within the address's identity budget, so finding out which
   * nicknames exist costs the same as guessing PINs; past it the answer is rate_limited, like a
   * guess. The program's budget is left alone: a taken nickname costs no hashing, and no one
   * elsewhere may be kept from hearing that theirs is taken.
   */
  async function refuseTaken(socket: MoimSocket): Promise<never> {
    await spend([() => ctx.identityIpLimiter.consume(socket.data.ip)]);
    throw new AppError('nickname_taken');
  }

  const register: Handler<typeof programRegisterSchema, MemberIdentity> = {
    audience: 'anyone',
    schema: programRegisterSchema,
    handle: async (socket, payload) => {
      const program = await programByCode(ctx, socket, payload.code);
      // Only its hash is stored: the id the phone made is never kept in plain text.
      const registrationHash = hashToken(payload.registrationId);
      // Sent again after a lost answer: the same member, with a new token and PIN (the first never arrived).
      const earlier = await ctx.storage.members.findByRegistration(program.id, registrationHash);
      if (earlier && isResendOf(earlier, payload.nickname, Date.now()))
        return resend(socket, program.id, registrationHash, earlier);
      // One connection registers one person per program: a script cannot fill a roster through one socket.
      if (socket.data.registeredProgramIds.includes(program.id)) throw new AppError('already_joined');
      if ((await ctx.storage.members.count(program.id)) >= MAX_PARTICIPANTS_PER_SESSION)
        throw new AppError('session_full');
      // Two copies of one registration racing: the one that lost finds the winner's member.
      const racedCopy = async () => {
        const raced = await ctx.storage.members.findByRegistration(program.id, registrationHash);
        return raced && isResendOf(raced, payload.nickname, Date.now()) ? raced : null;
      };
      // A taken nickname is refused before any hashing or counting of registrations.
      if (await ctx.storage.members.findByNickname(program.id, payload.nickname)) {
        const raced = await racedCopy();
        if (raced) return resend(socket, program.id, registrationHash, raced);
        return refuseTaken(socket);
      }
      // Counted just before the hash and never given back: the registrations sent at once are
      // each one count, so none is refused below the limit. The identity budgets are not touched.
      await spend([() => ctx.registerLimiter.consume(socket.data.ip)]);
      const pin = newPin();
      const pinHash = await hashPin(pin);
      const rejoinToken = newToken();
      const member = await ctx.storage.members.register({
        programId: program.id,
        nickname: payload.nickname,
        realName: payload.realName === '' ? null : payload.realName,
        intake: Object.values(payload.intake).every((answer) => answer === '') ? null : payload.intake,
        pinHash,
        tokenHash: hashToken(rejoinToken),
        // An id already bound to a member (refused above) is not kept twice: this is a new registration.
        registrationHash: earlier ? undefined : registrationHash,
      });
      if (!member) {
        // Lost the race for the nickname: to a copy of itself (a resend; its hash is used), or to someone else.
        const raced = await racedCopy();
        if (raced) return resend(socket, program.id, registrationHash, raced, { pin, pinHash });
        return refuseTaken(socket);
      }
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
      // Every try is counted before any hashing, per address, program and nickname, each only if
      // the one before let it through: guesses sent all at once cannot all pass a read-then-count,
      // a refused try costs no argon2 work, and one address's refused tries spend no one else's.
      await spend([
        () => ctx.identityIpLimiter.consume(socket.data.ip),
        () => ctx.identityProgramLimiter.consume(program.id),
        () => ctx.pinLimiter.consume(key),
        ...(payload.pin.length === LEGACY_PIN_LENGTH ? [() => ctx.legacyPinLimiter.consume(key)] : []),
      ]);
      const member = await ctx.storage.members.findByNickname(program.id, payload.nickname);
      // The same work whether or not the nickname exists, so timing does not tell which nicknames do.
      // A paper participant has no PIN (''): answered like an unknown nickname, with the same work.
      const hash = member?.pinHash ? member.pinHash : DUMMY_HASH;
      const valid = (await verifyPin(hash, payload.pin)) && hash !== DUMMY_HASH;
      if (!member || !valid) throw new AppError('recover_failed');
      // The owner's typos are forgiven; the address's and program's budgets keep the try (it was hashed).
      await Promise.all([ctx.pinLimiter.delete(key), ctx.legacyPinLimiter.delete(key)]);
      const rejoinToken = newToken();
      await ctx.storage.members.addToken(member.id, hashToken(rejoinToken));
      return { nickname: member.nickname, rejoinToken };
    },
  };

  return { 'program:intro': intro, 'program:register': register, 'program:recover': recover };
}
