import type { Messages } from '../keys';

export const es: Messages = {
  // Calendar, navigation, settings and general errors
  'app.title': 'Frontdesk',
  'app.loading': 'Cargando…',
  'app.version': 'Versión {version}',
  'nav.today': 'Hoy',
  'nav.previous': 'Semana anterior',
  'nav.next': 'Semana siguiente',
  'nav.jumpTo': 'Ir a la fecha',
  'nav.refresh': 'Actualizar',
  'nav.syncing': 'Sincronizando…',
  'nav.lastSynced': 'Última sincronización a las {time}',
  'nav.neverSynced': 'Aún sin sincronizar',
  'view.label': 'Vista',
  'view.week': 'Semana',
  'view.day': 'Día',
  'view.agenda': 'Lista',
  'sidebar.title': 'Calendarios',
  'sidebar.noAccounts': 'Todavía no hay ninguna cuenta conectada.',
  'sidebar.showCancelled': 'Mostrar citas canceladas',
  'sidebar.legend': 'Leyenda',
  'legend.blocked': 'Tiempo bloqueado o reservado',
  'sidebar.showCalendar': 'Mostrar {name}',
  'toConfirm.title': 'Por confirmar',
  'toConfirm.scope': 'Desde hoy hasta el {date}',
  'toConfirm.none': 'No hay nada pendiente de confirmar.',
  'toConfirm.failed': 'No se pudo cargar la lista: {message}',
  'toConfirm.showAll': 'Mostrar todas ({count})',
  'toConfirm.showFewer': 'Mostrar menos',
  'toConfirm.expiresSoon': 'Caduca pronto',
  'toConfirm.expiresSoonWhy':
    'Doctena deja caducar una reserva si la consulta no la confirma a tiempo.',
  'toConfirm.confirmOne': 'Confirmar {name}, {when}',
  'account.synced': 'Sincronizado a las {time}',
  'account.syncing': 'Sincronizando…',
  'account.notAnswering': '{vendor} no responde…',
  'account.waiting': 'Esperando la primera sincronización…',
  'error.auth':
    'Se ha rechazado la contraseña o la clave API. Compruébela en los ajustes y vuelva a conectar la cuenta.',
  'error.permission':
    'Esta cuenta no tiene permiso para hacer esto. Pida al responsable de la consulta que revise sus permisos.',
  'error.rateLimited':
    'La plataforma nos pide que vayamos más despacio. Frontdesk lo volverá a intentar en breve.',
  'error.offline': 'Sin conexión con {vendor}. Se muestran los últimos datos conocidos.',
  'error.server': '{vendor} tiene problemas en este momento. Frontdesk lo seguirá intentando.',
  'error.generic': 'Algo ha salido mal: {message}',
  'error.title': 'Algo ha salido mal',
  'error.retry': 'Reintentar',
  'account.unreadable':
    '{count, plural, one {# elemento de {vendor} no se pudo leer y no se muestra aquí. Compruébelo directamente en {vendor}.} other {# elementos de {vendor} no se pudieron leer y no se muestran aquí. Compruébelos directamente en {vendor}.}}',
  'account.warning.working-hours-unavailable': 'Horario de trabajo no disponible.',
  'error.notFound':
    '{vendor} no encuentra un calendario de esta cuenta. Compruebe la cuenta en los ajustes.',
  'error.unreadable':
    '{vendor} envió una respuesta que Frontdesk no pudo leer. Frontdesk lo seguirá intentando.',
  'error.refused':
    'Frontdesk no pudo pedir a {vendor} el calendario de esta cuenta. Compruebe la cuenta en los ajustes.',
  'error.other': 'La sincronización con {vendor} no funcionó. Frontdesk lo seguirá intentando.',
  'banner.demo': 'Datos de demostración: estos pacientes y citas son ficticios.',
  'banner.offline':
    'Sin conexión: se muestra la última semana conocida (sincronizada a las {time}). Los cambios están desactivados hasta que vuelva la conexión.',
  'banner.slowMissing': '{name} no responde; faltan sus citas. Aparecerán en cuanto responda.',
  'banner.slowStale':
    '{name} no responde; sus citas mostradas pueden no estar al día (sincronizadas a las {time}).',
  'notice.dismiss': 'Cerrar',
  'notice.settings-reset':
    'Algunos de sus ajustes no se pudieron leer y se restablecieron a sus valores predeterminados. Revise sus ajustes.',
  'notice.account-dropped':
    'Una cuenta conectada no se pudo leer y se ha quitado. Vuelva a conectarla en Ajustes.',
  'notice.secret-storage-weak':
    'Este ordenador no tiene un llavero del sistema, así que las contraseñas y claves API guardadas solo se ocultan, no se cifran. Instale y desbloquee un llavero (por ejemplo GNOME Keyring o KWallet) y reinicie Frontdesk.',
  'notice.secret-storage-unavailable':
    'Este ordenador no ofrece almacenamiento seguro, así que Frontdesk no puede guardar contraseñas ni claves API. Pida a su administrador informático que configure las cuentas mediante variables de entorno.',
  'calendar.label': 'Calendario semanal',
  'calendar.loading': 'Cargando el calendario…',
  'search.label': 'Buscar pacientes por nombre, teléfono o correo electrónico',
  'search.placeholder': 'Buscar pacientes (/)',
  'search.none': 'No se ha encontrado ningún paciente.',
  'search.results': '{count, plural, one {# paciente} other {# pacientes}}',
  'search.searching': 'Buscando…',
  'search.failed': 'La búsqueda no ha funcionado: {message}',
  'search.upcoming': 'Próximas',
  'search.past': 'Anteriores',
  'search.noAppointments': 'Ninguna cita en las semanas cargadas hasta ahora.',
  'search.partial': 'No se ha podido buscar en {account}: {message}',
  'status.waiting': 'Pendiente',
  'status.confirmed': 'Confirmada',
  'status.rescheduled': 'Reprogramada',
  'status.cancelled': 'Cancelada',
  'status.no-show': 'No presentado',
  'status.expired': 'Caducada',
  'status.unknown': 'Estado desconocido',
  'kind.block': 'Tiempo bloqueado',
  'kind.reservation': 'Tiempo reservado',
  'kind.recurring': 'Evento periódico',
  'kind.mirror': 'Ocupado en Docfav',
  'kind.conflict': 'Reserva duplicada',
  'details.title': 'Detalles de la cita',
  'details.close': 'Cerrar',
  'details.patient': 'Paciente',
  'details.phone': 'Teléfono',
  'details.email': 'Correo electrónico',
  'details.reason': 'Motivo o servicio',
  'details.insurance': 'Seguro',
  'details.calendar': 'Calendario',
  'details.source': 'Reservada en',
  'details.status': 'Estado',
  'details.note': 'Nota',
  'details.when': 'Cuándo',
  'details.actions': 'Acciones',
  'details.comingSoon': 'Disponible próximamente',
  'details.vendorStatus': '{vendor}: {status}',
  'patient.card': 'Ficha del paciente',
  'patient.birthDate': 'Fecha de nacimiento',
  'patient.note': 'Nota sobre el paciente',
  'patient.tags': 'Etiquetas',
  'patient.reminders': 'Recordatorios',
  'patient.remindersOn': 'Activados',
  'patient.remindersOff': 'Desactivados',
  'patient.loading': 'Cargando la ficha del paciente…',
  'patient.failed': 'No se ha podido cargar la ficha del paciente: {message}',
  'patient.others': 'Otras citas',
  'patient.noOthers': 'Ninguna otra cita en las semanas cargadas.',
  'action.confirm': 'Confirmar',
  'action.cancel': 'Cancelar cita',
  'action.no-show': 'Marcar como no presentado',
  'action.move': 'Mover',
  'action.delete': 'Eliminar',
  // Accounts: welcome, connecting, disconnecting
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
  // Actions: confirm, cancel, no-show, moving, blocking time
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
  'block.done':
    '{count, plural, one {Tiempo bloqueado en # calendario.} other {Tiempo bloqueado en # calendarios.}}',
  'block.partial':
    '{failed, plural, one {No se ha podido bloquear # calendario: {message}} other {No se han podido bloquear # calendarios: {message}}}',
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
  // Find a free slot, and change an appointment's time without dragging
  'slots.find': 'Buscar un hueco libre',
  'slots.practitioner': 'Profesional',
  'slots.length': 'Duración',
  'slots.minutes': '{minutes} min',
  'slots.next': 'Próximos huecos libres',
  'slots.loading': 'Buscando huecos libres…',
  'slots.none':
    '{weeks, plural, one {No hay huecos libres la próxima semana.} other {No hay huecos libres en las próximas # semanas.}}',
  'slots.more': 'Más huecos libres',
  'slots.paired':
    'Libre en Docfav y en Doctena: este profesional está emparejado en la protección contra reservas dobles.',
  'slots.failed': 'No se pudieron buscar huecos libres: {message}',
  'slots.close': 'Cerrar',
  'changeTime.open': 'Cambiar hora',
  'changeTime.title': 'Cambiar hora: {name}',
  'changeTime.current': 'Reservado ahora para {when}.',
  'changeTime.date': 'Nueva fecha',
  'changeTime.time': 'Nueva hora',
  'changeTime.submit': 'Mover a esta hora',
  'changeTime.cancel': 'Cancelar',
  'changeTime.missing': 'Introduzca una fecha y una hora.',
  'changeTime.past': 'Esta hora ya ha pasado. Elija una hora posterior.',
  'changeTime.outOfRange': 'Elija una hora dentro de los próximos cinco años.',
  'changeTime.same': 'La cita ya está a esta hora.',
  'changeTime.slotsHint': 'Elegir un hueco libre mueve la cita allí.',
  'notice.newBooking': 'Nueva cita: {when} · {calendar}',
  // The double-booking guard
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
  // Errors, worded from the reason or code the main process returns (renderer/components/accounts/errorText.ts)
  'reason.bad-id':
    'Frontdesk se ha negado a enviar a {vendor} una solicitud con un identificador no válido. Actualice el calendario y vuelva a intentarlo.',
  'reason.bad-date': 'Una fecha u hora no es válida. Vuelva a elegirla.',
  'reason.range-too-long':
    'Docfav muestra como máximo 7 días a la vez. Elija un periodo más corto.',
  'reason.recurring-dates-missing':
    'Los eventos periódicos necesitan una fecha de inicio y una de fin.',
  'reason.nothing-to-change': 'No hay nada que cambiar: elija un título o una hora nuevos.',
  'reason.calendar-gone':
    '{vendor} no encuentra este calendario, o puede que este usuario ya no lo vea. Compruebe los calendarios en los ajustes de la cuenta.',
  'reason.no-show-too-early':
    'Doctena solo acepta «no presentado» cuando ya ha pasado la hora de la cita, y al mismo tiempo cancela la reserva.',
  'reason.patient-email-exists':
    'Ya existe en Docfav un paciente con este correo electrónico. Busque a ese paciente en lugar de crear uno nuevo.',
  'reason.slot-taken':
    'Esta hora se solapa en Docfav con otra cita o con un tiempo reservado. Elija otra hora.',
  'reason.entry-gone':
    'Esta entrada ya no está en el calendario. Actualice el calendario y vuelva a intentarlo.',
  'reason.practitioner-gone':
    'Frontdesk ya no encuentra el calendario de este profesional de Docfav. Actualice el calendario y vuelva a intentarlo.',
  'reason.saved-not-read-back':
    'El cambio se ha guardado en {vendor}, pero Frontdesk no ha podido volver a leerlo. Actualice el calendario para verlo.',
  'reason.no-service':
    'Esta cita de Docfav no tiene servicio, así que Frontdesk no puede reservarla a otra hora. Muévala en el propio Docfav.',
  'reason.moved-not-found':
    'La cita se ha movido en Docfav, pero Frontdesk no la encuentra en su nueva hora. Actualice el calendario.',
  'reason.lost':
    'La cita ya no está en ninguna de las dos horas: mientras tanto, alguien eliminó la nueva reserva en Docfav. Vuelva a reservarla en Docfav.',
  'reason.account-missing':
    'Uno de los calendarios elegidos pertenece a una cuenta que no está conectada. Actualice y vuelva a elegir.',
  'reason.docfav-no-blocking':
    'Docfav no permite que otros programas bloqueen tiempo, así que el tiempo bloqueado solo se puede añadir a calendarios de Doctena. Bloquee el tiempo en el propio Docfav.',
  'reason.calendar-not-in-account':
    'Uno de los calendarios de Doctena elegidos no pertenece a esta cuenta. Actualice y vuelva a elegir.',
  'reason.repeat-rule-unknown':
    'Frontdesk no entiende esta regla de repetición. Vuelva a elegir la repetición.',
  'reason.not-a-blocking':
    'Solo el tiempo bloqueado se puede cambiar así. Las citas, en cambio, se mueven o se cancelan.',
  'reason.read-only-kind':
    'Docfav no permite que otros programas cambien tiempos reservados, sesiones de grupo ni eventos periódicos. Cámbielo en el propio Docfav.',
  'reason.blocking-status': 'El tiempo bloqueado no tiene un estado que confirmar o cancelar.',
  'reason.recurring-occurrence':
    'Una sola fecha de un tiempo bloqueado periódico no se puede mover por separado. Edite la serie completa.',
  'reason.blocking-started': 'Este tiempo bloqueado ya ha empezado, así que no se puede mover.',
  'reason.no-unconfirmed':
    'Doctena no tiene un estado «sin confirmar» al que volver. Si hace falta, cancele la reserva.',
  'reason.already-no-show': 'Esta cita ya está marcada como no presentado.',
  'reason.not-live': 'Solo una cita que seguía reservada se puede marcar como no presentado.',
  'reason.no-show': 'Esta cita está marcada como no presentado.',
  'reason.already-cancelled': 'Esta cita ya está cancelada.',
  'reason.cancelled-no-move': 'Esta cita está cancelada, así que no se puede mover.',
  'reason.cancelled': 'Esta cita está cancelada y ya no se puede cambiar aquí.',
  'reason.expired':
    'Doctena ha marcado esta reserva como caducada porque la consulta no respondió a tiempo.',
  'reason.already-confirmed': 'Esta cita ya está confirmada.',
  'reason.not-confirmed': 'Esta cita aún no está confirmada.',
  'reason.started': 'Esta cita ya ha empezado o ha terminado, así que no se puede mover.',
  'reason.past': 'Esta cita era de un día anterior, así que ya no se puede confirmar ni cancelar.',
  'reason.not-allowed': 'Este cambio no es posible para esta cita.',
  'reason.pair-account-missing':
    'Un calendario emparejado por la protección contra reservas dobles pertenece a una cuenta que no está conectada. Compruebe las parejas en los ajustes.',
  'reason.pair-calendar-gone':
    'Un calendario de Docfav emparejado por la protección contra reservas dobles ya no existe. Compruebe las parejas en los ajustes.',
  'reason.base-url-invalid': 'Esta dirección no se puede usar: debe empezar por https://.',
  'reason.base-url-insecure':
    'Esta dirección no se puede usar: http:// solo se permite para este ordenador. Use https://.',
  'reason.clinic-not-visible': 'Esta clave API no ve una de las clínicas elegidas.',
  'reason.managed-account':
    'Esta cuenta la ha configurado su administrador informático y no se puede quitar aquí.',
  'reason.account-gone': 'Esta cuenta ya no está conectada. Actualice y vuelva a intentarlo.',
  'reason.settings-invalid':
    'Frontdesk no ha podido guardar los ajustes: hay un valor no permitido.',
  'reason.secret-empty': 'Introduzca la contraseña o la clave API.',
  'reason.no-secure-storage':
    'Este ordenador no ofrece almacenamiento seguro, así que Frontdesk no puede guardar la contraseña ni la clave API.',
  'reason.bridge-lost':
    'Frontdesk ha perdido la conexión con el puente web. Vuelva a cargar la página.',
  'code.validation':
    'Se ha rechazado la solicitud porque algunos datos no son válidos. Compruebe las horas y los datos y vuelva a intentarlo.',
  'code.conflict': 'El cambio choca con algo que ya existe. Actualice el calendario y compruébelo.',
  'code.not-found':
    '{vendor} no encuentra este elemento; puede que se haya eliminado. Actualice el calendario.',
  'code.internal': 'Algo ha salido mal dentro de Frontdesk. Vuelva a intentarlo.',
  'code.invalid-input':
    'Frontdesk ha rechazado una solicitud mal formada. Vuelva a cargar e inténtelo de nuevo.',
  'code.unknown-channel': 'Esta acción no está disponible.',
  'code.forbidden-sender': 'Esta solicitud no procede de Frontdesk.',
  'conflict.appointment': 'Cita',
  'conflict.time_reservation': 'Tiempo reservado',
  'conflict.group_reservation': 'Sesión de grupo',
  'conflict.day_off': 'Día libre',
  'conflict.time_off': 'Ausencia',
  'conflict.outside_working_hours': 'Fuera del horario de trabajo',
  'conflict.unavailable': 'No disponible',
  // Shown by the main process itself: desktop notifications, the menu, the start-up failure box
  'desktop.newBooking': 'Nueva cita',
  'desktop.doubleBooking': 'Reserva duplicada',
  'desktop.when': '{when} · {calendar}',
  'appMenu.view': 'Ver',
  'appMenu.dataProtection': 'Protección de datos',
  'appMenu.about': 'Acerca de Frontdesk',
  'dataProtection.note':
    'Frontdesk muestra datos de salud de Doctena y Docfav.\n\nGuarda los datos de los pacientes solo en memoria: no se escribe nada en el disco, y se borran al cerrar la aplicación o al desconectar una cuenta.\n\nLas contraseñas y claves API se cifran con el llavero del sistema operativo y no se vuelven a mostrar nunca.\n\nLos registros no contienen datos de pacientes ni secretos. Las notificaciones de escritorio solo indican una hora y un calendario.\n\nLa nota sobre protección de datos del README da los detalles.',
  'startFailed.title': 'Frontdesk no ha podido iniciarse',
  'startFailed.body': 'Reinicie el ordenador y vuelva a intentarlo.',
};
