import type { ScreenGroups } from '../../../../shared/protocol/views.js';

/**
 * Columns for the room: few groups side by side, many in up to six columns, so 40 people in pairs,
 * triads or tables fit 1920×1080 without scrolling.
 */
export function groupColumns(groupCount: number): number {
  if (groupCount <= 4) return Math.max(1, groupCount);
  if (groupCount <= 8) return 4;
  if (groupCount <= 15) return 5;
  return 6;
}

/** Lines the rows of cards need, each row as tall as its tallest card (a heading, then the nicknames): it picks the type size. */
export function densestRowLines(groups: ScreenGroups['groups'], columns: number): number {
  let lines = 0;
  for (let row = 0; row * columns < groups.length; row++) {
    const cards = groups.slice(row * columns, (row + 1) * columns);
    // A group of more than six shows its nicknames in two columns (screen-groups.css).
    lines +=
      1 +
      Math.max(
        ...cards.map((g) =>
          g.nicknames.length > 6 ? Math.ceil(g.nicknames.length / 2) : g.nicknames.length,
        ),
      );
  }
  return lines;
}
