import type { InstrumentInput } from '../schema.js';
import { jobSearchReadiness } from './job-search-readiness.js';
import { lifeSatisfaction } from './life-satisfaction.js';
import { programSatisfaction } from './program-satisfaction.js';
import { rosenbergSelfEsteem } from './rosenberg.js';
import { swls } from './swls.js';

/**
 * Every published version. To change an instrument's items, scale, subscales or scoring, keep its
 * object as it is and add a copy with `version` one higher; test/unit/content/instrument-versions.test.ts
 * refuses a change to a published version and names the hash to record for the new one.
 */
export const instrumentData: InstrumentInput[] = [
  lifeSatisfaction,
  swls,
  rosenbergSelfEsteem,
  jobSearchReadiness,
  programSatisfaction,
];
