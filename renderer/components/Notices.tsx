import { useState } from 'react';
import type { Notice } from '../../shared/contract';
import { useI18n } from '../i18n';

/** Warnings the main process wants the user to see (weak secret storage, settings reset). */
export function Notices({ notices }: { notices: Notice[] }) {
  const { t } = useI18n();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const visible = notices.filter((n) => !dismissed.includes(n.code));
  if (visible.length === 0) return null;
  return (
    <div className="notices">
      {visible.map((notice) => (
        <div key={notice.code} className="notice" role="alert">
          <span>{notice.message}</span>
          <button type="button" onClick={() => setDismissed((d) => [...d, notice.code])}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
