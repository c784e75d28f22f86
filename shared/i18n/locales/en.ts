/** English: the source catalogue. Every other language has exactly these keys (typed and tested). */
export const en = {
  // Calendar, navigation, settings and general errors
  'app.title': 'Frontdesk',
  'app.loading': 'Loading…',
  'app.version': 'Version {version}',
  'nav.today': 'Today',
  'nav.previous': 'Previous week',
  'nav.next': 'Next week',
  'nav.jumpTo': 'Go to date',
  'nav.refresh': 'Refresh',
  'nav.syncing': 'Syncing…',
  'nav.lastSynced': 'Last synced {time}',
  'nav.neverSynced': 'Not synced yet',
  'view.label': 'View',
  'view.week': 'Week',
  'view.day': 'Day',
  'view.agenda': 'Agenda',
  'sidebar.title': 'Calendars',
  'sidebar.noAccounts': 'No account connected yet.',
  'sidebar.showCancelled': 'Show cancelled appointments',
  'sidebar.legend': 'Legend',
  'legend.blocked': 'Blocked or reserved time',
  'sidebar.showCalendar': 'Show {name}',
  'account.synced': 'Synced {time}',
  'account.syncing': 'Syncing…',
  'account.notAnswering': '{vendor} is not answering…',
  'account.waiting': 'Waiting for the first sync…',
  'error.auth': 'The password or API key was refused. Check it in Settings and connect again.',
  'error.permission':
    'This account is not allowed to do that. Ask the practice manager to check its permissions.',
  'error.rateLimited': 'The platform asked us to slow down. Frontdesk will try again shortly.',
  'error.offline': 'No connection to {vendor}. Showing the last known data.',
  'error.server': '{vendor} is having problems right now. Frontdesk will keep trying.',
  'error.generic': 'Something went wrong: {message}',
  'error.title': 'Something went wrong',
  'error.retry': 'Try again',
  'account.unreadable':
    '{count, plural, one {# item from {vendor} could not be read and is not shown here. Check it on {vendor} directly.} other {# items from {vendor} could not be read and are not shown here. Check them on {vendor} directly.}}',
  'account.warning.working-hours-unavailable': 'Working hours unavailable.',
  'error.notFound':
    '{vendor} cannot find a calendar of this account. Check the account in Settings.',
  'error.unreadable':
    '{vendor} sent an answer Frontdesk could not read. Frontdesk will keep trying.',
  'error.refused':
    'Frontdesk could not ask {vendor} for this account’s calendar. Check the account in Settings.',
  'error.other': 'Syncing with {vendor} did not work. Frontdesk will keep trying.',
  'banner.demo': 'Demo data: these patients and appointments are fictional.',
  'banner.offline':
    'Offline: showing the last known week (synced {time}). Changes are disabled until the connection is back.',
  'banner.slowMissing':
    '{name} is not answering; its appointments are missing. They appear as soon as it answers.',
  'banner.slowStale':
    '{name} is not answering; its appointments shown may be out of date (synced {time}).',
  'notice.dismiss': 'Dismiss',
  'notice.settings-reset':
    'Some of your settings could not be read and were reset to their defaults. Please check your settings.',
  'notice.account-dropped':
    'A connected account could not be read and was removed. Please connect it again in Settings.',
  'notice.secret-storage-weak':
    'This computer has no system keyring, so saved passwords and API keys are only obfuscated, not encrypted. Install and unlock a keyring (for example GNOME Keyring or KWallet) and restart Frontdesk.',
  'notice.secret-storage-unavailable':
    'This computer offers no secure storage, so Frontdesk cannot save passwords or API keys. Ask your IT administrator to configure accounts through environment variables.',
  'calendar.label': 'Week calendar',
  'calendar.loading': 'Loading the calendar…',
  'search.label': 'Search patients by name, phone or e-mail',
  'search.placeholder': 'Search patients (/)',
  'search.none': 'No appointment found in the shown weeks.',
  'search.results': '{count, plural, one {# found} other {# found}}',
  'search.searching': 'Searching…',
  'search.failed': 'The search did not work: {message}',
  'status.waiting': 'Waiting',
  'status.confirmed': 'Confirmed',
  'status.rescheduled': 'Rescheduled',
  'status.cancelled': 'Cancelled',
  'status.no-show': 'No-show',
  'status.expired': 'Expired',
  'status.unknown': 'Unknown status',
  'kind.block': 'Blocked time',
  'kind.reservation': 'Reserved time',
  'kind.recurring': 'Recurring event',
  'kind.mirror': 'Busy on Docfav',
  'kind.conflict': 'Double booking',
  'details.title': 'Appointment details',
  'details.close': 'Close',
  'details.patient': 'Patient',
  'details.phone': 'Phone',
  'details.email': 'E-mail',
  'details.reason': 'Reason or service',
  'details.insurance': 'Insurance',
  'details.calendar': 'Calendar',
  'details.source': 'Booked on',
  'details.status': 'Status',
  'details.note': 'Note',
  'details.when': 'When',
  'details.actions': 'Actions',
  'details.comingSoon': 'Available soon',
  'details.vendorStatus': '{vendor}: {status}',
  'action.confirm': 'Confirm',
  'action.cancel': 'Cancel appointment',
  'action.no-show': 'Mark as no-show',
  'action.move': 'Move',
  'action.delete': 'Delete',
  // Accounts: welcome, connecting, disconnecting
  'welcome.title': 'Welcome to Frontdesk',
  'welcome.intro':
    'Frontdesk shows your Doctena and Docfav appointments together in one week calendar. Connect your accounts, or look around in a fictional demo practice first.',
  'welcome.demoLeft':
    'You have left the demo. Connect Doctena or Docfav to see your own appointments, or go back to the demo practice.',
  'welcome.doctena.title': 'Doctena',
  'welcome.doctena.text':
    'Sign in with the login and password of your practice’s Doctena API access.',
  'welcome.doctena.action': 'Connect Doctena',
  'welcome.docfav.title': 'Docfav',
  'welcome.docfav.text':
    'Use an API key from Docfav (Settings → API). You choose which clinics to show.',
  'welcome.docfav.action': 'Connect Docfav',
  'welcome.demo.title': 'Demo practice',
  'welcome.demo.text':
    'Look around with fictional patients and appointments. You can connect your accounts at any time.',
  'welcome.demo.action': 'Try with demo data',
  'welcome.demo.unavailable':
    'The demo practice is switched off on this computer. Connect an account instead.',
  'demo.label': 'Demo practice',
  'demo.text': 'Ready for your own appointments?',
  'demo.connect': 'Connect your accounts',
  'demo.leave': 'Leave demo',
  'demo.leaving': 'Leaving the demo…',
  'doctena.title': 'Connect Doctena',
  'doctena.help':
    'Frontdesk tries the login first and saves it only if Doctena accepts it. The password is stored encrypted on this computer.',
  'doctena.login': 'Login (e-mail address)',
  'doctena.password': 'Password',
  'doctena.loginMissing': 'Enter the Doctena login.',
  'doctena.passwordMissing': 'Enter the password.',
  'doctena.url': 'Doctena API address',
  'doctena.timezone': 'Practice time zone',
  'doctena.timezoneHint':
    'Doctena sends times without a time zone; Frontdesk reads them in this one.',
  'doctena.checking': 'Checking the login with Doctena…',
  'doctena.submit': 'Connect Doctena',
  'docfav.title': 'Connect Docfav',
  'docfav.help':
    'Create an API key in Docfav under Settings → API and paste it here. Frontdesk checks it first and saves it, encrypted on this computer, only if it works.',
  'docfav.apiKey': 'API key',
  'docfav.keyMissing': 'Paste the Docfav API key.',
  'docfav.url': 'Docfav API address',
  'docfav.check': 'Check key',
  'docfav.checking': 'Checking the key with Docfav…',
  'docfav.clinics': 'Clinics to show',
  'docfav.clinicIn': '{name} ({city})',
  'docfav.noClinics':
    'This API key cannot see any clinic. Ask the clinic’s Docfav administrator to give its account access, then check the key again.',
  'docfav.chooseClinic': 'Choose at least one clinic.',
  'docfav.submit': 'Connect Docfav',
  'connect.advanced': 'Advanced',
  'connect.urlHint': 'Change this only if the platform or your IT administrator tells you to.',
  'connect.urlInvalid': 'Enter a complete address starting with https://.',
  'connect.label': 'Name shown in Frontdesk (optional)',
  'connect.checking': 'Checking…',
  'connect.cancel': 'Cancel',
  'connect.connected': '{label} is connected.',
  'connect.error.login':
    'Doctena did not accept this login and password. Check both (the password is case-sensitive) and try again.',
  'connect.error.keyInvalid':
    'Docfav did not recognise this API key. Check that it was copied completely, or create a new key in Docfav under Settings → API.',
  'connect.error.keyRevoked':
    'This API key has been revoked in Docfav. Create a new key in Docfav under Settings → API and paste it here.',
  'connect.error.keyExpired':
    'This API key has expired. Create a new key in Docfav under Settings → API and paste it here.',
  'connect.error.scopes':
    'This API key lacks permissions Frontdesk needs: {scopes}. Create a key with these permissions in Docfav under Settings → API.',
  'connect.error.ipNotAllowed':
    'Docfav does not accept connections from this network for this API key. Ask whoever manages your Docfav account to allow this network’s IP address.',
  'connect.error.notManager':
    'The Docfav account behind this key is not a manager of the clinic. Ask the clinic’s Docfav administrator to make it a manager.',
  'connect.error.apiDisabled':
    'Docfav has switched off API access for this account. Contact Docfav support; until then, use Docfav directly.',
  'connect.error.permission':
    'This {vendor} account is not allowed to do that. Ask whoever manages your {vendor} account for access.',
  'connect.error.network':
    'Frontdesk could not reach {vendor}. Check the internet connection and try again.',
  'connect.error.timeout': '{vendor} did not answer in time. Try again in a moment.',
  'connect.error.rateLimited':
    '{vendor} is receiving too many requests. Wait a few minutes and try again.',
  'connect.error.server': '{vendor} has a problem on its side. Try again in a few minutes.',
  'connect.error.unavailable': '{vendor} is not available right now. Try again later.',
  'connect.error.address':
    '{vendor} did not answer as expected at this address. Check the API address under “Advanced”.',
  'connect.error.refused': 'Frontdesk could not do this: {message}',
  'connect.error.other': 'Something went wrong. Please try again.',
  'settings.open': 'Settings',
  'settings.title': 'Settings',
  'settings.close': 'Close settings',
  'settings.accounts': 'Accounts',
  'settings.noAccounts':
    'No account is connected. While there is none, Frontdesk can show the demo practice.',
  'settings.managed': 'Set up by your IT administrator',
  'settings.timezone': 'Time zone',
  'settings.timezoneIs': 'Time zone: {zone}',
  'settings.timezoneSaved': 'Time zone saved.',
  'settings.disconnect': 'Disconnect',
  'settings.disconnectLabel': 'Disconnect {label}',
  'settings.disconnectConfirm':
    'Disconnect {label}? Its appointments disappear from Frontdesk and its saved password or key is deleted. Nothing changes on {vendor}, and you can connect it again later.',
  'settings.disconnectYes': 'Yes, disconnect',
  'settings.disconnectNo': 'Keep it',
  'settings.disconnecting': 'Disconnecting…',
  'settings.addAccount': 'Add account',
  'settings.addDoctena': 'Add a Doctena account',
  'settings.addDocfav': 'Add a Docfav account',
  'settings.calendar': 'Calendar',
  'settings.weekStart': 'Week starts on',
  'settings.workStart': 'Working hours from',
  'settings.workEnd': 'Working hours until',
  'settings.workingHoursHint': 'The calendar shows these hours.',
  'settings.workingHoursInvalid': 'The working hours must end after they start.',
  'settings.slot': 'Time slot size',
  'settings.slotMinutes': '{minutes} minutes',
  'settings.showCancelled': 'Show cancelled appointments',
  'settings.sync': 'Updates',
  'settings.pollInterval': 'Check for changes every (seconds)',
  'settings.pollIntervalHint':
    'Between {min} and {max} seconds. Frontdesk also stays within each platform’s request limit, so it may check less often than this.',
  'settings.pollIntervalInvalid': 'Enter a whole number of seconds from {min} to {max}.',
  'settings.notifyPatient':
    'Notify the patient by default when an appointment is confirmed, cancelled or moved',
  'settings.general': 'Language and notifications',
  'settings.language': 'Language',
  'settings.languageAutomatic': 'Automatic (follow the system)',
  'settings.desktopNotifications': 'Desktop notification for new bookings',
  'settings.launchAtLogin': 'Start Frontdesk when I log in to the computer',
  'settings.save': 'Save settings',
  'settings.saving': 'Saving…',
  'settings.saved': 'Settings saved.',
  // Actions: confirm, cancel, no-show, moving, blocking time
  'block.open': 'Block time',
  'block.title': 'Block time',
  'block.editTitle': 'Edit blocked time',
  'block.name': 'Title',
  'block.namePlaceholder': 'e.g. Vacation, Equipment failure',
  'block.calendars': 'Calendars to block',
  'block.mode': 'Duration',
  'block.modeRange': 'Time range',
  'block.modeDays': 'Whole days',
  'block.start': 'From',
  'block.end': 'Until',
  'block.firstDay': 'First day',
  'block.lastDay': 'Last day',
  'block.repeat': 'Repeat every week',
  'block.repeatUntil': 'Repeat until',
  'block.docfavNote':
    'Docfav cannot block time through its API. These Docfav practitioners stay bookable then: {names}.',
  'block.noCalendars': 'Connect a Doctena account to block time.',
  'block.submit': 'Block',
  'block.save': 'Save',
  'block.cancel': 'Cancel',
  'block.done':
    '{count, plural, one {Time blocked in # calendar.} other {Time blocked in # calendars.}}',
  'block.partial':
    '{failed, plural, one {# calendar could not be blocked: {message}} other {# calendars could not be blocked: {message}}}',
  'block.invalid': 'The end must be after the start.',
  'block.outOfRange': 'Choose a time between one year ago and five years from now.',
  'block.needCalendar': 'Choose at least one calendar.',
  'block.deleted': 'Blocked time deleted.',
  'block.delete': 'Delete blocked time',
  'block.edit': 'Edit',
  'block.saved': 'Blocked time saved.',
  'block.series': 'This repeats; changes apply to the whole series.',
  'action.notifyPatient': 'Notify the patient (SMS and e-mail)',
  'action.confirmed': 'Appointment confirmed.',
  'action.cancelled': 'Appointment cancelled.',
  'action.noShowDone': 'Marked as no-show.',
  'action.unconfirmed': 'Set back to unconfirmed.',
  'action.undo': 'Undo',
  'action.failed': 'Not saved: {message}',
  'action.error.unknown':
    '{vendor} did not answer, so Frontdesk cannot tell yet whether the change was made. The calendar shows it once {vendor} answers: check there before doing it again.',
  'action.error.notSeen':
    '{vendor} did not answer, and the change was not there when Frontdesk checked just now. It may still arrive: the calendar will show it. Check the calendar before doing it again.',
  'action.error.changedMeanwhile':
    'This appointment was cancelled or changed in {vendor} in the meantime, so nothing was changed. The calendar now shows its current state.',
  'action.error.writePending':
    'A change to this entry is still being saved. Wait a moment, then try again.',
  'action.error.targetPast': 'The new time has already passed. Choose a later time.',
  'action.cancelTitle': 'Cancel this appointment?',
  'action.cancelText': '{name}, {when}, will be cancelled on {platform}.',
  'action.keep': 'Keep it',
  'action.noShowWhy': 'A no-show can be marked once the appointment time has passed.',
  'action.pending': 'Saving…',
  'action.readOnly': 'This entry is read-only here.',
  'move.title': 'Move this appointment?',
  'move.text': 'Move {name} to {when}?',
  'move.confirm': 'Move',
  'move.abort': 'Leave where it was',
  'move.conflictTitle': 'This time is taken',
  'move.conflictText': 'At the new time the calendar already has:',
  'move.force': 'Book anyway',
  'move.moved': 'Moved to {when}.',
  'move.failed': 'Could not move: {message}',
  'move.pending':
    'Docfav has not confirmed the move yet. Frontdesk keeps checking and shows the appointment as pending until it knows; do not move it again meanwhile.',
  'move.elsewhere':
    'Another desk moved this appointment at the same moment, to {when}. That booking stays; this desk’s was removed.',
  'move.settledMoved':
    'A move Docfav had not confirmed went through: the appointment is now at {when}.',
  'move.settledElsewhere':
    'An appointment moved from this desk was moved at another desk at the same moment, to {when}. That booking stays.',
  'move.settledNotMoved':
    'A move Docfav had not confirmed did not happen: the appointment is still at its original time.',
  'move.settledDuplicated':
    'A move is still being repaired: the patient is booked at both times until Docfav lets Frontdesk remove the new booking.',
  'move.settledLost':
    'A moved appointment is at neither time: someone removed the new booking in Docfav. Book it again.',
  'move.error.pending':
    'Frontdesk is still finding out whether the last move of this appointment went through. Wait until it is settled, then try again.',
  'move.error.compensated':
    'Docfav did not cancel the appointment at its old time, so Frontdesk removed the new booking again. Nothing changed; try again.',
  'move.error.repairing':
    'Docfav did not cancel the appointment at its old time and could not yet remove the new booking. The patient is booked at both times for now; Frontdesk keeps removing the new booking until it works.',
  'move.error.checkFailed':
    'Frontdesk could not check this appointment in Docfav, so it was not moved. Try again.',
  'menu.label': 'Actions for {name}',
  'notice.newBooking': 'New booking: {when} · {calendar}',
  // The double-booking guard
  'guard.title': 'Double-booking guard',
  'guard.intro':
    'Doctena cannot see Docfav. For each pair that is on, Frontdesk copies the Docfav practitioner’s appointments into the Doctena calendar as blocked time titled “Docfav · busy”, so nobody can book that time on Doctena. Switching a pair off, or removing it, takes its copies out of Doctena again.',
  'guard.pairs': 'Pairs',
  'guard.noPairs': 'No pairs yet: nothing is copied.',
  'guard.on': 'On',
  'guard.onLabel': 'Guard on for {pair}',
  'guard.remove': 'Remove',
  'guard.removeLabel': 'Remove the pair {pair}',
  'guard.unknownCalendar': 'Calendar not available',
  'guard.suggested': 'Suggested pairs',
  'guard.suggestedHint':
    'The practitioner’s name is the same on both platforms. Nothing is paired until you choose it.',
  'guard.use': 'Use this pair',
  'guard.useLabel': 'Use this pair: {pair}',
  'guard.add': 'Add a pair',
  'guard.docfav': 'Docfav practitioner',
  'guard.doctena': 'Doctena calendar',
  'guard.choose': 'Choose…',
  'guard.addButton': 'Add pair',
  'guard.needBoth': 'Choose a Docfav practitioner and a Doctena calendar.',
  'guard.duplicate': 'This pair is already in the list.',
  'guard.noCalendars': 'Connect a Doctena and a Docfav account to pair their calendars.',
  'guard.loadingCalendars': 'Loading the calendars…',
  'guard.weeksAhead': 'Weeks ahead to protect',
  'guard.weeksAheadHint': 'Docfav appointments up to this many weeks ahead are copied.',
  'guard.weeksAheadInvalid': 'Enter a whole number of weeks from {min} to {max}.',
  'guard.mirrorReservations': 'Also copy reserved time and days off from Docfav',
  'guard.reservationsHint':
    'Reserved time and days off are copied as “Docfav · reserved”. Give every PC that runs Frontdesk the same pairs and the same choice here: each PC adds and removes only the copies its own settings ask for.',
  'guard.reservedTitle':
    'This title is reserved for the copies made by the double-booking guard. Choose another title.',
  'guard.save': 'Save and check now',
  'guard.saving': 'Saving…',
  'guard.saved': 'Pairs saved.',
  'guard.notChecked': 'Not checked yet.',
  'guard.checking': 'Checking the pairs…',
  'guard.checked': 'Last checked {time}: {created} added, {updated} moved, {deleted} removed.',
  'guard.problems': 'Problems in the last check:',
  'guard.statusFailed': 'The guard’s state could not be read: {message}',
  'guard.runFailed': 'The check did not run: {message}',
  'guard.conflicts': 'Double bookings',
  'guard.conflictOpen': 'Show the Doctena booking',
  // Errors, worded from the reason or code the main process returns (renderer/components/accounts/errorText.ts)
  'reason.bad-id':
    'Frontdesk refused to send a request to {vendor} with a malformed identifier. Refresh the calendar and try again.',
  'reason.bad-date': 'A date or time is not valid. Choose it again.',
  'reason.range-too-long': 'Docfav shows at most 7 days at a time. Choose a shorter range.',
  'reason.recurring-dates-missing': 'Recurring events need both a start date and an end date.',
  'reason.nothing-to-change': 'Nothing to change: choose a new title or time.',
  'reason.calendar-gone':
    '{vendor} could not find this calendar, or this login may no longer see it. Check the calendars in the account settings.',
  'reason.no-show-too-early':
    'Doctena only accepts “no-show” once the appointment time has passed, and it cancels the booking at the same time.',
  'reason.patient-email-exists':
    'A patient with this email address already exists in Docfav. Search for that patient instead of creating a new one.',
  'reason.slot-taken':
    'This time overlaps another appointment or a reserved time in Docfav. Choose another time.',
  'reason.entry-gone':
    'This entry is no longer in the calendar. Refresh the calendar and try again.',
  'reason.practitioner-gone':
    'Frontdesk no longer finds this Docfav practitioner calendar. Refresh the calendar and try again.',
  'reason.saved-not-read-back':
    'The change was saved in {vendor}, but Frontdesk could not read it back. Refresh the calendar to see it.',
  'reason.no-service':
    'This Docfav appointment has no service, so Frontdesk cannot book it at another time. Move it in Docfav itself.',
  'reason.moved-not-found':
    'The appointment was moved in Docfav, but Frontdesk could not find it at its new time. Refresh the calendar.',
  'reason.lost':
    'The appointment is now at neither time: someone removed the new booking in Docfav meanwhile. Book it again in Docfav.',
  'reason.account-missing':
    'One of the chosen calendars belongs to an account that is not connected. Refresh and choose again.',
  'reason.docfav-no-blocking':
    'Docfav does not let other programs block time, so blocked time can only be added to Doctena calendars. Block the time in Docfav itself.',
  'reason.calendar-not-in-account':
    'One of the chosen Doctena calendars is not in this account. Refresh and choose again.',
  'reason.repeat-rule-unknown':
    'Frontdesk does not understand this repeat rule. Choose the repetition again.',
  'reason.not-a-blocking':
    'Only blocked time can be changed this way. Appointments are moved or cancelled instead.',
  'reason.read-only-kind':
    'Docfav does not let other programs change reserved times, group sessions or recurring events. Change it in Docfav itself.',
  'reason.blocking-status': 'Blocked time has no status to confirm or cancel.',
  'reason.recurring-occurrence':
    'One date of a repeating blocked time cannot be moved on its own. Edit the whole series instead.',
  'reason.blocking-started': 'This blocked time has already begun, so it cannot be moved.',
  'reason.no-unconfirmed':
    'Doctena has no “unconfirmed” state to go back to. Cancel the booking instead if needed.',
  'reason.already-no-show': 'This appointment is already marked as a no-show.',
  'reason.not-live': 'Only an appointment that was still booked can be marked as a no-show.',
  'reason.no-show': 'This appointment is marked as a no-show.',
  'reason.already-cancelled': 'This appointment is already cancelled.',
  'reason.cancelled-no-move': 'This appointment is cancelled, so it cannot be moved.',
  'reason.cancelled': 'This appointment is cancelled and can no longer be changed here.',
  'reason.expired':
    'Doctena marked this booking as expired because the practice did not answer in time.',
  'reason.already-confirmed': 'This appointment is already confirmed.',
  'reason.not-confirmed': 'This appointment is not confirmed yet.',
  'reason.started': 'This appointment has already begun or is over, so it cannot be moved.',
  'reason.past':
    'This appointment was on an earlier day, so it can no longer be confirmed or cancelled.',
  'reason.not-allowed': 'This change is not possible for this appointment.',
  'reason.pair-account-missing':
    'A calendar paired by the double-booking guard belongs to an account that is not connected. Check the pairings in Settings.',
  'reason.pair-calendar-gone':
    'A Docfav calendar paired by the double-booking guard no longer exists. Check the pairings in Settings.',
  'reason.base-url-invalid': 'This address cannot be used: it must start with https://.',
  'reason.base-url-insecure':
    'This address cannot be used: http:// is allowed only for this computer. Use https://.',
  'reason.clinic-not-visible': 'This API key cannot see one of the chosen clinics.',
  'reason.managed-account':
    'This account is set up by your IT administrator and cannot be removed here.',
  'reason.account-gone': 'This account is no longer connected. Refresh and try again.',
  'reason.settings-invalid': 'Frontdesk could not save the settings: a value is not allowed.',
  'reason.secret-empty': 'Enter the password or API key.',
  'reason.no-secure-storage':
    'This computer offers no secure storage, so Frontdesk cannot save the password or API key.',
  'reason.bridge-lost': 'Frontdesk lost its connection to the bridge. Reload the page.',
  'code.validation':
    'The request was refused because some details are not valid. Check the times and details and try again.',
  'code.conflict':
    'The change clashes with something already there. Refresh the calendar and check.',
  'code.not-found':
    '{vendor} could not find this item; it may have been deleted. Refresh the calendar.',
  'code.internal': 'Something went wrong inside Frontdesk. Please try again.',
  'code.invalid-input': 'Frontdesk refused a malformed request. Reload and try again.',
  'code.unknown-channel': 'This action is not available.',
  'code.forbidden-sender': 'This request did not come from Frontdesk.',
  'conflict.appointment': 'Appointment',
  'conflict.time_reservation': 'Reserved time',
  'conflict.group_reservation': 'Group session',
  'conflict.day_off': 'Day off',
  'conflict.time_off': 'Time off',
  'conflict.outside_working_hours': 'Outside working hours',
  'conflict.unavailable': 'Not available',
  // Shown by the main process itself: desktop notifications, the menu, the start-up failure box
  'desktop.newBooking': 'New booking',
  'desktop.doubleBooking': 'Double booking',
  'desktop.when': '{when} · {calendar}',
  'appMenu.view': 'View',
  'appMenu.dataProtection': 'Data protection',
  'appMenu.about': 'About Frontdesk',
  'dataProtection.note':
    'Frontdesk shows health data from Doctena and Docfav.\n\nIt keeps patient data in memory only: nothing is written to disk, and closing the app or disconnecting an account removes it.\n\nPasswords and API keys are encrypted with the operating system’s keyring and never shown again.\n\nLogs contain no patient data and no secrets. Desktop notifications name only a time and a calendar.\n\nThe data-protection note in the README gives the details.',
  'startFailed.title': 'Frontdesk could not start',
  'startFailed.body': 'Please restart the computer and try again.',
} as const;
