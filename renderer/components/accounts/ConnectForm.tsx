import type { AccountSummary } from '../../../shared/contract';
import { ConnectDocfav } from './ConnectDocfav';
import { ConnectDoctena } from './ConnectDoctena';
import type { Vendor } from './vendors';

/** The connect flow of one platform. */
export function ConnectForm(props: {
  vendor: Vendor;
  onConnected: (account: AccountSummary) => void;
  onCancel: () => void;
}) {
  return props.vendor === 'doctena' ? (
    <ConnectDoctena onConnected={props.onConnected} onCancel={props.onCancel} />
  ) : (
    <ConnectDocfav onConnected={props.onConnected} onCancel={props.onCancel} />
  );
}
