import { useId, useRef } from 'react';
import { useAccounts } from '../../api/accounts';
import { useI18n } from '../../i18n';
import { AccountRow } from './AccountRow';
import { AddAccount } from './AddAccount';

/** The connected accounts, each with what may be changed, and adding another. */
export function AccountsSection() {
  const { t } = useI18n();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const accounts = useAccounts();
  return (
    <section className="accounts-section" aria-labelledby={titleId}>
      <h3 id={titleId} ref={title} tabIndex={-1}>
        {t('settings.accounts')}
      </h3>
      {accounts.data?.length === 0 && <p className="accounts-hint">{t('settings.noAccounts')}</p>}
      {accounts.data && accounts.data.length > 0 && (
        <ul className="accounts-list">
          {accounts.data.map((account) => (
            <AccountRow
              key={account.id}
              account={account}
              // The row and its buttons are gone: keep the keyboard inside the dialog.
              onRemoved={() => title.current?.focus()}
            />
          ))}
        </ul>
      )}
      <AddAccount />
    </section>
  );
}
