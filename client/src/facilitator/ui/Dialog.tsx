import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../common/i18n.js';

interface Props {
  id: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal dialog on the native <dialog>: focus moves into it and stays there, Escape closes it, and
 * focus goes back to what opened it when it closes.
 */
export function Dialog({ id, title, onClose, children }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    const cancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    dialog?.addEventListener('cancel', cancel);
    return () => {
      dialog?.removeEventListener('cancel', cancel);
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`}>
      <div className="dialog-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" className="dialog-close" onClick={onClose}>
          {t('common.dismiss')}
        </button>
      </div>
      {children}
    </dialog>
  );
}
