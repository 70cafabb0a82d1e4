import { useEffect, useState } from 'react';
import type { RosterView } from '../../../../../shared/program/views.js';
import type { ClientError } from '../../../common/errors.js';
import { ErrorText } from '../../../common/ErrorText.js';
import { useT } from '../../../common/i18n.js';
import { refused } from '../../actions.js';
import { api } from '../../api.js';
import { Dialog } from '../Dialog.js';
import { IntakeList } from './IntakeList.js';

/** The program's needs-intake cards over the console, so the facilitator never leaves the room's screen. */
export function IntakeDialog({ programId, onClose }: { programId: string; onClose: () => void }) {
  const t = useT();
  const [roster, setRoster] = useState<RosterView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  useEffect(() => {
    let current = true;
    void api.roster(programId).then((result) => {
      if (!current) return;
      if (result.ok) setRoster(result.data);
      else setError(refused(result) ?? result.error);
    });
    return () => {
      current = false;
    };
  }, [programId]);
  return (
    <Dialog id="intake-dialog" title={t('console.intakeTitle')} onClose={onClose}>
      <div className="intake-dialog" data-testid="intake-dialog">
        {error ? <ErrorText error={error} /> : <IntakeList roster={roster} heading={false} />}
      </div>
    </Dialog>
  );
}
