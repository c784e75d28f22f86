import type { RefObject } from 'react';
import { useI18n } from '../i18n';

export type ViewName = 'timeGridWeek' | 'timeGridDay' | 'listDay';

interface Props {
  title: string;
  view: string;
  date: string;
  syncing: boolean;
  lastSynced: string | null;
  onPrevious: () => void;
  onToday: () => void;
  onNext: () => void;
  onDate: (date: string) => void;
  onView: (view: ViewName) => void;
  onRefresh: () => void;
  onBlock: () => void;
  /** "New appointment": the booking dialog. */
  onBook: () => void;
  /** Offline: booking and blocking time are disabled. */
  readOnly: boolean;
  searchSlot: React.ReactNode;
  /** "Find a free slot", beside "New appointment". */
  findSlot: React.ReactNode;
  titleRef?: RefObject<HTMLHeadingElement | null>;
}

const VIEWS: { view: ViewName; key: 'view.week' | 'view.day' | 'view.agenda' }[] = [
  { view: 'timeGridWeek', key: 'view.week' },
  { view: 'timeGridDay', key: 'view.day' },
  { view: 'listDay', key: 'view.agenda' },
];

/**
 * A button that shows its icon and, where the top bar has room, its words. The words stay in the
 * DOM either way (hidden visually at 1366 px), so the button's accessible name is always them.
 */
function IconButton(props: {
  icon: string;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  className?: string;
  busy?: boolean;
}) {
  return (
    <button
      type="button"
      className={`icon-button ${props.className ?? ''}`}
      onClick={props.onClick}
      disabled={props.disabled}
      aria-busy={props.busy}
      title={props.label}
    >
      <span className="icon" aria-hidden="true">
        {props.icon}
      </span>
      <span className="icon-label">{props.label}</span>
    </button>
  );
}

export function Toolbar(props: Props) {
  const { t } = useI18n();
  return (
    <div className="toolbar">
      <nav className="week-nav" aria-label={t('calendar.label')}>
        <button
          type="button"
          data-nav="previous"
          onClick={props.onPrevious}
          aria-label={t('nav.previous')}
        >
          ‹
        </button>
        <button type="button" data-nav="today" onClick={props.onToday}>
          {t('nav.today')}
        </button>
        <button type="button" data-nav="next" onClick={props.onNext} aria-label={t('nav.next')}>
          ›
        </button>
      </nav>
      <h2 className="range-title" aria-live="polite" ref={props.titleRef}>
        {props.title}
      </h2>
      <input
        type="date"
        className="date-jump"
        aria-label={t('nav.jumpTo')}
        value={props.date}
        onChange={(e) => e.currentTarget.value && props.onDate(e.currentTarget.value)}
      />
      <div className="view-switch" role="group" aria-label={t('view.label')}>
        {VIEWS.map(({ view, key }) => (
          <button
            key={view}
            type="button"
            aria-pressed={props.view === view}
            onClick={() => props.onView(view)}
          >
            {t(key)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="book-button"
        onClick={props.onBook}
        disabled={props.readOnly}
      >
        <span className="icon" aria-hidden="true">
          +
        </span>{' '}
        {t('booking.open')}
      </button>
      <span className="find-slot">{props.findSlot}</span>
      <IconButton
        icon="⊘"
        label={t('block.open')}
        onClick={props.onBlock}
        disabled={props.readOnly}
      />
      <div className="toolbar-search">{props.searchSlot}</div>
      <div className="sync-state">
        <span className="muted" data-testid="last-synced">
          {props.syncing
            ? t('nav.syncing')
            : props.lastSynced
              ? t('nav.lastSynced', { time: props.lastSynced })
              : t('nav.neverSynced')}
        </span>
        <IconButton
          icon="↻"
          label={t('nav.refresh')}
          className="refresh"
          onClick={props.onRefresh}
          disabled={props.syncing}
          busy={props.syncing}
        />
      </div>
    </div>
  );
}
