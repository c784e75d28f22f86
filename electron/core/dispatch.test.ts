import { describe, expect, it } from 'vitest';
import { channelNames, channels } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { silentLogger } from '../log';
import { createDispatcher, type Handlers } from './dispatch';
import { createHandlers } from './handlers';
import { createTestServices } from '../testing/services';

const ctx = { transport: 'web' as const };

describe('dispatcher', () => {
  it('has a handler for every contract channel and refuses to start without one', () => {
    const { services } = createTestServices();
    const handlers = createHandlers(services);
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
    const { 'app:info': _dropped, ...incomplete } = handlers;
    expect(() => createDispatcher(incomplete as Handlers, silentLogger)).toThrow(/app:info/);
  });

  it('answers a valid call', async () => {
    const { dispatch } = createTestServices();
    const result = await dispatch('app:info', {}, ctx);
    expect(result).toMatchObject({
      ok: true,
      // The test services (like the web bridge) cannot start the app at login.
      value: { version: '1.2.3', secretStorage: 'memory', launchAtLoginSupported: false },
    });
  });

  it.each([
    ['an unknown channel', 'secrets:dump', {}, 'unknown-channel'],
    ['a channel name that is an Object prototype key', 'constructor', {}, 'unknown-channel'],
    ['a non-string channel', 42, {}, 'unknown-channel'],
    ['a string instead of an object', 'app:info', 'hello', 'invalid-input'],
    ['null', 'app:info', null, 'invalid-input'],
    ['undefined', 'settings:update', undefined, 'invalid-input'],
    ['an extra key', 'app:info', { extra: true }, 'invalid-input'],
    [
      'a prototype-pollution key',
      'app:info',
      JSON.parse('{"__proto__": {"admin": true}}'),
      'invalid-input',
    ],
    ['a wrong type', 'settings:update', { patch: { pollIntervalSeconds: '60' } }, 'invalid-input'],
    [
      'an out-of-range number',
      'settings:update',
      { patch: { pollIntervalSeconds: 1 } },
      'invalid-input',
    ],
    ['an undeclared field', 'settings:update', { patch: { accounts: [] } }, 'invalid-input'],
    [
      'a huge string',
      'settings:update',
      { patch: { language: 'x'.repeat(1_000_000) } },
      'invalid-input',
    ],
    ['an array', 'settings:update', [1, 2, 3], 'invalid-input'],
  ])('refuses %s with a typed error and calls no vendor', async (_name, channel, input, code) => {
    const { dispatch, fetch, services } = createTestServices();
    const before = services.settings.read();
    const result = await dispatch(channel, input, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error).not.toHaveProperty('message');
      // The details name the problem, never the value that was sent.
      expect(JSON.stringify(result.error)).not.toContain('xxxxxxxxxx');
    }
    expect(fetch).not.toHaveBeenCalled();
    expect(services.settings.read()).toEqual(before);
  });

  it('strips undeclared output fields so nothing extra reaches the renderer', async () => {
    const { services } = createTestServices();
    const handlers = createHandlers(services);
    const leaky: Handlers = {
      ...handlers,
      'accounts:list': () =>
        [
          { id: 'a', vendor: 'docfav', label: 'Clinic', hasSecret: true, apiKey: 'df_pk_secret' },
        ] as never,
    };
    const result = await createDispatcher(leaky, silentLogger)('accounts:list', {}, ctx);
    expect(JSON.stringify(result)).not.toContain('df_pk_secret');
  });

  it('turns an invalid handler output into an internal error, not a half-valid answer', async () => {
    const { services } = createTestServices();
    const broken: Handlers = {
      ...createHandlers(services),
      'app:info': () => ({ name: 1 }) as never,
    };
    const result = await createDispatcher(broken, silentLogger)('app:info', {}, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('passes typed errors through and hides the text of unexpected ones', async () => {
    const { services } = createTestServices();
    const handlers: Handlers = {
      ...createHandlers(services),
      'app:info': () => {
        throw new AppError('rate-limited', { retryAfterMs: 2000 });
      },
      'accounts:list': () => {
        throw new Error('patient Maria Lopez crashed the parser');
      },
    };
    const dispatch = createDispatcher(handlers, silentLogger);
    expect(await dispatch('app:info', {}, ctx)).toEqual({
      ok: false,
      error: {
        code: 'rate-limited',
        details: { retryAfterMs: 2000 },
      },
    });
    const hidden = await dispatch('accounts:list', {}, ctx);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(hidden)).not.toContain('Maria');
  });

  it('updates settings and validates push events on the way out', async () => {
    const { dispatch, services, pushed, applied } = createTestServices();
    const result = await dispatch('settings:update', { patch: { showCancelled: true } }, ctx);
    expect(result).toMatchObject({ ok: true, value: { showCancelled: true } });
    expect(services.settings.read().showCancelled).toBe(true);
    await dispatch('settings:update', { patch: { launchAtLogin: true } }, ctx);
    // OS-level settings (the login item) are applied after each change.
    expect(applied.at(-1)).toMatchObject({ launchAtLogin: true });
    expect(
      channels['settings:get'].output.safeParse((result as { value: unknown }).value).success,
    ).toBe(true);

    services.emit('sync:finished', {
      accountId: 'a',
      at: '2026-11-24T10:00:00Z',
      ok: true,
      changed: 2,
    });
    services.emit('sync:finished', { accountId: 'a', at: 'yesterday', changed: -1 } as never);
    expect(pushed).toEqual([
      {
        event: 'sync:finished',
        payload: { accountId: 'a', at: '2026-11-24T10:00:00Z', ok: true, changed: 2 },
      },
    ]);
  });
});
