import { programNotice } from '../../../shared/program/notice.js';
import {
  programIntroSchema,
  programRecoverSchema,
  programRegisterSchema,
} from '../../../shared/program/schemas.js';
import type { MemberIdentity, ProgramIntro } from '../../../shared/program/views.js';
import { MAX_PARTICIPANTS_PER_SESSION } from '../../../shared/protocol/limits.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../auth/passwords.js';
import { newPin } from '../../auth/pin.js';
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

/** The active program a code opens; a quick session's code is "not found" here, like a wrong code. */
async function programByCode(ctx: RealtimeContext, socket: MoimSocket, code: string): Promise<ProgramRef> {
  const target = await resolveCode(ctx, socket, code);
  if (target.kind !== 'program') throw new AppError('session_not_found');
  return target.program;
}

/**
 * A phone meeting a program for the first time: what it is (intro), joining it with consent and the
 * needs intake (register → a member token and a PIN shown once), or coming back on a new phone with
 * nickname and PIN (recover). Wrong PINs are counted per program and nickname.
 */
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
    await ctx.storage.members.setPin(member.id, await hashPassword(pin));
    await ctx.storage.members.addToken(member.id, hashToken(rejoinToken));
    return { nickname: member.nickname, rejoinToken, pin };
  }

  const register: Handler<typeof programRegisterSchema, MemberIdentity> = {
    audience: 'anyone',
    schema: programRegisterSchema,
    handle: async (socket, payload) => {
      const program = await programByCode(ctx, socket, payload.code);
      // Sent again after a lost answer: the same member, with a new token and PIN (the first never arrived).
      const earlier = await ctx.storage.members.findByRegistration(program.id, payload.registrationId);
      if (earlier) return reissue(earlier);
      // One connection registers one person per program: a script cannot fill a roster through one socket.
      if (socket.data.registeredProgramIds.includes(program.id)) throw new AppError('already_joined');
      try {
        await ctx.registerLimiter.consume(socket.data.ip);
      } catch {
        throw new AppError('rate_limited');
      }
      if ((await ctx.storage.members.count(program.id)) >= MAX_PARTICIPANTS_PER_SESSION) {
        throw new AppError('session_full');
      }
      const pin = newPin();
      const rejoinToken = newToken();
      const member = await ctx.storage.members.register({
        programId: program.id,
        nickname: payload.nickname,
        realName: payload.realName === '' ? null : payload.realName,
        intake: Object.values(payload.intake).every((answer) => answer === '') ? null : payload.intake,
        pinHash: await hashPassword(pin),
        tokenHash: hashToken(rejoinToken),
        registrationId: payload.registrationId,
      });
      if (!member) {
        // Two copies of one registration racing: the one that lost finds the winner's member.
        const raced = await ctx.storage.members.findByRegistration(program.id, payload.registrationId);
        if (raced) return reissue(raced);
        throw new AppError('nickname_taken');
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
      // Counted before checking: guesses sent all at once cannot all pass a read-then-count.
      try {
        await ctx.pinLimiter.consume(key);
      } catch {
        throw new AppError('rate_limited');
      }
      const member = await ctx.storage.members.findByNickname(program.id, payload.nickname);
      // The same work whether or not the nickname exists, so timing does not tell which nicknames do.
      const valid = await verifyPassword(member?.pinHash ?? (await DUMMY_HASH), payload.pin);
      if (!member || !valid) throw new AppError('recover_failed');
      await ctx.pinLimiter.delete(key);
      const rejoinToken = newToken();
      await ctx.storage.members.addToken(member.id, hashToken(rejoinToken));
      return { nickname: member.nickname, rejoinToken };
    },
  };

  return { 'program:intro': intro, 'program:register': register, 'program:recover': recover };
}
