import { useState } from 'react';
import { useI18n } from '../../i18n';
import { ConnectForm } from './ConnectForm';
import type { Vendor } from './vendors';

/** "Add account": pick the platform, then its connect flow. */
export function AddAccount() {
  const { t } = useI18n();
  const [vendor, setVendor] = useState<Vendor | null>(null);
  const [connected, setConnected] = useState<string | null>(null);
  return (
    <div className="accounts-add">
      {vendor ? (
        <ConnectForm
          vendor={vendor}
          onConnected={(account) => {
            setConnected(account.label);
            setVendor(null);
          }}
          onCancel={() => setVendor(null)}
        />
      ) : (
        <div className="accounts-buttons" role="group" aria-label={t('settings.addAccount')}>
          <button
            type="button"
            onClick={() => {
              setConnected(null);
              setVendor('doctena');
            }}
          >
            {t('settings.addDoctena')}
          </button>
          <button
            type="button"
            onClick={() => {
              setConnected(null);
              setVendor('docfav');
            }}
          >
            {t('settings.addDocfav')}
          </button>
        </div>
      )}
      {connected && (
        <p className="accounts-ok" role="status">
          {t('connect.connected', { label: connected })}
        </p>
      )}
    </div>
  );
}
