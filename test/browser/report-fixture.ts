import type { Storage } from '../../server/storage/index.js';
import { addDays, CENTER_TIME_ZONE, todayIn } from '../../shared/program/dates.js';
import { TESTIMONIAL_NOTICE_VERSION } from '../../shared/program/testimonial-notice.js';
import { addMember } from '../integration/program-fixtures.js';

/**
 * An ended two-day program of 2-hour days straight in storage, for the report and dashboard pages:
 * `days[i]` says how many days member i attended (from the first), SWLS pre and post entered as
 * paper forms from `swls` (each a total of five items), and follow-up outcomes at completion; with
 * `satisfaction`, one released paper survey per rating (every item that rating), `referrals` per
 * member (health-related ones with the consent on paper, `connected` or not) and a `quote` per member
 * (a paper testimonial, quote consented or not).
 */
export async function reportProgram(
  storage: Storage,
  user: { id: string; centerId: string },
  input: {
    title: string;
    facilitatorIds?: string[];
    members: {
      nickname: string;
      days: number;
      swls?: [number, number];
      outcome?: 'self' | 'placed' | 'seeking';
      referrals?: { serviceId: string; connected: boolean }[];
      quote?: { text: string; consented: boolean; attribution: 'none' | 'masked-name' };
    }[];
    satisfaction?: number[];
  },
) {
  const today = todayIn(CENTER_TIME_ZONE);
  const program = await storage.programs.create({
    centerId: user.centerId,
    createdBy: user.id,
    body: {
      title: input.title,
      group: '청년',
      facilitatorIds: input.facilitatorIds ?? [user.id],
      templateId: null,
      trackId: null,
      days: [addDays(today, -2), addDays(today, -1)].map((date, i) => ({
        date,
        startTime: '10:00',
        endTime: '12:00',
        modules: [
          { key: `m${i}`, moduleId: null, title: `강점 찾기 ${i + 1}`, minutes: 120, activities: [] },
        ],
      })),
    },
  });
  const plan = await storage.assessments.replacePlan({
    programId: program.id,
    version: 0,
    waves: [
      ...(['pre', 'post'] as const).map((kind) => ({
        instrumentId: 'swls',
        kind,
        plannedDayId: null,
        instrumentVersion: 1,
        anonymous: false,
      })),
      ...(input.satisfaction
        ? [
            {
              instrumentId: 'program-satisfaction',
              kind: 'once' as const,
              plannedDayId: null,
              instrumentVersion: 1,
              anonymous: true,
            },
          ]
        : []),
    ],
  });
  if (!plan.ok) throw new Error(plan.code);
  const survey = plan.waves.find((w) => w.instrumentId === 'program-satisfaction');
  if (survey && input.satisfaction) {
    const items = ['content', 'facilitator', 'usefulness', 'environment', 'overall', 'recommend'];
    for (const rating of input.satisfaction)
      await storage.surveys.enterPaper({
        waveId: survey.id,
        requestId: crypto.randomUUID(),
        answers: Object.fromEntries(items.map((i) => [i, rating])),
      });
    await storage.surveys.release(survey.id, 3);
  }
  for (const spec of input.members) {
    const member = await addMember(storage, program.id, spec.nickname);
    for (const day of program.days.slice(0, spec.days))
      await storage.attendance.recordJoin(day.id, member.id);
    for (const [i, kind] of (['pre', 'post'] as const).entries()) {
      const total = spec.swls?.[i];
      if (total === undefined) continue;
      // Five items summing to the total: as many 7s as fit, the rest spread.
      const items = [0, 1, 2, 3, 4].map((k) => Math.floor((total + k) / 5));
      const wave = plan.waves.find((w) => w.kind === kind)!;
      const entered = await storage.assessments.enterResponse({
        waveId: wave.id,
        memberId: member.id,
        requestId: crypto.randomUUID(),
        takenOn: null,
        answers: Object.fromEntries(items.map((v, k) => [`swls-${k + 1}`, v])),
        enteredBy: user.id,
      });
      if (!entered.ok) throw new Error(entered.code);
    }
    for (const referral of spec.referrals ?? [])
      await refer(storage, program.id, member.id, user.id, referral);
    if (spec.quote) {
      const saved = await storage.testimonials.save({
        programId: program.id,
        memberId: member.id,
        requestId: crypto.randomUUID(),
        text: spec.quote.text,
        quote: spec.quote.consented,
        attribution: spec.quote.attribution,
        noticeVersion: TESTIMONIAL_NOTICE_VERSION,
        by: user.id,
      });
      if (!saved) throw new Error('testimonial not saved');
    }
    if (spec.outcome) {
      const employed = spec.outcome !== 'seeking';
      const r = await storage.outcomes.record({
        programId: program.id,
        memberId: member.id,
        recordedBy: user.id,
        requestId: crypto.randomUUID(),
        checkpointMonths: 0,
        asOf: today,
        status: employed ? 'employed' : 'seeking',
        employedOn: employed ? today : null,
        company: null,
        occupation: null,
        employmentType: null,
        placement: employed ? (spec.outcome as 'self' | 'placed') : null,
        trainingName: null,
        note: null,
        supersedesId: null,
      });
      if (typeof r === 'string') throw new Error(r);
    }
  }
  await storage.programs.end(program.id);
  return program;
}

async function refer(
  storage: Storage,
  programId: string,
  memberId: string,
  userId: string,
  referral: { serviceId: string; connected: boolean },
) {
  const health = referral.serviceId === 'mental-health-center';
  const r = await storage.referrals.record({
    requestId: crypto.randomUUID(),
    programId,
    memberId,
    serviceId: referral.serviceId,
    serviceName: null,
    referredOn: todayIn(CENTER_TIME_ZONE),
    note: null,
    healthRelated: health,
    healthConsentOnPaper: health,
    recordedBy: userId,
  });
  if (!r.ok) throw new Error(r.code);
  if (referral.connected)
    await storage.referrals.update({
      programId,
      referralId: r.id,
      requestId: crypto.randomUUID(),
      status: 'connected',
      on: todayIn(CENTER_TIME_ZONE),
      note: null,
      recordedBy: userId,
    });
}
