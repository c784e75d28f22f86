import { Router, type SimRequest, type SimResponse } from '../kit/server';
import { authenticate, managedClinic, rateLimitHeaders } from './auth';
import { ApiError, envelope, errorResponse, okResponse } from './envelope';
import { registerAccountRoutes } from './routes-account';
import { registerAppointmentRoutes } from './routes-appointments';
import { registerCalendarRoutes } from './routes-calendars';
import { registerClientRoutes } from './routes-clients';
import type { DocfavStore } from './store';
import type { Api, Result } from './api';

export const DOCFAV_BASE_PATH = '/api-connector/v1';

function run(store: DocfavStore, work: () => Result): SimResponse {
  try {
    const result = work();
    return okResponse(store.now(), result.data, result.status);
  } catch (err) {
    if (err instanceof ApiError) return errorResponse(store.now(), err);
    throw err;
  }
}

export function createDocfavRouter(store: DocfavStore): Router {
  const router = new Router();
  const api: Api = {
    route(method, path, scopes, handle) {
      router.on(method, path, (req) =>
        run(store, () => handle({ store, req, auth: authenticate(store, req, scopes) })),
      );
    },
    clinicRoute(method, path, scopes, handle) {
      router.on(method, `/backofficeclinics/:clinicId${path}`, (req) =>
        run(store, () => {
          const auth = authenticate(store, req, scopes);
          const clinic = managedClinic(store, auth.user, req.params.clinicId ?? '');
          return handle({ store, req, auth, clinic });
        }),
      );
    },
  };

  registerAccountRoutes(api);
  registerClientRoutes(api);
  registerCalendarRoutes(api);
  registerAppointmentRoutes(api);

  // Anything else still answers in Docfav's envelope (after authentication, like the real API)
  // rather than the kit's bare 404.
  const unknown = (req: SimRequest) =>
    run(store, () => {
      authenticate(store, req, []);
      throw new ApiError(404, 'NOT_FOUND', `No route for ${req.method} ${req.pathname}`);
    });
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
    router.on(method, '/', unknown);
    for (let depth = 1; depth <= 8; depth++) {
      const path = Array.from({ length: depth }, (_, i) => `/:p${i}`).join('');
      router.on(method, path, unknown);
    }
  }
  return router;
}

const FAULT_ERRORS = {
  429: ['RATE_LIMIT_EXCEEDED', 'Request rate limit exceeded'],
  500: ['INTERNAL_ERROR', 'Internal server error'],
  503: ['API_DISABLED', 'The API is temporarily disabled'],
} as const;

export function renderDocfavFault(
  store: DocfavStore,
  status: 429 | 500 | 503,
  retryAfterSeconds: number,
): SimResponse {
  const [code, message] = FAULT_ERRORS[status];
  return {
    status,
    body: envelope(store.now(), null, [{ code, message }]),
    ...(status === 429 ? { headers: { 'Retry-After': String(retryAfterSeconds) } } : {}),
  };
}

export function decorateDocfav(store: DocfavStore, req: SimRequest, res: SimResponse): SimResponse {
  return { ...res, headers: { ...res.headers, ...rateLimitHeaders(store, req) } };
}
