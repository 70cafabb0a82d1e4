import type { LineOpenedModule } from '../counseling-module.js';
import { questionData } from '../../content/interview/index.js';
import { checkMockInterviewAnswer, describeMockInterviewNote } from './check.js';
import {
  MOCK_INTERVIEW_PHASES,
  MOCK_INTERVIEW_ROLES,
  type MockInterviewConfig,
  defaultMockInterviewConfig,
  mockInterviewConfigSchema,
} from './config.js';
import { mockInterviewProgress, mockInterviewReport } from './report.js';
import type { MockInterviewPersonal } from './types.js';
import { buildPersonalView } from './view.js';

export type { MockInterviewConfig } from './config.js';
export type { MockInterviewPersonal } from './types.js';

/**
 * 모의면접 in triads (pairs and fours too): rounds per group with stored roles; the interviewer
 * draws questions (kept on the server, sent one at a time), the observer scores the rubric and
 * writes a strength and a suggestion, the interviewer a note, all about that round's candidate.
 * No group picture: the projector shows progress only.
 */
export const mockInterview: LineOpenedModule<MockInterviewConfig, MockInterviewPersonal> & {
  type: 'mock-interview';
} = {
  type: 'mock-interview',
  name: { ko: '모의면접', en: 'Mock interview' },
  openedBy: 'line',
  pace: 'live',
  configSchema: mockInterviewConfigSchema,
  defaultConfig: defaultMockInterviewConfig,
  phases: MOCK_INTERVIEW_PHASES,
  roles: MOCK_INTERVIEW_ROLES,
  checkAnswer: checkMockInterviewAnswer,
  personalView: (_config, ctx) => buildPersonalView(ctx, questionData),
  progress: (_config, answers, memberIds) => mockInterviewProgress(answers, memberIds),
  reportSection: (_config, ctx) => mockInterviewReport(ctx),
  notes: { describe: describeMockInterviewNote },
};
