// Kept for the unit tests that import it; the helper lives in electron/testing/services.ts.
export { createTestServices } from '../testing/services';
