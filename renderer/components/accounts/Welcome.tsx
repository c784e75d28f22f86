import { useState } from 'react';
import type { CalendarData } from '../../../shared/contract';
import { useAccounts } from '../../api/accounts';
import { DemoBar } from './DemoBar';
import { useWelcomeDismissed } from './useWelcomeDismissed';
import { WelcomePanel } from './WelcomePanel';
import './accounts.css';

/**
 * The first-run screen (connect Doctena, connect Docfav, or try the demo), shown while there is no
 * real account, plus the demo's "Leave demo" bar.
 */
export function Welcome({ data }: { data: CalendarData | undefined }) {
  const accounts = useAccounts();
  const [dismissed, setDismissed] = useWelcomeDismissed();
  const [reopened, setReopened] = useState(false);
  // Nothing until both are known, so the panel never flashes up for a practice with accounts.
  if (!data || !accounts.data) return null;
  // The list holds real accounts only (the demo's are not stored), managed ones included.
  const hasAccount = accounts.data.length > 0;
  const demoLeft = !hasAccount && !data.demo;
  const open = !hasAccount && (demoLeft || !dismissed);
  return (
    <>
      {data.demo && (
        <DemoBar
          onConnect={
            open
              ? null
              : () => {
                  setReopened(true);
                  setDismissed(false);
                }
          }
        />
      )}
      {open && (
        <WelcomePanel demoLeft={demoLeft} focus={reopened} onDemo={() => setDismissed(true)} />
      )}
    </>
  );
}
