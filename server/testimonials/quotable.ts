import { bylineOf } from '../../shared/testimonials/mask.js';
import type { QuotableTestimonial } from '../../shared/testimonials/views.js';
import type { Storage } from '../storage/index.js';

/**
 * The testimonials of these programs that may be quoted now — under a current `testimonial-quote`
 * consent, read at the moment of asking — each signed as the member chose ("참여자" or the masked
 * real name) with its program's title and last day, newest first. What the program report and the
 * center's collection (design §3.4, §6) call; the caller has already decided which programs the
 * user may see. Never a nickname, a member id or an unconsented text.
 */
export async function quotableTestimonials(
  storage: Storage,
  programIds: readonly string[],
): Promise<QuotableTestimonial[]> {
  const rows = await storage.testimonials.quotable(programIds);
  return rows.map((r) => ({
    programId: r.programId,
    programTitle: r.programTitle,
    lastDay: r.lastDay,
    text: r.text,
    byline: bylineOf(r.attribution, r.realName),
    updatedAt: r.updatedAt,
  }));
}
