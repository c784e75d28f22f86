import type { AccountSummary } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import type { Account } from '../../../shared/settings';
import { docfavAccount, testDocfav, testDoctena } from '../../accounts/connect';
import { systemTimeZone } from '../../accounts/managed';
import type { Handlers } from '../dispatch';
import type { Services } from '../types';

type AccountChannels =
  | 'accounts:list'
  | 'accounts:connectDoctena'
  | 'accounts:discoverDocfav'
  | 'accounts:connectDocfav'
  | 'accounts:disconnect'
  | 'accounts:setTimezone'
  | 'demo:set';

/**
 * Connecting, listing and removing accounts. Secrets come in from the renderer once, are tested,
 * then stored encrypted; they never go back out.
 */
export function accountHandlers(services: Services): Pick<Handlers, AccountChannels> {
  const summary = (account: Account): AccountSummary => {
    const managed = services.managed.accounts.some((m) => m.id === account.id);
    return {
      id: account.id,
      vendor: account.vendor,
      label: account.label,
      hasSecret: managed || services.secrets.get(account.id) !== undefined,
      managed,
      timezone: account.vendor === 'doctena' ? account.timezone : null,
    };
  };

  /** Saves the account, then its secret; rolls the account back if the secret cannot be kept. */
  const save = async (account: Account, secret: string) => {
    const settings = services.settings.read();
    const others = settings.accounts.filter((a) => a.id !== account.id);
    // A real account ends the demo for good: disconnecting it later must not bring it back.
    services.settings.write({ ...settings, accounts: [...others, account], demoWhenEmpty: false });
    try {
      services.secrets.set(account.id, secret);
    } catch (err) {
      services.settings.write({ ...services.settings.read(), accounts: others });
      throw err;
    }
    await services.reloadAccounts();
    return summary(account);
  };

  const context = { fetch: services.fetch, logger: services.logger };

  return {
    'accounts:list': () =>
      [...services.managed.accounts, ...services.settings.read().accounts].map(summary),

    'accounts:connectDoctena': async (input) => {
      const account = await testDoctena(
        { ...input, timezone: input.timezone ?? systemTimeZone() },
        context,
      );
      return save(account, input.password);
    },

    'accounts:discoverDocfav': async (input) => (await testDocfav(input, context)).clinics,

    'accounts:connectDocfav': async (input) => {
      const tested = await testDocfav(input, context);
      const unknown = input.clinicIds.filter((id) => !tested.clinics.some((c) => c.id === id));
      if (unknown.length > 0) {
        throw new AppError('validation', { reason: 'clinic-not-visible', vendor: 'docfav' });
      }
      return save(docfavAccount(tested, input.clinicIds, input.label), input.apiKey);
    },

    'accounts:disconnect': async ({ accountId }) => {
      if (services.managed.accounts.some((a) => a.id === accountId)) {
        throw new AppError('validation', { reason: 'managed-account' });
      }
      const settings = services.settings.read();
      const remaining = settings.accounts.filter((a) => a.id !== accountId);
      const removed = remaining.length !== settings.accounts.length;
      // Settings first: a crash in between leaves a secret without an account, which the next
      // load deletes, never an account without its secret.
      services.settings.write({ ...settings, accounts: remaining });
      services.secrets.delete(accountId);
      // Dropping its runtime drops every record of it: patient data is held in memory only.
      await services.reloadAccounts();
      return { removed };
    },

    'accounts:setTimezone': async ({ accountId, timezone }) => {
      const settings = services.settings.read();
      const account = settings.accounts.find((a) => a.id === accountId);
      if (!account || account.vendor !== 'doctena') {
        throw new AppError('not-found', { reason: 'account-gone', vendor: 'doctena' });
      }
      const next = { ...account, timezone };
      services.settings.write({
        ...settings,
        accounts: settings.accounts.map((a) => (a.id === accountId ? next : a)),
      });
      await services.reloadAccounts();
      return summary(next);
    },

    'demo:set': async ({ enabled }) => {
      services.settings.write({ ...services.settings.read(), demoWhenEmpty: enabled });
      await services.reloadAccounts();
      return { demo: services.isDemo() };
    },
  };
}
