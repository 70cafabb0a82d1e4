import type { ProgramInput } from '../schema.js';
import { adultIndustryPrograms } from './adults-industry.js';
import { corePrograms } from './core.js';
import { youthPrograms } from './youth.js';

/** The 12 programs in the order of the catalog table (붙임2). */
export const catalogOrder = [
  'seongchwi',
  'youth-gym',
  'youth-on',
  'naeil-ttodasi',
  'maeum-toktok-simple',
  'shipbuilding',
  'semiconductor-bds',
  'sinhotan',
  'hope',
  '4u',
  'cap',
  'hi-plus',
] as const;

const all: ProgramInput[] = [...corePrograms, ...youthPrograms, ...adultIndustryPrograms];
const rank = (id: string): number => {
  const i = (catalogOrder as readonly string[]).indexOf(id);
  return i === -1 ? catalogOrder.length : i;
};

export const programData: ProgramInput[] = [...all].sort((a, b) => rank(a.id) - rank(b.id));
