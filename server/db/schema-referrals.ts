/** Referrals and their updates (migration 019, docs/design/assessments-reports.md §4.4). */
export interface ReferralTables {
  referrals: ReferralsTable;
  referral_updates: ReferralUpdatesTable;
}

export type ReferralStatus = 'pending' | 'connected' | 'not-connected' | 'declined';

export interface ReferralsTable {
  id: string;
  program_id: string;
  member_id: string;
  service_id: string;
  service_name: string | null;
  referred_on: string;
  note: string | null;
  health_related: number;
  consent_recorded_by: string | null;
  consent_recorded_at: number | null;
  created_by: string | null;
  created_at: number;
  request_id: string;
  /** The report link handed over with it (migration 020); null when none or its row is gone. */
  report_token_hash: string | null;
}

export interface ReferralUpdatesTable {
  id: string;
  referral_id: string;
  status: ReferralStatus;
  on_date: string;
  note: string | null;
  recorded_by: string | null;
  recorded_at: number;
  request_id: string;
}
