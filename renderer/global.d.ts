import type { FrontdeskApi } from '../shared/contract';

declare global {
  interface Window {
    /** Provided by the preload (Electron) or the web bridge's shim; identical either way. */
    readonly api: FrontdeskApi;
  }
}
