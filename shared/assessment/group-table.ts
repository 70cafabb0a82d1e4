import { instrumentVersion as findInstrument } from '../content/index.js';
import type { Instrument } from '../content/schema.js';
import { scoreRange } from '../scoring/instrument.js';
import { comparePrePost, type PrePostResult } from '../scoring/prepost.js';
import type { PrePostRowView, PrePostSubscaleView, PrePostView } from './views.js';
import { pairScores, prePostRowsOf, type StoredScore as PairScore, type WaveKind } from './waves.js';

/**
 * The facilitator's pre/post group table (docs/design/assessments-reports.md §2.6), pure: for each
 * instrument with a pre and a post wave, every member of the program paired by `pairScores` and
 * compared by `comparePrePost` — the total and each subscale. Members without a score are listed as
 * missing, never dropped.
 */

export interface TableWave {
  id: string;
  instrumentId: string;
  instrumentVersion: number;
  kind: WaveKind;
  /** The day it is taken on (chosen or the kind's default): a side taken later is late. */
  dayNumber: number;
}

export interface TableScore {
  waveId: string;
  memberId: string;
  score: number | null;
  subscales: Readonly<Record<string, number | null>>;
  takenDayNumber: number | null;
  enteredByStaff: boolean;
  autoSubmitted: boolean;
}

export interface TableMember {
  id: string;
  nickname: string;
}

function stats(result: PrePostResult, nickname: (id: string) => string) {
  return {
    meanPre: result.meanPre,
    meanPost: result.meanPost,
    meanChange: result.meanChange,
    sdChange: result.sdChange,
    ci95: result.ci ? { lower: result.ci.lower, upper: result.ci.upper } : null,
    t: result.t,
    df: result.df,
    p: result.p,
    dz: result.dz,
    n: result.n,
    testNote: result.testNote,
    missingPre: result.missingPre.map(nickname),
    missingPost: result.missingPost.map(nickname),
    missingBoth: result.missingBoth.map(nickname),
  };
}

/** A subscale's lowest and highest score, as `scoreRange` gives the total's. */
function subscaleRange(instrument: Instrument, itemCount: number) {
  const { min, max } = instrument.scale;
  return instrument.scoring.method === 'sum' ? { min: itemCount * min, max: itemCount * max } : { min, max };
}

function tableOf(
  instrument: Instrument,
  pre: TableWave,
  post: TableWave,
  members: readonly TableMember[],
  scores: readonly TableScore[],
): PrePostView {
  const names = new Map(members.map((m) => [m.id, m.nickname]));
  const nickname = (id: string) => names.get(id) ?? id;
  const mine = scores.filter((s) => (s.waveId === pre.id || s.waveId === post.id) && names.has(s.memberId));
  const pairsOf = (value: (s: TableScore) => number | null) =>
    pairScores({
      instrument: { id: instrument.id, version: instrument.version },
      memberIds: members.map((m) => m.id),
      scores: mine.map((s): PairScore => ({
        memberId: s.memberId,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        kind: s.waveId === pre.id ? 'pre' : 'post',
        score: value(s),
        takenDayNumber: s.takenDayNumber,
        enteredByStaff: s.enteredByStaff,
        autoSubmitted: s.autoSubmitted,
      })),
      preDayNumber: pre.dayNumber,
      postDayNumber: post.dayNumber,
    });
  const pairs = pairsOf((s) => s.score);
  const rows: PrePostRowView[] = pairs.map((p) => ({ ...p, nickname: nickname(p.memberId) }));
  const subscales: PrePostSubscaleView[] = instrument.subscales.map((sub) => ({
    id: sub.id,
    name: sub.name,
    range: subscaleRange(instrument, sub.itemIds.length),
    ...stats(comparePrePost(prePostRowsOf(pairsOf((s) => s.subscales[sub.id] ?? null))), nickname),
  }));
  return {
    instrumentId: instrument.id,
    version: instrument.version,
    name: instrument.name,
    range: scoreRange(instrument),
    preWaveId: pre.id,
    postWaveId: post.id,
    ...stats(comparePrePost(prePostRowsOf(pairs)), nickname),
    rows,
    subscales,
  };
}

/**
 * One table per instrument with both a pre and a post wave, in the order of the waves given. A pair of
 * waves on two versions (which the plan never makes: a post takes its pre's version) is left out
 * rather than mixed; so is a version the library does not know.
 */
export function prePostTables(input: {
  waves: readonly TableWave[];
  members: readonly TableMember[];
  scores: readonly TableScore[];
  instrument?: (id: string, version: number) => Instrument | undefined;
}): PrePostView[] {
  const find = input.instrument ?? findInstrument;
  const tables: PrePostView[] = [];
  for (const pre of input.waves.filter((w) => w.kind === 'pre')) {
    const post = input.waves.find((w) => w.kind === 'post' && w.instrumentId === pre.instrumentId);
    if (!post || post.instrumentVersion !== pre.instrumentVersion) continue;
    const instrument = find(pre.instrumentId, pre.instrumentVersion);
    if (!instrument) continue;
    tables.push(tableOf(instrument, pre, post, input.members, input.scores));
  }
  return tables;
}
