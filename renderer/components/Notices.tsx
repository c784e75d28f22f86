import { useState } from 'react';
import type { Notice } from '../../shared/contract';
import { useI18n } from '../i18n';
import type { MessageKey } from '../../shared/i18n/keys';

/** The main process sends a code; the sentence comes from the UI's language. */
const TEXT: Record<Notice['code'], MessageKey> = {
  'secret-storage-weak': 'notice.secret-storage-weak',
  'secret-storage-unavailable': 'notice.secret-storage-unavailable',
  'settings-reset': 'notice.settings-reset',
  'account-dropped': 'notice.account-dropped',
};

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
          <span>{t(TEXT[notice.code])}</span>
          <button type="button" onClick={() => setDismissed((d) => [...d, notice.code])}>
            {t('notice.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
