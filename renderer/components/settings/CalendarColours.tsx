import { useId } from 'react';
import { useGuardCalendars } from '../../api/guard';
import { useSaveSettings, useSettings } from '../../api/settings';
import { colourMap } from '../../calendar/colors';
import { infoKeyOf } from '../../calendar/events';
import { useI18n } from '../../i18n';
import { ErrorMessage } from '../accounts/ErrorMessage';
import { vendorName } from '../accounts/vendors';
import { SettingToggle } from '../SettingToggle';
import './settings.css';

/**
 * The "Calendar colours" part of the settings dialog. Each pick is saved at once, like a toggle:
 * there is nothing to check, and the calendar behind the dialog shows the result.
 */
export function CalendarColours() {
  const { t } = useI18n();
  const titleId = useId();
  const settings = useSettings();
  const calendars = useGuardCalendars();
  const save = useSaveSettings();
  const chosen = settings.data?.calendarColours ?? {};
  const list = calendars.data ?? [];
  const colours = colourMap(list.map(infoKeyOf), chosen);

  const store = (next: Record<string, string>) =>
    save.mutate({ patch: { calendarColours: next }, optimistic: true });

  return (
    <section className="accounts-section calendar-colours" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('colours.title')}</h3>
      <p className="accounts-hint">{t('colours.intro')}</p>
      <SettingToggle
        label={t('colours.byService')}
        value={settings.data?.serviceColours}
        onChange={(on) => save.mutate({ patch: { serviceColours: on }, optimistic: true })}
      />
      <p className="accounts-hint">{t('colours.byServiceHint')}</p>
      {settings.data && calendars.data ? (
        list.length === 0 ? (
          <p className="accounts-hint">{t('colours.none')}</p>
        ) : (
          <ul>
            {list.map((calendar) => {
              const key = infoKeyOf(calendar);
              const name = `${calendar.name} (${vendorName[calendar.source]})`;
              return (
                <li key={key}>
                  <input
                    type="color"
                    aria-label={t('colours.pick', { name })}
                    value={colours.get(key) ?? '#000000'}
                    onChange={(e) => store({ ...chosen, [key]: e.currentTarget.value })}
                  />
                  <span>{name}</span>
                  {chosen[key] && (
                    <button
                      type="button"
                      onClick={() => {
                        const { [key]: _dropped, ...rest } = chosen;
                        store(rest);
                      }}
                    >
                      {t('colours.reset', { name })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )
      ) : (
        <p className="accounts-hint">{t('app.loading')}</p>
      )}
      <ErrorMessage error={save.error} />
    </section>
  );
}
