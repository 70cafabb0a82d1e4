import type { Text } from '../i18n/text.js';
import type { TestimonialAttribution } from './mask.js';

/** The member's own testimonial, as their phones show it (the ack of `testimonial:save`). */
export interface TestimonialView {
  programId: string;
  text: string;
  /** A current `testimonial-quote` consent: the center may quote it. */
  quote: boolean;
  attribution: TestimonialAttribution;
  updatedAt: number;
}

/** The phone's testimonial card (`member.testimonial` of the snapshot). */
export interface MemberTestimonial {
  /** The card shows: the program's last day or later, while the program runs. */
  open: boolean;
  saved: TestimonialView | null;
  /** The member's real name masked ("임○종"), offered as the signature; null without a real name. */
  maskedName: string | null;
  /** The center the quote notice names (shared/program/testimonial-notice.ts). */
  centerName: string;
}

/** One testimonial as the program's facilitators see it (`GET /api/programs/:id/testimonials`). */
export interface ProgramTestimonialView {
  memberId: string;
  nickname: string;
  text: string;
  /** Under a current `testimonial-quote` consent: "인용 동의". */
  quotable: boolean;
  attribution: TestimonialAttribution;
  /** The signature as it would print: "참여자" or the masked real name. */
  byline: Text;
  /** Typed in by staff from a paper form. */
  onPaper: boolean;
  updatedAt: number;
}

export interface ProgramTestimonialsView {
  testimonials: ProgramTestimonialView[];
}

/** A consented quote, for the program report and the center's collection (design §3.4). */
export interface QuotableTestimonial {
  programId: string;
  programTitle: string;
  /** The program's last day, 'YYYY-MM-DD'. */
  lastDay: string | null;
  text: string;
  byline: Text;
  updatedAt: number;
}
