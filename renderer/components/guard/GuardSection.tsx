import { useId } from 'react';
import { useGuardCalendars } from '../../api/guard';
import { useSettings } from '../../api/settings';
import { useI18n } from '../../i18n';
import { GuardForm } from './GuardForm';
import './guard.css';

/** The "Double-booking guard" part of the settings dialog. */
export function GuardSection() {
  const { t } = useI18n();
  const titleId = useId();
  const settings = useSettings();
  const calendars = useGuardCalendars();
  return (
    <section className="accounts-section guard-section" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('guard.title')}</h3>
      <p className="accounts-hint">{t('guard.intro')}</p>
      {settings.data ? (
        <GuardForm
          stored={settings.data.guard}
          calendars={calendars.data}
          calendarsError={calendars.error}
        />
      ) : (
        <p className="accounts-hint">{t('app.loading')}</p>
      )}
    </section>
  );
}
