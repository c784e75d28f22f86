import type { Messages } from '../keys';

export const de: Messages = {
  // Calendar, navigation, settings and general errors
  'app.title': 'Frontdesk',
  'app.loading': 'Wird geladen…',
  'app.version': 'Version {version}',
  'nav.today': 'Heute',
  'nav.previous': 'Vorherige Woche',
  'nav.next': 'Nächste Woche',
  'nav.jumpTo': 'Zu Datum springen',
  'nav.refresh': 'Aktualisieren',
  'nav.syncing': 'Wird abgeglichen…',
  'nav.lastSynced': 'Zuletzt abgeglichen {time}',
  'nav.neverSynced': 'Noch nicht abgeglichen',
  'view.label': 'Ansicht',
  'view.week': 'Woche',
  'view.day': 'Tag',
  'view.agenda': 'Liste',
  'sidebar.title': 'Kalender',
  'sidebar.noAccounts': 'Noch kein Konto verbunden.',
  'sidebar.showCancelled': 'Abgesagte Termine anzeigen',
  'sidebar.legend': 'Legende',
  'colours.title': 'Kalenderfarben',
  'colours.intro':
    'Jeder Kalender behält seine Farbe. Hier können Sie eine andere wählen; sie gilt im Kalender und in der Legende.',
  'colours.pick': 'Farbe von {name}',
  'colours.reset': 'Automatische Farbe für {name}',
  'colours.none': 'Noch keine Kalender.',
  'colours.byService': 'Docfav-Termine nach ihrer Leistung einfärben',
  'colours.byServiceHint':
    'Der Termin wird in der Farbe der Leistung aus Docfav gefüllt; die Farbe des Kalenders bleibt als linker Rand.',
  'badge.noShow': 'Fehlt',
  'legend.blocked': 'Blockierte oder reservierte Zeit',
  'sidebar.showCalendar': '{name} anzeigen',
  'toConfirm.title': 'Zu bestätigen',
  'toConfirm.scope': 'Ab heute bis {date}',
  'toConfirm.none': 'Nichts wartet auf eine Bestätigung.',
  'toConfirm.failed': 'Die Liste konnte nicht geladen werden: {message}',
  'toConfirm.showAll': 'Alle anzeigen ({count})',
  'toConfirm.showFewer': 'Weniger anzeigen',
  'toConfirm.expiresSoon': 'Läuft bald ab',
  'toConfirm.expiresSoonWhy':
    'Doctena lässt eine Buchung verfallen, wenn die Praxis sie nicht rechtzeitig bestätigt.',
  'toConfirm.confirmOne': '{name}, {when} bestätigen',
  'account.synced': 'Abgeglichen {time}',
  'account.syncing': 'Wird abgeglichen…',
  'account.notAnswering': '{vendor} antwortet nicht…',
  'account.waiting': 'Warte auf den ersten Abgleich…',
  'error.auth':
    'Passwort oder API-Schlüssel wurde abgelehnt. Bitte in den Einstellungen prüfen und neu verbinden.',
  'error.permission':
    'Dieses Konto darf das nicht. Bitte die Praxisleitung, die Berechtigungen zu prüfen.',
  'error.rateLimited': 'Die Plattform bittet um eine Pause. Frontdesk versucht es gleich wieder.',
  'error.offline': 'Keine Verbindung zu {vendor}. Angezeigt wird der letzte bekannte Stand.',
  'error.server': '{vendor} hat gerade Probleme. Frontdesk versucht es weiter.',
  'error.generic': 'Etwas ist schiefgelaufen: {message}',
  'error.title': 'Etwas ist schiefgelaufen',
  'error.retry': 'Erneut versuchen',
  'account.unreadable':
    '{count, plural, one {# Eintrag von {vendor} konnte nicht gelesen werden und wird hier nicht angezeigt. Prüfen Sie ihn direkt bei {vendor}.} other {# Einträge von {vendor} konnten nicht gelesen werden und werden hier nicht angezeigt. Prüfen Sie sie direkt bei {vendor}.}}',
  'account.warning.working-hours-unavailable': 'Arbeitszeiten nicht verfügbar.',
  'error.notFound':
    '{vendor} findet einen Kalender dieses Kontos nicht. Bitte das Konto in den Einstellungen prüfen.',
  'error.unreadable':
    '{vendor} hat eine Antwort geschickt, die Frontdesk nicht lesen konnte. Frontdesk versucht es weiter.',
  'error.refused':
    'Frontdesk konnte den Kalender dieses Kontos nicht bei {vendor} abfragen. Bitte das Konto in den Einstellungen prüfen.',
  'error.other': 'Der Abgleich mit {vendor} hat nicht funktioniert. Frontdesk versucht es weiter.',
  'banner.demo': 'Demodaten: Diese Patienten und Termine sind frei erfunden.',
  'banner.offline':
    'Offline: Angezeigt wird die letzte bekannte Woche (Stand {time}). Änderungen sind gesperrt, bis die Verbindung zurück ist.',
  'banner.slowMissing':
    '{name} antwortet nicht; die Termine von dort fehlen. Sie erscheinen, sobald eine Antwort kommt.',
  'banner.slowStale':
    '{name} antwortet nicht; die angezeigten Termine von dort sind eventuell veraltet (Stand {time}).',
  'notice.dismiss': 'Schließen',
  'notice.settings-reset':
    'Einige Einstellungen konnten nicht gelesen werden und wurden auf die Standardwerte zurückgesetzt. Bitte prüfen Sie Ihre Einstellungen.',
  'notice.account-dropped':
    'Ein verbundenes Konto konnte nicht gelesen werden und wurde entfernt. Bitte verbinden Sie es in den Einstellungen erneut.',
  'notice.secret-storage-weak':
    'Dieser Computer hat keinen Systemschlüsselbund. Gespeicherte Passwörter und API-Schlüssel werden daher nur verschleiert, nicht verschlüsselt. Installieren und entsperren Sie einen Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und starten Sie Frontdesk neu.',
  'notice.secret-storage-unavailable':
    'Dieser Computer bietet keinen sicheren Speicher, daher kann Frontdesk keine Passwörter oder API-Schlüssel speichern. Bitten Sie Ihre IT-Abteilung, die Konten über Umgebungsvariablen einzurichten.',
  'calendar.label': 'Wochenkalender',
  'calendar.loading': 'Kalender wird geladen…',
  'search.label': 'Patienten nach Name, Telefon oder E-Mail suchen',
  'search.placeholder': 'Patient suchen (/)',
  'search.none': 'Kein Patient gefunden.',
  'search.results': '{count, plural, one {# Patient} other {# Patienten}}',
  'search.searching': 'Suche läuft…',
  'search.failed': 'Die Suche hat nicht geklappt: {message}',
  'search.upcoming': 'Kommende',
  'search.past': 'Frühere',
  'search.noAppointments': 'Kein Termin in den bisher geladenen Wochen.',
  'search.partial': '{account} konnte nicht durchsucht werden: {message}',
  'status.waiting': 'Offen',
  'status.confirmed': 'Bestätigt',
  'status.rescheduled': 'Verschoben',
  'status.cancelled': 'Abgesagt',
  'status.no-show': 'Nicht erschienen',
  'status.expired': 'Abgelaufen',
  'status.unknown': 'Unbekannter Status',
  'kind.block': 'Blockierte Zeit',
  'kind.reservation': 'Reservierte Zeit',
  'kind.recurring': 'Serientermin',
  'kind.mirror': 'Belegt in Docfav',
  'kind.conflict': 'Doppelbuchung',
  'details.title': 'Termindetails',
  'details.close': 'Schließen',
  'details.patient': 'Patient',
  'details.phone': 'Telefon',
  'details.email': 'E-Mail',
  'details.reason': 'Grund oder Leistung',
  'details.insurance': 'Versicherung',
  'details.calendar': 'Kalender',
  'details.source': 'Gebucht über',
  'details.status': 'Status',
  'details.note': 'Notiz',
  'details.when': 'Wann',
  'details.actions': 'Aktionen',
  'details.comingSoon': 'Bald verfügbar',
  'details.vendorStatus': '{vendor}: {status}',
  'patient.card': 'Angaben zum Patienten',
  'patient.birthDate': 'Geburtsdatum',
  'patient.note': 'Notiz zum Patienten',
  'patient.tags': 'Schlagwörter',
  'patient.reminders': 'Erinnerungen',
  'patient.remindersOn': 'Ein',
  'patient.remindersOff': 'Aus',
  'patient.loading': 'Angaben zum Patienten werden geladen…',
  'patient.failed': 'Die Angaben zum Patienten konnten nicht geladen werden: {message}',
  'patient.others': 'Weitere Termine',
  'patient.noOthers': 'Kein weiterer Termin in den geladenen Wochen.',
  'action.confirm': 'Bestätigen',
  'action.cancel': 'Termin absagen',
  'action.no-show': 'Als nicht erschienen markieren',
  'action.move': 'Verschieben',
  'action.delete': 'Löschen',
  // Accounts: welcome, connecting, disconnecting
  'welcome.title': 'Willkommen bei Frontdesk',
  'welcome.intro':
    'Frontdesk zeigt Ihre Termine aus Doctena und Docfav gemeinsam in einem Wochenkalender. Verbinden Sie Ihre Konten oder sehen Sie sich zuerst in einer erfundenen Demopraxis um.',
  'welcome.demoLeft':
    'Sie haben die Demo verlassen. Verbinden Sie Doctena oder Docfav, um Ihre eigenen Termine zu sehen, oder kehren Sie zur Demopraxis zurück.',
  'welcome.doctena.title': 'Doctena',
  'welcome.doctena.text':
    'Melden Sie sich mit Login und Passwort des Doctena-API-Zugangs Ihrer Praxis an.',
  'welcome.doctena.action': 'Doctena verbinden',
  'welcome.docfav.title': 'Docfav',
  'welcome.docfav.text':
    'Verwenden Sie einen API-Schlüssel aus Docfav (Einstellungen → API). Sie wählen, welche Kliniken angezeigt werden.',
  'welcome.docfav.action': 'Docfav verbinden',
  'welcome.demo.title': 'Demopraxis',
  'welcome.demo.text':
    'Sehen Sie sich mit erfundenen Patienten und Terminen um. Ihre Konten können Sie jederzeit verbinden.',
  'welcome.demo.action': 'Mit Demodaten ausprobieren',
  'welcome.demo.unavailable':
    'Die Demopraxis ist auf diesem Computer abgeschaltet. Verbinden Sie stattdessen ein Konto.',
  'demo.label': 'Demopraxis',
  'demo.text': 'Bereit für Ihre eigenen Termine?',
  'demo.connect': 'Ihre Konten verbinden',
  'demo.leave': 'Demo verlassen',
  'demo.leaving': 'Demo wird verlassen…',
  'doctena.title': 'Doctena verbinden',
  'doctena.help':
    'Frontdesk probiert die Anmeldung zuerst aus und speichert sie nur, wenn Doctena sie annimmt. Das Passwort wird verschlüsselt auf diesem Computer gespeichert.',
  'doctena.login': 'Login (E-Mail-Adresse)',
  'doctena.password': 'Passwort',
  'doctena.loginMissing': 'Bitte den Doctena-Login eingeben.',
  'doctena.passwordMissing': 'Bitte das Passwort eingeben.',
  'doctena.url': 'Doctena-API-Adresse',
  'doctena.timezone': 'Zeitzone der Praxis',
  'doctena.timezoneHint':
    'Doctena sendet Zeiten ohne Zeitzone; Frontdesk liest sie in dieser Zeitzone.',
  'doctena.checking': 'Anmeldung wird bei Doctena geprüft…',
  'doctena.submit': 'Doctena verbinden',
  'docfav.title': 'Docfav verbinden',
  'docfav.help':
    'Erstellen Sie in Docfav unter Einstellungen → API einen API-Schlüssel und fügen Sie ihn hier ein. Frontdesk prüft ihn zuerst und speichert ihn nur dann verschlüsselt auf diesem Computer, wenn er funktioniert.',
  'docfav.apiKey': 'API-Schlüssel',
  'docfav.keyMissing': 'Bitte den Docfav-API-Schlüssel einfügen.',
  'docfav.url': 'Docfav-API-Adresse',
  'docfav.check': 'Schlüssel prüfen',
  'docfav.checking': 'Schlüssel wird bei Docfav geprüft…',
  'docfav.clinics': 'Angezeigte Kliniken',
  'docfav.clinicIn': '{name} ({city})',
  'docfav.noClinics':
    'Dieser API-Schlüssel sieht keine Klinik. Bitten Sie die Docfav-Verwaltung der Klinik, dem Konto Zugriff zu geben, und prüfen Sie den Schlüssel dann erneut.',
  'docfav.chooseClinic': 'Bitte mindestens eine Klinik wählen.',
  'docfav.submit': 'Docfav verbinden',
  'connect.advanced': 'Erweitert',
  'connect.urlHint': 'Nur ändern, wenn die Plattform oder Ihre IT-Abteilung dazu auffordert.',
  'connect.urlInvalid': 'Bitte eine vollständige Adresse eingeben, die mit https:// beginnt.',
  'connect.label': 'Name in Frontdesk (optional)',
  'connect.checking': 'Wird geprüft…',
  'connect.cancel': 'Abbrechen',
  'connect.connected': '{label} ist verbunden.',
  'connect.error.login':
    'Doctena hat Login und Passwort nicht angenommen. Bitte beides prüfen (Groß- und Kleinschreibung beachten) und erneut versuchen.',
  'connect.error.keyInvalid':
    'Docfav kennt diesen API-Schlüssel nicht. Prüfen Sie, ob er vollständig kopiert wurde, oder erstellen Sie in Docfav unter Einstellungen → API einen neuen.',
  'connect.error.keyRevoked':
    'Dieser API-Schlüssel wurde in Docfav widerrufen. Erstellen Sie in Docfav unter Einstellungen → API einen neuen Schlüssel und fügen Sie ihn hier ein.',
  'connect.error.keyExpired':
    'Dieser API-Schlüssel ist abgelaufen. Erstellen Sie in Docfav unter Einstellungen → API einen neuen Schlüssel und fügen Sie ihn hier ein.',
  'connect.error.scopes':
    'Diesem API-Schlüssel fehlen Berechtigungen, die Frontdesk braucht: {scopes}. Erstellen Sie in Docfav unter Einstellungen → API einen Schlüssel mit diesen Berechtigungen.',
  'connect.error.ipNotAllowed':
    'Docfav nimmt für diesen API-Schlüssel keine Verbindungen aus diesem Netzwerk an. Bitten Sie die Verwaltung Ihres Docfav-Kontos, die IP-Adresse dieses Netzwerks freizugeben.',
  'connect.error.notManager':
    'Das Docfav-Konto hinter diesem Schlüssel ist kein Manager der Klinik. Bitten Sie die Docfav-Verwaltung der Klinik, es zum Manager zu machen.',
  'connect.error.apiDisabled':
    'Docfav hat den API-Zugang für dieses Konto abgeschaltet. Wenden Sie sich an den Docfav-Support; bis dahin bitte Docfav direkt verwenden.',
  'connect.error.permission':
    'Dieses {vendor}-Konto darf das nicht. Bitten Sie die Verwaltung Ihres {vendor}-Kontos um Zugriff.',
  'connect.error.network':
    'Frontdesk konnte {vendor} nicht erreichen. Bitte die Internetverbindung prüfen und erneut versuchen.',
  'connect.error.timeout':
    '{vendor} hat nicht rechtzeitig geantwortet. Bitte gleich noch einmal versuchen.',
  'connect.error.rateLimited':
    '{vendor} erhält zu viele Anfragen. Bitte einige Minuten warten und erneut versuchen.',
  'connect.error.server':
    '{vendor} hat gerade ein Problem. Bitte in einigen Minuten erneut versuchen.',
  'connect.error.unavailable':
    '{vendor} ist gerade nicht erreichbar. Bitte später erneut versuchen.',
  'connect.error.address':
    '{vendor} antwortet unter dieser Adresse nicht wie erwartet. Bitte die API-Adresse unter „Erweitert“ prüfen.',
  'connect.error.refused': 'Frontdesk konnte das nicht ausführen: {message}',
  'connect.error.other': 'Etwas ist schiefgelaufen. Bitte erneut versuchen.',
  'settings.open': 'Einstellungen',
  'settings.title': 'Einstellungen',
  'settings.close': 'Einstellungen schließen',
  'settings.accounts': 'Konten',
  'settings.noAccounts':
    'Kein Konto verbunden. Solange keines verbunden ist, kann Frontdesk die Demopraxis zeigen.',
  'settings.managed': 'Von Ihrer IT-Abteilung eingerichtet',
  'settings.timezone': 'Zeitzone',
  'settings.timezoneIs': 'Zeitzone: {zone}',
  'settings.timezoneSaved': 'Zeitzone gespeichert.',
  'settings.disconnect': 'Trennen',
  'settings.disconnectLabel': '{label} trennen',
  'settings.disconnectConfirm':
    '{label} trennen? Die Termine verschwinden aus Frontdesk, und das gespeicherte Passwort bzw. der Schlüssel wird gelöscht. In {vendor} ändert sich nichts, und Sie können das Konto später wieder verbinden.',
  'settings.disconnectYes': 'Ja, trennen',
  'settings.disconnectNo': 'Behalten',
  'settings.disconnecting': 'Wird getrennt…',
  'settings.addAccount': 'Konto hinzufügen',
  'settings.addDoctena': 'Doctena-Konto hinzufügen',
  'settings.addDocfav': 'Docfav-Konto hinzufügen',
  'settings.calendar': 'Kalender',
  'settings.weekStart': 'Woche beginnt am',
  'settings.workStart': 'Arbeitszeit von',
  'settings.workEnd': 'Arbeitszeit bis',
  'settings.workingHoursHint': 'Der Kalender zeigt diese Stunden.',
  'settings.workingHoursInvalid': 'Die Arbeitszeit muss nach ihrem Beginn enden.',
  'settings.slot': 'Zeitraster',
  'settings.slotMinutes': '{minutes} Minuten',
  'settings.showCancelled': 'Abgesagte Termine anzeigen',
  'settings.sync': 'Aktualisierung',
  'settings.pollInterval': 'Auf Änderungen prüfen alle (Sekunden)',
  'settings.pollIntervalHint':
    'Zwischen {min} und {max} Sekunden. Frontdesk hält außerdem die Anfragegrenze jeder Plattform ein und prüft daher unter Umständen seltener.',
  'settings.pollIntervalInvalid': 'Bitte eine ganze Zahl von {min} bis {max} Sekunden eingeben.',
  'settings.notifyPatient':
    'Patienten standardmäßig benachrichtigen, wenn ein Termin bestätigt, abgesagt oder verschoben wird',
  'settings.general': 'Sprache und Benachrichtigungen',
  'settings.language': 'Sprache',
  'settings.languageAutomatic': 'Automatisch (wie das System)',
  'settings.desktopNotifications': 'Desktop-Benachrichtigung bei neuen Buchungen',
  'settings.launchAtLogin': 'Frontdesk bei der Anmeldung am Computer starten',
  'settings.save': 'Einstellungen speichern',
  'settings.saving': 'Wird gespeichert…',
  'settings.saved': 'Einstellungen gespeichert.',
  // Actions: confirm, cancel, no-show, moving, blocking time
  'block.open': 'Zeit blockieren',
  'block.title': 'Zeit blockieren',
  'block.editTitle': 'Blockierte Zeit bearbeiten',
  'block.name': 'Titel',
  'block.namePlaceholder': 'z. B. Urlaub, Geräteausfall',
  'block.calendars': 'Zu blockierende Kalender',
  'block.mode': 'Dauer',
  'block.modeRange': 'Zeitraum',
  'block.modeDays': 'Ganze Tage',
  'block.start': 'Von',
  'block.end': 'Bis',
  'block.firstDay': 'Erster Tag',
  'block.lastDay': 'Letzter Tag',
  'block.repeat': 'Jede Woche wiederholen',
  'block.repeatUntil': 'Wiederholen bis',
  'block.docfavNote':
    'Docfav erlaubt über seine Schnittstelle keine Blockierungen. Diese Docfav-Behandler bleiben dann buchbar: {names}.',
  'block.noCalendars': 'Verbinden Sie ein Doctena-Konto, um Zeit zu blockieren.',
  'block.submit': 'Blockieren',
  'block.save': 'Speichern',
  'block.cancel': 'Abbrechen',
  'block.done':
    '{count, plural, one {Zeit in # Kalender blockiert.} other {Zeit in # Kalendern blockiert.}}',
  'block.partial':
    '{failed, plural, one {# Kalender konnte nicht blockiert werden: {message}} other {# Kalender konnten nicht blockiert werden: {message}}}',
  'block.invalid': 'Das Ende muss nach dem Beginn liegen.',
  'block.outOfRange': 'Bitte eine Zeit zwischen vor einem Jahr und in fünf Jahren wählen.',
  'block.needCalendar': 'Bitte mindestens einen Kalender wählen.',
  'block.deleted': 'Blockierte Zeit gelöscht.',
  'block.delete': 'Blockierte Zeit löschen',
  'block.edit': 'Bearbeiten',
  'block.saved': 'Blockierte Zeit gespeichert.',
  'block.series': 'Dies ist eine Serie; Änderungen gelten für alle Termine der Serie.',
  'vacation.listLabel': 'Termine in diesem Zeitraum',
  'vacation.booked':
    '{count, plural, one {# Termin liegt} other {# Termine liegen}} in diesem Zeitraum:',
  'vacation.cancelAll': 'Diese absagen und die Patienten benachrichtigen',
  'vacation.progress': '{done} von {total} erledigt',
  'vacation.cancelled': 'Abgesagt',
  'vacation.failed': 'Nicht abgesagt: {message}',
  'vacation.pending': 'Wartet…',
  'action.notifyPatient': 'Patient benachrichtigen (SMS und E-Mail)',
  'action.confirmed': 'Termin bestätigt.',
  'action.cancelled': 'Termin abgesagt.',
  'action.noShowDone': 'Als nicht erschienen markiert.',
  'action.unconfirmed': 'Auf unbestätigt zurückgesetzt.',
  'action.undo': 'Rückgängig',
  'action.failed': 'Nicht gespeichert: {message}',
  'action.error.unknown':
    '{vendor} hat nicht geantwortet, daher weiß Frontdesk noch nicht, ob die Änderung gespeichert wurde. Der Kalender zeigt es, sobald {vendor} antwortet: Bitte dort prüfen, bevor Sie es erneut tun.',
  'action.error.notSeen':
    '{vendor} hat nicht geantwortet, und bei der Prüfung eben war die Änderung nicht da. Sie kann noch ankommen; der Kalender zeigt sie dann. Bitte dort prüfen, bevor Sie es erneut tun.',
  'action.error.changedMeanwhile':
    'Dieser Termin wurde inzwischen in {vendor} storniert oder geändert, daher wurde nichts geändert. Der Kalender zeigt jetzt den aktuellen Stand.',
  'action.error.writePending':
    'Eine Änderung an diesem Eintrag wird noch gespeichert. Bitte kurz warten und dann erneut versuchen.',
  'action.error.targetPast':
    'Die neue Zeit liegt bereits in der Vergangenheit. Bitte eine spätere Zeit wählen.',
  'action.cancelTitle': 'Diesen Termin absagen?',
  'action.cancelText': '{name}, {when}, wird in {platform} abgesagt.',
  'action.noShowTitle': 'Als nicht erschienen markieren?',
  'action.noShowText':
    '{name}, {when}: {platform} speichert ein Nichterscheinen als Absage, und das lässt sich nicht zurücknehmen.',
  'notice.doctenaSends': 'Doctena schickt dem Patienten eine SMS und eine E-Mail.',
  'notice.notTold': 'Der Patient wird nicht benachrichtigt.',
  'calendar.emptyWeek': 'In dieser Woche ist nichts gebucht.',
  'calendar.emptyDay': 'An diesem Tag ist nichts gebucht.',
  'calendar.loadingPlatform': '{platform} wird geladen…',
  'columns.label': 'Tag nach Behandler',
  'columns.refused.otherPractitioner':
    'Ein Termin bleibt bei seinem Behandler. Verschieben Sie ihn innerhalb derselben Spalte.',
  'columns.refused.dayOff': '{name} hat an diesem Tag frei. Es wurde nichts geändert.',
  'columns.refused.break':
    'Diese Zeit liegt außerhalb der Arbeitszeit von {name}. Es wurde nichts geändert.',
  'event.new': 'Neu',
  'action.keep': 'Behalten',
  'action.noShowWhy': 'Nicht erschienen kann erst nach dem Termin markiert werden.',
  'action.pending': 'Wird gespeichert…',
  'action.readOnly': 'Dieser Eintrag kann hier nicht geändert werden.',
  'move.title': 'Termin verschieben?',
  'move.text': '{name} auf {when} verschieben?',
  'move.confirm': 'Verschieben',
  'move.abort': 'Nicht verschieben',
  'move.conflictTitle': 'Diese Zeit ist belegt',
  'move.conflictText': 'Zur neuen Zeit ist im Kalender bereits:',
  'move.force': 'Trotzdem buchen',
  'move.moved': 'Verschoben auf {when}.',
  'move.failed': 'Verschieben nicht möglich: {message}',
  'move.pending':
    'Docfav hat die Verschiebung noch nicht bestätigt. Frontdesk prüft weiter und zeigt den Termin bis dahin als ausstehend; bitte nicht erneut verschieben.',
  'move.elsewhere':
    'Ein anderer Arbeitsplatz hat diesen Termin gleichzeitig auf {when} verschoben. Diese Buchung bleibt; die dieses Arbeitsplatzes wurde entfernt.',
  'move.settledMoved':
    'Eine von Docfav noch nicht bestätigte Verschiebung ist durchgegangen: Der Termin ist jetzt am {when}.',
  'move.settledElsewhere':
    'Ein hier verschobener Termin wurde gleichzeitig an einem anderen Arbeitsplatz auf {when} verschoben. Diese Buchung bleibt.',
  'move.settledNotMoved':
    'Eine von Docfav nicht bestätigte Verschiebung hat nicht stattgefunden: Der Termin ist weiterhin zur ursprünglichen Zeit.',
  'move.settledDuplicated':
    'Eine Verschiebung wird noch repariert: Der Patient ist zu beiden Zeiten gebucht, bis Docfav das Entfernen der neuen Buchung zulässt.',
  'move.settledLost':
    'Ein verschobener Termin ist zu keiner der beiden Zeiten gebucht: Jemand hat die neue Buchung in Docfav entfernt. Bitte neu buchen.',
  'move.error.pending':
    'Frontdesk klärt noch, ob die letzte Verschiebung dieses Termins durchgegangen ist. Bitte warten, bis das geklärt ist, dann erneut versuchen.',
  'move.error.compensated':
    'Docfav hat den Termin zur alten Zeit nicht storniert, daher hat Frontdesk die neue Buchung wieder entfernt. Nichts hat sich geändert; bitte erneut versuchen.',
  'move.error.repairing':
    'Docfav hat den Termin zur alten Zeit nicht storniert und die neue Buchung konnte noch nicht entfernt werden. Der Patient ist vorerst zu beiden Zeiten gebucht; Frontdesk entfernt die neue Buchung, sobald es geht.',
  'move.error.checkFailed':
    'Frontdesk konnte diesen Termin in Docfav nicht prüfen, daher wurde er nicht verschoben. Bitte erneut versuchen.',
  'booking.open': 'Neuer Termin',
  'booking.title': 'Neuer Termin',
  'booking.book': 'Termin buchen',
  'booking.selectionLabel': 'Gewählte Zeit: {when}',
  'booking.practitioner': 'Behandler',
  'booking.noPractitioners': 'Verbinden Sie ein Docfav-Konto, um Termine zu buchen.',
  'booking.service': 'Leistung',
  'booking.serviceOption': '{name} · {minutes} Min.',
  'booking.noServices': 'Keine buchbaren Leistungen',
  'booking.needService': 'Wählen Sie eine Leistung.',
  'booking.start': 'Beginn',
  'booking.until': 'Bis {time}',
  'booking.needStart': 'Geben Sie Datum und Uhrzeit ein.',
  'booking.patient': 'Patient',
  'booking.patientHint':
    'Geben Sie einen Teil des Namens, eine Telefonnummer oder eine E-Mail-Adresse ein.',
  'booking.searching': 'Suche läuft…',
  'booking.noMatch': 'Kein Patient gefunden.',
  'booking.matches': '{count, plural, one {# Patient gefunden} other {# Patienten gefunden}}',
  'booking.needPatient': 'Wählen Sie einen Patienten oder legen Sie einen neuen an.',
  'booking.newPatient': 'Neuer Patient',
  'booking.findPatient': 'Vorhandenen Patienten suchen',
  'booking.firstName': 'Vorname',
  'booking.lastName': 'Nachname',
  'booking.phone': 'Telefon',
  'booking.email': 'E-Mail',
  'booking.walkIn': 'Patient ohne Termin (Laufkundschaft)',
  'booking.needName': 'Geben Sie einen Vor- oder Nachnamen ein.',
  'booking.badEmail': 'Geben Sie eine gültige E-Mail-Adresse ein oder lassen Sie das Feld leer.',
  'booking.note': 'Notiz',
  'booking.reminder': 'Dem Patienten eine Erinnerung senden',
  'booking.status': 'Status',
  'booking.statusConfirmed': 'Bestätigt',
  'booking.statusPending': 'Unbestätigt',
  'booking.submit': 'Buchen',
  'booking.saving': 'Wird gebucht…',
  'booking.cancel': 'Abbrechen',
  'booking.booked': 'Gebucht für {when}.',
  'booking.pending':
    'Docfav hat noch nicht geantwortet. Frontdesk prüft weiter und meldet, ob die Buchung angelegt wurde; buchen Sie sie bis dahin nicht erneut.',
  'booking.settledBooked': 'Die Buchung für {when} wurde in Docfav angelegt.',
  'booking.settledNotBooked':
    'Die Buchung für {when} wurde in Docfav nicht angelegt. Buchen Sie sie erneut, falls sie noch nötig ist.',
  'booking.conflictTitle': 'Diese Zeit ist belegt',
  'booking.conflictText': 'Zu dieser Zeit steht im Kalender bereits:',
  'booking.otherTime': 'Andere Zeit wählen',
  'booking.force': 'Trotzdem buchen…',
  'booking.forceTitle': 'Trotz Belegung buchen?',
  'booking.forceText': 'Der Patient wird für {when} gebucht, obwohl die Zeit belegt ist.',
  'booking.forceConfirm': 'Trotzdem buchen',
  'booking.doctenaNote':
    'Doctena lässt andere Programme keine Buchungen anlegen. Buchen Sie diesen Patienten daher direkt in Doctena. Bis dahin kann Frontdesk die Zeit als blockierte Zeit freihalten.',
  'booking.hold': 'Zeit freihalten',
  'booking.heldTitle': 'Reserviert',
  'booking.held': 'Zeit in {calendar} freigehalten.',
  'menu.label': 'Aktionen für {name}',
  // Find a free slot, and change an appointment's time without dragging
  'slots.find': 'Freien Termin finden',
  'slots.practitioner': 'Behandler',
  'slots.length': 'Dauer',
  'slots.service': 'Leistung',
  'slots.serviceOption': '{name} · {minutes} Min.',
  'slots.noService': 'Keine: Dauer wählen',
  'slots.minutes': '{minutes} Min.',
  'slots.next': 'Nächste freie Termine',
  'slots.loading': 'Freie Termine werden gesucht…',
  'slots.none':
    '{weeks, plural, one {In der nächsten Woche ist kein Termin frei.} other {In den nächsten # Wochen ist kein Termin frei.}}',
  'slots.more': 'Weitere freie Termine',
  'slots.paired':
    'Frei in Docfav und in Doctena: Dieser Behandler ist im Doppelbuchungsschutz verknüpft.',
  'slots.failed': 'Freie Termine konnten nicht gesucht werden: {message}',
  'slots.close': 'Schließen',
  'print.open': 'Tag drucken',
  'print.title': 'Tagesliste drucken',
  'print.day': 'Tag',
  'print.practitioners': 'Behandler',
  'print.all': 'Alle Behandler',
  'print.paper': 'Drucken…',
  'print.pdf': 'Als PDF speichern…',
  'print.cancel': 'Abbrechen',
  'print.failed': 'Die Tagesliste konnte nicht gedruckt werden.',
  'print.saved': 'Tagesliste gespeichert.',
  'print.fileName': 'tagesliste-{day}.pdf',
  'print.saveTitle': 'Tagesliste als PDF speichern',
  'print.heading': 'Tagesliste · {date}',
  'print.time': 'Zeit',
  'print.patient': 'Patient',
  'print.reason': 'Grund',
  'print.phone': 'Telefon',
  'print.status': 'Status',
  'print.empty': 'Keine Termine an diesem Tag.',
  'print.loading': 'Der Tag wird geladen…',
  'print.count': '{count, plural, one {# Termin} other {# Termine}}',
  'changeTime.open': 'Zeit ändern',
  'changeTime.title': 'Zeit ändern: {name}',
  'changeTime.current': 'Derzeit gebucht für {when}.',
  'changeTime.date': 'Neues Datum',
  'changeTime.time': 'Neue Uhrzeit',
  'changeTime.submit': 'Auf diese Zeit verschieben',
  'changeTime.cancel': 'Abbrechen',
  'changeTime.missing': 'Bitte Datum und Uhrzeit eingeben.',
  'changeTime.past': 'Diese Zeit ist schon vorbei. Bitte eine spätere Zeit wählen.',
  'changeTime.outOfRange': 'Bitte eine Zeit innerhalb der nächsten fünf Jahre wählen.',
  'changeTime.same': 'Der Termin liegt bereits zu dieser Zeit.',
  'changeTime.slotsHint': 'Ein Klick auf einen freien Termin verschiebt den Termin dorthin.',
  'notice.newBooking': 'Neue Buchung: {when} · {calendar}',
  // The double-booking guard
  'guard.title': 'Schutz vor Doppelbuchungen',
  'guard.intro':
    'Doctena sieht Docfav nicht. Für jedes eingeschaltete Paar überträgt Frontdesk die Docfav-Termine der Behandlerin oder des Behandlers als blockierte Zeit mit dem Titel „Docfav · busy“ in den Doctena-Kalender, sodass diese Zeit auf Doctena nicht gebucht werden kann. Wird ein Paar ausgeschaltet oder entfernt, nimmt Frontdesk seine Kopien wieder aus Doctena heraus.',
  'guard.pairs': 'Paare',
  'guard.noPairs': 'Noch keine Paare: Es wird nichts übertragen.',
  'guard.on': 'Ein',
  'guard.onLabel': 'Schutz ein für {pair}',
  'guard.remove': 'Entfernen',
  'guard.removeLabel': 'Paar {pair} entfernen',
  'guard.unknownCalendar': 'Kalender nicht verfügbar',
  'guard.suggested': 'Vorgeschlagene Paare',
  'guard.suggestedHint':
    'Der Name ist auf beiden Plattformen gleich. Es wird nichts gekoppelt, bevor Sie es auswählen.',
  'guard.use': 'Dieses Paar verwenden',
  'guard.useLabel': 'Dieses Paar verwenden: {pair}',
  'guard.add': 'Paar hinzufügen',
  'guard.docfav': 'Docfav-Behandler',
  'guard.doctena': 'Doctena-Kalender',
  'guard.choose': 'Bitte wählen…',
  'guard.addButton': 'Paar hinzufügen',
  'guard.needBoth': 'Wählen Sie einen Docfav-Behandler und einen Doctena-Kalender.',
  'guard.duplicate': 'Dieses Paar ist schon in der Liste.',
  'guard.noCalendars':
    'Verbinden Sie ein Doctena- und ein Docfav-Konto, um deren Kalender zu koppeln.',
  'guard.loadingCalendars': 'Kalender werden geladen…',
  'guard.weeksAhead': 'Wochen im Voraus schützen',
  'guard.weeksAheadHint': 'Docfav-Termine bis so viele Wochen im Voraus werden übertragen.',
  'guard.weeksAheadInvalid': 'Geben Sie eine ganze Zahl von {min} bis {max} Wochen ein.',
  'guard.mirrorReservations': 'Auch reservierte Zeiten und freie Tage aus Docfav übertragen',
  'guard.reservationsHint':
    'Reservierte Zeiten und freie Tage werden als „Docfav · reserved“ übertragen. Geben Sie jedem PC mit Frontdesk dieselben Paare und dieselbe Wahl hier: Jeder PC fügt nur die Kopien hinzu und entfernt nur die, die seine eigenen Einstellungen verlangen.',
  'guard.reservedTitle':
    'Dieser Titel ist den Kopien des Schutzes vor Doppelbuchungen vorbehalten. Wählen Sie einen anderen Titel.',
  'guard.save': 'Speichern und jetzt prüfen',
  'guard.saving': 'Wird gespeichert…',
  'guard.saved': 'Paare gespeichert.',
  'guard.notChecked': 'Noch nicht geprüft.',
  'guard.checking': 'Die Paare werden geprüft…',
  'guard.checked':
    'Zuletzt geprüft {time}: {created} hinzugefügt, {updated} verschoben, {deleted} entfernt.',
  'guard.checkedQuiet':
    'Zuletzt geprüft {time}: aktuell. Letzte Änderung {changedAt}: {created} hinzugefügt, {updated} verschoben, {deleted} entfernt.',
  'guard.problems': 'Probleme bei der letzten Prüfung:',
  'guard.statusFailed': 'Der Zustand des Schutzes konnte nicht gelesen werden: {message}',
  'guard.runFailed': 'Die Prüfung wurde nicht ausgeführt: {message}',
  'guard.conflicts': 'Doppelbuchungen',
  'guard.conflictOpen': 'Doctena-Buchung anzeigen',
  // Errors, worded from the reason or code the main process returns (renderer/components/accounts/errorText.ts)
  'reason.bad-id':
    'Frontdesk hat sich geweigert, eine Anfrage mit fehlerhafter Kennung an {vendor} zu senden. Bitte den Kalender aktualisieren und erneut versuchen.',
  'reason.bad-date': 'Ein Datum oder eine Uhrzeit ist ungültig. Bitte erneut wählen.',
  'reason.range-too-long':
    'Docfav zeigt höchstens 7 Tage auf einmal. Bitte einen kürzeren Zeitraum wählen.',
  'reason.recurring-dates-missing': 'Serientermine brauchen ein Start- und ein Enddatum.',
  'reason.nothing-to-change':
    'Nichts zu ändern: Bitte einen neuen Titel oder eine neue Zeit wählen.',
  'reason.calendar-gone':
    '{vendor} findet diesen Kalender nicht, oder dieser Login sieht ihn nicht mehr. Bitte die Kalender in den Kontoeinstellungen prüfen.',
  'reason.no-show-too-early':
    'Doctena nimmt „nicht erschienen“ erst an, wenn die Terminzeit vorbei ist, und sagt die Buchung dabei zugleich ab.',
  'reason.patient-email-exists':
    'In Docfav gibt es schon einen Patienten mit dieser E-Mail-Adresse. Suchen Sie diesen Patienten, statt einen neuen anzulegen.',
  'reason.slot-taken':
    'Diese Zeit überschneidet sich in Docfav mit einem anderen Termin oder einer reservierten Zeit. Bitte eine andere Zeit wählen.',
  'reason.entry-gone':
    'Dieser Eintrag ist nicht mehr im Kalender. Bitte den Kalender aktualisieren und erneut versuchen.',
  'reason.practitioner-gone':
    'Frontdesk findet den Kalender dieses Docfav-Behandlers nicht mehr. Bitte den Kalender aktualisieren und erneut versuchen.',
  'reason.saved-not-read-back':
    'Die Änderung wurde in {vendor} gespeichert, aber Frontdesk konnte sie nicht zurücklesen. Aktualisieren Sie den Kalender, um sie zu sehen.',
  'reason.no-service':
    'Dieser Docfav-Termin hat keine Leistung, daher kann Frontdesk ihn nicht zu einer anderen Zeit buchen. Bitte direkt in Docfav verschieben.',
  'reason.moved-not-found':
    'Der Termin wurde in Docfav verschoben, aber Frontdesk findet ihn zur neuen Zeit nicht. Bitte den Kalender aktualisieren.',
  'reason.lost':
    'Der Termin ist jetzt zu keiner der beiden Zeiten gebucht: Jemand hat die neue Buchung in Docfav inzwischen entfernt. Bitte in Docfav neu buchen.',
  'reason.account-missing':
    'Einer der gewählten Kalender gehört zu einem Konto, das nicht verbunden ist. Bitte aktualisieren und neu wählen.',
  'reason.docfav-no-blocking':
    'Docfav lässt andere Programme keine Zeit blockieren, daher geht blockierte Zeit nur in Doctena-Kalendern. Blockieren Sie die Zeit direkt in Docfav.',
  'reason.doctena-no-booking':
    'Doctena lässt andere Programme keine Buchungen anlegen. Buchen Sie den Patienten direkt in Doctena.',
  'reason.booking-pending':
    'Frontdesk klärt noch, ob eine frühere Buchung zu dieser Zeit angelegt wurde. Warten Sie, bis das geklärt ist, und versuchen Sie es dann erneut.',
  'reason.calendar-not-in-account':
    'Einer der gewählten Doctena-Kalender gehört nicht zu diesem Konto. Bitte aktualisieren und neu wählen.',
  'reason.repeat-rule-unknown':
    'Frontdesk versteht diese Wiederholungsregel nicht. Bitte die Wiederholung neu wählen.',
  'reason.not-a-blocking':
    'Nur blockierte Zeit lässt sich so ändern. Termine werden stattdessen verschoben oder abgesagt.',
  'reason.read-only-kind':
    'Docfav lässt andere Programme reservierte Zeiten, Gruppensitzungen und Serientermine nicht ändern. Bitte direkt in Docfav ändern.',
  'reason.blocking-status':
    'Blockierte Zeit hat keinen Status, der bestätigt oder abgesagt werden könnte.',
  'reason.recurring-occurrence':
    'Ein einzelner Tag einer wiederkehrenden blockierten Zeit lässt sich nicht allein verschieben. Bearbeiten Sie stattdessen die ganze Serie.',
  'reason.blocking-started':
    'Diese blockierte Zeit hat schon begonnen und kann nicht mehr verschoben werden.',
  'reason.no-unconfirmed':
    'Doctena kennt keinen Zustand „unbestätigt“, zu dem man zurückkehren könnte. Sagen Sie die Buchung bei Bedarf stattdessen ab.',
  'reason.already-no-show': 'Dieser Termin ist bereits als nicht erschienen markiert.',
  'reason.not-live': 'Nur ein noch gebuchter Termin kann als nicht erschienen markiert werden.',
  'reason.no-show': 'Dieser Termin ist als nicht erschienen markiert.',
  'reason.already-cancelled': 'Dieser Termin ist bereits abgesagt.',
  'reason.cancelled-no-move': 'Dieser Termin ist abgesagt und kann daher nicht verschoben werden.',
  'reason.cancelled': 'Dieser Termin ist abgesagt und kann hier nicht mehr geändert werden.',
  'reason.expired':
    'Doctena hat diese Buchung als abgelaufen markiert, weil die Praxis nicht rechtzeitig geantwortet hat.',
  'reason.already-confirmed': 'Dieser Termin ist bereits bestätigt.',
  'reason.not-confirmed': 'Dieser Termin ist noch nicht bestätigt.',
  'reason.started':
    'Dieser Termin hat schon begonnen oder ist vorbei und kann daher nicht verschoben werden.',
  'reason.past':
    'Dieser Termin war an einem früheren Tag und kann nicht mehr bestätigt oder abgesagt werden.',
  'reason.not-allowed': 'Diese Änderung ist bei diesem Termin nicht möglich.',
  'reason.pair-account-missing':
    'Ein Kalender aus dem Schutz vor Doppelbuchungen gehört zu einem Konto, das nicht verbunden ist. Bitte die Paare in den Einstellungen prüfen.',
  'reason.pair-calendar-gone':
    'Ein Docfav-Kalender aus dem Schutz vor Doppelbuchungen existiert nicht mehr. Bitte die Paare in den Einstellungen prüfen.',
  'reason.base-url-invalid': 'Diese Adresse ist nicht verwendbar: Sie muss mit https:// beginnen.',
  'reason.base-url-insecure':
    'Diese Adresse ist nicht verwendbar: http:// ist nur für diesen Computer erlaubt. Bitte https:// verwenden.',
  'reason.clinic-not-visible': 'Dieser API-Schlüssel sieht eine der gewählten Kliniken nicht.',
  'reason.managed-account':
    'Dieses Konto wurde von Ihrer IT-Abteilung eingerichtet und kann hier nicht entfernt werden.',
  'reason.account-gone':
    'Dieses Konto ist nicht mehr verbunden. Bitte aktualisieren und erneut versuchen.',
  'reason.settings-invalid':
    'Frontdesk konnte die Einstellungen nicht speichern: Ein Wert ist nicht zulässig.',
  'reason.secret-empty': 'Bitte das Passwort oder den API-Schlüssel eingeben.',
  'reason.no-secure-storage':
    'Dieser Computer bietet keinen sicheren Speicher, daher kann Frontdesk das Passwort oder den API-Schlüssel nicht speichern.',
  'reason.bridge-lost':
    'Frontdesk hat die Verbindung zur Web-Brücke verloren. Bitte die Seite neu laden.',
  'code.validation':
    'Die Anfrage wurde abgelehnt, weil einige Angaben ungültig sind. Bitte Zeiten und Angaben prüfen und erneut versuchen.',
  'code.conflict':
    'Die Änderung kollidiert mit etwas, das schon eingetragen ist. Bitte den Kalender aktualisieren und prüfen.',
  'code.not-found':
    '{vendor} findet diesen Eintrag nicht; vielleicht wurde er gelöscht. Bitte den Kalender aktualisieren.',
  'code.internal': 'In Frontdesk ist etwas schiefgelaufen. Bitte erneut versuchen.',
  'code.invalid-input':
    'Frontdesk hat eine fehlerhafte Anfrage abgelehnt. Bitte neu laden und erneut versuchen.',
  'code.unknown-channel': 'Diese Aktion ist nicht verfügbar.',
  'code.forbidden-sender': 'Diese Anfrage kam nicht von Frontdesk.',
  'conflict.appointment': 'Termin',
  'conflict.time_reservation': 'Reservierte Zeit',
  'conflict.group_reservation': 'Gruppensitzung',
  'conflict.day_off': 'Freier Tag',
  'conflict.time_off': 'Abwesenheit',
  'conflict.outside_working_hours': 'Außerhalb der Arbeitszeit',
  'conflict.unavailable': 'Nicht verfügbar',
  // Shown by the main process itself: desktop notifications, the menu, the start-up failure box
  'desktop.newBooking': 'Neue Buchung',
  'desktop.doubleBooking': 'Doppelbuchung',
  'desktop.when': '{when} · {calendar}',
  'appMenu.view': 'Ansicht',
  'appMenu.dataProtection': 'Datenschutz',
  'appMenu.about': 'Über Frontdesk',
  'dataProtection.note':
    'Frontdesk zeigt Gesundheitsdaten aus Doctena und Docfav.\n\nPatientendaten hält es nur im Arbeitsspeicher: Nichts wird auf die Festplatte geschrieben, und wenn Sie die App schließen oder ein Konto trennen, sind sie weg.\n\nPasswörter und API-Schlüssel werden mit dem Schlüsselbund des Betriebssystems verschlüsselt und nie wieder angezeigt.\n\nDie Protokolle enthalten keine Patientendaten und keine Geheimnisse. Desktop-Benachrichtigungen nennen nur eine Zeit und einen Kalender.\n\nEinzelheiten stehen im Abschnitt zum Datenschutz in der README.',
  'startFailed.title': 'Frontdesk konnte nicht starten',
  'startFailed.body': 'Bitte starten Sie den Computer neu und versuchen Sie es erneut.',
};
