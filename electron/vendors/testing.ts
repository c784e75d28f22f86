// Kept for the unit tests that import it; the test doubles live in electron/testing/fakes.ts.
export * from '../testing/fakes';
