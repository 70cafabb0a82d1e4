import { WAVE_OPEN_MINUTES } from '../../../../../shared/protocol/schemas.js';
import type { WaveProgressView } from '../../../../../shared/protocol/wave-views.js';

/** The kinds in the order a program takes them: before, once, after. */
const KIND_ORDER: Record<WaveProgressView['kind'], number> = { pre: 0, once: 1, post: 2 };

/**
 * The wave an agenda instrument line displays (design §2.2): the wave of that instrument whose day
 * (its default resolved by the server) is the line's day; null when the plan has none — a line on a
 * middle day, an instrument the plan dropped, a line naming no instrument.
 */
export function waveOfLine(
  instrumentId: string | undefined,
  dayNumber: number | null | undefined,
  waves: readonly WaveProgressView[],
): WaveProgressView | null {
  if (instrumentId === undefined || dayNumber === null || dayNumber === undefined) return null;
  return waves.find((w) => w.instrumentId === instrumentId && w.dayNumber === dayNumber) ?? null;
}

/** What a line or the panel says of a wave: its kind, and by status its count, 예정 or 마감. */
export type WaveLineState =
  | { state: 'none' }
  | {
      state: 'planned' | 'open' | 'closed';
      kind: WaveProgressView['kind'];
      submitted: number;
      total: number;
    };

export function waveLineState(wave: WaveProgressView | null): WaveLineState {
  if (!wave) return { state: 'none' };
  return { state: wave.status, kind: wave.kind, submitted: wave.submitted, total: wave.total };
}

/** The panel's order: by day (a wave with no day last), then before, once, after, then by name. */
export function sortWaves(waves: readonly WaveProgressView[]): WaveProgressView[] {
  return [...waves].sort(
    (a, b) =>
      (a.dayNumber ?? Number.MAX_SAFE_INTEGER) - (b.dayNumber ?? Number.MAX_SAFE_INTEGER) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.name.ko.localeCompare(b.name.ko, 'ko'),
  );
}

/** The share handed in, 0..1 (0 for a program with no members yet). */
export const submittedShare = (wave: Pick<WaveProgressView, 'submitted' | 'total'>): number =>
  wave.total > 0 ? Math.min(1, wave.submitted / wave.total) : 0;

/**
 * Members' states for the panel's chips, by nickname; an anonymous wave gives none (only its counts
 * are shown: beside a chip in a quiet room a count would say who).
 */
export function memberChips(
  wave: Pick<WaveProgressView, 'anonymous' | 'members'>,
  nicknames: ReadonlyMap<string, string>,
  unknown: string,
): { memberId: string; nickname: string; state: 'done' | 'started' | 'none' }[] {
  if (wave.anonymous) return [];
  return Object.entries(wave.members)
    .map(([memberId, state]) => ({ memberId, nickname: nicknames.get(memberId) ?? unknown, state }))
    .sort((a, b) => a.nickname.localeCompare(b.nickname, 'ko'));
}

/** The optional time limit as typed: '' → none, else a whole number of minutes in range, else invalid. */
export function parseOpenMinutes(typed: string): { ok: true; minutes?: number } | { ok: false } {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: true };
  if (!/^\d+$/.test(trimmed)) return { ok: false };
  const minutes = Number(trimmed);
  return minutes >= WAVE_OPEN_MINUTES.min && minutes <= WAVE_OPEN_MINUTES.max
    ? { ok: true, minutes }
    : { ok: false };
}

/**
 * The pre wave that opening this post would close for good (the server closes it, and refuses to
 * reopen a pre once its post has opened); null for any other wave, or a post opened before.
 */
export function preClosedByOpening(
  wave: WaveProgressView,
  waves: readonly WaveProgressView[],
): WaveProgressView | null {
  if (wave.kind !== 'post' || wave.status !== 'planned') return null;
  return waves.find((w) => w.kind === 'pre' && w.instrumentId === wave.instrumentId) ?? null;
}

/** A pre whose post has opened: the server will not open it again (`post_already_open`). */
export const preLockedByPost = (wave: WaveProgressView, waves: readonly WaveProgressView[]): boolean =>
  wave.kind === 'pre' &&
  waves.some((w) => w.kind === 'post' && w.instrumentId === wave.instrumentId && w.status !== 'planned');
