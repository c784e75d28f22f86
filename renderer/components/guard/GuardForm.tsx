import { useState, type FormEvent } from 'react';
import type { CalendarInfo } from '../../../shared/domain';
import type { GuardMapping, GuardSettings } from '../../../shared/settings';
import { useRunGuard } from '../../api/guard';
import { useSaveSettings } from '../../api/settings';
import { useI18n } from '../../i18n';
import { ErrorMessage } from '../accounts/ErrorMessage';
import { AddPair } from './AddPair';
import { toDraft, toGuard, weeksError, type GuardDraft } from './draft';
import { GuardOptionFields } from './GuardOptionFields';
import { GuardStatusLine } from './GuardStatusLine';
import { PairList } from './PairList';
import { SuggestedPairs } from './SuggestedPairs';
import { errorText } from '../accounts/errorText';

/**
 * Pairs and options, edited as a draft and saved together (nothing is mirrored before the user
 * saves). Saving is followed by a check, so the effect shows without waiting for the next sync.
 */
export function GuardForm(props: {
  stored: GuardSettings;
  calendars: CalendarInfo[] | undefined;
  calendarsError: Error | null;
}) {
  const { t } = useI18n();
  const save = useSaveSettings();
  const run = useRunGuard();
  const [draft, setDraft] = useState<GuardDraft>(() => toDraft(props.stored));
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState(false);
  const calendars = props.calendars ?? [];

  const change = (next: Partial<GuardDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setSaved(false);
  };
  const setMappings = (update: (mappings: GuardMapping[]) => GuardMapping[]) => {
    setDraft((current) => ({ ...current, mappings: update(current.mappings) }));
    setSaved(false);
  };
  const addPair = (pair: Omit<GuardMapping, 'enabled'>) =>
    setMappings((mappings) => [...mappings, { ...pair, enabled: true }]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setShowErrors(true);
    if (weeksError(draft)) return;
    save.mutate(
      { patch: { guard: toGuard(draft) } },
      {
        onSuccess: (stored) => {
          setDraft(toDraft(stored.guard));
          setShowErrors(false);
          setSaved(true);
          run.mutate();
        },
      },
    );
  };

  return (
    <form className="guard-form" onSubmit={submit} noValidate>
      <fieldset className="accounts-fieldset">
        <legend>{t('guard.pairs')}</legend>
        <PairList mappings={draft.mappings} calendars={calendars} onChange={setMappings} />
        <SuggestedPairs mappings={draft.mappings} onUse={addPair} />
        {props.calendarsError ? (
          <p className="accounts-error" role="alert">
            {t('error.generic', { message: errorText(props.calendarsError, t) })}
          </p>
        ) : props.calendars ? (
          <AddPair calendars={calendars} mappings={draft.mappings} onAdd={addPair} />
        ) : (
          <p className="accounts-hint">{t('guard.loadingCalendars')}</p>
        )}
      </fieldset>
      <GuardOptionFields draft={draft} showErrors={showErrors} onChange={change} />
      <ErrorMessage error={save.error} />
      {run.error && (
        <p className="accounts-error" role="alert">
          {t('guard.runFailed', { message: errorText(run.error, t) })}
        </p>
      )}
      <div className="accounts-buttons">
        <button type="submit" className="accounts-primary" aria-disabled={save.isPending}>
          {save.isPending ? t('guard.saving') : t('guard.save')}
        </button>
        {saved && (
          <span className="accounts-ok" role="status">
            {t('guard.saved')}
          </span>
        )}
      </div>
      <GuardStatusLine checking={run.isPending} />
    </form>
  );
}
