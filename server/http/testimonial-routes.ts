import { Router } from 'express';
import { TESTIMONIAL_NOTICE_VERSION } from '../../shared/program/testimonial-notice.js';
import { hasRealName } from '../../shared/testimonials/mask.js';
import { paperTestimonialBodySchema } from '../../shared/testimonials/schemas.js';
import { programTestimonialView } from '../../shared/testimonials/view.js';
import type { ProgramTestimonialsView } from '../../shared/testimonials/views.js';
import { AppError } from '../errors.js';
import type { ProgramRef, Storage } from '../storage/index.js';
import { memberOf, param, programFor, requireUser } from './program-access.js';
import { parseBody } from './respond.js';

/**
 * Testimonials (참여자 소감, docs/design/assessments-reports.md §3.4, §8.2), mounted under
 * /api/programs and authorized by the program like its roster: another center's program, or a
 * member of another program, answer exactly like ids that do not exist.
 * - `GET …/testimonials`: every testimonial with its nickname, whether it may be quoted now, and
 *   the signature it would print under ("참여자" or the masked real name).
 * - `POST …/members/:memberId/testimonial`: a paper testimonial typed in by staff; a ticked quote
 *   box is recorded as the consent given on paper (`channel 'paper'`, `recorded_by`), an unticked
 *   one withdraws it. A resend of the request id changes nothing.
 */
export function testimonialRoutes(storage: Storage): Router {
  const router = Router();

  async function view(program: ProgramRef): Promise<ProgramTestimonialsView> {
    const [list, members] = await Promise.all([
      storage.testimonials.listForProgram(program.id),
      storage.members.list(program.id),
    ]);
    const byId = new Map(members.map((m) => [m.id, m]));
    return {
      testimonials: list.flatMap((t) => {
        const member = byId.get(t.memberId);
        return member ? [programTestimonialView(t, member)] : [];
      }),
    };
  }

  router.get('/:programId/testimonials', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    res.json(await view(program));
  });

  router.post('/:programId/members/:memberId/testimonial', async (req, res) => {
    const user = await requireUser(storage, req);
    const program = await programFor(storage, req, user);
    const member = await memberOf(storage, program, param(req, 'memberId'));
    const body = parseBody(paperTestimonialBodySchema, req);
    if (body.attribution === 'masked-name' && !hasRealName(member.realName))
      throw new AppError('invalid_payload', 400);
    const saved = await storage.testimonials.save({
      programId: program.id,
      memberId: member.id,
      requestId: body.requestId,
      text: body.text,
      quote: body.quoteOnPaper,
      attribution: body.attribution,
      noticeVersion: TESTIMONIAL_NOTICE_VERSION,
      by: user.id,
    });
    if (!saved) throw new AppError('member_not_found', 404);
    res.status(201).json(await view(program));
  });

  return router;
}
