import { useEffect } from 'react';

export interface Shortcuts {
  today: () => void;
  previous: () => void;
  next: () => void;
  search: () => void;
}

/** t: today, ←/→: previous/next, /: search. Ignored while typing in a field or a dialog is open. */
export function useShortcuts(shortcuts: Shortcuts) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) {
        return;
      }
      const action =
        e.key === 't'
          ? shortcuts.today
          : e.key === 'ArrowLeft'
            ? shortcuts.previous
            : e.key === 'ArrowRight'
              ? shortcuts.next
              : e.key === '/'
                ? shortcuts.search
                : undefined;
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts]);
}
