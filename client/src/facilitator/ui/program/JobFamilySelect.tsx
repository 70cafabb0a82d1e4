import { useState } from 'react';
import {
  jobFamilyNames,
  TARGET_JOB_FAMILIES,
  type JobFamilyId,
} from '../../../../../shared/content/job-families.js';
import type { RosterMember } from '../../../../../shared/program/views.js';
import { useLang, useT } from '../../../common/i18n.js';
import { setMemberJobFamily } from '../../program-actions.js';
import { useFacilitatorStore } from '../../state/store.js';

/**
 * A member's target job family (their needs intake), which the facilitator sets or corrects: the
 * mock interview can draw each candidate's questions from it. Saved on change.
 */
export function JobFamilySelect({ programId, member }: { programId: string; member: RosterMember }) {
  const t = useT();
  const lang = useLang();
  const [saving, setSaving] = useState(false);
  const current = member.intake?.jobFamily ?? '';
  // A family the list does not offer ('common', set elsewhere) is still shown as it is.
  const offered: readonly JobFamilyId[] =
    current && !(TARGET_JOB_FAMILIES as readonly string[]).includes(current)
      ? [...TARGET_JOB_FAMILIES, current]
      : TARGET_JOB_FAMILIES;
  const change = async (value: string) => {
    setSaving(true);
    const error = await setMemberJobFamily(
      programId,
      member.id,
      value === '' ? null : (value as JobFamilyId),
    );
    setSaving(false);
    if (error) useFacilitatorStore.getState().setActionError(error);
  };
  return (
    <select
      className="job-family-select"
      data-testid="job-family-select"
      aria-label={t('members.jobFamilyLabel', { name: member.nickname })}
      value={current}
      disabled={saving}
      onChange={(event) => void change(event.target.value)}
    >
      <option value="">{t('members.jobFamilyNone')}</option>
      {offered.map((family) => (
        <option key={family} value={family}>
          {jobFamilyNames[family][lang]}
        </option>
      ))}
    </select>
  );
}
