import { latestCurrent, type OutcomeRecord, type OutcomeStatus } from './latest.js';

/**
 * The employment rate (취업률) centers report, as the issue defines it: completers employed at their
 * latest outcome within six months of the last day ÷ completers reached, always with both numbers.
 * The storage layer computes the same in SQL for the dashboard; this is the definition it is tested
 * against.
 */

/** The "within 6 months of the last day": a definition, not a center setting. */
export const EMPLOYMENT_WINDOW_MONTHS = 6;

/** 본인취업 (found the job themselves) or 알선취업 (placed by the center). */
export type Placement = 'self' | 'placed';

export interface EmploymentOutcome extends OutcomeRecord {
  checkpointMonths: number;
  status: OutcomeStatus;
  /** Set exactly when employed, as the database requires. */
  placement: Placement | null;
}

export interface EmploymentMember {
  /** Completed the program (수료), by the roster's rule. */
  completed: boolean;
  outcomes: readonly EmploymentOutcome[];
}

export interface EmploymentFigures {
  completers: number;
  /** Completers whose latest outcome in the window is employed, training or seeking: we know where they stand. */
  reached: number;
  employed: number;
  employedSelf: number;
  employedPlaced: number;
  training: number;
  seeking: number;
  /** Completers not reached, by why: latest unreachable, latest declined, or no outcome in the window. */
  unreachable: number;
  declined: number;
  noOutcome: number;
  /** employed ÷ reached; null when nobody was reached. */
  rate: number | null;
}

function checkOutcome(o: EmploymentOutcome): void {
  if (!Number.isInteger(o.checkpointMonths) || o.checkpointMonths < 0)
    throw new RangeError(`a checkpoint is a whole number of months ≥ 0, got ${o.checkpointMonths}`);
  if ((o.status === 'employed') !== (o.placement !== null))
    throw new RangeError(
      `an outcome has a placement exactly when employed, got ${o.status} with placement ${o.placement}`,
    );
}

/**
 * Each completer counts once, by their latest current outcome among checkpoints 0..6 months (by as-of
 * date, then when it was recorded): someone employed at 1 month and seeking at 3 counts as seeking —
 * the rate says where people are, not whether they ever had a job. Outcomes recorded at a later
 * checkpoint (12 months) do not count. Members who did not complete are left out entirely.
 */
export function employmentRate(members: readonly EmploymentMember[]): EmploymentFigures {
  const figures: EmploymentFigures = {
    completers: 0,
    reached: 0,
    employed: 0,
    employedSelf: 0,
    employedPlaced: 0,
    training: 0,
    seeking: 0,
    unreachable: 0,
    declined: 0,
    noOutcome: 0,
    rate: null,
  };
  for (const member of members) {
    member.outcomes.forEach(checkOutcome);
    if (!member.completed) continue;
    figures.completers++;
    const inWindow = member.outcomes.filter((o) => o.checkpointMonths <= EMPLOYMENT_WINDOW_MONTHS);
    const latest = latestCurrent(inWindow);
    switch (latest?.status) {
      case undefined:
        figures.noOutcome++;
        break;
      case 'unreachable':
        figures.unreachable++;
        break;
      case 'declined':
        figures.declined++;
        break;
      case 'employed':
        figures.employed++;
        if (latest.placement === 'self') figures.employedSelf++;
        else figures.employedPlaced++;
        break;
      case 'training':
        figures.training++;
        break;
      case 'seeking':
        figures.seeking++;
        break;
    }
  }
  figures.reached = figures.employed + figures.training + figures.seeking;
  figures.rate = figures.reached > 0 ? figures.employed / figures.reached : null;
  return figures;
}
