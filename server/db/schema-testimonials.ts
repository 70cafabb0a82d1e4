/** Testimonials (참여자 소감, migration 017, docs/design/assessments-reports.md §3.4). */
export interface TestimonialTables {
  testimonials: TestimonialsTable;
}

/** One per member and program; quotable only under a current `testimonial-quote` consent. */
export interface TestimonialsTable {
  id: string;
  program_id: string;
  member_id: string;
  text: string;
  attribution: 'none' | 'masked-name';
  /** Staff who typed in a paper testimonial; null from the phone. */
  entered_by: string | null;
  /** The last save's id: a resent save changes nothing. */
  request_id: string | null;
  created_at: number;
  updated_at: number;
}
