import fc from 'fast-check';
import { scoreAnswers } from '../../shared/assessment/score.js';
import { instrumentVersion } from '../../shared/content/index.js';
import { rawQuery } from './counseling-fixture.js';

/** Satisfaction responses and referrals for the figure store's contract, straight into their tables. */
export const SURVEY = instrumentVersion('program-satisfaction', 1)!;
const RATING_ITEMS = SURVEY.items.filter((i) => i.kind === 'rating').map((i) => i.id);

export interface ResponseSpec {
  /** Released in batch 1, or pending (batch null): a pending one must count nowhere. */
  released: boolean;
  ratings: (number | null)[];
  liked: string | null;
}
export interface ReferralSpec {
  member: number;
  service: string;
  health: boolean;
  statuses: ('pending' | 'connected' | 'not-connected' | 'declined')[];
}

export const responsesArb: fc.Arbitrary<ResponseSpec[]> = fc.array(
  fc.record({
    released: fc.boolean(),
    ratings: fc.array(fc.option(fc.integer({ min: 1, max: 5 })), {
      minLength: RATING_ITEMS.length,
      maxLength: RATING_ITEMS.length,
    }),
    liked: fc.option(fc.constantFrom('좋았어요', '유익했어요')),
  }),
  { maxLength: 8 },
);

export const referralsArb: fc.Arbitrary<ReferralSpec[]> = fc.array(
  fc.record({
    member: fc.nat(),
    service: fc.constantFrom('national-employment-support', 'tomorrow-learning-card', 'mental-health-center'),
    health: fc.boolean(),
    statuses: fc.array(fc.constantFrom('pending', 'connected', 'not-connected', 'declined'), {
      maxLength: 3,
    }),
  }),
  { maxLength: 6 },
);

/** A response's answers as the survey stores them (ratings and text; a skipped item is absent). */
export const answersOf = (r: ResponseSpec): Record<string, number | string> => {
  const out: Record<string, number | string> = {};
  r.ratings.forEach((v, i) => {
    if (v !== null) out[RATING_ITEMS[i]!] = v;
  });
  if (r.liked !== null) out.liked = r.liked;
  return out;
};

export async function insertSurvey(url: string, programId: string, responses: readonly ResponseSpec[]) {
  const waveId = crypto.randomUUID();
  await rawQuery(
    url,
    `insert into assessment_waves (id, program_id, instrument_id, instrument_version, kind, anonymous, status,
       created_at)
     values (?, ?, 'program-satisfaction', 1, 'once', 1, 'planned', 1)`,
    [waveId, programId],
  );
  for (const r of responses) {
    const id = crypto.randomUUID();
    const answers = answersOf(r);
    const score = scoreAnswers(SURVEY, answers)?.score ?? null;
    await rawQuery(
      url,
      `insert into survey_responses (id, wave_id, program_id, instrument_id, instrument_version, score, source, batch)
       values (?, ?, ?, 'program-satisfaction', 1, ?, 'phone', ?)`,
      [id, waveId, programId, score, r.released ? 1 : null],
    );
    for (const [key, value] of Object.entries(answers))
      await rawQuery(
        url,
        `insert into survey_answers (response_id, item_key, rating, text) values (?, ?, ?, ?)`,
        [id, key, typeof value === 'number' ? value : null, typeof value === 'string' ? value : null],
      );
  }
}

export async function insertReferrals(
  url: string,
  programId: string,
  memberIds: readonly string[],
  referrals: readonly ReferralSpec[],
) {
  if (memberIds.length === 0) return;
  let clock = 1_700_000_000_000;
  for (const r of referrals) {
    const id = crypto.randomUUID();
    await rawQuery(
      url,
      `insert into referrals (id, program_id, member_id, service_id, referred_on, health_related,
         consent_recorded_at, created_at, request_id)
       values (?, ?, ?, ?, '2025-06-20', ?, ?, ?, ?)`,
      [
        id,
        programId,
        memberIds[r.member % memberIds.length]!,
        r.service,
        r.health ? 1 : 0,
        r.health ? clock : null,
        clock,
        crypto.randomUUID(),
      ],
    );
    for (const status of r.statuses)
      await rawQuery(
        url,
        `insert into referral_updates (id, referral_id, status, on_date, recorded_at, request_id)
         values (?, ?, ?, '2025-06-21', ?, ?)`,
        [crypto.randomUUID(), id, status, (clock += 1000), crypto.randomUUID()],
      );
  }
}
