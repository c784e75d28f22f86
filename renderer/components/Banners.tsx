import type { Notice } from '../../shared/contract';
import { intlLocale } from '../calendar/locales';
import { useI18n } from '../i18n';
import { Notices } from './Notices';

/** What must never be missed: fictional data, offline mode, and the main process's warnings. */
export function Banners(props: {
  demo: boolean;
  offline: boolean;
  lastSyncAt: string | null;
  notices: Notice[];
}) {
  const { t, language } = useI18n();
  const time = props.lastSyncAt
    ? new Intl.DateTimeFormat(intlLocale[language], {
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(props.lastSyncAt))
    : '—';
  return (
    <>
      {props.demo && (
        <div className="banner banner-demo" role="status">
          {t('banner.demo')}
        </div>
      )}
      {props.offline && (
        <div className="banner banner-offline" role="alert">
          {t('banner.offline', { time })}
        </div>
      )}
      <Notices notices={props.notices} />
    </>
  );
}
