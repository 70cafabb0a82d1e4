import { useState, type FormEvent } from 'react';
import type { RosterMember, RosterView } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { mergeMembers } from '../../program-actions.js';
import { Dialog } from '../Dialog.js';
import { displayName } from './RosterTable.js';

interface Props {
  programId: string;
  member: RosterMember;
  roster: RosterView;
  onClose: () => void;
}

/** Folds a duplicate (`member`) into the member picked here; says plainly what moves and what goes. */
export function MergeDialog({ programId, member, roster, onClose }: Props) {
  const t = useT();
  const others = roster.members.filter((m) => m.id !== member.id);
  const [intoId, setIntoId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const into = others.find((m) => m.id === intoId);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!into || busy) return;
    setBusy(true);
    const failed = await mergeMembers(programId, member.id, into.id);
    setBusy(false);
    if (failed) setError(failed);
    else onClose();
  };
  return (
    <Dialog id="merge" title={t('members.mergeTitle')} onClose={onClose}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="merge-into" className="field-label">
            {t('members.mergeInto', { name: displayName(member) })}
          </label>
          <select id="merge-into" value={intoId} onChange={(e) => setIntoId(e.target.value)}>
            <option value="">{t('members.mergeChoose')}</option>
            {others.map((m) => (
              <option key={m.id} value={m.id}>
                {displayName(m)}
              </option>
            ))}
          </select>
        </div>
        {into && (
          <p className="banner banner-pending" data-testid="merge-explain">
            {t('members.mergeExplain', { from: member.nickname, into: into.nickname })}
          </p>
        )}
        <ErrorText error={error} />
        <div className="button-row">
          <button type="submit" className="danger" disabled={!into || busy}>
            {t('members.mergeYes')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
