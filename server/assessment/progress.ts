import { instrumentVersion } from '../../shared/content/index.js';
import { waveDayNumber } from '../../shared/assessment/waves.js';
import type { WaveProgressView } from '../../shared/protocol/wave-views.js';
import type { StoredWave } from '../storage/assessments.js';
import type { Storage } from '../storage/index.js';

/**
 * Every wave of a program with its counts, as the console shows them (`waves:progress`, the snapshot,
 * each `wave:*` ack). Built from storage only, so every process sends the same numbers.
 */
export async function wavesProgress(storage: Storage, programId: string): Promise<WaveProgressView[]> {
  const [plan, days, memberIds, states] = await Promise.all([
    storage.assessments.plan(programId),
    storage.programs.days(programId),
    storage.members.ids(programId),
    storage.assessments.memberStates(programId),
  ]);
  if (!plan) return [];
  const dayNumberOf = new Map(days.map((d) => [d.id, d.number]));
  return plan.waves.map((wave) => {
    const state = states.get(wave.id) ?? { submitted: new Set<string>(), started: new Set<string>() };
    return progressView(wave, {
      dayNumber: dayNumberOfWave(wave, dayNumberOf, days.length),
      memberIds,
      ...state,
    });
  });
}

/** One wave's view among its program's (null when the wave is gone). */
export async function waveProgress(
  storage: Storage,
  programId: string,
  waveId: string,
): Promise<WaveProgressView | null> {
  return (await wavesProgress(storage, programId)).find((w) => w.waveId === waveId) ?? null;
}

function dayNumberOfWave(
  wave: StoredWave,
  dayNumberOf: Map<string, number>,
  dayCount: number,
): number | null {
  if (dayCount === 0) return null;
  const planned = wave.plannedDayId === null ? null : (dayNumberOf.get(wave.plannedDayId) ?? null);
  return waveDayNumber({ kind: wave.kind, plannedDayNumber: planned }, dayCount);
}

export function progressView(
  wave: StoredWave,
  at: {
    dayNumber: number | null;
    memberIds: readonly string[];
    submitted: ReadonlySet<string>;
    started: ReadonlySet<string>;
  },
): WaveProgressView {
  const members: WaveProgressView['members'] = {};
  let submitted = 0;
  let started = 0;
  for (const id of at.memberIds) {
    const state = at.submitted.has(id) ? 'done' : at.started.has(id) ? 'started' : 'none';
    if (state === 'done') submitted += 1;
    if (state === 'started') started += 1;
    // An anonymous wave tells only who is done, never who has answers in it.
    members[id] = wave.anonymous && state === 'started' ? 'none' : state;
  }
  const instrument = instrumentVersion(wave.instrumentId, wave.instrumentVersion);
  return {
    waveId: wave.id,
    programId: wave.programId,
    instrumentId: wave.instrumentId,
    instrumentVersion: wave.instrumentVersion,
    name: instrument?.name ?? { ko: wave.instrumentId, en: wave.instrumentId },
    kind: wave.kind,
    dayNumber: at.dayNumber,
    status: wave.status,
    activityId: wave.activityId,
    dueAt: wave.dueAt,
    anonymous: wave.anonymous,
    submitted,
    started: wave.anonymous ? 0 : started,
    total: at.memberIds.length,
    members,
  };
}
