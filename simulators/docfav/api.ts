import type { SimRequest } from '../kit/server';
import type { AuthContext } from './auth';
import type { DocfavStore } from './store';
import type { Clinic, Scope } from './types';

// What a route file registers with, apart from routes.ts (which imports every route file), so
// the route files do not import their own importer.

export interface Ctx {
  store: DocfavStore;
  req: SimRequest;
  auth: AuthContext;
}

export interface ClinicCtx extends Ctx {
  clinic: Clinic;
}

export interface Result {
  status?: number;
  data: unknown;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What the route files register with: scopes are declared next to each endpoint. */
export interface Api {
  route(method: Method, path: string, scopes: readonly Scope[], handle: (ctx: Ctx) => Result): void;
  /** A route under `/backofficeclinics/:clinicId` that needs the user to manage that clinic. */
  clinicRoute(
    method: Method,
    path: string,
    scopes: readonly Scope[],
    handle: (ctx: ClinicCtx) => Result,
  ): void;
}
