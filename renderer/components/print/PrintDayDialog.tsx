import type { CalendarInfo } from '../../../shared/domain';
import { infoKeyOf } from '../../calendar/events';
import { useI18n } from '../../i18n';
import { calendarLabel } from '../guard/names';
import { FormField } from '../ui/FormField';
import { Modal } from '../ui/Modal';

export interface PrintChoice {
  /** Local date, YYYY-MM-DD. */
  day: string;
  /** A calendar's key (accountId|calendarId), or null for every practitioner. */
  only: string | null;
}

interface Props {
  calendars: readonly CalendarInfo[];
  choice: PrintChoice;
  /** The chosen day's calendar is still loading: nothing to print yet. */
  loading: boolean;
  onChange: (choice: PrintChoice) => void;
  onPrint: (output: 'paper' | 'pdf') => void;
  onClose: () => void;
}

export function PrintDayDialog({ calendars, choice, loading, onChange, onPrint, onClose }: Props) {
  const { t } = useI18n();
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        {t('print.cancel')}
      </button>
      <button type="button" onClick={() => onPrint('pdf')} disabled={loading}>
        {t('print.pdf')}
      </button>
      <button type="button" className="primary" onClick={() => onPrint('paper')} disabled={loading}>
        {t('print.paper')}
      </button>
    </>
  );
  return (
    <Modal title={t('print.title')} onClose={onClose} footer={footer}>
      <FormField label={t('print.day')} required>
        {(control) => (
          <input
            {...control}
            type="date"
            value={choice.day}
            onChange={(e) => e.target.value && onChange({ ...choice, day: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('print.practitioners')}>
        {(control) => (
          <select
            {...control}
            value={choice.only ?? ''}
            onChange={(e) => onChange({ ...choice, only: e.target.value || null })}
          >
            <option value="">{t('print.all')}</option>
            {calendars.map((c) => (
              <option key={infoKeyOf(c)} value={infoKeyOf(c)}>
                {calendarLabel(c)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {loading && (
        <p role="status" className="muted">
          {t('print.loading')}
        </p>
      )}
    </Modal>
  );
}
