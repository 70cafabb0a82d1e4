/**
 * One seeded program's rows (bench/seed-center.ts): pure, from a seeded random source, in the shapes the
 * stores write — a day's ended session and its participants (sessions.ts, participants.ts), attendance
 * as a join and a correction leave it (attendance.ts), a wave's self-paced activity as its open makes
 * it and its close leaves it (assessment-lifecycle.ts), member answers with receipts, scores as
 * `insertScore` stores `scoreWave`'s result, the survey as a hand-in and the first release leave it
 * (surveys.ts: completion apart, responses with new ids in batch 1). Outcomes: seed-center-outcomes.ts.
 */
import { randomUUID } from 'node:crypto';
import type { Insertable, Selectable } from 'kysely';
import type { WaveScorer } from '../shared/assessment/score.js';
import { instrumentById } from '../shared/content/index.js';
import { centerEpoch } from '../shared/program/dates.js';
import { IDLE_TIMER } from '../shared/session/timer.js';
import type { AssessmentWavesTable, Database } from '../server/db/schema.js';
import { nicknameKey } from '../server/storage/participants.js';

/** Rows to insert, table by table, in foreign-key order. */
export type Rows = [keyof Database, Insertable<Database[keyof Database]>[]][];

export interface SeededProgramShape {
  id: string;
  title: string;
  code: string;
  days: { id: string; date: string }[];
}

const NAMES = ['민준', '서연', '도윤', '지우', '하준', '서윤', '시우', '하은', '주원', '지민'];
const FAMILIES = ['김', '이', '박', '최', '정'];
const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

