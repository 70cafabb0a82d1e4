export {
  DEFAULT_SMALL_COUNT_THRESHOLD,
  HIDDEN_CELL_LABEL,
  lessThanLabel,
  suppressSmallCounts,
  totalDisclosesHidden,
  type CountCell,
  type ShownCell,
  type SuppressOptions,
} from './small-counts.js';
export {
  breakdownFigure,
  countFigure,
  countOverShown,
  isShown,
  meanFigure,
  rateFigure,
  totalOverShown,
  type BreakdownFigure,
  type CountFigure,
  type Figure,
  type ShownFigure,
  type SuppressedFigure,
} from './figures.js';
