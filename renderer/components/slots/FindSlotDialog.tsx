import { useState } from 'react';
import type { FreeSlot } from '../../../shared/contract';
import type { CalendarInfo } from '../../../shared/domain';
import { useBookingOptions } from '../../api/booking';
import { infoKeyOf } from '../../calendar/events';
import { useI18n } from '../../i18n';
import { calendarLabel, findCalendar } from '../guard/names';
import { FormField } from '../ui/FormField';
import { Modal } from '../ui/Modal';
import { FreeSlotList } from './FreeSlotList';
import './slots.css';

export interface SlotPick {
  slot: FreeSlot;
  calendar: CalendarInfo;
  durationMinutes: number;
  /** The Docfav service chosen, when one set the length. */
  serviceId: string | null;
}

interface Props {
  /** The practitioners to choose from: Doctena calendars and Docfav staff calendars. */
  calendars: readonly CalendarInfo[];
  /** Who is chosen first (default: the first in the list). */
  initial?: { accountId: string; calendarId: string };
  /** A slot was picked: the opener books it, or moves an appointment there. */
  onPick: (pick: SlotPick) => void;
  onClose: () => void;
}

export const SLOT_LENGTHS = [10, 15, 20, 30, 45, 60, 90, 120] as const;
const DEFAULT_LENGTH = 30;

/**
 * "Find a free slot": a practitioner and a service (Docfav) or a length, then the next free slots
 * this week and beyond (on both platforms for a practitioner paired in the double-booking guard).
 */
export function FindSlotDialog({ calendars, initial, onPick, onClose }: Props) {
  const { t } = useI18n();
  const first = (initial && findCalendar(calendars, initial)) ?? calendars[0];
  const [chosenKey, setChosenKey] = useState(first ? infoKeyOf(first) : '');
  const [minutes, setMinutes] = useState<number>(DEFAULT_LENGTH);
  const [serviceId, setServiceId] = useState('');
  const chosen = calendars.find((c) => infoKeyOf(c) === chosenKey);
  // Docfav practitioners offer services, and a service sets the length.
  const docfav = chosen?.source === 'docfav' ? chosen : null;
  const options = useBookingOptions(
    docfav && { accountId: docfav.accountId, calendarId: docfav.id },
  );
  const services = docfav ? (options.data?.services ?? []) : [];
  const service = services.find((s) => s.id === serviceId);
  const length = service
    ? { serviceId: service.id, minutes: service.minutes }
    : { serviceId: null, minutes };
  const bySource = (source: CalendarInfo['source']) => calendars.filter((c) => c.source === source);

  return (
    <Modal title={t('slots.find')} onClose={onClose} closeLabel={t('slots.close')} size="wide">
      <div className="slot-search-fields">
        <FormField label={t('slots.practitioner')}>
          {(control) => (
            <select
              {...control}
              value={chosenKey}
              onChange={(e) => {
                setChosenKey(e.target.value);
                setServiceId('');
              }}
            >
              {(['docfav', 'doctena'] as const).map((source) => (
                <optgroup key={source} label={source === 'docfav' ? 'Docfav' : 'Doctena'}>
                  {bySource(source).map((c) => (
                    <option key={infoKeyOf(c)} value={infoKeyOf(c)}>
                      {calendarLabel(c)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </FormField>
        {services.length > 0 && (
          <FormField label={t('slots.service')}>
            {(control) => (
              <select {...control} value={serviceId} onChange={(e) => setServiceId(e.target.value)}>
                <option value="">{t('slots.noService')}</option>
                {services.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('slots.serviceOption', { name: s.name, minutes: s.minutes })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        {!service && (
          <FormField label={t('slots.length')}>
            {(control) => (
              <select
                {...control}
                value={minutes}
                onChange={(e) => setMinutes(Number(e.target.value))}
              >
                {SLOT_LENGTHS.map((m) => (
                  <option key={m} value={m}>
                    {t('slots.minutes', { minutes: m })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
      </div>
      {chosen && (
        <FreeSlotList
          // A new practitioner or length starts a new list (and its "more" from the first page).
          key={`${chosenKey}|${length.serviceId ?? length.minutes}`}
          calendar={{ accountId: chosen.accountId, calendarId: chosen.id }}
          {...(length.serviceId ? { serviceId: length.serviceId } : { durationMinutes: minutes })}
          onPick={(slot) =>
            onPick({
              slot,
              calendar: chosen,
              durationMinutes: length.minutes,
              serviceId: length.serviceId,
            })
          }
        />
      )}
    </Modal>
  );
}
