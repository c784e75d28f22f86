import { useState } from 'react';

// Only a flag: nothing about the practice or its patients goes into localStorage.
const KEY = 'frontdesk.welcome.dismissed';

function read(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

/** Whether the user closed the welcome (by choosing the demo); remembered across restarts. */
export function useWelcomeDismissed() {
  const [dismissed, setDismissed] = useState(read);
  const set = (value: boolean) => {
    setDismissed(value);
    try {
      if (value) localStorage.setItem(KEY, '1');
      else localStorage.removeItem(KEY);
    } catch {
      // Storage can be unavailable (private mode, full disk): the flag then lasts this session.
    }
  };
  return [dismissed, set] as const;
}
