import type { InterviewQuestion } from '../schema';
import { experienceQuestions } from './questions-experience';
import { jobQuestions } from './questions-job';
import { personalityQuestions } from './questions-personality';
import { situationalQuestions } from './questions-situational';

export { interviewRubric as rubricData } from './rubric';

export const questionData: InterviewQuestion[] = [
  ...personalityQuestions,
  ...jobQuestions,
  ...situationalQuestions,
  ...experienceQuestions,
];
