import { prePostTables } from '../../shared/assessment/group-table.js';
import type { AssessmentsView, PlanInstrument, WavesView, WaveView } from '../../shared/assessment/views.js';
import { defaultDayNumber } from '../../shared/assessment/waves.js';
import {
  instrumentById,
  instruments,
  instrumentVersion,
  instrumentVersions,
} from '../../shared/content/index.js';
import type { ProgramRef, Storage, StoredDay, StoredWave } from '../storage/index.js';

/**
 * What the assessment routes answer (docs/design/assessments-reports.md §2.2, §2.6): the plan with each
 * wave's day and counts, the instruments it may name, and the pre/post group tables.
 */

/** The day a wave is taken on: its chosen day's number, else its kind's default (pre first, else last). */
function dayNumberOf(wave: StoredWave, days: readonly StoredDay[]): number {
  const chosen = wave.plannedDayId === null ? undefined : days.find((d) => d.id === wave.plannedDayId);
  return chosen?.number ?? defaultDayNumber(wave.kind, Math.max(1, days.length));
}

/** The library's instruments a plan may name: the newest of each, with every published version. */
export function planInstruments(): PlanInstrument[] {
  return instruments.map((i) => ({
    id: i.id,
    name: i.name,
    use: i.use,
    version: i.version,
    versions: instrumentVersions.filter((v) => v.id === i.id).map((v) => v.version),
  }));
}

export async function wavesView(storage: Storage, program: ProgramRef): Promise<WavesView> {
  const [plan, days, total, scores, responded] = await Promise.all([
    storage.assessments.plan(program.id),
    storage.programs.days(program.id),
    storage.members.count(program.id),
    storage.assessments.scoresForProgram(program.id),
    storage.assessments.respondedWaveIds(program.id),
  ]);
  const submitted = new Map<string, number>();
  for (const s of scores) submitted.set(s.waveId, (submitted.get(s.waveId) ?? 0) + 1);
  const waves = (plan?.waves ?? []).map((w): WaveView => ({
    id: w.id,
    instrumentId: w.instrumentId,
    instrumentVersion: w.instrumentVersion,
    instrumentName: (
      instrumentVersion(w.instrumentId, w.instrumentVersion) ?? instrumentById.get(w.instrumentId)
    )?.name ?? { ko: w.instrumentId, en: w.instrumentId },
    kind: w.kind,
    plannedDayId: w.plannedDayId,
    dayNumber: dayNumberOf(w, days),
    status: w.status,
    dueAt: w.dueAt,
    openedAt: w.openedAt,
    closedAt: w.closedAt,
    submitted: submitted.get(w.id) ?? 0,
    total,
    anonymous: w.anonymous,
    hasResponses: responded.has(w.id),
  }));
  return { version: plan?.version ?? 0, waves, instruments: planInstruments() };
}

export async function assessmentsView(storage: Storage, program: ProgramRef): Promise<AssessmentsView> {
  const [plan, days, members, scores] = await Promise.all([
    storage.assessments.plan(program.id),
    storage.programs.days(program.id),
    storage.members.list(program.id),
    storage.assessments.scoresForProgram(program.id),
  ]);
  const tables = prePostTables({
    waves: (plan?.waves ?? []).map((w) => ({ ...w, dayNumber: dayNumberOf(w, days) })),
    members: members.map((m) => ({ id: m.id, nickname: m.nickname })),
    scores: scores.map((s) => ({ ...s, enteredByStaff: s.enteredBy !== null })),
  });
  return { tables };
}
