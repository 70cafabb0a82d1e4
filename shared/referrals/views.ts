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
}

export interface ReferralsView {
  referrals: ReferralView[];
}
