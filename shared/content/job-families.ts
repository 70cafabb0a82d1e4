import type { Text } from '../i18n/text.js';

/**
 * Job families used by program tracks, the interview question bank and the needs intake. zod-free,
 * so the phone's sign-up can offer them without the schemas; `schema.ts` makes the enum of it.
 */
export const JOB_FAMILIES = [
  'common',
  'office',
  'sales-marketing',
  'it',
  'production-machinery',
  'care-welfare',
  'shipbuilding',
  'semiconductor',
  'service-sales',
] as const;
export type JobFamilyId = (typeof JOB_FAMILIES)[number];

/** The families a person can hope to work in ('common' is the question bank's, not a job). */
export const TARGET_JOB_FAMILIES = JOB_FAMILIES.filter(
  (f): f is Exclude<JobFamilyId, 'common'> => f !== 'common',
);

export const jobFamilyNames: Record<JobFamilyId, Text> = {
  common: { ko: '공통', en: 'Common to all jobs' },
  office: { ko: '경영사무', en: 'Management and office' },
  'sales-marketing': { ko: '영업마케팅', en: 'Sales and marketing' },
  it: { ko: 'IT', en: 'IT' },
  'production-machinery': { ko: '생산·기계', en: 'Production and machinery' },
  'care-welfare': { ko: '돌봄·사회복지', en: 'Care and social welfare' },
  shipbuilding: { ko: '조선', en: 'Shipbuilding' },
  semiconductor: { ko: '반도체', en: 'Semiconductors' },
  'service-sales': { ko: '서비스·판매', en: 'Service and retail' },
};
