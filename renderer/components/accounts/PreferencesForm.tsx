import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useAppInfo } from '../../api/app';
import { useSaveSettings } from '../../api/settings';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import {
  toDraft,
  toPatch,
  validate,
  type DraftErrors,
  type SetDraft,
  type StoredSettings,
} from './draft';
import { ErrorMessage } from './ErrorMessage';
import { focusFirstInvalid } from './focusFirstInvalid';
import { CalendarFields } from './CalendarFields';
import { GeneralFields } from './GeneralFields';
import { SyncFields } from './SyncFields';
import { weekdayNames } from './weekdays';

/**
 * Edited as a draft and saved together. Saving the language switches the whole UI at once,
 * since the app derives its language from the stored settings.
 */
export function PreferencesForm({ settings }: { settings: StoredSettings }) {
  const { t, language } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const save = useSaveSettings();
  const info = useAppInfo();
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saved, setSaved] = useState(false);
  const locale = intlLocale[language];
  const weekdays = useMemo(() => weekdayNames(locale), [locale]);

  const set: SetDraft = (key, value) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setSaved(false);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    const found = validate(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    save.mutate(
      { patch: toPatch(draft) },
      {
        onSuccess: (stored) => {
          setDraft(toDraft(stored));
          setSaved(true);
        },
      },
    );
  };

  return (
    <form ref={form} className="accounts-preferences" onSubmit={submit} noValidate>
      <CalendarFields draft={draft} set={set} errors={errors} weekdays={weekdays} />
      <SyncFields draft={draft} set={set} errors={errors} />
      <GeneralFields
        draft={draft}
        set={set}
        launchAtLoginSupported={info.data?.launchAtLoginSupported ?? false}
      />
      <ErrorMessage error={save.error} />
      <div className="accounts-buttons accounts-save">
        <button type="submit" className="accounts-primary" aria-disabled={save.isPending}>
          {save.isPending ? t('settings.saving') : t('settings.save')}
        </button>
        {saved && (
          <span className="accounts-ok" role="status">
            {t('settings.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
