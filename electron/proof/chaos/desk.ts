import { createInterface } from 'node:readline';
import { createServices } from '../../core/services';
import { createMemorySecretStore, createMemorySettingsStore } from '../../core/stores';
import { createLogger } from '../../log';
import { DESK_HEADER, type DeskReply, type DeskRequest } from './protocol';

/**
 * One reception desk of the chaos suite, in its own process like a separate PC: its own memory
 * stores, its own journal folder (FRONTDESK_JOURNAL_DIR, which outlives a SIGKILL), the managed
 * accounts from FRONTDESK_DOCTENA_* / FRONTDESK_DOCFAV_*, and guard settings from CHAOS_SETTINGS.
 * The driver speaks JSON lines: requests on stdin go through the real IPC dispatch, replies and
 * a first `ready` line go to stdout. Logs (ids and codes only) go to stderr.
 */

const name = process.env.CHAOS_DESK ?? 'desk';
const timeoutMs = Number(process.env.CHAOS_TIMEOUT_MS ?? 1500);
const journalDir = process.env.FRONTDESK_JOURNAL_DIR;

// Tags every platform request with this desk's name, so the simulators can tell desks apart.
const tagged: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.set(DESK_HEADER, name);
  return fetch(input, { ...init, headers });
};

const send = (line: DeskReply) => process.stdout.write(JSON.stringify(line) + '\n');

const runtime = createServices({
  app: { name: 'Frontdesk', version: 'chaos', platform: process.platform },
  settings: createMemorySettingsStore(JSON.parse(process.env.CHAOS_SETTINGS ?? '{}')),
  secrets: createMemorySecretStore(),
  logger: createLogger('info'),
  fetch: tagged,
  push: () => {},
  demoWhenEmpty: false,
  ...(journalDir ? { journalDir } : {}),
  // Scaled to the short client timeout, as the app's defaults are to its 15 s: a create with no
  // answer is given up only after ten timeouts and three reads.
  moveTiming: { settleMs: 10 * timeoutMs, verifyMs: 10 * timeoutMs },
  client: {
    timeoutMs,
    // Short waits, but Retry-After up to a few seconds is sat through, as the app would.
    http: { retry: { retries: 2, baseDelayMs: 50, maxDelayMs: 400, maxRetryAfterMs: 3_000 } },
  },
});

await runtime.start();
send({ type: 'ready', pid: process.pid });

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === '') return;
  const request = JSON.parse(line) as DeskRequest;
  void runtime.dispatch(request.channel, request.input, { transport: 'web' }).then(
    (result) => send({ type: 'reply', id: request.id, result }),
    (err: unknown) =>
      send({
        type: 'reply',
        id: request.id,
        result: { ok: false, error: { code: 'internal', details: { thrown: String(err) } } },
      }),
  );
});
// The driver closing stdin is a clean shutdown (a SIGKILL is the other way out).
lines.on('close', () => {
  void runtime.stop().then(() => process.exit(0));
});
