import { useCallback, useState } from 'react';

const KEY = 'frontdesk.hiddenCalendars';

/**
 * Which calendars the desk has switched off, kept across reloads. Only calendar ids are stored
 * in the browser's storage: no patient data.
 */
export function useHiddenCalendars() {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
      return new Set(Array.isArray(saved) ? saved.filter((v) => typeof v === 'string') : []);
    } catch {
      return new Set();
    }
  });
  const toggle = useCallback((key: string, visible: boolean) => {
    setHidden((previous) => {
      const next = new Set(previous);
      if (visible) next.delete(key);
      else next.add(key);
      localStorage.setItem(KEY, JSON.stringify([...next]));
      return next;
    });
  }, []);
  return { hidden, toggle };
}
