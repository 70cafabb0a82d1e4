import { useState } from 'react';
import { useT } from '../../../common/i18n.js';
import { Dialog } from '../Dialog.js';
import { GroupingsPanel } from './GroupingsPanel.js';

/** The console header's way in: 조 편성 in a wide dialog, so the agenda and the room keep the page. */
export function GroupingsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" data-testid="open-groupings" onClick={() => setOpen(true)}>
        {t('groupings.open')}
      </button>
      {open && (
        <Dialog id="groupings-dialog" title={t('groupings.title')} onClose={() => setOpen(false)}>
          <GroupingsPanel titled={false} />
        </Dialog>
      )}
    </>
  );
}