export function seededSchedule(input: {
  program: SeededProgramShape;
  waves: Selectable<AssessmentWavesTable>[];
  facilitatorId: string;
  members: number;
  random: () => number;
  score: WaveScorer;
}) {
  const { program, random, facilitatorId } = input;
  const first = program.days[0] as { id: string; date: string };
  const last = program.days.at(-1) as { id: string; date: string };
  const members: Insertable<Database['program_members']>[] = [];
  for (let m = 0; m < input.members; m++) {
    const nickname = `${pick(random, NAMES)}${m + 1}`;
    const at = centerEpoch(first.date, '09:20') + m * 20_000;
    members.push({
      id: randomUUID(),
      program_id: program.id,
      nickname,
      nickname_key: nicknameKey(nickname),
      real_name: random() < 0.6 ? `${pick(random, FAMILIES)}${pick(random, NAMES)}` : null,
      pin_hash: 'seeded',
      intake: JSON.stringify({
        desiredJob: '사무직',
        worry: '면접이 걱정돼요',
        hope: '자신감을 얻고 싶어요',
      }),
      consented_at: at,
      created_at: at,
      registration_hash: null,
      returned_at: null,
    });
  }
  const sessions = program.days.map((d) => ({
    id: randomUUID(),
    code: program.code,
    title: program.title,
    facilitator_id: facilitatorId,
    status: 'ended' as const,
    current_activity_id: null,
    timer: JSON.stringify(IDLE_TIMER),
    created_at: centerEpoch(d.date, '09:25'),
    ended_at: centerEpoch(d.date, '15:30'),
    program_day_id: d.id,
    auto_end_at: null,
  }));
  const participants: Insertable<Database['participants']>[] = [];
  const attendance: Insertable<Database['attendance']>[] = [];
  const tallies = { absent: 0, corrected: 0, withoutPost: 0, surveyResponses: 0, staffEntered: 0 };
  program.days.forEach((d, i) => {
    const session = sessions[i]!;
    for (const member of members) {
      const absent = random() < 0.1;
      const corrected = random() < 0.05;
      if (absent) tallies.absent++;
      const joinedAt = centerEpoch(d.date, '09:25') + Math.floor(random() * 30 * 60_000);
      if (!absent)
        participants.push({
          id: randomUUID(),
          session_id: session.id,
          nickname: member.nickname,
          nickname_key: member.nickname_key,
          rejoin_token_hash: randomUUID(),
          created_at: joinedAt,
          last_seen_at: centerEpoch(d.date, '15:00') + Math.floor(random() * 30 * 60_000),
          member_id: member.id,
        });
      if (corrected) {
        tallies.corrected++;
        // Present on paper though the phone never joined, or left early: the roster's two corrections.
        attendance.push({
          day_id: d.id,
          member_id: member.id,
          present: 1,
          joined_at: absent ? null : joinedAt,
          hours: absent ? 5 : 3,
          corrected: 1,
          note: absent ? '휴대폰 없이 참석 (출석부 확인)' : '병원 진료로 조퇴',
          corrected_by: facilitatorId,
          updated_at: centerEpoch(d.date, '16:00'),
        });
      } else if (!absent)
        attendance.push({
          day_id: d.id,
          member_id: member.id,
          present: 1,
          joined_at: joinedAt,
          hours: null,
          corrected: 0,
          note: null,
          updated_at: joinedAt,
        });
    }
  });

  const activities: Insertable<Database['activities']>[] = [];
  const states: Insertable<Database['activity_state']>[] = [];
  const answers: Insertable<Database['member_answers']>[] = [];
  const receipts: Insertable<Database['member_answer_receipts']>[] = [];
  const scores: Insertable<Database['instrument_scores']>[] = [];
  const completions: Insertable<Database['survey_completions']>[] = [];
  const responses: Insertable<Database['survey_responses']>[] = [];
  const surveyAnswers: Insertable<Database['survey_answers']>[] = [];
  const waveUpdates: { id: string; set: Partial<Selectable<AssessmentWavesTable>> }[] = [];
  const scored = { swls: 0, 'life-satisfaction': 0 } as Record<string, number>;
  // A member's "level" carries from pre to post, which improves a little on average.
  const level = new Map(members.map((m) => [m.id as string, random()]));
  const withoutPost = new Set(members.filter(() => random() < 0.05).map((m) => m.id as string));
  tallies.withoutPost = withoutPost.size;

  for (const wave of input.waves) {
    const day = wave.kind === 'pre' ? first : last;
    const dayIndex = wave.kind === 'pre' ? 0 : program.days.length - 1;
    const session = sessions[dayIndex]!;
    const instrument = instrumentById.get(wave.instrument_id);
    if (!instrument) continue;
    const activityId = randomUUID();
    const openedAt = centerEpoch(day.date, wave.kind === 'pre' ? '09:40' : '14:00');
    const closedAt = openedAt + 40 * 60_000;
    activities.push({
      id: activityId,
      session_id: session.id,
      position: activities.filter((a) => a.session_id === session.id).length,
      type: 'instrument',
      title: instrument.name.ko,
      config: JSON.stringify({
        waveId: wave.id,
        instrumentId: wave.instrument_id,
        instrumentVersion: Number(wave.instrument_version),
        kind: wave.kind,
        anonymous: Number(wave.anonymous) === 1,
      }),
      status: 'closed',
      locked: 0,
      results_visible: 0,
      show_names: 0,
      review_entries: 0,
      created_at: openedAt,
      program_id: program.id,
      agenda_key: null,
      grouping_id: null,
      pace: 'self',
    });
    states.push({ activity_id: activityId, phase: 'answer', state: 'null' });
    const anonymous = Number(wave.anonymous) === 1;
    waveUpdates.push({
      id: wave.id,
      set: {
        activity_id: activityId,
        status: 'closed',
        opened_at: openedAt,
        closed_at: closedAt,
        ...(anonymous ? { release_batches: 1 } : {}),
      },
    });
    const handedIn: { id: string; score: number | null; values: [string, number | string][] }[] = [];
    for (const member of members) {
      const memberId = member.id as string;
      if (wave.kind === 'post' && withoutPost.has(memberId)) continue;
      if (anonymous && random() < 0.1) continue;
      const lift = wave.kind === 'post' ? 0.12 : 0;
      const values: Record<string, number | string> = {};
      for (const item of instrument.items) {
        if (item.kind !== 'rating') {
          if (random() < 0.3) values[item.id] = '강사님 설명이 친절했어요. 면접 연습이 도움이 됐습니다.';
          continue;
        }
        const { min, max } = instrument.scale;
        const base = anonymous ? 0.55 + random() * 0.45 : (level.get(memberId) ?? 0.5) + lift;
        values[item.id] = clamp(min + (max - min) * base + (random() - 0.5) * 2, min, max);
      }
      const result = input.score(
        { instrumentId: wave.instrument_id, instrumentVersion: Number(wave.instrument_version) },
        values,
      );
      if (!result) continue;
      const submittedAt = openedAt + Math.floor(random() * 30 * 60_000);
      if (anonymous) {
        completions.push({
          wave_id: wave.id,
          member_id: memberId,
          channel: 'phone',
          completed_at: submittedAt,
        });
        handedIn.push({
          id: randomUUID(),
          score: result.score,
          values: Object.entries(result.itemValues).filter(
            (e): e is [string, number | string] => e[1] !== null,
          ),
        });
        continue;
      }
      const staff = random() < 0.03;
      if (staff) tallies.staffEntered++;
      else
        for (const [itemKey, value] of Object.entries(values)) {
          const answerId = randomUUID();
          answers.push({
            activity_id: activityId,
            member_id: memberId,
            subject_key: '',
            round: 0,
            item_key: itemKey,
            answer_id: answerId,
            entry_id: answerId,
            value: JSON.stringify(value),
            updated_at: submittedAt,
            note_state: null,
            signed: 0,
          });
          receipts.push({ answer_id: answerId, activity_id: activityId, member_id: memberId });
        }
      scores.push({
        wave_id: wave.id,
        member_id: memberId,
        program_id: program.id,
        instrument_id: wave.instrument_id,
        instrument_version: wave.instrument_version,
        kind: wave.kind,
        score: result.score,
        answered: result.answered,
        missing: result.missing,
        prorated: result.prorated ? 1 : 0,
        subscales: JSON.stringify(result.subscales),
        item_values: JSON.stringify(result.itemValues),
        submitted_at: submittedAt,
        taken_day_id: day.id,
        taken_day_number: dayIndex + 1,
        auto_submitted: !staff && random() < 0.02 ? 1 : 0,
        entered_by: staff ? facilitatorId : null,
        request_id: staff ? randomUUID() : null,
      });
      scored[wave.instrument_id] = (scored[wave.instrument_id] ?? 0) + 1;
    }
    // The first release: every pending response again under a new random id, in the order of the ids.
    handedIn.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const r of handedIn) {
      responses.push({
        id: r.id,
        wave_id: wave.id,
        program_id: program.id,
        instrument_id: wave.instrument_id,
        instrument_version: Number(wave.instrument_version),
        score: r.score,
        source: 'phone',
        batch: 1,
        request_id: null,
      });
      for (const [itemKey, value] of r.values)
        surveyAnswers.push({
          response_id: r.id,
          item_key: itemKey,
          rating: typeof value === 'number' ? value : null,
          text: typeof value === 'string' ? value : null,
        });
    }
    tallies.surveyResponses += handedIn.length;
  }

  const rows: Rows = [
    ['program_members', members],
    ['live_sessions', sessions],
    ['participants', participants],
    ['attendance', attendance],
    ['activities', activities],
    ['activity_state', states],
    ['member_answers', answers],
    ['member_answer_receipts', receipts],
    ['instrument_scores', scores],
    ['survey_completions', completions],
    ['survey_responses', responses],
    ['survey_answers', surveyAnswers],
  ] as Rows;
  return { memberIds: members.map((m) => m.id as string), rows, waveUpdates, scores: scored, tallies };
}
