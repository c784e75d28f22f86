import type { Account } from '../../shared/settings';
import type { Logger } from '../log';
import { createDocfavSource } from '../sync/docfav-source';
import { createDoctenaSource } from '../sync/doctena-source';
import type { SyncSource } from '../sync/source';
import { createDocfavClient } from '../vendors/docfav/client';
import { createDoctenaClient } from '../vendors/doctena/client';

export interface SourceContext {
  fetch: typeof fetch;
  logger: Logger;
  now: () => Date;
  secretFor: (accountId: string) => string | undefined;
}

/** One sync source per connected account that has its secret; the others are reported. */
export function buildSources(
  accounts: Account[],
  context: SourceContext,
): { sources: SyncSource[]; missingSecret: Account[] } {
  const sources: SyncSource[] = [];
  const missingSecret: Account[] = [];
  for (const account of accounts) {
    const secret = context.secretFor(account.id);
    if (!secret) {
      missingSecret.push(account);
      continue;
    }
    if (account.vendor === 'doctena') {
      sources.push(
        createDoctenaSource({
          accountId: account.id,
          label: account.label,
          timeZone: account.timezone,
          now: context.now,
          logger: context.logger,
          client: createDoctenaClient({
            baseUrl: account.baseUrl,
            login: account.login,
            password: secret,
            fetch: context.fetch,
            logger: context.logger,
          }),
        }),
      );
    } else {
      sources.push(
        createDocfavSource({
          accountId: account.id,
          label: account.label,
          clinicIds: account.clinicIds,
          now: context.now,
          logger: context.logger,
          client: createDocfavClient({
            baseUrl: account.baseUrl,
            apiKey: secret,
            fetch: context.fetch,
            logger: context.logger,
          }),
        }),
      );
    }
  }
  return { sources, missingSecret };
}
