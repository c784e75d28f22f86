import type { Language } from '../../shared/settings';

/** Welcome screen, connecting accounts and settings. English is the source; see catalogue.ts. */
const en = {
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
} as const;

type AccountMessages = Record<keyof typeof en, string>;

const de: AccountMessages = {
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
};

const fr: AccountMessages = {
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
};

const nl: AccountMessages = {
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
};

const es: AccountMessages = {
  'welcome.title': 'Le damos la bienvenida a Frontdesk',
  'welcome.intro':
    'Frontdesk muestra sus citas de Doctena y Docfav juntas en un solo calendario semanal. Conecte sus cuentas o explore primero una consulta de demostración ficticia.',
  'welcome.demoLeft':
    'Ha salido de la demostración. Conecte Doctena o Docfav para ver sus propias citas, o vuelva a la consulta de demostración.',
  'welcome.doctena.title': 'Doctena',
  'welcome.doctena.text':
    'Inicie sesión con el usuario y la contraseña del acceso a la API de Doctena de su consulta.',
  'welcome.doctena.action': 'Conectar Doctena',
  'welcome.docfav.title': 'Docfav',
  'welcome.docfav.text':
    'Use una clave API de Docfav (Ajustes → API). Usted elige qué clínicas se muestran.',
  'welcome.docfav.action': 'Conectar Docfav',
  'welcome.demo.title': 'Consulta de demostración',
  'welcome.demo.text':
    'Explore con pacientes y citas ficticios. Puede conectar sus cuentas en cualquier momento.',
  'welcome.demo.action': 'Probar con datos de demostración',
  'welcome.demo.unavailable':
    'La consulta de demostración está desactivada en este ordenador. Conecte una cuenta en su lugar.',
  'demo.label': 'Consulta de demostración',
  'demo.text': '¿Quiere ver sus propias citas?',
  'demo.connect': 'Conectar sus cuentas',
  'demo.leave': 'Salir de la demo',
  'demo.leaving': 'Saliendo de la demo…',
  'doctena.title': 'Conectar Doctena',
  'doctena.help':
    'Frontdesk prueba primero el inicio de sesión y solo lo guarda si Doctena lo acepta. La contraseña se guarda cifrada en este ordenador.',
  'doctena.login': 'Usuario (correo electrónico)',
  'doctena.password': 'Contraseña',
  'doctena.loginMissing': 'Introduzca el usuario de Doctena.',
  'doctena.passwordMissing': 'Introduzca la contraseña.',
  'doctena.url': 'Dirección de la API de Doctena',
  'doctena.timezone': 'Zona horaria de la consulta',
  'doctena.timezoneHint':
    'Doctena envía las horas sin zona horaria; Frontdesk las interpreta en esta.',
  'doctena.checking': 'Comprobando el inicio de sesión con Doctena…',
  'doctena.submit': 'Conectar Doctena',
  'docfav.title': 'Conectar Docfav',
  'docfav.help':
    'Cree una clave API en Docfav, en Ajustes → API, y péguela aquí. Frontdesk la comprueba primero y solo la guarda, cifrada en este ordenador, si funciona.',
  'docfav.apiKey': 'Clave API',
  'docfav.keyMissing': 'Pegue la clave API de Docfav.',
  'docfav.url': 'Dirección de la API de Docfav',
  'docfav.check': 'Comprobar clave',
  'docfav.checking': 'Comprobando la clave con Docfav…',
  'docfav.clinics': 'Clínicas que se muestran',
  'docfav.clinicIn': '{name} ({city})',
  'docfav.noClinics':
    'Esta clave API no ve ninguna clínica. Pida al administrador de Docfav de la clínica que dé acceso a esta cuenta y vuelva a comprobar la clave.',
  'docfav.chooseClinic': 'Elija al menos una clínica.',
  'docfav.submit': 'Conectar Docfav',
  'connect.advanced': 'Avanzado',
  'connect.urlHint': 'Cámbiela solo si se lo indica la plataforma o su administrador informático.',
  'connect.urlInvalid': 'Introduzca una dirección completa que empiece por https://.',
  'connect.label': 'Nombre en Frontdesk (opcional)',
  'connect.checking': 'Comprobando…',
  'connect.cancel': 'Cancelar',
  'connect.connected': '{label} se ha conectado.',
  'connect.error.login':
    'Doctena no ha aceptado este usuario y contraseña. Compruebe ambos (se distinguen mayúsculas y minúsculas) e inténtelo de nuevo.',
  'connect.error.keyInvalid':
    'Docfav no reconoce esta clave API. Compruebe que se ha copiado completa o cree una clave nueva en Docfav, en Ajustes → API.',
  'connect.error.keyRevoked':
    'Esta clave API se ha revocado en Docfav. Cree una clave nueva en Docfav, en Ajustes → API, y péguela aquí.',
  'connect.error.keyExpired':
    'Esta clave API ha caducado. Cree una clave nueva en Docfav, en Ajustes → API, y péguela aquí.',
  'connect.error.scopes':
    'A esta clave API le faltan permisos que Frontdesk necesita: {scopes}. Cree en Docfav, en Ajustes → API, una clave con estos permisos.',
  'connect.error.ipNotAllowed':
    'Docfav no acepta conexiones desde esta red para esta clave API. Pida a quien gestiona su cuenta de Docfav que permita la dirección IP de esta red.',
  'connect.error.notManager':
    'La cuenta de Docfav de esta clave no es gestora de la clínica. Pida al administrador de Docfav de la clínica que la haga gestora.',
  'connect.error.apiDisabled':
    'Docfav ha desactivado el acceso a la API para esta cuenta. Contacte con el soporte de Docfav; mientras tanto, use Docfav directamente.',
  'connect.error.permission':
    'Esta cuenta de {vendor} no tiene permiso para hacer esto. Pida acceso a quien gestiona su cuenta de {vendor}.',
  'connect.error.network':
    'Frontdesk no ha podido conectar con {vendor}. Compruebe la conexión a Internet e inténtelo de nuevo.',
  'connect.error.timeout': '{vendor} no ha respondido a tiempo. Inténtelo de nuevo en un momento.',
  'connect.error.rateLimited':
    '{vendor} está recibiendo demasiadas solicitudes. Espere unos minutos e inténtelo de nuevo.',
  'connect.error.server':
    '{vendor} tiene un problema por su parte. Inténtelo de nuevo en unos minutos.',
  'connect.error.unavailable': '{vendor} no está disponible en este momento. Inténtelo más tarde.',
  'connect.error.address':
    '{vendor} no responde como se esperaba en esta dirección. Compruebe la dirección de la API en «Avanzado».',
  'connect.error.refused': 'Frontdesk no ha podido hacerlo: {message}',
  'connect.error.other': 'Algo ha salido mal. Inténtelo de nuevo.',
  'settings.open': 'Ajustes',
  'settings.title': 'Ajustes',
  'settings.close': 'Cerrar ajustes',
  'settings.accounts': 'Cuentas',
  'settings.noAccounts':
    'No hay ninguna cuenta conectada. Mientras no haya ninguna, Frontdesk puede mostrar la consulta de demostración.',
  'settings.managed': 'Configurada por su administrador informático',
  'settings.timezone': 'Zona horaria',
  'settings.timezoneIs': 'Zona horaria: {zone}',
  'settings.timezoneSaved': 'Zona horaria guardada.',
  'settings.disconnect': 'Desconectar',
  'settings.disconnectLabel': 'Desconectar {label}',
  'settings.disconnectConfirm':
    '¿Desconectar {label}? Sus citas desaparecen de Frontdesk y se borra la contraseña o clave guardada. En {vendor} no cambia nada, y puede volver a conectarla más tarde.',
  'settings.disconnectYes': 'Sí, desconectar',
  'settings.disconnectNo': 'Mantenerla',
  'settings.disconnecting': 'Desconectando…',
  'settings.addAccount': 'Añadir cuenta',
  'settings.addDoctena': 'Añadir una cuenta de Doctena',
  'settings.addDocfav': 'Añadir una cuenta de Docfav',
  'settings.calendar': 'Calendario',
  'settings.weekStart': 'La semana empieza el',
  'settings.workStart': 'Horario de trabajo desde',
  'settings.workEnd': 'Horario de trabajo hasta',
  'settings.workingHoursHint': 'El calendario muestra estas horas.',
  'settings.workingHoursInvalid': 'El horario de trabajo debe terminar después de empezar.',
  'settings.slot': 'Tamaño de las franjas',
  'settings.slotMinutes': '{minutes} minutos',
  'settings.showCancelled': 'Mostrar citas canceladas',
  'settings.sync': 'Actualización',
  'settings.pollInterval': 'Buscar cambios cada (segundos)',
  'settings.pollIntervalHint':
    'Entre {min} y {max} segundos. Frontdesk respeta además el límite de solicitudes de cada plataforma, así que puede consultar con menos frecuencia.',
  'settings.pollIntervalInvalid': 'Introduzca un número entero de segundos entre {min} y {max}.',
  'settings.notifyPatient':
    'Avisar al paciente por defecto cuando se confirma, cancela o mueve una cita',
  'settings.general': 'Idioma y notificaciones',
  'settings.language': 'Idioma',
  'settings.languageAutomatic': 'Automático (según el sistema)',
  'settings.desktopNotifications': 'Notificación de escritorio para nuevas reservas',
  'settings.launchAtLogin': 'Iniciar Frontdesk al iniciar sesión en el ordenador',
  'settings.save': 'Guardar ajustes',
  'settings.saving': 'Guardando…',
  'settings.saved': 'Ajustes guardados.',
};

export const accounts: { en: typeof en } & Record<Exclude<Language, 'en'>, AccountMessages> = {
  en,
  de,
  fr,
  nl,
  es,
};
