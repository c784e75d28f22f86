import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Modal } from './Modal';

interface Props {
  /** The question: the dialog's title, or the group's text when inline. */
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  /** `danger` for what cannot simply be taken back (cancelling, deleting, disconnecting). */
  tone?: 'primary' | 'danger';
  onConfirm: () => void;
  onCancel: () => void;
  /** While the answer is being carried out: the confirm button says so and does nothing more. */
  busy?: boolean;
  busyLabel?: string;
  /**
   * Asked in place (inside a list row of a dialog that is already modal) rather than in a modal
   * of its own on top of it.
   */
  inline?: boolean;
  children?: ReactNode;
}

/**
 * Every "are you sure?" of the app. The safe answer comes first and has the focus, unless the
 * question has a control of its own to set first (whether to notify the patient). In a modal,
 * Escape is the safe answer too.
 */
export function ConfirmDialog(props: Props) {
  const buttons = (
    <>
      <button type="button" onClick={props.onCancel} disabled={props.busy}>
        {props.cancelLabel}
      </button>
      <button
        type="button"
        className={props.tone ?? 'primary'}
        aria-disabled={props.busy || undefined}
        onClick={() => {
          if (!props.busy) props.onConfirm();
        }}
      >
        {props.busy && props.busyLabel ? props.busyLabel : props.confirmLabel}
      </button>
    </>
  );
  if (props.inline) return <InlineConfirm {...props} buttons={buttons} />;
  return (
    <Modal title={props.title} onClose={props.onCancel} footer={buttons}>
      {props.children}
    </Modal>
  );
}

function InlineConfirm(props: Props & { buttons: ReactNode }) {
  const textId = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.querySelector('button')?.focus(), []);
  return (
    <div ref={box} className="confirm-inline" role="group" aria-labelledby={textId}>
      <p id={textId}>{props.title}</p>
      {props.children}
      <div className="confirm-buttons">{props.buttons}</div>
    </div>
  );
}
