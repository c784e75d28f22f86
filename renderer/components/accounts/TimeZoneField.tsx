import { useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { useSetTimezone } from '../../api/accounts';
import { useI18n } from '../../i18n';
import { ErrorMessage } from './ErrorMessage';
import { FormField } from '../ui/FormField';
import { TimeZoneSelect } from './TimeZoneSelect';

/** A Doctena account's zone: saved on change, shown read-only for managed accounts. */
export function TimeZoneField(props: { account: AccountSummary; timezone: string }) {
  const { t } = useI18n();
  const save = useSetTimezone();
  // The pending choice shows at once; a refused one falls back to the stored zone.
  const [zone, setZone] = useState(props.timezone);
  const shown = save.isError ? props.timezone : zone;
  if (props.account.managed) {
    return <p className="accounts-hint">{t('settings.timezoneIs', { zone: props.timezone })}</p>;
  }
  return (
    <FormField label={t('settings.timezone')} inline>
      {(control) => (
        <>
          <TimeZoneSelect
            control={control}
            value={shown}
            disabled={save.isPending}
            onChange={(next) => {
              setZone(next);
              save.mutate({ accountId: props.account.id, timezone: next });
            }}
          />
          {save.isSuccess && (
            <span className="accounts-ok" role="status">
              {t('settings.timezoneSaved')}
            </span>
          )}
          {/* A refusal is announced as it appears (an alert), not only described. */}
          <ErrorMessage error={save.error} vendor="doctena" />
        </>
      )}
    </FormField>
  );
}
