import { SENSITIVE_ITEM_KEYS, SENSITIVE_NOTICE_VERSION } from '../../../shared/program/sensitive-notice.js';
import { TESTIMONIAL_NOTICE_VERSION, TESTIMONIAL_QUOTE } from '../../../shared/program/testimonial-notice.js';
import { consentGiveSchema, consentWithdrawSchema } from '../../../shared/protocol/schemas.js';
import type { ConsentPurpose, MemberConsents } from '../../../shared/protocol/views.js';
import { openCounseling } from '../../counseling/views.js';
import { AppError } from '../../errors.js';
import { tellPersonal } from '../counseling-notify.js';
import type { Storage } from '../../storage/index.js';
import { memberTestimonialOf } from '../../testimonials/member-view.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { rooms } from '../rooms.js';
import type { MoimSocket } from '../types.js';

/** The notice version each purpose's consent must name (the one the phones show now). */
const CURRENT_NOTICE: Record<ConsentPurpose, string> = {
  'sensitive-barriers': SENSITIVE_NOTICE_VERSION,
  [TESTIMONIAL_QUOTE]: TESTIMONIAL_NOTICE_VERSION,
};

/**
 * The answers a withdrawal of each purpose deletes. A withdrawn quote consent deletes nothing: the
 * testimonial stays the member's until they delete it, and is no longer quotable at once (quotable is
 * read from the current consent, never copied).
 */
const COVERED_ITEMS: Record<ConsentPurpose, readonly string[]> = {
  'sensitive-barriers': SENSITIVE_ITEM_KEYS,
  [TESTIMONIAL_QUOTE]: [],
};

/** The consents a member holds now, for acks, `consents:updated` and the participant snapshot. */
export async function currentConsents(storage: Storage, memberId: string): Promise<MemberConsents> {
  const records = await storage.consents.listForMember(memberId);
  return {
    consents: records
      .filter((c) => c.withdrawnAt === null)
      .map((c) => ({
        purpose: c.purpose as ConsentPurpose,
        noticeVersion: c.noticeVersion,
        givenAt: c.givenAt,
      })),
  };
}

/**
 * The member this phone proved, if it still exists: a member deleted with their program (or merged
 * away on another process a moment ago) has nothing to consent to.
 */
async function provenMember(ctx: RealtimeContext, socket: MoimSocket): Promise<{ id: string }> {
  const me = socket.data.member;
  const member = me ? await ctx.storage.members.get(me.programId, me.id) : null;
  if (!member) throw new AppError('not_joined');
  return member;
}

export function memberConsentHandlers(ctx: RealtimeContext) {
  /** Every phone of the member hears the change, on whichever process holds it. */
  const tellMember = async (
    socket: MoimSocket,
    payload: { purpose: ConsentPurpose },
    result: MemberConsents,
  ) => {
    const me = socket.data.member;
    if (!me) return;
    socket.nsp.to(rooms.member(me.id)).emit('consents:updated', result);
    // The testimonial card shows whether the text may be quoted.
    if (payload.purpose === TESTIMONIAL_QUOTE) {
      const member = await ctx.storage.members.get(me.programId, me.id);
      if (member)
        socket.nsp
          .to(rooms.member(me.id))
          .emit('testimonial:updated', await memberTestimonialOf(ctx.storage, me.programId, member));
    }
    // The consent decides what the member's counseling views offer (the sensitive barrier categories):
    // their open activities' personal views are built again, for their phones only.
    for (const activity of await openCounseling(ctx.storage, me.programId))
      await tellPersonal(ctx, socket.nsp, activity, [me.id]);
  };

  const give: Handler<typeof consentGiveSchema, MemberConsents> = {
    audience: 'member',
    schema: consentGiveSchema,
    handle: async (socket, payload) => {
      const member = await provenMember(ctx, socket);
      // Consent counts only to the text the member was shown; an old page must show the new notice first.
      if (payload.noticeVersion !== CURRENT_NOTICE[payload.purpose]) throw new AppError('notice_outdated');
      await ctx.storage.consents.give(member.id, payload.purpose, payload.noticeVersion);
      return currentConsents(ctx.storage, member.id);
    },
    broadcast: tellMember,
  };

  const withdraw: Handler<typeof consentWithdrawSchema, MemberConsents> = {
    audience: 'member',
    schema: consentWithdrawSchema,
    handle: async (socket, payload) => {
      const member = await provenMember(ctx, socket);
      // Processing stops and the data is destroyed at once (PIPA): the covered answers go in the same
      // transaction. Deleted even without a current consent, so a withdrawal always leaves none behind.
      await ctx.storage.memberAnswers.transaction(async (trx) => {
        await ctx.storage.consents.withdraw(member.id, payload.purpose, trx);
        await ctx.storage.memberAnswers.deleteSensitive(member.id, COVERED_ITEMS[payload.purpose], trx);
      });
      return currentConsents(ctx.storage, member.id);
    },
    broadcast: tellMember,
  };

  return { 'consent:give': give, 'consent:withdraw': withdraw };
}
