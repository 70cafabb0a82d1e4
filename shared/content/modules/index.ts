import type { Module } from '../schema.js';
import { barriersResilienceModules } from './barriers-resilience.js';
import { documentsInterviewModules } from './documents-interview.js';
import { industryModules } from './industry.js';
import { jobSearchModules } from './job-search.js';
import { openingClosingModules } from './opening-closing.js';
import { selfUnderstandingModules } from './self-understanding.js';

export const moduleData: Module[] = [
  ...openingClosingModules,
  ...selfUnderstandingModules,
  ...barriersResilienceModules,
  ...jobSearchModules,
  ...documentsInterviewModules,
  ...industryModules,
];
