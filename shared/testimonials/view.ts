import { bylineOf, hasRealName, maskName, type TestimonialAttribution } from './mask.js';
import type { MemberTestimonial, ProgramTestimonialView, TestimonialView } from './views.js';

/** A stored testimonial as the pure views read it (quotable: a current quote consent). */
export interface TestimonialFacts {
  programId: string;
  memberId: string;
  text: string;
  attribution: TestimonialAttribution;
  enteredBy: string | null;
  updatedAt: number;
  quotable: boolean;
}

/** The member's own testimonial, as their phones show it. */
export function testimonialView(t: TestimonialFacts): TestimonialView {
  return {
    programId: t.programId,
    text: t.text,
    quote: t.quotable,
    attribution: t.attribution,
    updatedAt: t.updatedAt,
  };
}

/**
 * Whether the phone shows the card: from the program's last day on (dates 'YYYY-MM-DD' at the
 * center), while the program runs. A program without days never opens it.
 */
export function testimonialOpen(input: {
  status: 'active' | 'ended';
  dates: readonly string[];
  today: string;
}) {
  if (input.status !== 'active' || input.dates.length === 0) return false;
  const last = [...input.dates].sort().at(-1)!;
  return input.today >= last;
}

/** The phone's card: open or not, what was saved, the masked name it may be signed with. */
export function memberTestimonial(
  open: boolean,
  saved: TestimonialFacts | null,
  realName: string | null,
  centerName: string,
): MemberTestimonial {
  return {
    open,
    saved: saved ? testimonialView(saved) : null,
    maskedName: hasRealName(realName) ? maskName(realName) : null,
    centerName,
  };
}

/** One testimonial for the program's facilitators: nickname, quotable, the signature as it would print. */
export function programTestimonialView(
  t: TestimonialFacts,
  member: { nickname: string; realName: string | null },
): ProgramTestimonialView {
  return {
    memberId: t.memberId,
    nickname: member.nickname,
    text: t.text,
    quotable: t.quotable,
    attribution: t.attribution,
    byline: bylineOf(t.attribution, member.realName),
    onPaper: t.enteredBy !== null,
    updatedAt: t.updatedAt,
  };
}
