import { useEffect, useRef, type ReactNode } from 'react';
import { keepTabInside } from '../keepTabInside';
import './actions.css';

/**
 * A modal dialog: focus moves in and returns where it was, Escape cancels, the rest of the page
 * is inert while it is open.
 */
export function Modal(props: {
  title: string;
  onCancel: () => void;
  children: ReactNode;
  footer: ReactNode;
  wide?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>(
      'input, select, textarea, button:not(.modal-close)',
    );
    (first ?? box.current)?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="modal-backdrop">
      <div
        ref={box}
        className={`modal${props.wide ? ' modal-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="modal-title"
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            props.onCancel();
          } else {
            // The page behind must not be operable while the dialog is open.
            keepTabInside(e, box.current);
          }
        }}
      >
        <h2 id="modal-title">{props.title}</h2>
        <div className="modal-body">{props.children}</div>
        <div className="modal-footer">{props.footer}</div>
      </div>
    </div>
  );
}
