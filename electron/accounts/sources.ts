import type { Account, DocfavAccount, DoctenaAccount } from '../../shared/settings';
import type { Logger } from '../log';
import { createDocfavSource } from '../sync/docfav-source';
import { createDoctenaSource } from '../sync/doctena-source';
import type { SyncSource } from '../sync/source';
import { createDocfavClient, type DocfavClient } from '../vendors/docfav/client';
import {
  createDoctenaClient,
  type DoctenaClient,
  type DoctenaClientOptions,
} from '../vendors/doctena/client';

export interface SourceContext {
  fetch: typeof fetch;
  logger: Logger;
  now: () => Date;
  secretFor: (accountId: string) => string | undefined;
  /** Tests shorten timeouts and retries; the app keeps the clients' defaults. */
  client?: Pick<DoctenaClientOptions, 'timeoutMs' | 'http'>;
}

/** A connected account at run time: its settings, its API client and its sync source. */
export type AccountRuntime =
  | { vendor: 'doctena'; account: DoctenaAccount; client: DoctenaClient; source: SyncSource }
  | { vendor: 'docfav'; account: DocfavAccount; client: DocfavClient; source: SyncSource };
export type DoctenaRuntime = Extract<AccountRuntime, { vendor: 'doctena' }>;
export type DocfavRuntime = Extract<AccountRuntime, { vendor: 'docfav' }>;

/** One runtime per account that has its secret; the others are reported. */
export function buildRuntimes(
  accounts: Account[],
  context: SourceContext,
): { runtimes: AccountRuntime[]; missingSecret: Account[] } {
  const runtimes: AccountRuntime[] = [];
  const missingSecret: Account[] = [];
  for (const account of accounts) {
    const secret = context.secretFor(account.id);
    if (!secret) {
      missingSecret.push(account);
      continue;
    }
    const common = {
      accountId: account.id,
      label: account.label,
      now: context.now,
      logger: context.logger,
    };
    if (account.vendor === 'doctena') {
      const client = createDoctenaClient({
        baseUrl: account.baseUrl,
        login: account.login,
        password: secret,
        fetch: context.fetch,
        logger: context.logger,
        ...context.client,
      });
      const source = createDoctenaSource({ ...common, client, timeZone: account.timezone });
      runtimes.push({ vendor: 'doctena', account, client, source });
    } else {
      const client = createDocfavClient({
        baseUrl: account.baseUrl,
        apiKey: secret,
        fetch: context.fetch,
        logger: context.logger,
        ...context.client,
      });
      const source = createDocfavSource({ ...common, client, clinicIds: account.clinicIds });
      runtimes.push({ vendor: 'docfav', account, client, source });
    }
  }
  return { runtimes, missingSecret };
}

/** Just the sync sources, for callers that only read. */
export function buildSources(accounts: Account[], context: SourceContext) {
  const { runtimes, missingSecret } = buildRuntimes(accounts, context);
  return { sources: runtimes.map((r) => r.source), missingSecret };
}
