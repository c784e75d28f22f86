import type { SimRequest } from '../kit/server';
import { ApiError } from './envelope';
import type { DocfavStore } from './store';
import type { ApiKey, Clinic, Scope, User } from './types';
import { isUuid } from './params';

// The simulator listens on loopback only, so every caller is 127.0.0.1.
const CALLER_IP = '127.0.0.1';

export interface AuthContext {
  key: ApiKey;
  user: User;
}

function headerKey(req: SimRequest): string | undefined {
  const v = req.headers['x-api-key'];
  const key = Array.isArray(v) ? v[0] : v;
  return key?.trim() || undefined;
}

function isExpired(store: DocfavStore, key: ApiKey): boolean {
  return (
    key.status === 'expired' ||
    (key.expiresAt !== null && key.expiresAt.getTime() <= store.now().getTime())
  );
}

/** The key a request authenticates with, when it is usable at all (known, live, not expired). */
export function liveKey(store: DocfavStore, req: SimRequest): ApiKey | undefined {
  const raw = headerKey(req);
  const key = raw === undefined ? undefined : store.apiKeys.get(raw);
  if (!key || key.status === 'revoked' || isExpired(store, key)) return undefined;
  return key;
}

/**
 * Checks in the order a request meets them: key known, not revoked, not expired, hourly budget
 * (authenticated requests count even when refused later), account API switch, IP allowlist, scopes.
 */
export function authenticate(
  store: DocfavStore,
  req: SimRequest,
  scopes: readonly Scope[],
): AuthContext {
  const raw = headerKey(req);
  const key = raw === undefined ? undefined : store.apiKeys.get(raw);
  if (!key) {
    throw new ApiError(
      401,
      'INVALID_API_KEY',
      raw === undefined ? 'Missing API key' : 'Invalid API key',
    );
  }
  if (key.status === 'revoked') {
    throw new ApiError(401, 'API_KEY_REVOKED', 'The API key has been revoked');
  }
  if (isExpired(store, key)) {
    throw new ApiError(401, 'API_KEY_EXPIRED', 'The API key has expired');
  }
  const user = store.users.get(key.userId);
  if (!user) throw new ApiError(401, 'INVALID_API_KEY', 'Invalid API key');

  const retryAfter = store.consumeRequest(key);
  if (retryAfter !== null) {
    throw new ApiError(
      429,
      'RATE_LIMIT_EXCEEDED',
      `Request rate limit exceeded. Retry in ${retryAfter} seconds`,
      {},
      { 'Retry-After': String(retryAfter) },
    );
  }
  if (user.apiDisabled) {
    throw new ApiError(503, 'API_DISABLED', 'The API is temporarily disabled');
  }
  if (key.allowedIps !== null && !key.allowedIps.includes(CALLER_IP)) {
    throw new ApiError(403, 'IP_NOT_ALLOWED', `Access denied from this IP address (${CALLER_IP})`);
  }
  const missing = scopes.filter((s) => !key.scopes.includes(s));
  if (missing.length > 0) {
    throw new ApiError(
      403,
      'INSUFFICIENT_SCOPES',
      `The API key lacks required permissions. Missing scopes: ${missing.join(', ')}`,
      { missing_scopes: missing },
    );
  }
  return { key, user };
}

/** Unknown clinics are 404; clinics that exist but are someone else's are 403. */
export function managedClinic(store: DocfavStore, user: User, clinicId: string): Clinic {
  const clinic = isUuid(clinicId) ? store.clinics.get(clinicId) : undefined;
  if (!clinic) throw new ApiError(404, 'NOT_FOUND', 'Back office clinic not found');
  if (!user.clinicIds.includes(clinic.id)) {
    throw new ApiError(
      403,
      'CLINIC_MANAGER_ACCESS_DENIED',
      'The user is not a manager of the requested clinic',
    );
  }
  return clinic;
}

/** X-RateLimit-* for any request made with a live key, whatever the answer. */
export function rateLimitHeaders(store: DocfavStore, req: SimRequest): Record<string, string> {
  const key = liveKey(store, req);
  if (!key) return {};
  const state = store.rateLimitState(key);
  return {
    'X-RateLimit-Limit': String(state.limit),
    'X-RateLimit-Remaining': String(state.remaining),
    'X-RateLimit-Reset': String(state.reset),
  };
}
