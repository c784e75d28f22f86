import { useId, useState } from 'react';
import type { CalendarInfo } from '../../../shared/domain';
import type { GuardMapping } from '../../../shared/settings';
import { infoKeyOf } from '../../calendar/events';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../../shared/i18n/keys';
import { CalendarSelect } from './CalendarSelect';
import { samePair } from './draft';

type Pair = Omit<GuardMapping, 'enabled'>;

/** Pairing by hand, for names that differ between the platforms. */
export function AddPair(props: {
  calendars: CalendarInfo[];
  mappings: GuardMapping[];
  onAdd: (pair: Pair) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [docfavKey, setDocfavKey] = useState('');
  const [doctenaKey, setDoctenaKey] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const docfav = props.calendars.filter((c) => c.source === 'docfav');
  const doctena = props.calendars.filter((c) => c.source === 'doctena');
  if (docfav.length === 0 || doctena.length === 0) {
    return <p className="accounts-hint">{t('guard.noCalendars')}</p>;
  }
  const errorId = `${id}-error`;
  const describedBy = problem ? errorId : undefined;

  const add = () => {
    const df = docfav.find((c) => infoKeyOf(c) === docfavKey);
    const dt = doctena.find((c) => infoKeyOf(c) === doctenaKey);
    if (!df || !dt) {
      setProblem('guard.needBoth');
      return;
    }
    const pair: Pair = {
      docfav: { accountId: df.accountId, calendarId: df.id },
      doctena: { accountId: dt.accountId, calendarId: dt.id },
    };
    if (props.mappings.some((m) => samePair(m, pair))) {
      setProblem('guard.duplicate');
      return;
    }
    setProblem(null);
    setDocfavKey('');
    setDoctenaKey('');
    props.onAdd(pair);
  };

  return (
    <div className="guard-add" role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('guard.add')}</h4>
      <div className="accounts-pair">
        <CalendarSelect
          label={t('guard.docfav')}
          calendars={docfav}
          value={docfavKey}
          invalid={problem === 'guard.needBoth' && !docfavKey}
          describedBy={describedBy}
          onChange={(key) => {
            setDocfavKey(key);
            setProblem(null);
          }}
        />
        <CalendarSelect
          label={t('guard.doctena')}
          calendars={doctena}
          value={doctenaKey}
          invalid={problem === 'guard.needBoth' && !doctenaKey}
          describedBy={describedBy}
          onChange={(key) => {
            setDoctenaKey(key);
            setProblem(null);
          }}
        />
      </div>
      {problem && (
        <p id={errorId} className="accounts-error" role="alert">
          {t(problem)}
        </p>
      )}
      <button type="button" onClick={add}>
        {t('guard.addButton')}
      </button>
    </div>
  );
}
