import type { Messages } from '../keys';

export const nl: Messages = {
  // Calendar, navigation, settings and general errors
  'app.title': 'Frontdesk',
  'app.loading': 'Bezig met laden…',
  'app.version': 'Versie {version}',
  'nav.today': 'Vandaag',
  'nav.previous': 'Vorige week',
  'nav.next': 'Volgende week',
  'nav.jumpTo': 'Naar datum gaan',
  'nav.refresh': 'Vernieuwen',
  'nav.syncing': 'Bezig met synchroniseren…',
  'nav.lastSynced': 'Laatst gesynchroniseerd om {time}',
  'nav.neverSynced': 'Nog niet gesynchroniseerd',
  'view.label': 'Weergave',
  'view.week': 'Week',
  'view.day': 'Dag',
  'view.agenda': 'Lijst',
  'sidebar.title': 'Agenda’s',
  'sidebar.noAccounts': 'Nog geen account gekoppeld.',
  'sidebar.showCancelled': 'Geannuleerde afspraken tonen',
  'sidebar.legend': 'Legenda',
  'legend.blocked': 'Geblokkeerde of gereserveerde tijd',
  'sidebar.showCalendar': '{name} tonen',
  'toConfirm.title': 'Te bevestigen',
  'toConfirm.scope': 'Vanaf vandaag tot {date}',
  'toConfirm.none': 'Er wacht niets op bevestiging.',
  'toConfirm.failed': 'De lijst kon niet worden geladen: {message}',
  'toConfirm.showAll': 'Alles tonen ({count})',
  'toConfirm.showFewer': 'Minder tonen',
  'toConfirm.expiresSoon': 'Verloopt binnenkort',
  'toConfirm.expiresSoonWhy':
    'Doctena laat een boeking verlopen als de praktijk haar niet op tijd bevestigt.',
  'toConfirm.confirmOne': '{name}, {when} bevestigen',
  'account.synced': 'Gesynchroniseerd om {time}',
  'account.syncing': 'Bezig met synchroniseren…',
  'account.notAnswering': '{vendor} antwoordt niet…',
  'account.waiting': 'Wachten op de eerste synchronisatie…',
  'error.auth':
    'Het wachtwoord of de API-sleutel is geweigerd. Controleer dit in de instellingen en koppel het account opnieuw.',
  'error.permission':
    'Dit account mag dat niet. Vraag de praktijkmanager om de rechten van het account te controleren.',
  'error.rateLimited':
    'Het platform vraagt ons om het rustiger aan te doen. Frontdesk probeert het zo opnieuw.',
  'error.offline': 'Geen verbinding met {vendor}. De laatst bekende gegevens worden getoond.',
  'error.server': '{vendor} heeft op dit moment problemen. Frontdesk blijft het proberen.',
  'error.generic': 'Er ging iets mis: {message}',
  'error.title': 'Er ging iets mis',
  'error.retry': 'Opnieuw proberen',
  'account.unreadable':
    '{count, plural, one {# item van {vendor} kon niet worden gelezen en wordt hier niet getoond. Controleer het rechtstreeks in {vendor}.} other {# items van {vendor} konden niet worden gelezen en worden hier niet getoond. Controleer ze rechtstreeks in {vendor}.}}',
  'account.warning.working-hours-unavailable': 'Werktijden niet beschikbaar.',
  'error.notFound':
    '{vendor} vindt een agenda van dit account niet. Controleer het account in de instellingen.',
  'error.unreadable':
    '{vendor} stuurde een antwoord dat Frontdesk niet kon lezen. Frontdesk blijft het proberen.',
  'error.refused':
    'Frontdesk kon de agenda van dit account niet bij {vendor} opvragen. Controleer het account in de instellingen.',
  'error.other': 'Synchroniseren met {vendor} is niet gelukt. Frontdesk blijft het proberen.',
  'banner.demo': 'Demogegevens: deze patiënten en afspraken zijn verzonnen.',
  'banner.offline':
    'Offline: de laatst bekende week wordt getoond (gesynchroniseerd om {time}). Wijzigingen zijn uitgeschakeld tot de verbinding terug is.',
  'banner.slowMissing':
    '{name} reageert niet; de afspraken daarvan ontbreken. Ze verschijnen zodra er antwoord komt.',
  'banner.slowStale':
    '{name} reageert niet; de getoonde afspraken daarvan zijn mogelijk verouderd (gesynchroniseerd om {time}).',
  'notice.dismiss': 'Sluiten',
  'notice.settings-reset':
    'Sommige instellingen konden niet worden gelezen en zijn teruggezet naar de standaardwaarden. Controleer uw instellingen.',
  'notice.account-dropped':
    'Een gekoppeld account kon niet worden gelezen en is verwijderd. Koppel het opnieuw via Instellingen.',
  'notice.secret-storage-weak':
    'Deze computer heeft geen systeemsleutelhanger, dus opgeslagen wachtwoorden en API-sleutels worden alleen verhuld, niet versleuteld. Installeer en ontgrendel een sleutelhanger (bijvoorbeeld GNOME Keyring of KWallet) en start Frontdesk opnieuw.',
  'notice.secret-storage-unavailable':
    'Deze computer biedt geen veilige opslag, dus Frontdesk kan geen wachtwoorden of API-sleutels bewaren. Vraag uw IT-beheerder om de accounts via omgevingsvariabelen in te stellen.',
  'calendar.label': 'Weekagenda',
  'calendar.loading': 'Agenda wordt geladen…',
  'search.label': 'Patiënten zoeken op naam, telefoon of e-mail',
  'search.placeholder': 'Patiënten zoeken (/)',
  'search.none': 'Geen patiënt gevonden.',
  'search.results': '{count, plural, one {# patiënt} other {# patiënten}}',
  'search.searching': 'Bezig met zoeken…',
  'search.failed': 'Het zoeken is mislukt: {message}',
  'search.upcoming': 'Komend',
  'search.past': 'Eerder',
  'search.noAppointments': 'Geen afspraak in de tot nu toe geladen weken.',
  'search.partial': '{account} kon niet worden doorzocht: {message}',
  'status.waiting': 'Open',
  'status.confirmed': 'Bevestigd',
  'status.rescheduled': 'Verplaatst',
  'status.cancelled': 'Geannuleerd',
  'status.no-show': 'Niet verschenen',
  'status.expired': 'Verlopen',
  'status.unknown': 'Onbekende status',
  'kind.block': 'Geblokkeerde tijd',
  'kind.reservation': 'Gereserveerde tijd',
  'kind.recurring': 'Terugkerende afspraak',
  'kind.mirror': 'Bezet in Docfav',
  'kind.conflict': 'Dubbele boeking',
  'details.title': 'Details van de afspraak',
  'details.close': 'Sluiten',
  'details.patient': 'Patiënt',
  'details.phone': 'Telefoon',
  'details.email': 'E-mail',
  'details.reason': 'Reden of behandeling',
  'details.insurance': 'Verzekering',
  'details.calendar': 'Agenda',
  'details.source': 'Geboekt via',
  'details.status': 'Status',
  'details.note': 'Notitie',
  'details.when': 'Wanneer',
  'details.actions': 'Acties',
  'details.comingSoon': 'Binnenkort beschikbaar',
  'details.vendorStatus': '{vendor}: {status}',
  'patient.card': 'Patiëntgegevens',
  'patient.birthDate': 'Geboortedatum',
  'patient.note': 'Notitie over de patiënt',
  'patient.tags': 'Labels',
  'patient.reminders': 'Herinneringen',
  'patient.remindersOn': 'Aan',
  'patient.remindersOff': 'Uit',
  'patient.loading': 'Patiëntgegevens worden geladen…',
  'patient.failed': 'De patiëntgegevens konden niet worden geladen: {message}',
  'patient.others': 'Andere afspraken',
  'patient.noOthers': 'Geen andere afspraak in de geladen weken.',
  'action.confirm': 'Bevestigen',
  'action.cancel': 'Afspraak annuleren',
  'action.no-show': 'Markeren als niet verschenen',
  'action.move': 'Verplaatsen',
  'action.delete': 'Verwijderen',
  // Accounts: welcome, connecting, disconnecting
  'welcome.title': 'Welkom bij Frontdesk',
  'welcome.intro':
    'Frontdesk toont uw afspraken uit Doctena en Docfav samen in één weekkalender. Koppel uw accounts, of kijk eerst rond in een fictieve demopraktijk.',
  'welcome.demoLeft':
    'U hebt de demo verlaten. Koppel Doctena of Docfav om uw eigen afspraken te zien, of ga terug naar de demopraktijk.',
  'welcome.doctena.title': 'Doctena',
  'welcome.doctena.text':
    'Meld u aan met de login en het wachtwoord van de Doctena-API-toegang van uw praktijk.',
  'welcome.doctena.action': 'Doctena koppelen',
  'welcome.docfav.title': 'Docfav',
  'welcome.docfav.text':
    'Gebruik een API-sleutel uit Docfav (Instellingen → API). U kiest zelf welke klinieken worden getoond.',
  'welcome.docfav.action': 'Docfav koppelen',
  'welcome.demo.title': 'Demopraktijk',
  'welcome.demo.text':
    'Kijk rond met fictieve patiënten en afspraken. U kunt uw accounts op elk moment koppelen.',
  'welcome.demo.action': 'Proberen met demogegevens',
  'welcome.demo.unavailable':
    'De demopraktijk is op deze computer uitgeschakeld. Koppel in plaats daarvan een account.',
  'demo.label': 'Demopraktijk',
  'demo.text': 'Klaar voor uw eigen afspraken?',
  'demo.connect': 'Uw accounts koppelen',
  'demo.leave': 'Demo verlaten',
  'demo.leaving': 'Demo wordt verlaten…',
  'doctena.title': 'Doctena koppelen',
  'doctena.help':
    'Frontdesk probeert de aanmelding eerst uit en slaat ze alleen op als Doctena ze accepteert. Het wachtwoord wordt versleuteld op deze computer bewaard.',
  'doctena.login': 'Login (e-mailadres)',
  'doctena.password': 'Wachtwoord',
  'doctena.loginMissing': 'Vul de Doctena-login in.',
  'doctena.passwordMissing': 'Vul het wachtwoord in.',
  'doctena.url': 'Adres van de Doctena-API',
  'doctena.timezone': 'Tijdzone van de praktijk',
  'doctena.timezoneHint':
    'Doctena stuurt tijden zonder tijdzone; Frontdesk leest ze in deze tijdzone.',
  'doctena.checking': 'Aanmelding wordt bij Doctena gecontroleerd…',
  'doctena.submit': 'Doctena koppelen',
  'docfav.title': 'Docfav koppelen',
  'docfav.help':
    'Maak in Docfav onder Instellingen → API een API-sleutel aan en plak die hier. Frontdesk controleert hem eerst en bewaart hem alleen als hij werkt, versleuteld op deze computer.',
  'docfav.apiKey': 'API-sleutel',
  'docfav.keyMissing': 'Plak de Docfav-API-sleutel.',
  'docfav.url': 'Adres van de Docfav-API',
  'docfav.check': 'Sleutel controleren',
  'docfav.checking': 'Sleutel wordt bij Docfav gecontroleerd…',
  'docfav.clinics': 'Te tonen klinieken',
  'docfav.clinicIn': '{name} ({city})',
  'docfav.noClinics':
    'Deze API-sleutel ziet geen enkele kliniek. Vraag de Docfav-beheerder van de kliniek om dit account toegang te geven en controleer de sleutel daarna opnieuw.',
  'docfav.chooseClinic': 'Kies ten minste één kliniek.',
  'docfav.submit': 'Docfav koppelen',
  'connect.advanced': 'Geavanceerd',
  'connect.urlHint': 'Alleen wijzigen als het platform of uw IT-beheerder daarom vraagt.',
  'connect.urlInvalid': 'Vul een volledig adres in dat met https:// begint.',
  'connect.label': 'Naam in Frontdesk (optioneel)',
  'connect.checking': 'Bezig met controleren…',
  'connect.cancel': 'Annuleren',
  'connect.connected': '{label} is gekoppeld.',
  'connect.error.login':
    'Doctena heeft deze login en dit wachtwoord niet geaccepteerd. Controleer beide (let op hoofdletters) en probeer het opnieuw.',
  'connect.error.keyInvalid':
    'Docfav herkent deze API-sleutel niet. Controleer of hij volledig is gekopieerd, of maak in Docfav onder Instellingen → API een nieuwe sleutel aan.',
  'connect.error.keyRevoked':
    'Deze API-sleutel is in Docfav ingetrokken. Maak in Docfav onder Instellingen → API een nieuwe sleutel aan en plak die hier.',
  'connect.error.keyExpired':
    'Deze API-sleutel is verlopen. Maak in Docfav onder Instellingen → API een nieuwe sleutel aan en plak die hier.',
  'connect.error.scopes':
    'Deze API-sleutel mist rechten die Frontdesk nodig heeft: {scopes}. Maak in Docfav onder Instellingen → API een sleutel met deze rechten aan.',
  'connect.error.ipNotAllowed':
    'Docfav accepteert voor deze API-sleutel geen verbindingen vanaf dit netwerk. Vraag de beheerder van uw Docfav-account om het IP-adres van dit netwerk toe te staan.',
  'connect.error.notManager':
    'Het Docfav-account achter deze sleutel is geen beheerder van de kliniek. Vraag de Docfav-beheerder van de kliniek om het beheerder te maken.',
  'connect.error.apiDisabled':
    'Docfav heeft de API-toegang voor dit account uitgeschakeld. Neem contact op met de Docfav-support; gebruik Docfav tot dan rechtstreeks.',
  'connect.error.permission':
    'Dit {vendor}-account mag dat niet. Vraag de beheerder van uw {vendor}-account om toegang.',
  'connect.error.network':
    'Frontdesk kon {vendor} niet bereiken. Controleer de internetverbinding en probeer het opnieuw.',
  'connect.error.timeout': '{vendor} antwoordde niet op tijd. Probeer het zo nog eens.',
  'connect.error.rateLimited':
    '{vendor} krijgt te veel verzoeken. Wacht een paar minuten en probeer het opnieuw.',
  'connect.error.server':
    '{vendor} heeft een probleem aan zijn kant. Probeer het over een paar minuten opnieuw.',
  'connect.error.unavailable': '{vendor} is nu niet beschikbaar. Probeer het later opnieuw.',
  'connect.error.address':
    '{vendor} antwoordt op dit adres niet zoals verwacht. Controleer het API-adres onder ‘Geavanceerd’.',
  'connect.error.refused': 'Frontdesk kon dit niet uitvoeren: {message}',
  'connect.error.other': 'Er ging iets mis. Probeer het opnieuw.',
  'settings.open': 'Instellingen',
  'settings.title': 'Instellingen',
  'settings.close': 'Instellingen sluiten',
  'settings.accounts': 'Accounts',
  'settings.noAccounts':
    'Er is geen account gekoppeld. Zolang er geen is, kan Frontdesk de demopraktijk tonen.',
  'settings.managed': 'Ingesteld door uw IT-beheerder',
  'settings.timezone': 'Tijdzone',
  'settings.timezoneIs': 'Tijdzone: {zone}',
  'settings.timezoneSaved': 'Tijdzone opgeslagen.',
  'settings.disconnect': 'Ontkoppelen',
  'settings.disconnectLabel': '{label} ontkoppelen',
  'settings.disconnectConfirm':
    '{label} ontkoppelen? De afspraken verdwijnen uit Frontdesk en het opgeslagen wachtwoord of de sleutel wordt gewist. Bij {vendor} verandert niets, en u kunt het account later opnieuw koppelen.',
  'settings.disconnectYes': 'Ja, ontkoppelen',
  'settings.disconnectNo': 'Behouden',
  'settings.disconnecting': 'Bezig met ontkoppelen…',
  'settings.addAccount': 'Account toevoegen',
  'settings.addDoctena': 'Doctena-account toevoegen',
  'settings.addDocfav': 'Docfav-account toevoegen',
  'settings.calendar': 'Kalender',
  'settings.weekStart': 'Week begint op',
  'settings.workStart': 'Werktijd van',
  'settings.workEnd': 'Werktijd tot',
  'settings.workingHoursHint': 'De kalender toont deze uren.',
  'settings.workingHoursInvalid': 'De werktijd moet na het begin eindigen.',
  'settings.slot': 'Grootte van tijdvakken',
  'settings.slotMinutes': '{minutes} minuten',
  'settings.showCancelled': 'Geannuleerde afspraken tonen',
  'settings.sync': 'Bijwerken',
  'settings.pollInterval': 'Op wijzigingen controleren elke (seconden)',
  'settings.pollIntervalHint':
    'Tussen {min} en {max} seconden. Frontdesk blijft ook binnen de verzoeklimiet van elk platform en controleert daardoor soms minder vaak.',
  'settings.pollIntervalInvalid': 'Vul een heel aantal seconden in van {min} tot {max}.',
  'settings.notifyPatient':
    'Patiënt standaard op de hoogte brengen als een afspraak wordt bevestigd, geannuleerd of verplaatst',
  'settings.general': 'Taal en meldingen',
  'settings.language': 'Taal',
  'settings.languageAutomatic': 'Automatisch (volgens het systeem)',
  'settings.desktopNotifications': 'Bureaubladmelding bij nieuwe boekingen',
  'settings.launchAtLogin': 'Frontdesk starten bij het aanmelden op de computer',
  'settings.save': 'Instellingen opslaan',
  'settings.saving': 'Bezig met opslaan…',
  'settings.saved': 'Instellingen opgeslagen.',
  // Actions: confirm, cancel, no-show, moving, blocking time
  'block.open': 'Tijd blokkeren',
  'block.title': 'Tijd blokkeren',
  'block.editTitle': 'Geblokkeerde tijd bewerken',
  'block.name': 'Titel',
  'block.namePlaceholder': 'bijv. Vakantie, Storing apparatuur',
  'block.calendars': 'Te blokkeren agenda’s',
  'block.mode': 'Duur',
  'block.modeRange': 'Tijdvak',
  'block.modeDays': 'Hele dagen',
  'block.start': 'Van',
  'block.end': 'Tot',
  'block.firstDay': 'Eerste dag',
  'block.lastDay': 'Laatste dag',
  'block.repeat': 'Elke week herhalen',
  'block.repeatUntil': 'Herhalen tot',
  'block.docfavNote':
    'Docfav staat via zijn API geen blokkeringen toe. Deze Docfav-behandelaars blijven dan boekbaar: {names}.',
  'block.noCalendars': 'Koppel een Doctena-account om tijd te blokkeren.',
  'block.submit': 'Blokkeren',
  'block.save': 'Opslaan',
  'block.cancel': 'Annuleren',
  'block.done':
    '{count, plural, one {Tijd geblokkeerd in # agenda.} other {Tijd geblokkeerd in # agenda’s.}}',
  'block.partial':
    '{failed, plural, one {# agenda kon niet worden geblokkeerd: {message}} other {# agenda’s konden niet worden geblokkeerd: {message}}}',
  'block.invalid': 'Het einde moet na het begin liggen.',
  'block.outOfRange': 'Kies een tijd tussen een jaar geleden en over vijf jaar.',
  'block.needCalendar': 'Kies ten minste één agenda.',
  'block.deleted': 'Geblokkeerde tijd verwijderd.',
  'block.delete': 'Geblokkeerde tijd verwijderen',
  'block.edit': 'Bewerken',
  'block.saved': 'Geblokkeerde tijd opgeslagen.',
  'block.series': 'Dit herhaalt zich; wijzigingen gelden voor de hele reeks.',
  'action.notifyPatient': 'Patiënt op de hoogte brengen (sms en e-mail)',
  'action.confirmed': 'Afspraak bevestigd.',
  'action.cancelled': 'Afspraak geannuleerd.',
  'action.noShowDone': 'Gemarkeerd als niet verschenen.',
  'action.unconfirmed': 'Teruggezet naar onbevestigd.',
  'action.undo': 'Ongedaan maken',
  'action.failed': 'Niet opgeslagen: {message}',
  'action.error.unknown':
    '{vendor} heeft niet geantwoord, dus Frontdesk weet nog niet of de wijziging is doorgevoerd. De agenda toont het zodra {vendor} antwoordt: kijk daar voordat u het opnieuw doet.',
  'action.error.notSeen':
    '{vendor} heeft niet geantwoord, en bij de controle zojuist was de wijziging er niet. Ze kan nog binnenkomen: de agenda toont haar dan. Kijk in de agenda voordat u het opnieuw doet.',
  'action.error.changedMeanwhile':
    'Deze afspraak is intussen in {vendor} geannuleerd of gewijzigd, dus er is niets veranderd. De agenda toont nu de huidige stand.',
  'action.error.writePending':
    'Een wijziging van dit item wordt nog opgeslagen. Wacht even en probeer het dan opnieuw.',
  'action.error.targetPast': 'De nieuwe tijd is al voorbij. Kies een latere tijd.',
  'action.cancelTitle': 'Deze afspraak annuleren?',
  'action.cancelText': '{name}, {when}, wordt in {platform} geannuleerd.',
  'action.keep': 'Behouden',
  'action.noShowWhy':
    'Niet verschenen kan pas worden gemarkeerd als het tijdstip van de afspraak voorbij is.',
  'action.pending': 'Bezig met opslaan…',
  'action.readOnly': 'Dit item kan hier niet worden gewijzigd.',
  'move.title': 'Deze afspraak verplaatsen?',
  'move.text': '{name} verplaatsen naar {when}?',
  'move.confirm': 'Verplaatsen',
  'move.abort': 'Laten staan',
  'move.conflictTitle': 'Dit tijdstip is bezet',
  'move.conflictText': 'Op het nieuwe tijdstip staat in de agenda al:',
  'move.force': 'Toch boeken',
  'move.moved': 'Verplaatst naar {when}.',
  'move.failed': 'Verplaatsen is niet gelukt: {message}',
  'move.pending':
    'Docfav heeft het verplaatsen nog niet bevestigd. Frontdesk blijft controleren en toont de afspraak tot dan als in behandeling; verplaats hem intussen niet opnieuw.',
  'move.elsewhere':
    'Een andere werkplek heeft deze afspraak tegelijk verplaatst, naar {when}. Die boeking blijft; die van deze werkplek is verwijderd.',
  'move.settledMoved':
    'Een verplaatsing die Docfav nog niet had bevestigd is gelukt: de afspraak staat nu op {when}.',
  'move.settledElsewhere':
    'Een hier verplaatste afspraak is tegelijk op een andere werkplek verplaatst, naar {when}. Die boeking blijft.',
  'move.settledNotMoved':
    'Een verplaatsing die Docfav niet had bevestigd is niet gebeurd: de afspraak staat nog op de oorspronkelijke tijd.',
  'move.settledDuplicated':
    'Een verplaatsing wordt nog hersteld: de patiënt staat op beide tijden geboekt tot Docfav toelaat dat de nieuwe boeking wordt verwijderd.',
  'move.settledLost':
    'Een verplaatste afspraak staat op geen van beide tijden: iemand heeft de nieuwe boeking in Docfav verwijderd. Boek hem opnieuw.',
  'move.error.pending':
    'Frontdesk zoekt nog uit of de laatste verplaatsing van deze afspraak gelukt is. Wacht tot dat duidelijk is en probeer het dan opnieuw.',
  'move.error.compensated':
    'Docfav heeft de afspraak op de oude tijd niet geannuleerd, dus heeft Frontdesk de nieuwe boeking weer verwijderd. Er is niets veranderd; probeer het opnieuw.',
  'move.error.repairing':
    'Docfav heeft de afspraak op de oude tijd niet geannuleerd en de nieuwe boeking kon nog niet worden verwijderd. De patiënt staat voorlopig op beide tijden; Frontdesk blijft de nieuwe boeking verwijderen tot het lukt.',
  'move.error.checkFailed':
    'Frontdesk kon deze afspraak in Docfav niet controleren, dus is hij niet verplaatst. Probeer het opnieuw.',
  'booking.open': 'Nieuwe afspraak',
  'booking.title': 'Nieuwe afspraak',
  'booking.book': 'Afspraak boeken',
  'booking.selectionLabel': 'Gekozen tijd: {when}',
  'booking.practitioner': 'Behandelaar',
  'booking.noPractitioners': 'Koppel een Docfav-account om afspraken te boeken.',
  'booking.service': 'Dienst',
  'booking.serviceOption': '{name} · {minutes} min',
  'booking.noServices': 'Geen diensten om te boeken',
  'booking.needService': 'Kies een dienst.',
  'booking.start': 'Begin',
  'booking.until': 'Tot {time}',
  'booking.needStart': 'Vul een datum en tijd in.',
  'booking.patient': 'Patiënt',
  'booking.patientHint': 'Typ een deel van een naam, een telefoonnummer of een e-mailadres.',
  'booking.searching': 'Zoeken…',
  'booking.noMatch': 'Geen patiënt gevonden.',
  'booking.matches': '{count, plural, one {# patiënt gevonden} other {# patiënten gevonden}}',
  'booking.needPatient': 'Kies een patiënt of voeg een nieuwe toe.',
  'booking.newPatient': 'Nieuwe patiënt',
  'booking.findPatient': 'Bestaande patiënt zoeken',
  'booking.firstName': 'Voornaam',
  'booking.lastName': 'Achternaam',
  'booking.phone': 'Telefoon',
  'booking.email': 'E-mail',
  'booking.walkIn': 'Inloop­patiënt',
  'booking.needName': 'Vul een voor- of achternaam in.',
  'booking.badEmail': 'Vul een geldig e-mailadres in, of laat het veld leeg.',
  'booking.note': 'Notitie',
  'booking.reminder': 'De patiënt een herinnering sturen',
  'booking.status': 'Status',
  'booking.statusConfirmed': 'Bevestigd',
  'booking.statusPending': 'Onbevestigd',
  'booking.submit': 'Boeken',
  'booking.saving': 'Bezig met boeken…',
  'booking.cancel': 'Annuleren',
  'booking.booked': 'Geboekt voor {when}.',
  'booking.pending':
    'Docfav heeft nog niet geantwoord. Frontdesk blijft controleren en meldt of de afspraak is gemaakt; boek hem intussen niet opnieuw.',
  'booking.settledBooked': 'De afspraak voor {when} is in Docfav gemaakt.',
  'booking.settledNotBooked':
    'De afspraak voor {when} is niet in Docfav gemaakt. Boek hem opnieuw als hij nog nodig is.',
  'booking.conflictTitle': 'Deze tijd is bezet',
  'booking.conflictText': 'Op deze tijd staat al in de agenda:',
  'booking.otherTime': 'Andere tijd kiezen',
  'booking.force': 'Toch boeken…',
  'booking.forceTitle': 'Boeken over wat er al staat?',
  'booking.forceText': 'De patiënt wordt geboekt op {when}, hoewel die tijd bezet is.',
  'booking.forceConfirm': 'Toch boeken',
  'booking.doctenaNote':
    'Doctena laat andere programma’s geen afspraken maken, dus boek deze patiënt in Doctena zelf. Intussen kan Frontdesk de tijd vasthouden als geblokkeerde tijd.',
  'booking.hold': 'Tijd vasthouden',
  'booking.heldTitle': 'Gereserveerd',
  'booking.held': 'Tijd vastgehouden in {calendar}.',
  'menu.label': 'Acties voor {name}',
  // Find a free slot, and change an appointment's time without dragging
  'slots.find': 'Vrij tijdstip zoeken',
  'slots.practitioner': 'Behandelaar',
  'slots.length': 'Duur',
  'slots.service': 'Behandeling',
  'slots.serviceOption': '{name} · {minutes} min',
  'slots.noService': 'Geen: kies een duur',
  'slots.minutes': '{minutes} min',
  'slots.next': 'Eerstvolgende vrije tijden',
  'slots.loading': 'Vrije tijden zoeken…',
  'slots.none':
    '{weeks, plural, one {Geen vrije tijd in de komende week.} other {Geen vrije tijd in de komende # weken.}}',
  'slots.more': 'Meer vrije tijden',
  'slots.paired':
    'Vrij in Docfav en in Doctena: deze behandelaar is gekoppeld in de bescherming tegen dubbele boekingen.',
  'slots.failed': 'Kon niet naar vrije tijden zoeken: {message}',
  'slots.close': 'Sluiten',
  'changeTime.open': 'Tijd wijzigen',
  'changeTime.title': 'Tijd wijzigen: {name}',
  'changeTime.current': 'Nu geboekt op {when}.',
  'changeTime.date': 'Nieuwe datum',
  'changeTime.time': 'Nieuwe tijd',
  'changeTime.submit': 'Naar deze tijd verplaatsen',
  'changeTime.cancel': 'Annuleren',
  'changeTime.missing': 'Vul een datum en een tijd in.',
  'changeTime.past': 'Deze tijd is al voorbij. Kies een latere tijd.',
  'changeTime.outOfRange': 'Kies een tijd binnen de komende vijf jaar.',
  'changeTime.same': 'De afspraak staat al op deze tijd.',
  'changeTime.slotsHint': 'Een vrije tijd kiezen verplaatst de afspraak daarheen.',
  'notice.newBooking': 'Nieuwe afspraak: {when} · {calendar}',
  // The double-booking guard
  'guard.title': 'Bescherming tegen dubbele boekingen',
  'guard.intro':
    'Doctena ziet Docfav niet. Voor elk ingeschakeld paar kopieert Frontdesk de Docfav-afspraken van de behandelaar als geblokkeerde tijd met de titel ‘Docfav · busy’ naar de Doctena-agenda, zodat niemand die tijd op Doctena kan boeken. Wordt een paar uitgeschakeld of verwijderd, dan haalt Frontdesk de kopieën weer uit Doctena.',
  'guard.pairs': 'Paren',
  'guard.noPairs': 'Nog geen paren: er wordt niets gekopieerd.',
  'guard.on': 'Aan',
  'guard.onLabel': 'Bescherming aan voor {pair}',
  'guard.remove': 'Verwijderen',
  'guard.removeLabel': 'Paar {pair} verwijderen',
  'guard.unknownCalendar': 'Agenda niet beschikbaar',
  'guard.suggested': 'Voorgestelde paren',
  'guard.suggestedHint':
    'De naam van de behandelaar is op beide platforms gelijk. Er wordt niets gekoppeld tot u het kiest.',
  'guard.use': 'Dit paar gebruiken',
  'guard.useLabel': 'Dit paar gebruiken: {pair}',
  'guard.add': 'Paar toevoegen',
  'guard.docfav': 'Docfav-behandelaar',
  'guard.doctena': 'Doctena-agenda',
  'guard.choose': 'Kies…',
  'guard.addButton': 'Paar toevoegen',
  'guard.needBoth': 'Kies een Docfav-behandelaar en een Doctena-agenda.',
  'guard.duplicate': 'Dit paar staat al in de lijst.',
  'guard.noCalendars': 'Koppel een Doctena- en een Docfav-account om hun agenda’s te koppelen.',
  'guard.loadingCalendars': 'Agenda’s laden…',
  'guard.weeksAhead': 'Aantal weken vooruit beschermen',
  'guard.weeksAheadHint': 'Docfav-afspraken tot zoveel weken vooruit worden gekopieerd.',
  'guard.weeksAheadInvalid': 'Voer een heel aantal weken in van {min} tot {max}.',
  'guard.mirrorReservations': 'Ook gereserveerde tijd en vrije dagen uit Docfav kopiëren',
  'guard.reservationsHint':
    'Gereserveerde tijd en vrije dagen worden gekopieerd als ‘Docfav · reserved’. Geef elke pc met Frontdesk dezelfde paren en dezelfde keuze hier: elke pc voegt alleen de kopieën toe en verwijdert alleen de kopieën die zijn eigen instellingen vragen.',
  'guard.reservedTitle':
    'Deze titel is voorbehouden aan de kopieën van de bescherming tegen dubbele boekingen. Kies een andere titel.',
  'guard.save': 'Opslaan en nu controleren',
  'guard.saving': 'Opslaan…',
  'guard.saved': 'Paren opgeslagen.',
  'guard.notChecked': 'Nog niet gecontroleerd.',
  'guard.checking': 'De paren worden gecontroleerd…',
  'guard.checked':
    'Laatst gecontroleerd {time}: {created} toegevoegd, {updated} verplaatst, {deleted} verwijderd.',
  'guard.problems': 'Problemen bij de laatste controle:',
  'guard.statusFailed': 'De status van de bescherming kon niet worden gelezen: {message}',
  'guard.runFailed': 'De controle is niet uitgevoerd: {message}',
  'guard.conflicts': 'Dubbele boekingen',
  'guard.conflictOpen': 'Doctena-boeking tonen',
  // Errors, worded from the reason or code the main process returns (renderer/components/accounts/errorText.ts)
  'reason.bad-id':
    'Frontdesk heeft geweigerd een verzoek met een ongeldig kenmerk naar {vendor} te sturen. Vernieuw de agenda en probeer het opnieuw.',
  'reason.bad-date': 'Een datum of tijd is niet geldig. Kies die opnieuw.',
  'reason.range-too-long': 'Docfav toont maximaal 7 dagen tegelijk. Kies een kortere periode.',
  'reason.recurring-dates-missing':
    'Terugkerende afspraken hebben zowel een begin- als een einddatum nodig.',
  'reason.nothing-to-change': 'Niets te wijzigen: kies een nieuwe titel of tijd.',
  'reason.calendar-gone':
    '{vendor} kon deze agenda niet vinden, of deze login ziet hem misschien niet meer. Controleer de agenda’s in de accountinstellingen.',
  'reason.no-show-too-early':
    'Doctena accepteert ‘niet verschenen’ pas als het tijdstip van de afspraak voorbij is, en annuleert de boeking dan meteen.',
  'reason.patient-email-exists':
    'Er bestaat in Docfav al een patiënt met dit e-mailadres. Zoek die patiënt op in plaats van een nieuwe aan te maken.',
  'reason.slot-taken':
    'Deze tijd overlapt in Docfav met een andere afspraak of met gereserveerde tijd. Kies een andere tijd.',
  'reason.entry-gone':
    'Dit item staat niet meer in de agenda. Vernieuw de agenda en probeer het opnieuw.',
  'reason.practitioner-gone':
    'Frontdesk vindt de agenda van deze Docfav-behandelaar niet meer. Vernieuw de agenda en probeer het opnieuw.',
  'reason.saved-not-read-back':
    'De wijziging is in {vendor} opgeslagen, maar Frontdesk kon haar niet teruglezen. Vernieuw de agenda om haar te zien.',
  'reason.no-service':
    'Deze Docfav-afspraak heeft geen behandeling, dus Frontdesk kan hem niet op een ander tijdstip boeken. Verplaats hem in Docfav zelf.',
  'reason.moved-not-found':
    'De afspraak is in Docfav verplaatst, maar Frontdesk vindt hem niet op het nieuwe tijdstip. Vernieuw de agenda.',
  'reason.lost':
    'De afspraak staat nu op geen van beide tijden: iemand heeft intussen de nieuwe boeking in Docfav verwijderd. Boek hem opnieuw in Docfav.',
  'reason.account-missing':
    'Een van de gekozen agenda’s hoort bij een account dat niet gekoppeld is. Vernieuw en kies opnieuw.',
  'reason.docfav-no-blocking':
    'Docfav laat andere programma’s geen tijd blokkeren, dus geblokkeerde tijd kan alleen aan Doctena-agenda’s worden toegevoegd. Blokkeer de tijd in Docfav zelf.',
  'reason.doctena-no-booking':
    'Doctena laat andere programma’s geen afspraken maken. Boek de patiënt in Doctena zelf.',
  'reason.booking-pending':
    'Frontdesk zoekt nog uit of een eerdere afspraak op deze tijd is gemaakt. Wacht tot dat duidelijk is en probeer het dan opnieuw.',
  'reason.calendar-not-in-account':
    'Een van de gekozen Doctena-agenda’s hoort niet bij dit account. Vernieuw en kies opnieuw.',
  'reason.repeat-rule-unknown':
    'Frontdesk begrijpt deze herhaalregel niet. Kies de herhaling opnieuw.',
  'reason.not-a-blocking':
    'Alleen geblokkeerde tijd kan zo worden gewijzigd. Afspraken worden in plaats daarvan verplaatst of geannuleerd.',
  'reason.read-only-kind':
    'Docfav laat andere programma’s geen gereserveerde tijd, groepssessies of terugkerende afspraken wijzigen. Wijzig dit in Docfav zelf.',
  'reason.blocking-status': 'Geblokkeerde tijd heeft geen status om te bevestigen of te annuleren.',
  'reason.recurring-occurrence':
    'Eén datum van een herhaalde geblokkeerde tijd kan niet los worden verplaatst. Bewerk in plaats daarvan de hele reeks.',
  'reason.blocking-started':
    'Deze geblokkeerde tijd is al begonnen en kan dus niet worden verplaatst.',
  'reason.no-unconfirmed':
    'Doctena heeft geen status ‘onbevestigd’ om naar terug te gaan. Annuleer zo nodig de boeking.',
  'reason.already-no-show': 'Deze afspraak is al gemarkeerd als niet verschenen.',
  'reason.not-live':
    'Alleen een afspraak die nog geboekt stond, kan als niet verschenen worden gemarkeerd.',
  'reason.no-show': 'Deze afspraak is gemarkeerd als niet verschenen.',
  'reason.already-cancelled': 'Deze afspraak is al geannuleerd.',
  'reason.cancelled-no-move': 'Deze afspraak is geannuleerd en kan dus niet worden verplaatst.',
  'reason.cancelled': 'Deze afspraak is geannuleerd en kan hier niet meer worden gewijzigd.',
  'reason.expired':
    'Doctena heeft deze boeking als verlopen gemarkeerd, omdat de praktijk niet op tijd heeft gereageerd.',
  'reason.already-confirmed': 'Deze afspraak is al bevestigd.',
  'reason.not-confirmed': 'Deze afspraak is nog niet bevestigd.',
  'reason.started': 'Deze afspraak is al begonnen of voorbij en kan dus niet worden verplaatst.',
  'reason.past':
    'Deze afspraak was op een eerdere dag en kan niet meer worden bevestigd of geannuleerd.',
  'reason.not-allowed': 'Deze wijziging is voor deze afspraak niet mogelijk.',
  'reason.pair-account-missing':
    'Een agenda uit de bescherming tegen dubbele boekingen hoort bij een account dat niet gekoppeld is. Controleer de paren in de instellingen.',
  'reason.pair-calendar-gone':
    'Een Docfav-agenda uit de bescherming tegen dubbele boekingen bestaat niet meer. Controleer de paren in de instellingen.',
  'reason.base-url-invalid': 'Dit adres kan niet worden gebruikt: het moet met https:// beginnen.',
  'reason.base-url-insecure':
    'Dit adres kan niet worden gebruikt: http:// mag alleen voor deze computer. Gebruik https://.',
  'reason.clinic-not-visible': 'Deze API-sleutel ziet een van de gekozen klinieken niet.',
  'reason.managed-account':
    'Dit account is ingesteld door uw IT-beheerder en kan hier niet worden verwijderd.',
  'reason.account-gone': 'Dit account is niet meer gekoppeld. Vernieuw en probeer het opnieuw.',
  'reason.settings-invalid':
    'Frontdesk kon de instellingen niet opslaan: een waarde is niet toegestaan.',
  'reason.secret-empty': 'Vul het wachtwoord of de API-sleutel in.',
  'reason.no-secure-storage':
    'Deze computer biedt geen veilige opslag, dus Frontdesk kan het wachtwoord of de API-sleutel niet bewaren.',
  'reason.bridge-lost':
    'Frontdesk heeft de verbinding met de webbrug verloren. Laad de pagina opnieuw.',
  'code.validation':
    'Het verzoek is geweigerd omdat sommige gegevens niet geldig zijn. Controleer de tijden en gegevens en probeer het opnieuw.',
  'code.conflict':
    'De wijziging botst met iets wat er al staat. Vernieuw de agenda en controleer het.',
  'code.not-found':
    '{vendor} kon dit item niet vinden; misschien is het verwijderd. Vernieuw de agenda.',
  'code.internal': 'Er ging iets mis in Frontdesk. Probeer het opnieuw.',
  'code.invalid-input':
    'Frontdesk heeft een ongeldig verzoek geweigerd. Laad opnieuw en probeer het nog eens.',
  'code.unknown-channel': 'Deze actie is niet beschikbaar.',
  'code.forbidden-sender': 'Dit verzoek kwam niet van Frontdesk.',
  'conflict.appointment': 'Afspraak',
  'conflict.time_reservation': 'Gereserveerde tijd',
  'conflict.group_reservation': 'Groepssessie',
  'conflict.day_off': 'Vrije dag',
  'conflict.time_off': 'Afwezigheid',
  'conflict.outside_working_hours': 'Buiten de werktijden',
  'conflict.unavailable': 'Niet beschikbaar',
  // Shown by the main process itself: desktop notifications, the menu, the start-up failure box
  'desktop.newBooking': 'Nieuwe afspraak',
  'desktop.doubleBooking': 'Dubbele boeking',
  'desktop.when': '{when} · {calendar}',
  'appMenu.view': 'Beeld',
  'appMenu.dataProtection': 'Gegevensbescherming',
  'appMenu.about': 'Over Frontdesk',
  'dataProtection.note':
    'Frontdesk toont gezondheidsgegevens uit Doctena en Docfav.\n\nPatiëntgegevens blijven alleen in het geheugen: er wordt niets naar de schijf geschreven, en ze verdwijnen zodra u de app sluit of een account ontkoppelt.\n\nWachtwoorden en API-sleutels worden versleuteld met de sleutelhanger van het besturingssysteem en nooit meer getoond.\n\nLogbestanden bevatten geen patiëntgegevens en geen geheimen. Bureaubladmeldingen noemen alleen een tijd en een agenda.\n\nDe details staan in het deel over gegevensbescherming in de README.',
  'startFailed.title': 'Frontdesk kon niet starten',
  'startFailed.body': 'Start de computer opnieuw op en probeer het nog eens.',
};
