import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_FAMILIES, TARGET_JOB_FAMILIES } from '../../../shared/content/job-families.js';
import { JobFamily, jobFamilyNames } from '../../../shared/content/schema.js';
import { intakeSchema, memberJobFamilyBodySchema } from '../../../shared/program/schemas.js';

const empty = { desiredJob: '', worry: '', hope: '' };

describe('the needs intake with its optional job family', () => {
  it('takes every job family, or none', () => {
    for (const jobFamily of JOB_FAMILIES)
      expect(intakeSchema.parse({ ...empty, jobFamily })).toEqual({ ...empty, jobFamily });
    expect(intakeSchema.parse(empty)).toEqual(empty);
    expect('jobFamily' in intakeSchema.parse(empty)).toBe(false);
  });

  it('refuses any other string, and null (absent means not chosen)', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !(JOB_FAMILIES as readonly string[]).includes(s)),
        (jobFamily) => !intakeSchema.safeParse({ ...empty, jobFamily }).success,
      ),
    );
    expect(intakeSchema.safeParse({ ...empty, jobFamily: null }).success).toBe(false);
  });

  it("the facilitator's body sets a family or clears it with null, and needs the field", () => {
    expect(memberJobFamilyBodySchema.parse({ jobFamily: 'it' })).toEqual({ jobFamily: 'it' });
    expect(memberJobFamilyBodySchema.parse({ jobFamily: null })).toEqual({ jobFamily: null });
    expect(memberJobFamilyBodySchema.safeParse({}).success).toBe(false);
    expect(memberJobFamilyBodySchema.safeParse({ jobFamily: 'astronaut' }).success).toBe(false);
  });

  it('the zod-free list the phone offers is the enum, with names in both languages', () => {
    expect([...JOB_FAMILIES]).toEqual(JobFamily.options);
    expect(TARGET_JOB_FAMILIES).not.toContain('common');
    expect(TARGET_JOB_FAMILIES).toHaveLength(JOB_FAMILIES.length - 1);
    for (const family of JOB_FAMILIES) {
      expect(jobFamilyNames[family].ko.length).toBeGreaterThan(0);
      expect(jobFamilyNames[family].en.length).toBeGreaterThan(0);
    }
  });
});
