import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n';
import { SettingsDialog } from './SettingsDialog';
import './accounts.css';

/** Opens the settings (accounts, view, language, notifications, …). */
export function SettingsButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="settings-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {t('settings.open')}
      </button>
      {/* Outside the top bar, so the dialog is not read as part of the page's banner. */}
      {open && createPortal(<SettingsDialog onClose={() => setOpen(false)} />, document.body)}
    </>
  );
}
