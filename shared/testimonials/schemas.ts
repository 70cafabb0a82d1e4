import { z } from 'zod';
import { idSchema } from '../protocol/schemas.js';
import { text, uuid } from '../protocol/text.js';
import { TESTIMONIAL_TEXT_MAX } from './mask.js';

const testimonialText = () => text().trim().min(1).max(TESTIMONIAL_TEXT_MAX);
const attribution = z.enum(['none', 'masked-name']);

/**
 * `testimonial:save`: the member's text for the program, and whether the center may quote it (the
 * `testimonial-quote` consent, given or withdrawn with the text in one transaction).
 */
export const testimonialSaveSchema = z.object({
  programId: idSchema,
  requestId: uuid(),
  text: testimonialText(),
  quote: z.boolean(),
  attribution,
});

/** `testimonial:delete`: the text goes and the quote consent is withdrawn. */
export const testimonialDeleteSchema = z.object({ programId: idSchema });

/** `POST /api/programs/:id/members/:memberId/testimonial`: a paper testimonial typed in by staff. */
export const paperTestimonialBodySchema = z.object({
  requestId: uuid(),
  text: testimonialText(),
  /** The member ticked the quote box on the paper form: recorded as a consent given on paper. */
  quoteOnPaper: z.boolean(),
  attribution,
});
export type PaperTestimonialBody = z.input<typeof paperTestimonialBodySchema>;
