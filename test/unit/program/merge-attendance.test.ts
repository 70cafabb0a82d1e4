import { describe, expect, it } from 'vitest';
import { betterAttendance } from '../../../server/storage/member-merge.js';

const row = (present: number, hours: number | null, corrected = 0) => ({
  day_id: 'd',
  member_id: 'm',
  present,
  joined_at: null,
  hours,
  corrected,
  note: null,
  updated_at: 0,
});

describe('merging two records of one day', () => {
  it('keeps the record that credits more', () => {
    const absent = row(0, 0, 1);
    const twoHours = row(1, 2, 1);
    const wholeDay = row(1, null);
    expect(betterAttendance(absent, twoHours)).toBe(twoHours);
    expect(betterAttendance(twoHours, absent)).toBe(twoHours);
    expect(betterAttendance(twoHours, wholeDay)).toBe(wholeDay);
    expect(betterAttendance(wholeDay, twoHours)).toBe(wholeDay);
    expect(betterAttendance(row(1, 3, 1), twoHours).hours).toBe(3);
  });
});
