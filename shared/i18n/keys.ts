import type { en } from './locales/en';

/** Every sentence's key. English (locales/en.ts) is the source; the others are typed against it. */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
