import { useEffect, useId, useRef, type ReactNode } from 'react';
import { keepTabInside } from './keepTabInside';
import './ui.css';

/** The settings dialog keeps its own class names: the a11y scans and its styles select them. */
const LOOKS = {
  normal: { backdrop: 'modal-backdrop', box: 'modal', header: 'modal-header', body: 'modal-body' },
  wide: {
    backdrop: 'modal-backdrop',
    box: 'modal modal-wide',
    header: 'modal-header',
    body: 'modal-body',
  },
  page: {
    backdrop: 'accounts-backdrop',
    box: 'accounts-dialog',
    header: 'accounts-dialog-header',
    body: 'accounts-dialog-body',
  },
} as const;

/**
 * Every modal dialog of the app: focus moves in and goes back where it was when it closes, Tab
 * stays inside (the page behind must not be operable), and Escape closes it without also closing
 * what is behind it (the details panel).
 */
export function Modal(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** A × button beside the title, for dialogs with no footer to leave by. */
  closeLabel?: string;
  /**
   * Where focus goes first: the first control, so a question or a short form can be answered at
   * once; or the dialog itself, so a long page is read from its title.
   */
  initialFocus?: 'control' | 'dialog';
  size?: keyof typeof LOOKS;
}) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const look = LOOKS[props.size ?? 'normal'];
  // Read once, when the dialog opens: a re-render must not move focus again.
  const focusControl = useRef((props.initialFocus ?? 'control') === 'control');

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = focusControl.current
      ? box.current?.querySelector<HTMLElement>('input, select, textarea, button:not(.modal-close)')
      : null;
    (first ?? box.current)?.focus();
    return () => previous?.focus();
  }, []);

  return (
    <div className={look.backdrop}>
      <div
        ref={box}
        className={look.box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            props.onClose();
          } else {
            keepTabInside(e, box.current);
          }
        }}
      >
        <div className={look.header}>
          <h2 id={titleId}>{props.title}</h2>
          {props.closeLabel && (
            <button
              type="button"
              className="modal-close"
              aria-label={props.closeLabel}
              onClick={props.onClose}
            >
              ×
            </button>
          )}
        </div>
        <div className={look.body}>{props.children}</div>
        {props.footer && <div className="modal-footer">{props.footer}</div>}
      </div>
    </div>
  );
}
