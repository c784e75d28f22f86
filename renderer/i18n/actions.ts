import type { Language } from '../../shared/settings';

/** Confirm, cancel, no-show, moving and blocking time. English is the source; see catalogue.ts. */
const en = {
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
  'block.done': 'Time blocked in {count} calendar(s).',
  'block.partial': '{failed} could not be blocked: {message}',
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
} as const;

type Area = Record<keyof typeof en, string>;

const de: Area = {
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
  'block.done': 'Zeit in {count} Kalender(n) blockiert.',
  'block.partial': '{failed} konnte(n) nicht blockiert werden: {message}',
  'block.invalid': 'Das Ende muss nach dem Beginn liegen.',
  'block.outOfRange': 'Bitte eine Zeit zwischen vor einem Jahr und in fünf Jahren wählen.',
  'block.needCalendar': 'Bitte mindestens einen Kalender wählen.',
  'block.deleted': 'Blockierte Zeit gelöscht.',
  'block.delete': 'Blockierte Zeit löschen',
  'block.edit': 'Bearbeiten',
  'block.saved': 'Blockierte Zeit gespeichert.',
  'block.series': 'Dies ist eine Serie; Änderungen gelten für alle Termine der Serie.',
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
  'menu.label': 'Aktionen für {name}',
  'notice.newBooking': 'Neue Buchung: {when} · {calendar}',
};

const fr: Area = {
  'block.open': 'Bloquer du temps',
  'block.title': 'Bloquer du temps',
  'block.editTitle': 'Modifier le temps bloqué',
  'block.name': 'Titre',
  'block.namePlaceholder': 'p. ex. Vacances, Panne d’équipement',
  'block.calendars': 'Calendriers à bloquer',
  'block.mode': 'Durée',
  'block.modeRange': 'Plage horaire',
  'block.modeDays': 'Journées entières',
  'block.start': 'De',
  'block.end': 'Jusqu’à',
  'block.firstDay': 'Premier jour',
  'block.lastDay': 'Dernier jour',
  'block.repeat': 'Répéter chaque semaine',
  'block.repeatUntil': 'Répéter jusqu’au',
  'block.docfavNote':
    'Docfav ne permet pas de bloquer du temps via son API. Ces praticiens Docfav restent donc réservables : {names}.',
  'block.noCalendars': 'Connectez un compte Doctena pour bloquer du temps.',
  'block.submit': 'Bloquer',
  'block.save': 'Enregistrer',
  'block.cancel': 'Annuler',
  'block.done': 'Temps bloqué dans {count} calendrier(s).',
  'block.partial': 'Impossible de bloquer {failed} : {message}',
  'block.invalid': 'La fin doit être après le début.',
  'block.outOfRange': 'Choisissez une date entre il y a un an et dans cinq ans.',
  'block.needCalendar': 'Choisissez au moins un calendrier.',
  'block.deleted': 'Temps bloqué supprimé.',
  'block.delete': 'Supprimer le temps bloqué',
  'block.edit': 'Modifier',
  'block.saved': 'Temps bloqué enregistré.',
  'block.series': 'Ceci se répète ; les modifications s’appliquent à toute la série.',
  'action.notifyPatient': 'Prévenir le patient (SMS et e-mail)',
  'action.confirmed': 'Rendez-vous confirmé.',
  'action.cancelled': 'Rendez-vous annulé.',
  'action.noShowDone': 'Marqué comme absent.',
  'action.unconfirmed': 'Remis à « non confirmé ».',
  'action.undo': 'Défaire',
  'action.failed': 'Non enregistré : {message}',
  'action.error.unknown':
    '{vendor} n’a pas répondu : Frontdesk ne sait pas encore si la modification a été faite. Le calendrier l’affichera dès que {vendor} répondra ; vérifiez-le avant de recommencer.',
  'action.error.notSeen':
    '{vendor} n’a pas répondu, et la modification n’était pas visible lors de la vérification. Elle peut encore arriver : le calendrier l’affichera. Vérifiez-le avant de recommencer.',
  'action.error.changedMeanwhile':
    'Ce rendez-vous a été annulé ou modifié dans {vendor} entre-temps, rien n’a donc été changé. Le calendrier affiche maintenant son état actuel.',
  'action.error.writePending':
    'Une modification de cette entrée est encore en cours d’enregistrement. Patientez un instant, puis réessayez.',
  'action.error.targetPast': 'Le nouvel horaire est déjà passé. Choisissez un horaire plus tardif.',
  'action.cancelTitle': 'Annuler ce rendez-vous ?',
  'action.cancelText': '{name}, {when}, sera annulé sur {platform}.',
  'action.keep': 'Le garder',
  'action.noShowWhy':
    'Une absence ne peut être signalée qu’une fois l’heure du rendez-vous passée.',
  'action.pending': 'Enregistrement…',
  'action.readOnly': 'Cette entrée ne peut pas être modifiée ici.',
  'move.title': 'Déplacer ce rendez-vous ?',
  'move.text': 'Déplacer {name} vers {when} ?',
  'move.confirm': 'Déplacer',
  'move.abort': 'Laisser à sa place',
  'move.conflictTitle': 'Ce créneau est occupé',
  'move.conflictText': 'Au nouvel horaire, le calendrier contient déjà :',
  'move.force': 'Réserver quand même',
  'move.moved': 'Déplacé vers {when}.',
  'move.failed': 'Impossible de déplacer : {message}',
  'move.pending':
    'Docfav n’a pas encore confirmé le déplacement. Frontdesk continue de vérifier et affiche le rendez-vous en attente d’ici là ; ne le déplacez pas à nouveau.',
  'move.elsewhere':
    'Un autre poste a déplacé ce rendez-vous au même moment, vers {when}. Cette réservation est conservée ; celle de ce poste a été supprimée.',
  'move.settledMoved':
    'Un déplacement que Docfav n’avait pas confirmé a abouti : le rendez-vous est maintenant le {when}.',
  'move.settledElsewhere':
    'Un rendez-vous déplacé depuis ce poste a été déplacé au même moment sur un autre poste, vers {when}. Cette réservation est conservée.',
  'move.settledNotMoved':
    'Un déplacement que Docfav n’avait pas confirmé n’a pas eu lieu : le rendez-vous reste à son horaire d’origine.',
  'move.settledDuplicated':
    'Un déplacement est encore en cours de réparation : le patient est réservé aux deux horaires jusqu’à ce que Docfav permette de supprimer la nouvelle réservation.',
  'move.settledLost':
    'Un rendez-vous déplacé n’est à aucun des deux horaires : quelqu’un a supprimé la nouvelle réservation dans Docfav. Réservez-le à nouveau.',
  'move.error.pending':
    'Frontdesk vérifie encore si le dernier déplacement de ce rendez-vous a abouti. Attendez la fin de la vérification, puis réessayez.',
  'move.error.compensated':
    'Docfav n’a pas annulé le rendez-vous à l’ancien horaire, Frontdesk a donc supprimé la nouvelle réservation. Rien n’a changé ; réessayez.',
  'move.error.repairing':
    'Docfav n’a pas annulé le rendez-vous à l’ancien horaire et la nouvelle réservation n’a pas encore pu être supprimée. Le patient est réservé aux deux horaires pour l’instant ; Frontdesk continue de supprimer la nouvelle réservation.',
  'move.error.checkFailed':
    'Frontdesk n’a pas pu vérifier ce rendez-vous dans Docfav, il n’a donc pas été déplacé. Réessayez.',
  'menu.label': 'Actions pour {name}',
  'notice.newBooking': 'Nouveau rendez-vous : {when} · {calendar}',
};

