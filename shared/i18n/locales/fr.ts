import type { Messages } from '../keys';

export const fr: Messages = {
  // Calendar, navigation, settings and general errors
  'app.title': 'Frontdesk',
  'app.loading': 'Chargement…',
  'app.version': 'Version {version}',
  'nav.today': 'Aujourd’hui',
  'nav.previous': 'Semaine précédente',
  'nav.next': 'Semaine suivante',
  'nav.jumpTo': 'Aller à la date',
  'nav.refresh': 'Actualiser',
  'nav.syncing': 'Synchronisation…',
  'nav.lastSynced': 'Dernière synchronisation à {time}',
  'nav.neverSynced': 'Pas encore synchronisé',
  'view.label': 'Affichage',
  'view.week': 'Semaine',
  'view.day': 'Jour',
  'view.agenda': 'Liste',
  'sidebar.title': 'Calendriers',
  'sidebar.noAccounts': 'Aucun compte connecté pour l’instant.',
  'sidebar.showCancelled': 'Afficher les rendez-vous annulés',
  'sidebar.legend': 'Légende',
  'legend.blocked': 'Temps bloqué ou réservé',
  'sidebar.showCalendar': 'Afficher {name}',
  'toConfirm.title': 'À confirmer',
  'toConfirm.scope': 'D’aujourd’hui au {date}',
  'toConfirm.none': 'Rien n’attend de confirmation.',
  'toConfirm.failed': 'La liste n’a pas pu être chargée : {message}',
  'toConfirm.showAll': 'Tout afficher ({count})',
  'toConfirm.showFewer': 'Afficher moins',
  'toConfirm.expiresSoon': 'Expire bientôt',
  'toConfirm.expiresSoonWhy':
    'Doctena laisse expirer une réservation que le cabinet ne confirme pas à temps.',
  'toConfirm.confirmOne': 'Confirmer {name}, {when}',
  'account.synced': 'Synchronisé à {time}',
  'account.syncing': 'Synchronisation…',
  'account.notAnswering': '{vendor} ne répond pas…',
  'account.waiting': 'En attente de la première synchronisation…',
  'error.auth':
    'Le mot de passe ou la clé API a été refusé. Vérifiez-le dans les paramètres et reconnectez le compte.',
  'error.permission':
    'Ce compte n’a pas le droit de faire cela. Demandez au responsable du cabinet de vérifier ses autorisations.',
  'error.rateLimited':
    'La plateforme nous demande de ralentir. Frontdesk réessaiera dans quelques instants.',
  'error.offline': 'Pas de connexion à {vendor}. Affichage des dernières données connues.',
  'error.server': '{vendor} rencontre des problèmes en ce moment. Frontdesk continue d’essayer.',
  'error.generic': 'Un problème est survenu : {message}',
  'error.title': 'Un problème est survenu',
  'error.retry': 'Réessayer',
  'account.unreadable':
    '{count, plural, one {# élément de {vendor} n’a pas pu être lu et n’est pas affiché ici. Vérifiez-le directement sur {vendor}.} other {# éléments de {vendor} n’ont pas pu être lus et ne sont pas affichés ici. Vérifiez-les directement sur {vendor}.}}',
  'account.warning.working-hours-unavailable': 'Horaires de travail indisponibles.',
  'error.notFound':
    '{vendor} ne trouve pas un calendrier de ce compte. Vérifiez le compte dans les paramètres.',
  'error.unreadable':
    '{vendor} a envoyé une réponse que Frontdesk n’a pas pu lire. Frontdesk continue d’essayer.',
  'error.refused':
    'Frontdesk n’a pas pu demander à {vendor} le calendrier de ce compte. Vérifiez le compte dans les paramètres.',
  'error.other':
    'La synchronisation avec {vendor} n’a pas fonctionné. Frontdesk continue d’essayer.',
  'banner.demo': 'Données de démonstration : ces patients et ces rendez-vous sont fictifs.',
  'banner.offline':
    'Hors ligne : affichage de la dernière semaine connue (synchronisée à {time}). Les modifications sont désactivées jusqu’au retour de la connexion.',
  'banner.slowMissing':
    '{name} ne répond pas ; ses rendez-vous manquent. Ils apparaîtront dès qu’il répondra.',
  'banner.slowStale':
    '{name} ne répond pas ; ses rendez-vous affichés ne sont peut-être plus à jour (synchronisés à {time}).',
  'notice.dismiss': 'Fermer',
  'notice.settings-reset':
    'Certains de vos paramètres n’ont pas pu être lus et ont été remis à leur valeur par défaut. Veuillez vérifier vos paramètres.',
  'notice.account-dropped':
    'Un compte connecté n’a pas pu être lu et a été retiré. Veuillez le connecter à nouveau dans les Paramètres.',
  'notice.secret-storage-weak':
    'Cet ordinateur n’a pas de trousseau système : les mots de passe et clés API enregistrés sont seulement masqués, pas chiffrés. Installez et déverrouillez un trousseau (par exemple GNOME Keyring ou KWallet), puis redémarrez Frontdesk.',
  'notice.secret-storage-unavailable':
    'Cet ordinateur n’offre aucun stockage sécurisé : Frontdesk ne peut donc pas enregistrer de mots de passe ni de clés API. Demandez à votre service informatique de configurer les comptes par des variables d’environnement.',
  'calendar.label': 'Calendrier de la semaine',
  'calendar.loading': 'Chargement du calendrier…',
  'search.label': 'Rechercher des patients par nom, téléphone ou e-mail',
  'search.placeholder': 'Rechercher des patients (/)',
  'search.none': 'Aucun patient trouvé.',
  'search.results': '{count, plural, one {# patient} other {# patients}}',
  'search.searching': 'Recherche…',
  'search.failed': 'La recherche n’a pas abouti : {message}',
  'search.upcoming': 'À venir',
  'search.past': 'Passés',
  'search.noAppointments': 'Aucun rendez-vous dans les semaines chargées jusqu’ici.',
  'search.partial': 'Impossible de chercher dans {account} : {message}',
  'status.waiting': 'En attente',
  'status.confirmed': 'Confirmé',
  'status.rescheduled': 'Reporté',
  'status.cancelled': 'Annulé',
  'status.no-show': 'Absent',
  'status.expired': 'Expiré',
  'status.unknown': 'Statut inconnu',
  'kind.block': 'Temps bloqué',
  'kind.reservation': 'Temps réservé',
  'kind.recurring': 'Événement récurrent',
  'kind.mirror': 'Occupé sur Docfav',
  'kind.conflict': 'Double réservation',
  'details.title': 'Détails du rendez-vous',
  'details.close': 'Fermer',
  'details.patient': 'Patient',
  'details.phone': 'Téléphone',
  'details.email': 'E-mail',
  'details.reason': 'Motif ou prestation',
  'details.insurance': 'Assurance',
  'details.calendar': 'Calendrier',
  'details.source': 'Réservé sur',
  'details.status': 'Statut',
  'details.note': 'Note',
  'details.when': 'Quand',
  'details.actions': 'Actions',
  'details.comingSoon': 'Bientôt disponible',
  'details.vendorStatus': '{vendor} : {status}',
  'patient.card': 'Fiche patient',
  'patient.birthDate': 'Date de naissance',
  'patient.note': 'Note sur le patient',
  'patient.tags': 'Étiquettes',
  'patient.reminders': 'Rappels',
  'patient.remindersOn': 'Activés',
  'patient.remindersOff': 'Désactivés',
  'patient.loading': 'Chargement de la fiche patient…',
  'patient.failed': 'La fiche patient n’a pas pu être chargée : {message}',
  'patient.others': 'Autres rendez-vous',
  'patient.noOthers': 'Aucun autre rendez-vous dans les semaines chargées.',
  'action.confirm': 'Confirmer',
  'action.cancel': 'Annuler le rendez-vous',
  'action.no-show': 'Marquer comme absent',
  'action.move': 'Déplacer',
  'action.delete': 'Supprimer',
  // Accounts: welcome, connecting, disconnecting
  'welcome.title': 'Bienvenue dans Frontdesk',
  'welcome.intro':
    'Frontdesk affiche vos rendez-vous Doctena et Docfav ensemble, dans un seul calendrier de la semaine. Connectez vos comptes, ou découvrez d’abord un cabinet de démonstration fictif.',
  'welcome.demoLeft':
    'Vous avez quitté la démo. Connectez Doctena ou Docfav pour voir vos propres rendez-vous, ou revenez au cabinet de démonstration.',
  'welcome.doctena.title': 'Doctena',
  'welcome.doctena.text':
    'Connectez-vous avec l’identifiant et le mot de passe de l’accès API Doctena de votre cabinet.',
  'welcome.doctena.action': 'Connecter Doctena',
  'welcome.docfav.title': 'Docfav',
  'welcome.docfav.text':
    'Utilisez une clé API de Docfav (Paramètres → API). Vous choisissez les cliniques à afficher.',
  'welcome.docfav.action': 'Connecter Docfav',
  'welcome.demo.title': 'Cabinet de démonstration',
  'welcome.demo.text':
    'Découvrez l’application avec des patients et des rendez-vous fictifs. Vous pourrez connecter vos comptes à tout moment.',
  'welcome.demo.action': 'Essayer avec des données de démo',
  'welcome.demo.unavailable':
    'Le cabinet de démonstration est désactivé sur cet ordinateur. Connectez plutôt un compte.',
  'demo.label': 'Cabinet de démonstration',
  'demo.text': 'Prêt pour vos propres rendez-vous ?',
  'demo.connect': 'Connecter vos comptes',
  'demo.leave': 'Quitter la démo',
  'demo.leaving': 'Sortie de la démo…',
  'doctena.title': 'Connecter Doctena',
  'doctena.help':
    'Frontdesk teste d’abord l’identifiant et ne l’enregistre que si Doctena l’accepte. Le mot de passe est enregistré chiffré sur cet ordinateur.',
  'doctena.login': 'Identifiant (adresse e-mail)',
  'doctena.password': 'Mot de passe',
  'doctena.loginMissing': 'Saisissez l’identifiant Doctena.',
  'doctena.passwordMissing': 'Saisissez le mot de passe.',
  'doctena.url': 'Adresse de l’API Doctena',
  'doctena.timezone': 'Fuseau horaire du cabinet',
  'doctena.timezoneHint':
    'Doctena envoie les heures sans fuseau horaire ; Frontdesk les lit dans celui-ci.',
  'doctena.checking': 'Vérification de l’identifiant auprès de Doctena…',
  'doctena.submit': 'Connecter Doctena',
  'docfav.title': 'Connecter Docfav',
  'docfav.help':
    'Créez une clé API dans Docfav sous Paramètres → API et collez-la ici. Frontdesk la vérifie d’abord et ne l’enregistre, chiffrée sur cet ordinateur, que si elle fonctionne.',
  'docfav.apiKey': 'Clé API',
  'docfav.keyMissing': 'Collez la clé API Docfav.',
  'docfav.url': 'Adresse de l’API Docfav',
  'docfav.check': 'Vérifier la clé',
  'docfav.checking': 'Vérification de la clé auprès de Docfav…',
  'docfav.clinics': 'Cliniques à afficher',
  'docfav.clinicIn': '{name} ({city})',
  'docfav.noClinics':
    'Cette clé API ne voit aucune clinique. Demandez à l’administrateur Docfav de la clinique de donner accès à ce compte, puis vérifiez à nouveau la clé.',
  'docfav.chooseClinic': 'Choisissez au moins une clinique.',
  'docfav.submit': 'Connecter Docfav',
  'connect.advanced': 'Avancé',
  'connect.urlHint':
    'À modifier uniquement si la plateforme ou votre service informatique vous le demande.',
  'connect.urlInvalid': 'Saisissez une adresse complète commençant par https://.',
  'connect.label': 'Nom affiché dans Frontdesk (facultatif)',
  'connect.checking': 'Vérification…',
  'connect.cancel': 'Annuler',
  'connect.connected': '{label} est connecté.',
  'connect.error.login':
    'Doctena n’a pas accepté cet identifiant et ce mot de passe. Vérifiez les deux (attention aux majuscules) et réessayez.',
  'connect.error.keyInvalid':
    'Docfav ne reconnaît pas cette clé API. Vérifiez qu’elle a été copiée en entier, ou créez une nouvelle clé dans Docfav sous Paramètres → API.',
  'connect.error.keyRevoked':
    'Cette clé API a été révoquée dans Docfav. Créez une nouvelle clé dans Docfav sous Paramètres → API et collez-la ici.',
  'connect.error.keyExpired':
    'Cette clé API a expiré. Créez une nouvelle clé dans Docfav sous Paramètres → API et collez-la ici.',
  'connect.error.scopes':
    'Il manque à cette clé API des autorisations dont Frontdesk a besoin : {scopes}. Créez dans Docfav, sous Paramètres → API, une clé avec ces autorisations.',
  'connect.error.ipNotAllowed':
    'Docfav n’accepte pas les connexions depuis ce réseau pour cette clé API. Demandez au gestionnaire de votre compte Docfav d’autoriser l’adresse IP de ce réseau.',
  'connect.error.notManager':
    'Le compte Docfav de cette clé n’est pas gestionnaire de la clinique. Demandez à l’administrateur Docfav de la clinique de le nommer gestionnaire.',
  'connect.error.apiDisabled':
    'Docfav a désactivé l’accès API pour ce compte. Contactez le support Docfav ; en attendant, utilisez Docfav directement.',
  'connect.error.permission':
    'Ce compte {vendor} n’a pas le droit de faire cela. Demandez l’accès au gestionnaire de votre compte {vendor}.',
  'connect.error.network':
    'Frontdesk n’a pas pu joindre {vendor}. Vérifiez la connexion Internet et réessayez.',
  'connect.error.timeout': '{vendor} n’a pas répondu à temps. Réessayez dans un instant.',
  'connect.error.rateLimited':
    '{vendor} reçoit trop de demandes. Patientez quelques minutes et réessayez.',
  'connect.error.server':
    '{vendor} rencontre un problème de son côté. Réessayez dans quelques minutes.',
  'connect.error.unavailable': '{vendor} n’est pas disponible pour le moment. Réessayez plus tard.',
  'connect.error.address':
    '{vendor} ne répond pas comme prévu à cette adresse. Vérifiez l’adresse de l’API sous « Avancé ».',
  'connect.error.refused': 'Frontdesk n’a pas pu effectuer cette action : {message}',
  'connect.error.other': 'Un problème est survenu. Veuillez réessayer.',
  'settings.open': 'Paramètres',
  'settings.title': 'Paramètres',
  'settings.close': 'Fermer les paramètres',
  'settings.accounts': 'Comptes',
  'settings.noAccounts':
    'Aucun compte n’est connecté. Tant qu’il n’y en a pas, Frontdesk peut afficher le cabinet de démonstration.',
  'settings.managed': 'Configuré par votre administrateur informatique',
  'settings.timezone': 'Fuseau horaire',
  'settings.timezoneIs': 'Fuseau horaire : {zone}',
  'settings.timezoneSaved': 'Fuseau horaire enregistré.',
  'settings.disconnect': 'Déconnecter',
  'settings.disconnectLabel': 'Déconnecter {label}',
  'settings.disconnectConfirm':
    'Déconnecter {label} ? Ses rendez-vous disparaissent de Frontdesk et le mot de passe ou la clé enregistrés sont supprimés. Rien ne change sur {vendor}, et vous pourrez le reconnecter plus tard.',
  'settings.disconnectYes': 'Oui, déconnecter',
  'settings.disconnectNo': 'Le garder',
  'settings.disconnecting': 'Déconnexion…',
  'settings.addAccount': 'Ajouter un compte',
  'settings.addDoctena': 'Ajouter un compte Doctena',
  'settings.addDocfav': 'Ajouter un compte Docfav',
  'settings.calendar': 'Calendrier',
  'settings.weekStart': 'La semaine commence le',
  'settings.workStart': 'Heures de travail à partir de',
  'settings.workEnd': 'Heures de travail jusqu’à',
  'settings.workingHoursHint': 'Le calendrier affiche ces heures.',
  'settings.workingHoursInvalid': 'Les heures de travail doivent se terminer après leur début.',
  'settings.slot': 'Taille des créneaux',
  'settings.slotMinutes': '{minutes} minutes',
  'settings.showCancelled': 'Afficher les rendez-vous annulés',
  'settings.sync': 'Mises à jour',
  'settings.pollInterval': 'Vérifier les changements toutes les (secondes)',
  'settings.pollIntervalHint':
    'Entre {min} et {max} secondes. Frontdesk respecte aussi la limite de requêtes de chaque plateforme ; il peut donc vérifier moins souvent.',
  'settings.pollIntervalInvalid': 'Saisissez un nombre entier de secondes entre {min} et {max}.',
  'settings.notifyPatient':
    'Prévenir le patient par défaut lorsqu’un rendez-vous est confirmé, annulé ou déplacé',
  'settings.general': 'Langue et notifications',
  'settings.language': 'Langue',
  'settings.languageAutomatic': 'Automatique (selon le système)',
  'settings.desktopNotifications': 'Notification sur le bureau pour les nouvelles réservations',
  'settings.launchAtLogin': 'Lancer Frontdesk à l’ouverture de session sur l’ordinateur',
  'settings.save': 'Enregistrer les paramètres',
  'settings.saving': 'Enregistrement…',
  'settings.saved': 'Paramètres enregistrés.',
  // Actions: confirm, cancel, no-show, moving, blocking time
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
  'block.done':
    '{count, plural, one {Temps bloqué dans # calendrier.} other {Temps bloqué dans # calendriers.}}',
  'block.partial':
    '{failed, plural, one {Impossible de bloquer # calendrier : {message}} other {Impossible de bloquer # calendriers : {message}}}',
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
  'booking.open': 'Nouveau rendez-vous',
  'booking.title': 'Nouveau rendez-vous',
  'booking.book': 'Prendre un rendez-vous',
  'booking.selectionLabel': 'Créneau choisi : {when}',
  'booking.practitioner': 'Praticien',
  'booking.noPractitioners': 'Connectez un compte Docfav pour prendre des rendez-vous.',
  'booking.service': 'Prestation',
  'booking.serviceOption': '{name} · {minutes} min',
  'booking.noServices': 'Aucune prestation à réserver',
  'booking.needService': 'Choisissez une prestation.',
  'booking.start': 'Début',
  'booking.until': 'Jusqu’à {time}',
  'booking.needStart': 'Saisissez une date et une heure.',
  'booking.patient': 'Patient',
  'booking.patientHint': 'Tapez une partie du nom, un numéro de téléphone ou une adresse e-mail.',
  'booking.searching': 'Recherche…',
  'booking.noMatch': 'Aucun patient trouvé.',
  'booking.matches': '{count, plural, one {# patient trouvé} other {# patients trouvés}}',
  'booking.needPatient': 'Choisissez un patient ou ajoutez-en un nouveau.',
  'booking.newPatient': 'Nouveau patient',
  'booking.findPatient': 'Chercher un patient existant',
  'booking.firstName': 'Prénom',
  'booking.lastName': 'Nom',
  'booking.phone': 'Téléphone',
  'booking.email': 'E-mail',
  'booking.walkIn': 'Patient sans rendez-vous',
  'booking.needName': 'Saisissez un prénom ou un nom.',
  'booking.badEmail': 'Saisissez une adresse e-mail valide, ou laissez le champ vide.',
  'booking.note': 'Note',
  'booking.reminder': 'Envoyer un rappel au patient',
  'booking.status': 'Statut',
  'booking.statusConfirmed': 'Confirmé',
  'booking.statusPending': 'Non confirmé',
  'booking.submit': 'Réserver',
  'booking.saving': 'Réservation…',
  'booking.cancel': 'Annuler',
  'booking.booked': 'Rendez-vous pris pour {when}.',
  'booking.pending':
    'Docfav n’a pas encore répondu. Frontdesk continue de vérifier et indiquera si le rendez-vous a été pris ; ne le reprenez pas entre-temps.',
  'booking.settledBooked': 'Le rendez-vous de {when} a bien été pris dans Docfav.',
  'booking.settledNotBooked':
    'Le rendez-vous de {when} n’a pas été pris dans Docfav. Reprenez-le s’il est toujours nécessaire.',
  'booking.conflictTitle': 'Ce créneau est occupé',
  'booking.conflictText': 'À cette heure, le calendrier contient déjà :',
  'booking.otherTime': 'Choisir une autre heure',
  'booking.force': 'Réserver quand même…',
  'booking.forceTitle': 'Réserver malgré ce qui est déjà là ?',
  'booking.forceText': 'Le patient sera inscrit à {when} bien que le créneau soit occupé.',
  'booking.forceConfirm': 'Réserver quand même',
  'booking.doctenaNote':
    'Doctena ne permet pas à d’autres programmes de créer des rendez-vous : prenez ce rendez-vous directement dans Doctena. En attendant, Frontdesk peut garder le créneau comme temps bloqué.',
  'booking.hold': 'Garder le créneau',
  'booking.heldTitle': 'Réservé',
  'booking.held': 'Créneau gardé dans {calendar}.',
  'menu.label': 'Actions pour {name}',
  // Find a free slot, and change an appointment's time without dragging
  'slots.find': 'Trouver un créneau libre',
  'slots.practitioner': 'Praticien',
  'slots.length': 'Durée',
  'slots.service': 'Prestation',
  'slots.serviceOption': '{name} · {minutes} min',
  'slots.noService': 'Aucune : choisir une durée',
  'slots.minutes': '{minutes} min',
  'slots.next': 'Prochains créneaux libres',
  'slots.loading': 'Recherche de créneaux libres…',
  'slots.none':
    '{weeks, plural, one {Aucun créneau libre la semaine prochaine.} other {Aucun créneau libre dans les # prochaines semaines.}}',
  'slots.more': 'Plus de créneaux libres',
  'slots.paired':
    'Libre sur Docfav et sur Doctena : ce praticien est associé dans la protection contre les doubles réservations.',
  'slots.failed': 'Impossible de chercher des créneaux libres : {message}',
  'slots.close': 'Fermer',
  'changeTime.open': 'Changer l’heure',
  'changeTime.title': 'Changer l’heure : {name}',
  'changeTime.current': 'Actuellement réservé le {when}.',
  'changeTime.date': 'Nouvelle date',
  'changeTime.time': 'Nouvelle heure',
  'changeTime.submit': 'Déplacer à cette heure',
  'changeTime.cancel': 'Annuler',
  'changeTime.missing': 'Saisissez une date et une heure.',
  'changeTime.past': 'Cette heure est déjà passée. Choisissez une heure plus tardive.',
  'changeTime.outOfRange': 'Choisissez une heure dans les cinq prochaines années.',
  'changeTime.same': 'Le rendez-vous est déjà à cette heure.',
  'changeTime.slotsHint': 'Choisir un créneau libre y déplace le rendez-vous.',
  'notice.newBooking': 'Nouveau rendez-vous : {when} · {calendar}',
  // The double-booking guard
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
  // Errors, worded from the reason or code the main process returns (renderer/components/accounts/errorText.ts)
  'reason.bad-id':
    'Frontdesk a refusé d’envoyer à {vendor} une demande avec un identifiant mal formé. Actualisez le calendrier et réessayez.',
  'reason.bad-date': 'Une date ou une heure n’est pas valide. Choisissez-la à nouveau.',
  'reason.range-too-long':
    'Docfav affiche au maximum 7 jours à la fois. Choisissez une période plus courte.',
  'reason.recurring-dates-missing':
    'Un événement récurrent a besoin d’une date de début et d’une date de fin.',
  'reason.nothing-to-change': 'Rien à modifier : choisissez un nouveau titre ou un nouvel horaire.',
  'reason.calendar-gone':
    '{vendor} ne trouve pas ce calendrier, ou cet identifiant ne le voit peut-être plus. Vérifiez les calendriers dans les paramètres du compte.',
  'reason.no-show-too-early':
    'Doctena n’accepte « absent » qu’une fois l’heure du rendez-vous passée, et annule en même temps la réservation.',
  'reason.patient-email-exists':
    'Un patient avec cette adresse e-mail existe déjà dans Docfav. Recherchez ce patient au lieu d’en créer un nouveau.',
  'reason.slot-taken':
    'Cet horaire chevauche un autre rendez-vous ou un temps réservé dans Docfav. Choisissez un autre horaire.',
  'reason.entry-gone':
    'Cette entrée n’est plus dans le calendrier. Actualisez le calendrier et réessayez.',
  'reason.practitioner-gone':
    'Frontdesk ne trouve plus le calendrier de ce praticien Docfav. Actualisez le calendrier et réessayez.',
  'reason.saved-not-read-back':
    'La modification a été enregistrée dans {vendor}, mais Frontdesk n’a pas pu la relire. Actualisez le calendrier pour la voir.',
  'reason.no-service':
    'Ce rendez-vous Docfav n’a pas de prestation : Frontdesk ne peut donc pas le réserver à un autre horaire. Déplacez-le directement dans Docfav.',
  'reason.moved-not-found':
    'Le rendez-vous a été déplacé dans Docfav, mais Frontdesk ne le trouve pas à son nouvel horaire. Actualisez le calendrier.',
  'reason.lost':
    'Le rendez-vous n’est plus à aucun des deux horaires : quelqu’un a supprimé entre-temps la nouvelle réservation dans Docfav. Réservez-le à nouveau dans Docfav.',
  'reason.account-missing':
    'L’un des calendriers choisis appartient à un compte qui n’est pas connecté. Actualisez et choisissez à nouveau.',
  'reason.docfav-no-blocking':
    'Docfav ne permet pas à d’autres programmes de bloquer du temps : le temps bloqué ne peut être ajouté qu’aux calendriers Doctena. Bloquez ce temps directement dans Docfav.',
  'reason.doctena-no-booking':
    'Doctena ne permet pas à d’autres programmes de créer des rendez-vous. Prenez le rendez-vous directement dans Doctena.',
  'reason.booking-pending':
    'Frontdesk vérifie encore si un rendez-vous précédent à cette heure a été pris. Attendez que ce soit réglé, puis réessayez.',
  'reason.calendar-not-in-account':
    'L’un des calendriers Doctena choisis n’appartient pas à ce compte. Actualisez et choisissez à nouveau.',
  'reason.repeat-rule-unknown':
    'Frontdesk ne comprend pas cette règle de répétition. Choisissez à nouveau la répétition.',
  'reason.not-a-blocking':
    'Seul le temps bloqué peut être modifié ainsi. Les rendez-vous, eux, se déplacent ou s’annulent.',
  'reason.read-only-kind':
    'Docfav ne permet pas à d’autres programmes de modifier le temps réservé, les séances de groupe ni les événements récurrents. Modifiez-les directement dans Docfav.',
  'reason.blocking-status': 'Le temps bloqué n’a pas de statut à confirmer ou à annuler.',
  'reason.recurring-occurrence':
    'Une date d’un temps bloqué récurrent ne peut pas être déplacée seule. Modifiez plutôt toute la série.',
  'reason.blocking-started': 'Ce temps bloqué a déjà commencé : il ne peut plus être déplacé.',
  'reason.no-unconfirmed':
    'Doctena n’a pas d’état « non confirmé » auquel revenir. Si besoin, annulez plutôt la réservation.',
  'reason.already-no-show': 'Ce rendez-vous est déjà marqué comme absent.',
  'reason.not-live': 'Seul un rendez-vous encore réservé peut être marqué comme absent.',
  'reason.no-show': 'Ce rendez-vous est marqué comme absent.',
  'reason.already-cancelled': 'Ce rendez-vous est déjà annulé.',
  'reason.cancelled-no-move': 'Ce rendez-vous est annulé : il ne peut pas être déplacé.',
  'reason.cancelled': 'Ce rendez-vous est annulé et ne peut plus être modifié ici.',
  'reason.expired':
    'Doctena a marqué cette réservation comme expirée, car le cabinet n’a pas répondu à temps.',
  'reason.already-confirmed': 'Ce rendez-vous est déjà confirmé.',
  'reason.not-confirmed': 'Ce rendez-vous n’est pas encore confirmé.',
  'reason.started': 'Ce rendez-vous a déjà commencé ou est terminé : il ne peut pas être déplacé.',
  'reason.past':
    'Ce rendez-vous avait lieu un jour précédent : il ne peut plus être confirmé ni annulé.',
  'reason.not-allowed': 'Cette modification n’est pas possible pour ce rendez-vous.',
  'reason.pair-account-missing':
    'Un calendrier associé par la protection contre les doubles réservations appartient à un compte qui n’est pas connecté. Vérifiez les paires dans les paramètres.',
  'reason.pair-calendar-gone':
    'Un calendrier Docfav associé par la protection contre les doubles réservations n’existe plus. Vérifiez les paires dans les paramètres.',
  'reason.base-url-invalid':
    'Cette adresse n’est pas utilisable : elle doit commencer par https://.',
  'reason.base-url-insecure':
    'Cette adresse n’est pas utilisable : http:// n’est autorisé que pour cet ordinateur. Utilisez https://.',
  'reason.clinic-not-visible': 'Cette clé API ne voit pas l’une des cliniques choisies.',
  'reason.managed-account':
    'Ce compte a été configuré par votre administrateur informatique et ne peut pas être retiré ici.',
  'reason.account-gone': 'Ce compte n’est plus connecté. Actualisez et réessayez.',
  'reason.settings-invalid':
    'Frontdesk n’a pas pu enregistrer les paramètres : une valeur n’est pas autorisée.',
  'reason.secret-empty': 'Saisissez le mot de passe ou la clé API.',
  'reason.no-secure-storage':
    'Cet ordinateur n’offre aucun stockage sécurisé : Frontdesk ne peut donc pas enregistrer le mot de passe ni la clé API.',
  'reason.bridge-lost': 'Frontdesk a perdu la connexion avec le pont web. Rechargez la page.',
  'code.validation':
    'La demande a été refusée, car certaines informations ne sont pas valides. Vérifiez les horaires et les détails, puis réessayez.',
  'code.conflict':
    'La modification entre en conflit avec un élément déjà présent. Actualisez le calendrier et vérifiez.',
  'code.not-found':
    '{vendor} ne trouve pas cet élément ; il a peut-être été supprimé. Actualisez le calendrier.',
  'code.internal': 'Un problème est survenu dans Frontdesk. Veuillez réessayer.',
  'code.invalid-input': 'Frontdesk a refusé une demande mal formée. Rechargez et réessayez.',
  'code.unknown-channel': 'Cette action n’est pas disponible.',
  'code.forbidden-sender': 'Cette demande ne venait pas de Frontdesk.',
  'conflict.appointment': 'Rendez-vous',
  'conflict.time_reservation': 'Temps réservé',
  'conflict.group_reservation': 'Séance de groupe',
  'conflict.day_off': 'Jour de congé',
  'conflict.time_off': 'Absence',
  'conflict.outside_working_hours': 'En dehors des heures de travail',
  'conflict.unavailable': 'Indisponible',
  // Shown by the main process itself: desktop notifications, the menu, the start-up failure box
  'desktop.newBooking': 'Nouveau rendez-vous',
  'desktop.doubleBooking': 'Double réservation',
  'desktop.when': '{when} · {calendar}',
  'appMenu.view': 'Affichage',
  'appMenu.dataProtection': 'Protection des données',
  'appMenu.about': 'À propos de Frontdesk',
  'dataProtection.note':
    'Frontdesk affiche des données de santé issues de Doctena et de Docfav.\n\nIl ne garde les données des patients qu’en mémoire : rien n’est écrit sur le disque, et elles disparaissent quand vous fermez l’application ou déconnectez un compte.\n\nLes mots de passe et les clés API sont chiffrés avec le trousseau du système d’exploitation et ne sont plus jamais affichés.\n\nLes journaux ne contiennent ni données de patients ni secrets. Les notifications sur le bureau n’indiquent qu’un horaire et un calendrier.\n\nLa section sur la protection des données du README donne les détails.',
  'startFailed.title': 'Frontdesk n’a pas pu démarrer',
  'startFailed.body': 'Redémarrez l’ordinateur et réessayez.',
};
