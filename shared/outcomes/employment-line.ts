import { breakdownFigure, countFigure, rateFigure } from '../privacy/figures.js';
import type { EmploymentFigures } from './employment.js';
import type { EmploymentLine } from './views.js';

/**
 * The rate as it may leave the room (design §4.3, §6.2): the rate over completers reached with both
 * numbers, completers and training as counts of people, 본인/알선 as a breakdown of the employed.
 */
export function employmentLine(f: EmploymentFigures, threshold: number): EmploymentLine {
  return {
    threshold,
    rate: rateFigure(f.employed, f.reached, threshold),
    completers: countFigure(f.completers, threshold),
    training: countFigure(f.training, threshold),
    placement: breakdownFigure(
      [
        { key: 'self' as const, count: f.employedSelf },
        { key: 'placed' as const, count: f.employedPlaced },
      ],
      threshold,
    ),
  };
}
