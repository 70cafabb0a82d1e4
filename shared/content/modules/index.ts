import type { Module } from '../schema';
import { barriersResilienceModules } from './barriers-resilience';
import { documentsInterviewModules } from './documents-interview';
import { industryModules } from './industry';
import { jobSearchModules } from './job-search';
import { openingClosingModules } from './opening-closing';
import { selfUnderstandingModules } from './self-understanding';

export const moduleData: Module[] = [
  ...openingClosingModules,
  ...selfUnderstandingModules,
  ...barriersResilienceModules,
  ...jobSearchModules,
  ...documentsInterviewModules,
  ...industryModules,
];
