import { useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { useDisconnect } from '../../api/accounts';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ErrorMessage } from './ErrorMessage';
import { TimeZoneField } from './TimeZoneField';
import { vendorName } from './vendors';

/**
 * One account. Managed accounts (set up by IT through the environment) are shown but cannot be
 * changed or removed here; the main process refuses that too.
 */
export function AccountRow(props: { account: AccountSummary; onRemoved: () => void }) {
  const { t } = useI18n();
  const { account } = props;
  const disconnect = useDisconnect();
  const [confirming, setConfirming] = useState(false);
  const vendor = vendorName[account.vendor];
  return (
    <li className="accounts-row">
      <div className="accounts-row-title">
        <strong>{account.label}</strong>
        <span className="accounts-vendor">{vendor}</span>
        {account.managed && <span className="accounts-badge">{t('settings.managed')}</span>}
      </div>
      {account.vendor === 'doctena' && account.timezone && (
        <TimeZoneField account={account} timezone={account.timezone} />
      )}
      {!account.managed &&
        (confirming ? (
          <ConfirmDialog
            inline
            title={t('settings.disconnectConfirm', { label: account.label, vendor })}
            confirmLabel={t('settings.disconnectYes')}
            busyLabel={t('settings.disconnecting')}
            cancelLabel={t('settings.disconnectNo')}
            tone="danger"
            busy={disconnect.isPending}
            onConfirm={() =>
              disconnect.mutate(account.id, {
                onSuccess: () => props.onRemoved(),
              })
            }
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button
            type="button"
            className="accounts-danger"
            aria-label={t('settings.disconnectLabel', { label: account.label })}
            onClick={() => setConfirming(true)}
          >
            {t('settings.disconnect')}
          </button>
        ))}
      <ErrorMessage error={disconnect.error} vendor={account.vendor} />
    </li>
  );
}
