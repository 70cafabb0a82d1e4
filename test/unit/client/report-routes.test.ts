import { describe, expect, it } from 'vitest';
import { pathOf, routeFromPath } from '../../../client/src/facilitator/state/route-slice.js';

describe('the report pages’ addresses', () => {
  it('reads and writes the program report and the dashboard', () => {
    expect(routeFromPath('/facilitator/programs/p-1/report')).toEqual({
      name: 'programReport',
      programId: 'p-1',
    });
    expect(routeFromPath('/facilitator/reports')).toEqual({ name: 'reports' });
    expect(pathOf({ name: 'programReport', programId: 'a b' })).toBe('/facilitator/programs/a%20b/report');
    expect(pathOf({ name: 'reports' })).toBe('/facilitator/reports');
    // The program page and its follow-up tab are unchanged.
    expect(routeFromPath('/facilitator/programs/p-1')).toEqual({ name: 'program', programId: 'p-1' });
    expect(routeFromPath('/facilitator/programs/p-1/follow-up')).toMatchObject({ tab: 'followUp' });
  });
});
