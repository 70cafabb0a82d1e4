import type { InstrumentInput } from '../schema';
import { jobSearchReadiness } from './job-search-readiness';
import { lifeSatisfaction } from './life-satisfaction';
import { programSatisfaction } from './program-satisfaction';
import { rosenbergSelfEsteem } from './rosenberg';
import { swls } from './swls';

export const instrumentData: InstrumentInput[] = [
  lifeSatisfaction,
  swls,
  rosenbergSelfEsteem,
  jobSearchReadiness,
  programSatisfaction,
];
