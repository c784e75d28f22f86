import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { keepTabInside } from '../keepTabInside';

/**
 * A modal dialog: focus moves in and goes back to where it was, Tab stays inside, Escape closes.
 */
export function Dialog(props: {
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    box.current?.focus();
    return () => previous?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      // Keeps Escape from also closing something behind the dialog (the details panel).
      e.stopPropagation();
      props.onClose();
      return;
    }
    keepTabInside(e, box.current);
  };

  return (
    <div className="accounts-backdrop">
      <div
        ref={box}
        className="accounts-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <div className="accounts-dialog-header">
          <h2 id={titleId}>{props.title}</h2>
          <button
            type="button"
            className="accounts-icon-button"
            aria-label={props.closeLabel}
            onClick={props.onClose}
          >
            ×
          </button>
        </div>
        <div className="accounts-dialog-body">{props.children}</div>
      </div>
    </div>
  );
}
