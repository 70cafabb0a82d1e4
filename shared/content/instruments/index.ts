import type { InstrumentInput } from '../schema.js';
import { jobSearchReadiness } from './job-search-readiness.js';
import { lifeSatisfaction } from './life-satisfaction.js';
import { programSatisfaction } from './program-satisfaction.js';
import { rosenbergSelfEsteem } from './rosenberg.js';
import { swls } from './swls.js';

export const instrumentData: InstrumentInput[] = [
  lifeSatisfaction,
  swls,
  rosenbergSelfEsteem,
  jobSearchReadiness,
  programSatisfaction,
];
