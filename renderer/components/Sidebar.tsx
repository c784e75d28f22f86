import type { AccountStatus, CalendarData } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import type { ActionRunner } from '../api/actions';
import { useAppInfo } from '../api/app';
import { useSaveSettings, useSettings } from '../api/settings';
import { colourMap } from '../calendar/colors';
import { infoKeyOf } from '../calendar/events';
import { clockTime } from '../calendar/format';
import { intlLocale } from '../calendar/locales';
import { useI18n } from '../i18n';
import { accountErrorText, accountNotes } from './accountStatusText';
import { SidebarGuard } from './guard/SidebarGuard';
import { Legend } from './Legend';
import { SettingToggle } from './SettingToggle';
import { ToConfirm } from './toconfirm/ToConfirm';
import { errorText } from './accounts/errorText';

interface Props {
  data: CalendarData | undefined;
  hiddenCalendars: ReadonlySet<string>;
  onToggleCalendar: (key: string, visible: boolean) => void;
  /** The calendar's own action runner, so a confirm from the list is drawn pending there too. */
  runner: ActionRunner;
  /** Opens an event in its week (a "To confirm" entry's name). */
  onOpen: (event: CalendarEvent) => void;
}

export function Sidebar({ data, hiddenCalendars, onToggleCalendar, runner, onOpen }: Props) {
  const { t } = useI18n();
  const settings = useSettings();
  const info = useAppInfo();
  const save = useSaveSettings();
  const error = save.error;
  const colours = colourMap((data?.calendars ?? []).map(infoKeyOf), settings.data?.calendarColours);

  return (
    <aside className="sidebar" aria-label={t('sidebar.title')}>
      <h2>{t('sidebar.title')}</h2>
      {data && data.accounts.length === 0 && <p className="muted">{t('sidebar.noAccounts')}</p>}
      {data?.accounts.map((account) => (
        <section key={account.id} className="account" aria-label={account.label}>
          <h3>
            {account.label}
            {!account.label.toLowerCase().includes(account.vendor) && (
              <span className="vendor-tag">{vendorName(account.vendor)}</span>
            )}
          </h3>
          <AccountLine account={account} />
          <ul className="calendars">
            {data.calendars
              .filter((c) => c.accountId === account.id)
              .map((calendar) => {
                const key = infoKeyOf(calendar);
                return (
                  <li key={key}>
                    <label className="calendar-toggle">
                      <input
                        type="checkbox"
                        checked={!hiddenCalendars.has(key)}
                        onChange={(e) => onToggleCalendar(key, e.currentTarget.checked)}
                        aria-label={t('sidebar.showCalendar', { name: calendar.name })}
                      />
                      <span className="swatch" style={{ background: colours.get(key) }} />
                      <span className="calendar-name">
                        <span>{calendar.name}</span>
                        {calendar.owner && calendar.owner !== calendar.name && (
                          <span className="calendar-owner">{calendar.owner}</span>
                        )}
                      </span>
                    </label>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
      {data && data.accounts.length > 0 && (
        <ToConfirm
          calendars={data.calendars}
          readOnly={data.offline}
          runner={runner}
          onOpen={onOpen}
        />
      )}
      <SidebarGuard data={data} />
      <SettingToggle
        label={t('sidebar.showCancelled')}
        value={settings.data?.showCancelled}
        onChange={(showCancelled) => save.mutate({ patch: { showCancelled }, optimistic: true })}
      />
      {error && (
        <p className="error" role="alert">
          {errorText(error, t)}
        </p>
      )}
      <Legend />
      {/* Down here rather than in the top bar, which needs its width for navigation. */}
      <p className="version" data-testid="app-version">
        {info.data ? t('app.version', { version: info.data.version }) : t('app.loading')}
      </p>
    </aside>
  );
}

/**
 * Each account's state in a receptionist's words, with what to do about a failure, and what it
 * could not show although it synced (records left out, working hours missing).
 */
function AccountLine({ account }: { account: AccountStatus }) {
  const { t, language } = useI18n();
  const time = (iso: string) => clockTime(iso, intlLocale[language]);
  const vendor = vendorName(account.vendor);
  if (account.state === 'error' && account.error) {
    return (
      <p className="account-status error" role="status">
        {accountErrorText(account.error.code, vendor, t)}
      </p>
    );
  }
  const text = account.slow
    ? t('account.notAnswering', { vendor })
    : account.state === 'syncing'
      ? t('account.syncing')
      : account.lastSuccessAt
        ? t('account.synced', { time: time(account.lastSuccessAt) })
        : t('account.waiting');
  const notes = accountNotes(account, vendor, t);
  return (
    <>
      <p className="account-status muted">{text}</p>
      {notes.map((note) => (
        <p key={note} className="account-status warning" data-testid="account-note">
          {note}
        </p>
      ))}
    </>
  );
}

/** Product names, the same in every language. */
function vendorName(vendor: AccountStatus['vendor']): string {
  return vendor === 'doctena' ? 'Doctena' : 'Docfav';
}
