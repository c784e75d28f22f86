import type { CalendarEvent } from '../../../shared/domain';
import type { PatientCard as Card } from '../../../shared/patients';
import { usePatientCard } from '../../api/patients';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { errorText } from '../accounts/errorText';
import { AppointmentList } from './AppointmentList';
import { birthday, mailtoHref, telHref } from './format';

const WITH_PATIENT = new Set<CalendarEvent['kind']>(['doctena-booking', 'docfav-appointment']);

/**
 * The patient of an appointment: how to reach them and what the practice knows, the same layout
 * for both platforms. Read when the panel opens and dropped when it closes.
 */
export function PatientCard({ event }: { event: CalendarEvent }) {
  if (!event.patient || !WITH_PATIENT.has(event.kind)) return null;
  return <LoadedCard eventId={event.id} />;
}

function LoadedCard({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const card = usePatientCard(eventId);
  return (
    <section className="patient-card" aria-label={t('patient.card')} aria-busy={card.isPending}>
      {card.isPending ? (
        <p className="muted">{t('patient.loading')}</p>
      ) : card.isError ? (
        <p className="error" role="alert">
          {t('patient.failed', { message: errorText(card.error, t) })}
        </p>
      ) : (
        <CardDetails card={card.data} />
      )}
    </section>
  );
}

function CardDetails({ card }: { card: Card }) {
  const { t, language } = useI18n();
  const tel = card.phone ? telHref(card.phone) : null;
  const mailto = card.email ? mailtoHref(card.email) : null;
  return (
    <>
      <dl>
        {card.phone && (
          <>
            <dt>{t('details.phone')}</dt>
            <dd>{tel ? <a href={tel}>{card.phone}</a> : card.phone}</dd>
          </>
        )}
        {card.email && (
          <>
            <dt>{t('details.email')}</dt>
            <dd>{mailto ? <a href={mailto}>{card.email}</a> : card.email}</dd>
          </>
        )}
        {card.birthDate && (
          <>
            <dt>{t('patient.birthDate')}</dt>
            <dd>{birthday(card.birthDate, intlLocale[language])}</dd>
          </>
        )}
        {card.insurance && (
          <>
            <dt>{t('details.insurance')}</dt>
            <dd>{card.insurance}</dd>
          </>
        )}
        {card.reminders !== null && (
          <>
            <dt>{t('patient.reminders')}</dt>
            <dd>{t(card.reminders ? 'patient.remindersOn' : 'patient.remindersOff')}</dd>
          </>
        )}
        {card.tags.length > 0 && (
          <>
            <dt>{t('patient.tags')}</dt>
            <dd>{card.tags.join(', ')}</dd>
          </>
        )}
        {card.note && (
          <>
            <dt>{t('patient.note')}</dt>
            <dd className="patient-note">{card.note}</dd>
          </>
        )}
      </dl>
      <h3 className="patient-others">{t('patient.others')}</h3>
      {card.appointments.length > 0 ? (
        <AppointmentList events={card.appointments} />
      ) : (
        <p className="muted">{t('patient.noOthers')}</p>
      )}
    </>
  );
}