const nl: Area = {
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
  'block.done': 'Tijd geblokkeerd in {count} agenda(’s).',
  'block.partial': '{failed} kon(den) niet worden geblokkeerd: {message}',
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
  'menu.label': 'Acties voor {name}',
  'notice.newBooking': 'Nieuwe afspraak: {when} · {calendar}',
};

const es: Area = {
  'block.open': 'Bloquear tiempo',
  'block.title': 'Bloquear tiempo',
  'block.editTitle': 'Editar tiempo bloqueado',
  'block.name': 'Título',
  'block.namePlaceholder': 'p. ej. Vacaciones, Avería del equipo',
  'block.calendars': 'Calendarios que bloquear',
  'block.mode': 'Duración',
  'block.modeRange': 'Franja horaria',
  'block.modeDays': 'Días completos',
  'block.start': 'Desde',
  'block.end': 'Hasta',
  'block.firstDay': 'Primer día',
  'block.lastDay': 'Último día',
  'block.repeat': 'Repetir cada semana',
  'block.repeatUntil': 'Repetir hasta',
  'block.docfavNote':
    'Docfav no permite bloquear tiempo a través de su API. Estos profesionales de Docfav seguirán admitiendo reservas: {names}.',
  'block.noCalendars': 'Conecte una cuenta de Doctena para bloquear tiempo.',
  'block.submit': 'Bloquear',
  'block.save': 'Guardar',
  'block.cancel': 'Cancelar',
  'block.done': 'Tiempo bloqueado en {count} calendario(s).',
  'block.partial': 'No se ha podido bloquear {failed}: {message}',
  'block.invalid': 'El final debe ser posterior al inicio.',
  'block.outOfRange': 'Elija una fecha entre hace un año y dentro de cinco años.',
  'block.needCalendar': 'Elija al menos un calendario.',
  'block.deleted': 'Tiempo bloqueado eliminado.',
  'block.delete': 'Eliminar tiempo bloqueado',
  'block.edit': 'Editar',
  'block.saved': 'Tiempo bloqueado guardado.',
  'block.series': 'Esto se repite; los cambios se aplican a toda la serie.',
  'action.notifyPatient': 'Avisar al paciente (SMS y correo electrónico)',
  'action.confirmed': 'Cita confirmada.',
  'action.cancelled': 'Cita cancelada.',
  'action.noShowDone': 'Marcada como no presentado.',
  'action.unconfirmed': 'Devuelta a sin confirmar.',
  'action.undo': 'Deshacer',
  'action.failed': 'No se ha guardado: {message}',
  'action.error.unknown':
    '{vendor} no respondió, así que Frontdesk aún no sabe si el cambio se hizo. El calendario lo mostrará en cuanto {vendor} responda: compruébelo allí antes de repetirlo.',
  'action.error.notSeen':
    '{vendor} no respondió y el cambio no estaba al comprobarlo ahora. Aún puede llegar: el calendario lo mostrará. Compruebe el calendario antes de repetirlo.',
  'action.error.changedMeanwhile':
    'Esta cita se canceló o cambió en {vendor} mientras tanto, así que no se ha cambiado nada. El calendario muestra ahora su estado actual.',
  'action.error.writePending':
    'Aún se está guardando un cambio de esta entrada. Espere un momento y vuelva a intentarlo.',
  'action.error.targetPast': 'La nueva hora ya ha pasado. Elija una hora posterior.',
  'action.cancelTitle': '¿Cancelar esta cita?',
  'action.cancelText': 'La cita de {name}, {when}, se cancelará en {platform}.',
  'action.keep': 'Mantenerla',
  'action.noShowWhy':
    'Solo se puede marcar como no presentado cuando ya ha pasado la hora de la cita.',
  'action.pending': 'Guardando…',
  'action.readOnly': 'Esta entrada no se puede modificar aquí.',
  'move.title': '¿Mover esta cita?',
  'move.text': '¿Mover la cita de {name} a {when}?',
  'move.confirm': 'Mover',
  'move.abort': 'Dejarla donde estaba',
  'move.conflictTitle': 'Esta hora está ocupada',
  'move.conflictText': 'A la nueva hora, el calendario ya tiene:',
  'move.force': 'Reservar de todos modos',
  'move.moved': 'Movida a {when}.',
  'move.failed': 'No se ha podido mover: {message}',
  'move.pending':
    'Docfav aún no ha confirmado el cambio. Frontdesk sigue comprobándolo y muestra la cita como pendiente hasta saberlo; no la vuelva a mover mientras tanto.',
  'move.elsewhere':
    'Otro puesto movió esta cita en el mismo momento, a {when}. Esa reserva se mantiene; la de este puesto se ha eliminado.',
  'move.settledMoved':
    'Un cambio que Docfav no había confirmado se ha realizado: la cita está ahora el {when}.',
  'move.settledElsewhere':
    'Una cita movida desde este puesto se movió en el mismo momento en otro puesto, a {when}. Esa reserva se mantiene.',
  'move.settledNotMoved':
    'Un cambio que Docfav no había confirmado no se ha realizado: la cita sigue en su hora original.',
  'move.settledDuplicated':
    'Un cambio aún se está reparando: el paciente tiene reserva en ambas horas hasta que Docfav permita eliminar la nueva reserva.',
  'move.settledLost':
    'Una cita movida no está en ninguna de las dos horas: alguien eliminó la nueva reserva en Docfav. Resérvela de nuevo.',
  'move.error.pending':
    'Frontdesk aún está averiguando si el último cambio de esta cita se realizó. Espere a que se aclare y vuelva a intentarlo.',
  'move.error.compensated':
    'Docfav no canceló la cita en su hora anterior, así que Frontdesk eliminó la nueva reserva. No ha cambiado nada; vuelva a intentarlo.',
  'move.error.repairing':
    'Docfav no canceló la cita en su hora anterior y aún no se pudo eliminar la nueva reserva. Por ahora el paciente tiene reserva en ambas horas; Frontdesk sigue eliminando la nueva reserva hasta conseguirlo.',
  'move.error.checkFailed':
    'Frontdesk no pudo comprobar esta cita en Docfav, así que no se ha movido. Vuelva a intentarlo.',
  'menu.label': 'Acciones para {name}',
  'notice.newBooking': 'Nueva cita: {when} · {calendar}',
};

export const actions: { en: typeof en } & Partial<Record<Exclude<Language, 'en'>, Area>> = {
  en,
  de,
  fr,
  nl,
  es,
};
