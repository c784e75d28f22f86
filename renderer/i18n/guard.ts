import type { Language } from '../../shared/settings';

/** The double-booking guard: pairings, its status and double bookings. English is the source. */
const en = {
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
} as const;

type Area = Record<keyof typeof en, string>;

const de: Area = {
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
  'guard.problems': 'Probleme bei der letzten Prüfung:',
  'guard.statusFailed': 'Der Zustand des Schutzes konnte nicht gelesen werden: {message}',
  'guard.runFailed': 'Die Prüfung wurde nicht ausgeführt: {message}',
  'guard.conflicts': 'Doppelbuchungen',
  'guard.conflictOpen': 'Doctena-Buchung anzeigen',
};

const fr: Area = {
  'guard.title': 'Protection contre les doubles réservations',
  'guard.intro':
    'Doctena ne voit pas Docfav. Pour chaque paire activée, Frontdesk recopie les rendez-vous Docfav du praticien dans le calendrier Doctena sous forme de créneaux bloqués intitulés « Docfav · busy », pour que personne ne puisse réserver ce créneau sur Doctena. Désactiver ou retirer une paire retire aussi ses copies de Doctena.',
  'guard.pairs': 'Paires',
  'guard.noPairs': 'Aucune paire pour l’instant : rien n’est recopié.',
  'guard.on': 'Activée',
  'guard.onLabel': 'Protection activée pour {pair}',
  'guard.remove': 'Retirer',
  'guard.removeLabel': 'Retirer la paire {pair}',
  'guard.unknownCalendar': 'Calendrier indisponible',
  'guard.suggested': 'Paires suggérées',
  'guard.suggestedHint':
    'Le nom du praticien est le même sur les deux plateformes. Rien n’est associé tant que vous ne l’avez pas choisi.',
  'guard.use': 'Utiliser cette paire',
  'guard.useLabel': 'Utiliser cette paire : {pair}',
  'guard.add': 'Ajouter une paire',
  'guard.docfav': 'Praticien Docfav',
  'guard.doctena': 'Calendrier Doctena',
  'guard.choose': 'Choisir…',
  'guard.addButton': 'Ajouter la paire',
  'guard.needBoth': 'Choisissez un praticien Docfav et un calendrier Doctena.',
  'guard.duplicate': 'Cette paire est déjà dans la liste.',
  'guard.noCalendars':
    'Connectez un compte Doctena et un compte Docfav pour associer leurs calendriers.',
  'guard.loadingCalendars': 'Chargement des calendriers…',
  'guard.weeksAhead': 'Semaines à protéger à l’avance',
  'guard.weeksAheadHint':
    'Les rendez-vous Docfav sont recopiés jusqu’à ce nombre de semaines à l’avance.',
  'guard.weeksAheadInvalid': 'Saisissez un nombre entier de semaines entre {min} et {max}.',
  'guard.mirrorReservations': 'Recopier aussi le temps réservé et les jours de congé de Docfav',
  'guard.reservationsHint':
    'Le temps réservé et les jours de congé sont recopiés sous le titre « Docfav · reserved ». Donnez à chaque PC qui utilise Frontdesk les mêmes paires et le même choix ici : chaque PC n’ajoute et ne retire que les copies que ses propres réglages demandent.',
  'guard.reservedTitle':
    'Ce titre est réservé aux copies de la protection contre les doubles réservations. Choisissez un autre titre.',
  'guard.save': 'Enregistrer et vérifier maintenant',
  'guard.saving': 'Enregistrement…',
  'guard.saved': 'Paires enregistrées.',
  'guard.notChecked': 'Pas encore vérifié.',
  'guard.checking': 'Vérification des paires…',
  'guard.checked':
    'Dernière vérification {time} : {created} ajoutés, {updated} déplacés, {deleted} supprimés.',
  'guard.problems': 'Problèmes lors de la dernière vérification :',
  'guard.statusFailed': 'L’état de la protection n’a pas pu être lu : {message}',
  'guard.runFailed': 'La vérification n’a pas eu lieu : {message}',
  'guard.conflicts': 'Doubles réservations',
  'guard.conflictOpen': 'Afficher la réservation Doctena',
};

const nl: Area = {
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
};

const es: Area = {
  'guard.title': 'Protección contra reservas dobles',
  'guard.intro':
    'Doctena no ve Docfav. Para cada pareja activada, Frontdesk copia las citas de Docfav del profesional en el calendario de Doctena como tiempo bloqueado con el título «Docfav · busy», para que nadie pueda reservar ese tiempo en Doctena. Al desactivar o quitar una pareja, sus copias se retiran de Doctena.',
  'guard.pairs': 'Parejas',
  'guard.noPairs': 'Aún no hay parejas: no se copia nada.',
  'guard.on': 'Activada',
  'guard.onLabel': 'Protección activada para {pair}',
  'guard.remove': 'Quitar',
  'guard.removeLabel': 'Quitar la pareja {pair}',
  'guard.unknownCalendar': 'Calendario no disponible',
  'guard.suggested': 'Parejas sugeridas',
  'guard.suggestedHint':
    'El nombre del profesional es el mismo en ambas plataformas. No se empareja nada hasta que usted lo elija.',
  'guard.use': 'Usar esta pareja',
  'guard.useLabel': 'Usar esta pareja: {pair}',
  'guard.add': 'Añadir una pareja',
  'guard.docfav': 'Profesional de Docfav',
  'guard.doctena': 'Calendario de Doctena',
  'guard.choose': 'Elegir…',
  'guard.addButton': 'Añadir pareja',
  'guard.needBoth': 'Elija un profesional de Docfav y un calendario de Doctena.',
  'guard.duplicate': 'Esta pareja ya está en la lista.',
  'guard.noCalendars':
    'Conecte una cuenta de Doctena y una de Docfav para emparejar sus calendarios.',
  'guard.loadingCalendars': 'Cargando los calendarios…',
  'guard.weeksAhead': 'Semanas que proteger por adelantado',
  'guard.weeksAheadHint': 'Se copian las citas de Docfav hasta este número de semanas por delante.',
  'guard.weeksAheadInvalid': 'Introduzca un número entero de semanas entre {min} y {max}.',
  'guard.mirrorReservations': 'Copiar también el tiempo reservado y los días libres de Docfav',
  'guard.reservationsHint':
    'El tiempo reservado y los días libres se copian como «Docfav · reserved». Dé a cada PC que use Frontdesk las mismas parejas y la misma opción aquí: cada PC solo añade y retira las copias que piden sus propios ajustes.',
  'guard.reservedTitle':
    'Este título está reservado para las copias de la protección contra reservas dobles. Elija otro título.',
  'guard.save': 'Guardar y comprobar ahora',
  'guard.saving': 'Guardando…',
  'guard.saved': 'Parejas guardadas.',
  'guard.notChecked': 'Aún no se ha comprobado.',
  'guard.checking': 'Comprobando las parejas…',
  'guard.checked':
    'Última comprobación {time}: {created} añadidos, {updated} movidos, {deleted} eliminados.',
  'guard.problems': 'Problemas en la última comprobación:',
  'guard.statusFailed': 'No se ha podido leer el estado de la protección: {message}',
  'guard.runFailed': 'La comprobación no se ha realizado: {message}',
  'guard.conflicts': 'Reservas dobles',
  'guard.conflictOpen': 'Mostrar la reserva de Doctena',
};

export const guard: { en: typeof en } & Partial<Record<Exclude<Language, 'en'>, Area>> = {
  en,
  de,
  fr,
  nl,
  es,
};
