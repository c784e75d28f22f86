import type { Range } from '../../shared/contract';

/**
 * Every TanStack Query key in one place, so that what a write invalidates and what a screen reads
 * cannot drift apart. Calendar entries hold CalendarData only: code that walks `calendar.all`
 * relies on it, which is why the guard's queries live under a key of their own.
 */
export const keys = {
  appInfo: ['app:info'] as const,
  settings: ['settings'] as const,
  accounts: ['accounts'] as const,
  calendar: {
    all: ['calendar'] as const,
    range: (range: Range) => ['calendar', range.from, range.to] as const,
    none: ['calendar', 'none'] as const,
  },
  search: {
    all: ['search'] as const,
    query: (text: string) => ['search', text] as const,
  },
  /** One appointment's patient card: dropped as soon as its panel closes (patient data). */
  patientCard: (eventId: string) => ['patient-card', eventId] as const,
  toConfirm: {
    all: ['to-confirm'] as const,
    from: (from: string) => ['to-confirm', from] as const,
  },
  /** A bulk cancel's progress (see bulkCancel.ts). */
  bulkCancel: (id: string) => ['bulk-cancel', id] as const,
  guard: {
    status: ['guard', 'status'] as const,
    suggestions: ['guard', 'suggestions'] as const,
    calendars: ['guard', 'calendars'] as const,
  },
};
