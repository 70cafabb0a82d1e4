import { TESTIMONIAL_NOTICE_VERSION } from '../../../shared/program/testimonial-notice.js';
import { hasRealName } from '../../../shared/testimonials/mask.js';
import { testimonialDeleteSchema, testimonialSaveSchema } from '../../../shared/testimonials/schemas.js';
import { testimonialView } from '../../../shared/testimonials/view.js';
import type { TestimonialView } from '../../../shared/testimonials/views.js';
import { AppError } from '../../errors.js';
import type { StoredMember } from '../../storage/index.js';
import { memberTestimonialOf, testimonialsOpen } from '../../testimonials/member-view.js';
import type { RealtimeContext } from '../context.js';
import type { Handler } from '../dispatcher.js';
import { rooms } from '../rooms.js';
import type { MoimSocket } from '../types.js';
import { currentConsents } from './member-consent.js';

/**
 * `testimonial:save` and `testimonial:delete` (docs/design/assessments-reports.md §3.4, §8.1): the
 * member's own testimonial for their own program. Another program's id answers `program_not_found`,
 * exactly like a made-up one. The text and the `testimonial-quote` consent change in one transaction
 * (storage); then every phone of the member hears both.
 */
export function testimonialMemberHandlers(ctx: RealtimeContext) {
  const { storage } = ctx;

  /** The sender's member, in the program the payload names (else that program does not exist for them). */
  async function memberIn(socket: MoimSocket, programId: string): Promise<StoredMember> {
    const me = socket.data.member;
    if (!me) throw new AppError('not_joined');
    if (programId !== me.programId) throw new AppError('program_not_found');
    const member = await storage.members.get(me.programId, me.id);
    if (!member) throw new AppError('not_joined');
    return member;
  }

  /** Every phone of the member: the card and the consents (the quote consent changed with it). */
  const tell = async (socket: MoimSocket) => {
    const me = socket.data.member;
    if (!me) return;
    const member = await storage.members.get(me.programId, me.id);
    if (!member) return;
    const room = socket.nsp.to(rooms.member(me.id));
    room.emit('testimonial:updated', await memberTestimonialOf(storage, me.programId, member));
    room.emit('consents:updated', await currentConsents(storage, me.id));
  };

  const save: Handler<typeof testimonialSaveSchema, TestimonialView> = {
    audience: 'member',
    schema: testimonialSaveSchema,
    handle: async (socket, p) => {
      const member = await memberIn(socket, p.programId);
      const program = await storage.programs.ref(p.programId);
      if (!program) throw new AppError('program_not_found');
      if (program.status === 'ended') throw new AppError('program_ended');
      if (!(await testimonialsOpen(storage, p.programId))) throw new AppError('testimonial_not_open');
      // A masked name needs a real name to mask; the nickname is never a signature.
      if (p.attribution === 'masked-name' && !hasRealName(member.realName))
        throw new AppError('invalid_payload');
      const saved = await storage.testimonials.save({
        programId: p.programId,
        memberId: member.id,
        requestId: p.requestId,
        text: p.text,
        quote: p.quote,
        attribution: p.attribution,
        noticeVersion: TESTIMONIAL_NOTICE_VERSION,
        by: null,
      });
      if (!saved) throw new AppError('not_joined');
      return testimonialView(saved);
    },
    broadcast: (socket) => tell(socket),
  };

  const remove: Handler<typeof testimonialDeleteSchema, { deleted: boolean }> = {
    audience: 'member',
    schema: testimonialDeleteSchema,
    handle: async (socket, p) => {
      const member = await memberIn(socket, p.programId);
      // Deleting is always possible: the member's own text, whatever the day.
      return { deleted: await storage.testimonials.remove(p.programId, member.id) };
    },
    broadcast: (socket) => tell(socket),
  };

  return { 'testimonial:save': save, 'testimonial:delete': remove };
}
