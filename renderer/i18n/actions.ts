import type { Language } from '../../shared/settings';

/** Confirm, cancel, no-show, moving and blocking time. English is the source; see catalogue.ts. */
const en = {
  'block.open': 'Block time',
} as const;

export const actions: { en: typeof en } & Partial<
  Record<Exclude<Language, 'en'>, Record<keyof typeof en, string>>
> = {
  en,
  de: {
    'block.open': 'Zeit blockieren',
  },
};
