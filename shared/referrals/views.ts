import type { ReferralStatus } from './schemas.js';

/** A referral as the program's staff see it (they recorded it: the service is named, health-related or not). */
export interface ReferralView {
  id: string;
  memberId: string;
  serviceId: string;
  /** The library's name (Korean) or what staff wrote for 'other'. */
  serviceName: string;
  healthRelated: boolean;
  referredOn: string;
  note: string | null;
  /** The latest update's status; 'pending' before any. */
  status: ReferralStatus;
  updates: {
    id: string;
    status: ReferralStatus;
    on: string;
    note: string | null;
    recordedByName: string | null;
  }[];
  createdByName: string | null;
  /** The read-only report link handed over with it (design §3.5); null when none was. */
  reportLink: { expiresAt: number; revoked: boolean } | null;
}

export interface ReferralsView {
  referrals: ReferralView[];
}

/** The answer to recording a referral: the handed-over link's token only on the first call, never on a resend. */
export interface ReferralRecorded extends ReferralsView {
  referralId: string;
  /** Whether this call was a resend of an already recorded referral (then no link is made or shown). */
  duplicate: boolean;
  reportLink: { token: string; expiresAt: number } | null;
}
