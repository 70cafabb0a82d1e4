import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../common/i18n.js';

interface Props {
  id: string;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The id of the text that explains the dialog (a confirmation's question), read with its title. */
  describedBy?: string;
}

/**
 * A modal dialog on the native <dialog>: focus moves into it and stays there, Escape closes it, and
 * focus goes back to what opened it when it closes.
 */
export function Dialog({ id, title, onClose, children, describedBy }: Props) {
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
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={describedBy}>
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

interface ConfirmProps {
  id: string;
  title: string;
  /** What happens if the answer is yes, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  /** Ends or destroys something: the yes button is drawn as a danger. */
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * A yes/no question before something that cannot be taken back (ending, deleting) or is rarely
 * meant (running another date's day). Cancel comes first and has the focus, so Enter never destroys.
 */
export function ConfirmDialog({
  id,
  title,
  children,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: ConfirmProps) {
  const t = useT();
  const cancel = useRef<HTMLButtonElement>(null);
  // After the dialog opened (its layout effect runs first), so the modal's own focus step is overruled.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Dialog id={id} title={title} onClose={onClose} describedBy={`${id}-body`}>
      <div className="confirm-body" id={`${id}-body`}>
        {children}
      </div>
      <div className="button-row confirm-buttons">
        <button type="button" ref={cancel} onClick={onClose} data-testid="confirm-cancel">
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={danger ? 'danger danger-solid' : 'primary'}
          data-testid="confirm-yes"
          onClick={() => {
            onClose();
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
