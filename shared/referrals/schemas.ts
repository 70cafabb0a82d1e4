import { z } from 'zod';
import { supportServiceById } from '../content/index.js';
import { DATE_PATTERN, isValidDate } from '../program/dates.js';
import { text, uuid } from '../protocol/text.js';

/**
 * Referrals (연계, docs/design/assessments-reports.md §4.4): the bodies staff send. A service is one of
 * the content library's or 'other' with its name; a health-related one needs the member's separate
 * consent, which staff confirm was given on paper (`healthConsentOnPaper`).
 */
export const OTHER_SERVICE = 'other';
export const REFERRAL_STATUSES = ['pending', 'connected', 'not-connected', 'declined'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const REFERRAL_NOTE_MAX = 500;

const date = text().regex(DATE_PATTERN).refine(isValidDate, 'not a calendar date');

export const referralBodySchema = z
  .object({
    requestId: uuid(),
    serviceId: text().refine((id) => id === OTHER_SERVICE || supportServiceById.has(id), 'unknown service'),
    serviceName: text().trim().min(1).max(100).optional(),
    referredOn: date,
    note: text().trim().max(REFERRAL_NOTE_MAX).optional(),
    healthConsentOnPaper: z.boolean().default(false),
    /** Hand the take-home report over with it (design §3.5): a read-only link, shown once. */
    shareReport: z.boolean().default(false),
    /** Staff confirm the member's `report-share` consent was given on paper (required with shareReport). */
    reportConsentOnPaper: z.boolean().default(false),
  })
  .refine((b) => b.serviceId !== OTHER_SERVICE || b.serviceName !== undefined, {
    message: "an 'other' service needs its name",
    path: ['serviceName'],
  });
export type ReferralBody = z.input<typeof referralBodySchema>;

export const referralUpdateBodySchema = z.object({
  requestId: uuid(),
  status: z.enum(REFERRAL_STATUSES),
  on: date,
  note: text().trim().max(REFERRAL_NOTE_MAX).optional(),
});
export type ReferralUpdateBody = z.input<typeof referralUpdateBodySchema>;

/** Whether recording a referral to this service needs the member's separate consent (민감정보). */
export const isHealthRelated = (serviceId: string): boolean =>
  supportServiceById.get(serviceId)?.healthRelated === true;
