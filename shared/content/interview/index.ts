import type { InterviewQuestion } from '../schema.js';
import { experienceQuestions } from './questions-experience.js';
import { jobQuestions } from './questions-job.js';
import { personalityQuestions } from './questions-personality.js';
import { situationalQuestions } from './questions-situational.js';

export { interviewRubric as rubricData } from './rubric.js';

export const questionData: InterviewQuestion[] = [
  ...personalityQuestions,
  ...jobQuestions,
  ...situationalQuestions,
  ...experienceQuestions,
];
