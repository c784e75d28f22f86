import type { GuardMapping } from '../../../shared/settings';
import { useGuardSuggestions } from '../../api/guard';
import { useI18n } from '../../i18n';
import { pairKey, samePair } from './draft';
import { pairLabel } from './names';

type Pair = Omit<GuardMapping, 'enabled'>;

/**
 * Pairs whose names match on both platforms. Names can match by chance (two doctors called
 * Müller), so each one is only a button the user has to press; nothing is paired on its own.
 */
export function SuggestedPairs(props: { mappings: GuardMapping[]; onUse: (pair: Pair) => void }) {
  const { t } = useI18n();
  const suggestions = useGuardSuggestions();
  const open = (suggestions.data ?? []).filter((s) => !props.mappings.some((m) => samePair(m, s)));
  if (open.length === 0) return null;
  return (
    <div className="guard-suggestions">
      <h4>{t('guard.suggested')}</h4>
      <p className="accounts-hint">{t('guard.suggestedHint')}</p>
      <ul className="guard-pairs">
        {open.map((s) => {
          const pair = pairLabel(s.docfav.name, s.doctena.name);
          return (
            <li key={pairKey(s)} className="guard-pair">
              <span className="guard-pair-name">{pair}</span>
              <button
                type="button"
                aria-label={t('guard.useLabel', { pair })}
                onClick={() =>
                  props.onUse({
                    docfav: { accountId: s.docfav.accountId, calendarId: s.docfav.calendarId },
                    doctena: { accountId: s.doctena.accountId, calendarId: s.doctena.calendarId },
                  })
                }
              >
                {t('guard.use')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
