import { CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { memberTestimonial, testimonialOpen } from '../../shared/testimonials/view.js';
import type { MemberTestimonial } from '../../shared/testimonials/views.js';
import type { ProgramRef, Storage } from '../storage/index.js';

async function openFor(storage: Storage, program: ProgramRef, now: number): Promise<boolean> {
  const days = await storage.programs.days(program.id);
  return testimonialOpen({
    status: program.status,
    dates: days.map((d) => d.date),
    today: todayIn(CENTER_TIME_ZONE, new Date(now)),
  });
}

/** Whether a program takes testimonials from phones now: its last day or later, while it runs. */
export async function testimonialsOpen(storage: Storage, programId: string, now = Date.now()) {
  const program = await storage.programs.ref(programId);
  return program ? openFor(storage, program, now) : false;
}

/** The member's testimonial card, for the snapshot and `testimonial:updated`. */
export async function memberTestimonialOf(
  storage: Storage,
  programId: string,
  member: { id: string; realName: string | null },
): Promise<MemberTestimonial> {
  const program = await storage.programs.ref(programId);
  if (!program) return memberTestimonial(false, null, member.realName, '');
  const [open, saved, center] = await Promise.all([
    openFor(storage, program, Date.now()),
    storage.testimonials.get(programId, member.id),
    storage.centers.findById(program.centerId),
  ]);
  return memberTestimonial(open, saved, member.realName, center?.name ?? '');
}
