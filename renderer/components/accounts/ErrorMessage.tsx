import { useI18n } from '../../i18n';
import { errorText } from './errorText';
import type { Vendor } from './vendors';

/** A failure in plain words, announced as soon as it appears. */
/** `address`: on a connect form, where "not found" most likely means a wrong API address. */
export function ErrorMessage(props: { error: unknown; vendor?: Vendor; address?: boolean }) {
  const { t } = useI18n();
  if (!props.error) return null;
  return (
    <p className="accounts-error" role="alert">
      {errorText(props.error, t, props.vendor, { address: props.address === true })}
    </p>
  );
}
