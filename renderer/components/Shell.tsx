import { useRef } from 'react';
import type FullCalendar from '@fullcalendar/react';
import { useAppInfo } from '../api/queries';
import { useI18n } from '../i18n';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { WeekCalendar } from './WeekCalendar';

export function Shell() {
  const { t } = useI18n();
  const info = useAppInfo();
  const calendarRef = useRef<FullCalendar>(null);
  const api = () => calendarRef.current?.getApi();

  return (
    <div className="shell">
      <header className="topbar" role="banner">
        <h1 className="brand">{t('app.title')}</h1>
        <nav className="week-nav" aria-label={t('calendar.label')}>
          <button type="button" onClick={() => api()?.prev()} aria-label={t('nav.previous')}>
            ‹
          </button>
          <button type="button" onClick={() => api()?.today()}>
            {t('nav.today')}
          </button>
          <button type="button" onClick={() => api()?.next()} aria-label={t('nav.next')}>
            ›
          </button>
        </nav>
        <span className="version" data-testid="app-version">
          {info.data ? t('app.version', { version: info.data.version }) : t('app.loading')}
        </span>
      </header>
      <Notices notices={info.data?.notices ?? []} />
      <div className="workspace">
        <Sidebar />
        <main className="calendar-pane" aria-label={t('calendar.label')}>
          <WeekCalendar ref={calendarRef} />
        </main>
      </div>
    </div>
  );
}
