import type { CalendarData } from '../../../shared/contract';
import { useSettings } from '../../api/settings';
import { useI18n } from '../../i18n';
import { ConflictList } from './ConflictList';
import { GuardStatusLine } from './GuardStatusLine';
import './guard.css';

/** The guard in the sidebar: double bookings to deal with, and whether the guard is working. */
export function SidebarGuard(props: { data: CalendarData | undefined }) {
  const { t } = useI18n();
  const settings = useSettings();
  const active = settings.data?.guard.mappings.some((m) => m.enabled) ?? false;
  const conflicts = props.data?.conflicts ?? [];
  if (!active && conflicts.length === 0) return null;
  return (
    <>
      {conflicts.length > 0 && props.data && (
        <ConflictList conflicts={conflicts} data={props.data} />
      )}
      {active && (
        <section className="guard-sidebar" aria-label={t('guard.title')}>
          <h3>{t('guard.title')}</h3>
          <GuardStatusLine compact />
        </section>
      )}
    </>
  );
}
