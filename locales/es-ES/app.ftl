# Gracious: textos de la interfaz (es-ES).
# Tiene exactamente los mismos identificadores de mensaje que en-US, la referencia.
#
# Para quien traduce: «usted» en la interfaz es la persona que usa Gracious, que se plantea
# rechazar un puesto; «la empresa» y «la persona de contacto» son la compañía y quien trabaja allí
# (selección de personal o su futuro responsable). Una «oportunidad» es una candidatura u oferta.
# Se trata de usted en toda la interfaz, sin mezclas.

app-title = Gracious
# Entre los elementos de una lista, p. ej., «Visado, Impuestos». Entre comillas para conservar el espacio.
list-separator = { ", " }

## Menú

menu-file = Archivo
menu-new-case = Nueva oportunidad
menu-export-case = Exportar esta oportunidad…
menu-export-workspace = Exportar todos los datos…
menu-export-csv = Exportar la lista como CSV…
menu-import = Importar…
menu-add-dictionary = Añadir un diccionario ortográfico…
menu-profile = Perfil
menu-about = Acerca de
menu-language = Idioma
menu-language-system = Idioma del sistema ({ $language })
menu-theme = Tema
theme-system = El del sistema
theme-light = Claro
theme-dark = Oscuro

## Avisos y estado

notice-dismiss = Cerrar
notice-save-failed = No se pueden guardar los cambios en { $folder } ({ $error }). Gracious los conserva en memoria y volverá a intentarlo; no cierre la aplicación.
notice-missing-font = { $count ->
    [one] Hay un carácter que no se puede mostrar porque ninguna fuente instalada lo incluye. Instale una fuente para su idioma (en Debian o Ubuntu: fonts-noto-cjk para chino, japonés y coreano).
    [many] Hay { $count } caracteres que no se pueden mostrar porque ninguna fuente instalada los incluye. Instale una fuente para su idioma (en Debian o Ubuntu: fonts-noto-cjk para chino, japonés y coreano).
   *[other] Hay { $count } caracteres que no se pueden mostrar porque ninguna fuente instalada los incluye. Instale una fuente para su idioma (en Debian o Ubuntu: fonts-noto-cjk para chino, japonés y coreano).
}
problem-empty = el archivo estaba vacío
problem-malformed = el archivo está dañado o no es un archivo de Gracious ({ $detail })
problem-future-version = el archivo se creó con una versión más reciente de Gracious (formato { $version })
problem-unreadable = no se ha podido leer el archivo ({ $detail })
notice-set-aside = No se han podido cargar sus datos guardados: { $problem }. No se ha borrado nada: el archivo se ha movido a { $path }.
notice-left-in-place = No se han podido cargar sus datos guardados: { $problem }. El archivo sigue intacto en { $path } y Gracious no lo sobrescribirá durante esta sesión.
notice-restored-backup = Gracious ha cargado su guardado anterior desde la copia de seguridad { $path }.
notice-backup-set-aside = Tampoco se ha podido cargar la copia de seguridad: { $problem }. Se ha movido a { $path }. Gracious se ha iniciado con un espacio de trabajo vacío.
status-saver-stopped = el guardado en segundo plano se ha detenido
status-ready = Todo lo que escribe se guarda automáticamente.
status-deleted = Se ha eliminado «{ $title }».
status-undo = Deshacer
status-reset = Se ha restablecido la plantilla.
status-copied = Copiado al portapapeles.
status-copied-presend-open = { $open ->
    [one] Copiado al portapapeles. Queda un punto pendiente en la revisión previa al envío.
    [many] Copiado al portapapeles. Quedan { $open } puntos pendientes en la revisión previa al envío.
   *[other] Copiado al portapapeles. Quedan { $open } puntos pendientes en la revisión previa al envío.
}
status-draft-kept = Se ha conservado la carta que usted editó. Pulse «Restablecer la plantilla» para sustituirla por la nueva plantilla.
status-copy-failed = No se ha podido copiar al portapapeles: { $error }. Seleccione el texto y cópielo manualmente.

## Archivos

file-dialog-open = Hay un cuadro de diálogo de archivos abierto.
file-no-dialog = No se ha podido abrir ningún cuadro de diálogo de archivos en este sistema. Escriba la ruta del archivo.
file-failed = { $path }: { $error }
file-imported = { $count ->
    [one] Se ha importado una oportunidad desde { $path }.
    [many] Se han importado { $count } oportunidades desde { $path }.
   *[other] Se han importado { $count } oportunidades desde { $path }.
}
file-exported = Se ha guardado { $path }.
file-save-title = Guardar en un archivo
file-open-title = Abrir un archivo
file-path = Ruta
file-save = Guardar
file-open = Abrir
file-cancel = Cancelar
csv-date = Fecha de la entrevista o de la oferta

## Oportunidades

cases-title = Oportunidades
cases-new = Nueva
cases-duplicate = Duplicar
cases-archive = Archivar
cases-unarchive = Restaurar
cases-delete = Eliminar
cases-untitled = Nueva oportunidad
cases-reply-by = responder antes del { $date }
cases-overdue = fuera de plazo
status-deciding = Por decidir
status-negotiating = En negociación
status-declined = Rechazada
status-accepted = Aceptada
status-archived = Archivada

## Perfil

profile-title = Su perfil
profile-intro = Se usa para firmar sus cartas. No sale de este ordenador.
profile-name = Nombre
profile-email = Correo electrónico
profile-signature = Firma
profile-signature-hint = Cierra sus cartas en lugar de su nombre; p. ej., nombre, cargo y teléfono
profile-letter-language = Idioma predeterminado de las cartas
profile-formality = Formalidad
profile-formality-help = La formalidad se aplica cuando el idioma de la carta la distingue: usted o tú en español, Sie o du en alemán, keigo o japonés cortés sencillo.
formality-formal = Formal (usted)
formality-informal = Informal (tú)

## Paneles

tab-checklist = Cuestionario de decisión
tab-mobility = Ficha de traslado
tab-channel = Canal
tab-editor = Editor de plantillas

## Cabecera de la oportunidad

header-company = Empresa
header-role = Puesto
header-contact = Persona de contacto
header-stage = Fase
header-status = Estado
header-reply-by = Plazo de respuesta
header-date-interview = Fecha de la entrevista
header-date-offer = Fecha de la oferta
header-date-hint = AAAA-MM-DD
header-date-invalid = Escriba la fecha como AAAA-MM-DD; p. ej., 2026-11-26.
stage-after-interview = Tras la entrevista
stage-after-offer = Tras la oferta

# Nombre accesible de una opción dentro de un grupo, p. ej., «Fase: Tras la oferta».
choice-accessible-name = { $group }: { $choice }

## Cuestionario de decisión

checklist-title = ¿Debería decir que no?
# El veredicto aparece con sus motivos enumerados debajo.
checklist-intro = Responda a cinco preguntas. El veredicto de abajo explica sus motivos; es un consejo, y la decisión sigue siendo suya.
checklist-use-weights = Ponderar las preguntas (indique cuánto le importa cada una)
checklist-blocker = ¿Cuál es el obstáculo?
checklist-blocker-name = { $question }: cuál es el obstáculo
checklist-blocker-negotiable = Se puede negociar.
checklist-blocker-fundamental = Negociar no lo resolverá.
blocker-group-negotiable = Negociable
blocker-group-fundamental = Un desajuste de fondo
blocker-compensation = Salario y beneficios
blocker-start-date = Fecha de incorporación
blocker-role-scope = Alcance del puesto
blocker-remote-work = Teletrabajo o flexibilidad
blocker-relocation-support = Ayuda para el traslado
blocker-values = Valores
blocker-way-of-working = Forma de trabajar
blocker-long-term-direction = Rumbo a largo plazo
blocker-personal-compromise = Familia, visado o salud
checklist-weight = Cuánto le importa
checklist-weight-name = { $question }: cuánto le importa
# Cuánto importa una pregunta a la persona usuaria, de 1 a 5; se muestra tras el control deslizante.
weight-1 = poco: no será decisivo
weight-2 = algo
weight-3 = bastante
weight-4 = mucho
weight-5 = es imprescindible
checklist-note-hint = Nota (opcional)
checklist-note-name = { $question }: nota
checklist-suggestion = Su ficha de traslado sugiere «{ $answer }».
checklist-suggestion-net = Su ficha de traslado sugiere «{ $answer }», calculado a partir del salario neto.
checklist-suggestion-gross = Su ficha de traslado sugiere «{ $answer }», calculado a partir del salario bruto. Indique los dos tipos impositivos para comparar lo que le quedaría en cada caso.
checklist-suggestion-use = Usarla
checklist-suggestion-use-name = { $question }: usar la sugerencia
checklist-q-career-goals = ¿El puesto contribuye a sus objetivos profesionales para los próximos 12 a 24 meses?
checklist-q-career-goals-help = Piense en dónde quiere estar dentro de uno o dos años, no solo en el siguiente paso.
checklist-q-career-goals-short = Objetivos profesionales
checklist-q-pay-after-costs = ¿Son aceptables el salario y los beneficios una vez descontados el coste de la vida y el traslado?
checklist-q-pay-after-costs-help = Compare lo que se puede comprar con ese dinero donde viviría, no solo la cifra.
checklist-q-pay-after-costs-short = Salario tras los gastos
checklist-q-growth = ¿Hay un camino creíble para crecer y ascender?
checklist-q-growth-help = ¿Le explicó alguien, con ejemplos, cómo han progresado otras personas en este puesto?
checklist-q-growth-short = Crecimiento
# Aquí la respuesta de alarma es «sí» (en las demás preguntas lo es «no»).
checklist-q-compromise = ¿Aceptar le obligaría a una renuncia que aún no quiere asumir (familia, visado, salud)?
checklist-q-compromise-help = Aquí la respuesta de alerta es «Sí».
checklist-q-compromise-short = Renuncias personales
checklist-q-culture-fit = ¿Encajan con usted la cultura y el estilo de dirección?
checklist-q-culture-fit-help = Recuerde cómo hablaban de su trabajo, y unas de otras, las personas que conoció.
checklist-q-culture-fit-short = Cultura y dirección
answer-yes = Sí
answer-no = No
answer-not-sure = No lo tengo claro
answer-unanswered = Sin responder

verdict-label = Veredicto:
verdict-decline = Rechazar
verdict-decline-advice = Un desajuste claro basta como motivo. Rechace pronto y con amabilidad, y deje la puerta abierta.
verdict-negotiate-first = Negociar primero
verdict-negotiate-first-advice = Lo que se interpone se puede negociar. Plantéelo antes de rechazar; después todavía podrá decir que no.
verdict-lean-accept = Inclinarse por aceptar
verdict-lean-accept-advice = Nada de esto aconseja rechazar. Acepte solo cuando lo tenga claro y, a partir de ese momento, deje de hacer entrevistas en otros sitios.
verdict-undecided = Sin decidir
verdict-undecided-advice = No acepte mientras tenga dudas. Pida tiempo, indique la fecha en la que responderá y averigüe lo que le falta saber.
verdict-reasons = Porque:
reason-fundamental-blocker = { $question }: { $blocker }, un desajuste que negociar no resolverá.
reason-negotiable-blocker = { $question }: { $blocker }, un obstáculo que se podría negociar.
reason-minor = { $question }: hay una duda, pero le importa poco, así que no es decisiva.
reason-unanswered = { $question }: aún sin responder.
reason-not-sure = { $question }: aún no lo tiene claro.
reason-all-favourable = Todas las respuestas son favorables al puesto.
# La persona se inclina por rechazar, pero los únicos obstáculos serían negociables: pedir
# mejores condiciones para un puesto que no quiere hace perder el tiempo a todo el mundo.
reason-negotiation-not-wanted = { $question }: { $blocker }, algo que se podría negociar, pero usted se inclina por rechazar. Negocie solo por un puesto que de verdad quiera; si no, rechace la oferta ahora.
# El salario se podría negociar, pero aún hay dudas sobre el crecimiento o la cultura: primero hay que resolverlas.
reason-doubt-before-negotiating = { $question }: aún no lo tiene claro. Resuélvalo primero: negocie solo por un puesto que, por lo demás, quiera.
reason-negotiation-failed = { $question }: { $blocker }. No han podido atender su petición, así que sigue siendo un obstáculo.
reason-negotiation-partly = { $question }: han atendido su petición en parte. Vuelva a responder a la pregunta con lo que le han ofrecido.
reason-negotiation-met = { $question }: han atendido su petición.
# La proporción ponderada de respuestas favorables es inferior a la mitad.
reason-weak-fit = Solo el { $percent } % de lo que le importa es favorable al puesto: no acepte todavía.
negotiation-title = ¿Cómo ha ido la negociación?
negotiation-pending = Aún sin respuesta
negotiation-met = Petición aceptada
negotiation-partly = En parte
negotiation-failed = No ha sido posible
# El botón para rechazar cuando la respuesta se da por teléfono: abre el guion de la llamada.
verdict-call-script = Preparar la llamada
verdict-write-decline = Redactar la carta de rechazo
verdict-write-negotiate = Redactar una carta para negociar
verdict-ask-for-time = Pedir tiempo
verdict-fit = Encaje ponderado: { $percent } %
flip-answer = Qué cambiaría el veredicto: responder «{ $answer }» en «{ $question }» lo convertiría en «{ $verdict }».
flip-weight = Qué cambiaría el veredicto: dar a «{ $question }» el peso { $weight } lo convertiría en «{ $verdict }».
# Hacia dónde va la impresión de la propia persona, diga lo que diga el cuestionario.
inclination-label = ¿Hacia dónde se inclina?
inclination-open = Aún sin decidir
inclination-accept = Hacia aceptar
inclination-decline = Hacia rechazar
inclination-still-interviewing = Sigo haciendo entrevistas en otros sitios
inclination-too-soon = Aceptar sin tenerlo claro, o mientras sigue en otros procesos de selección, es un error difícil de deshacer. Mejor pida tiempo e indique la fecha en la que responderá.
presend-title = Antes de enviar
presend-advisor = Lo he hablado con alguien de confianza
presend-channel = He elegido el canal (correo electrónico, o una llamada y un resumen)
presend-framework = El mensaje da las gracias, comunica la decisión con claridad y deja la puerta abierta
presend-proofread = He revisado el tono y la redacción
presend-in-time = Lo envío en las 24 a 72 horas siguientes a mi decisión
presend-archived = He archivado la documentación de la candidatura y he actualizado mi búsqueda de empleo
# Texto emergente de un punto que Gracious ha marcado por sí mismo (el canal está elegido, la
# revisión no ha encontrado nada que corregir).
presend-seen = Gracious ha comprobado que ya está hecho.
presend-summary = Revisión previa al envío: { $done } de { $total } hechos

## Ficha de traslado

mobility-title = ¿Este puesto implica mudarse al extranjero?
mobility-intro = Valore lo que supondría la mudanza para usted y su hogar. Conviene aclarar lo que aún no sabe antes de responder.
mobility-moving-abroad = Esta oferta implica mudarse a otro país
mobility-not-moving = Marque la casilla de arriba si la oferta implica mudarse al extranjero; la ficha le ayudará entonces a valorarlo.
mobility-current-country = Vive en
mobility-destination-country = El puesto está en
# Las nacionalidades de la persona (puede tener varias), guardadas en el perfil: deciden
# si una mudanza requiere visado.
mobility-citizenship = Su nacionalidad
mobility-citizenship-add = Añadir una nacionalidad
mobility-citizenship-remove = Quitar la nacionalidad de { $country }
mobility-choose-country = Elija un país
mobility-search-country = Buscar países
ppp-title = Lo que vale realmente el salario
ppp-intro = Introduzca ambos salarios anuales, cada uno en su moneda. Gracious compara lo que permiten comprar con los datos de paridad de poder adquisitivo del Banco Mundial: no hace falta ningún tipo de cambio.
ppp-amount = Salario anual
ppp-currency = Moneda
ppp-tax = Tipo impositivo (%)
# Un factor de conversión de paridad de poder adquisitivo (moneda local por dólar internacional)
# que la persona escribe en lugar del del Banco Mundial.
ppp-override = Factor propio
ppp-override-hint = opcional
ppp-current-pay = Actual
ppp-offered-pay = Oferta
ppp-worth = A precios de { $country }, la oferta equivale a unos { $amount } al año.
ppp-change = Supone un { $change } % respecto a lo que gana ahora.
# Se muestra primero cuando se han indicado ambos tipos impositivos: lo que le quedaría, a precios de su país.
ppp-worth-net = Después de impuestos y a precios de { $country }, la oferta equivale a unos { $amount } al año: un { $change } % respecto a lo que le queda ahora.
# La cifra antes de impuestos, bajo la cifra después de impuestos.
ppp-gross-beside = Antes de impuestos: unos { $amount } ({ $change } %).
# De dónde procede el nivel de precios de un país; el factor en sí aparece en el texto emergente.
ppp-source-data = Precios en { $country }: Banco Mundial, { $series }, { $year }.
ppp-source-override = Precios en { $country }: su propio factor.
# Texto emergente: qué significa el factor de poder adquisitivo, en palabras sencillas.
ppp-factor-explained = En { $country }, con { $factor } { $currency } se compra aproximadamente lo mismo que con un dólar estadounidense en Estados Unidos.
ppp-series-private = poder adquisitivo para el consumo de los hogares
ppp-series-gdp = poder adquisitivo para el conjunto de la economía (PIB)
ppp-unreliable = Los precios en { $country } han subido deprisa y este factor tiene más de un año: tome el resultado como una aproximación.
ppp-national = Son medias nacionales: una gran ciudad puede resultar mucho más cara. Si conoce un factor mejor, introdúzcalo.
ppp-incomplete = Elija los dos países e introduzca los dos salarios para ver lo que vale la oferta.
ppp-not-positive = Introduzca cada salario como una cantidad mayor que cero.
ppp-no-data = El Banco Mundial no tiene datos de poder adquisitivo utilizables para { $country }. Gracious no hará suposiciones: si tiene un factor, introdúzcalo usted.
ppp-currency-mismatch = Los datos de { $country } están en { $currency }: introduzca ese salario en { $currency }.
ppp-sources = Fuentes de datos
visa-title = Visado y fecha de incorporación
visa-processing-weeks = Tramitación del visado (semanas)
visa-start-date = Fecha de incorporación
visa-in-time = { $weeks ->
    [0] El visado debería llegar justo a tiempo, sin ningún margen.
    [one] El visado debería llegar a tiempo, con una semana de margen.
    [many] El visado debería llegar a tiempo, con { $weeks } semanas de margen.
   *[other] El visado debería llegar a tiempo, con { $weeks } semanas de margen.
}
visa-late = { $weeks ->
    [one] El visado llegaría aproximadamente una semana después de la fecha de incorporación. Pida empezar más tarde o ayuda para agilizarlo.
    [many] El visado llegaría aproximadamente { $weeks } semanas después de la fecha de incorporación. Pida empezar más tarde o ayuda para agilizarlo.
   *[other] El visado llegaría aproximadamente { $weeks } semanas después de la fecha de incorporación. Pida empezar más tarde o ayuda para agilizarlo.
}
visa-unknown = Introduzca el tiempo de tramitación y la fecha de incorporación para comprobar los plazos.
# Si hace falta visado depende de la nacionalidad: se muestra en lugar de las preguntas sobre el visado.
visa-free-own = No necesita visado: tiene la nacionalidad de { $country }.
visa-free-eu = No necesita visado ni permiso de trabajo: con la nacionalidad de { $citizenship } puede vivir y trabajar en { $country } (libre circulación en la UE, el EEE y Suiza).
visa-free-cta = No necesita visado ni permiso de trabajo: con la nacionalidad de { $citizenship } puede vivir y trabajar en { $country } (zona de viaje común entre Irlanda y el Reino Unido).
visa-free-tasman = No necesita solicitar visado: con la nacionalidad de { $citizenship } puede vivir y trabajar en { $country } (Trans-Tasman Travel Arrangement entre Australia y Nueva Zelanda).
visa-partner-note = El derecho de su pareja a trabajar allí depende de su propia nacionalidad, no de la de usted: valórelo más abajo.
# Si el nombre de la ciudad o del país («trabajar en Londres») atrae más que el propio puesto.
mobility-prestige = ¿El lugar en sí (su nombre, su prestigio) es una parte importante del atractivo?
mobility-weight-name = { $factor }: cuánto le importa
# La parte ponderada de los factores valorados que son favorables (sin contar los desconocidos).
mobility-score = De lo que sabe hasta ahora, un { $percent } % habla a favor de la mudanza, ponderando cada factor según lo que le importa.
mobility-trap-prestige = Parece que el lugar le atrae más que el puesto. ¿Aceptaría el mismo puesto donde vive ahora?
mobility-trap-visa-late = El visado llegaría después de la fecha de incorporación. Es motivo para negociar esa fecha, no para renunciar: pida empezar más tarde.
mobility-horizon = Con la vista puesta en los próximos 12 a 24 meses
mobility-toward-place = ¿Le acerca a un lugar o a un visado que desea?
mobility-builds-skills = ¿Le aporta competencias que faciliten una mudanza posterior?
mobility-horizon-warning = Ninguna de las dos cosas: esta mudanza no favorece sus planes a más largo plazo.
mobility-factor-visa = Visado y permiso de trabajo
# «Sponsorship»: la empresa solicita el permiso de trabajo y el visado en nombre de la persona candidata.
mobility-factor-visa-help = ¿Con qué firmeza respalda la empresa la solicitud del permiso de trabajo? ¿Llegará el permiso antes de la fecha de incorporación?
mobility-factor-relocation = Ayuda para el traslado
mobility-factor-relocation-help = ¿Paga la empresa la mudanza, el alojamiento temporal y los viajes?
mobility-factor-family = Apoyo a la familia
mobility-factor-family-help = Ayuda con la vivienda, los trámites y la adaptación para todas las personas que se mudan.
mobility-factor-schooling = Escolarización
mobility-factor-schooling-help = Plazas, idioma de enseñanza y cuotas escolares para los hijos.
# El permiso de trabajo de la pareja (y sus posibilidades de trabajar en su campo), no el derecho
# al trabajo en abstracto.
mobility-factor-partner-work = Permiso de trabajo para la pareja
mobility-factor-partner-work-help = ¿Puede su pareja trabajar allí y encontrar empleo en su campo?
mobility-factor-cost-of-living = Coste de la vida frente al salario
mobility-factor-cost-of-living-help = Lo que permite comprar allí el salario, no solo el tipo de cambio.
mobility-factor-health-care = Sanidad y protección social
mobility-factor-health-care-help = Seguro médico, pensión y bajas por enfermedad comparados con lo que tiene ahora.
mobility-factor-language = Idioma y cultura para el hogar
mobility-factor-language-help = ¿Podrán desenvolverse en el día a día y hacer amistades todas las personas que se mudan?
mobility-factor-tax = Impuestos sobre el salario
mobility-factor-tax-help = El impuesto sobre la renta allí y los impuestos que aún deba pagar en su país.
rating-good = Bien
rating-acceptable = Aceptable
rating-poor = Mal
rating-unknown = Sin datos
# Para el permiso de trabajo de la pareja y la escolarización, cuando nadie se muda con la persona usuaria o no hay hijos.
rating-not-applicable = No procede
mobility-note-hint = Nota (opcional)
mobility-note-name = Nota sobre «{ $factor }»
mobility-summary = Resumen
mobility-none = ninguno
mobility-strengths = Puntos fuertes:
mobility-risks = Riesgos:
mobility-unknowns = Aún por saber:
mobility-traps = Atención
mobility-trap-partner-work = No está claro que su pareja pueda trabajar allí, o las perspectivas son malas. A menudo es lo que decide si una mudanza funciona para una pareja.
mobility-trap-schooling = La escolarización no está clara o no es buena. Compruebe las plazas y las cuotas antes de decidir.
mobility-trap-tax = Se desconocen los impuestos sobre el salario. Averigüe cuánto le quedaría después de impuestos.

## Canal

channel-title = ¿Correo, llamada o videollamada?
channel-intro = Cuéntele a Gracious algunos detalles del proceso y le sugerirá cómo comunicar su respuesta.
channel-main-contact = Contacto principal
channel-contact-recruiter = Alguien de selección de personal
channel-contact-hiring-manager = Su futuro responsable directo
channel-rounds = Rondas de entrevistas
channel-close-rapport = Hubo mucha sintonía con su futuro responsable directo
# Alguien de la empresa (quien hizo una entrevista, su futuro responsable) dedicó un tiempo poco
# habitual a la persona candidata: llamadas largas, una visita, consejos personales.
channel-personal-time = Alguien le dedicó mucho tiempo personal
channel-collaboration = El puesto implicaba trabajar estrechamente con las personas que conoció
channel-relocation-visa = Se habló de un traslado o de un visado, o se ofreció
channel-video-process = Las entrevistas fueron por videollamada
channel-recommendation = Recomendación:
channel-email = Correo electrónico
channel-phone-then-email = Una llamada y, después, un breve correo de resumen
channel-video-then-email = Una videollamada y, después, un breve correo de resumen
channel-why = Por qué:
channel-reason-email-default = Nada exige hablar de viva voz: un correo deja constancia clara y respeta el tiempo de todo el mundo.
channel-reason-recruiter = Su contacto es de selección de personal y el proceso es formal; lo que se espera es un correo.
channel-reason-close-rapport = Hubo mucha sintonía con su futuro responsable directo; es mejor que lo sepa por usted en persona.
channel-reason-many-rounds = Ha pasado por varias rondas; unas palabras personales reconocen ese esfuerzo.
channel-reason-personal-time = Alguien le dedicó mucho tiempo; una llamada es la forma adecuada de agradecérselo.
channel-reason-collaboration = El puesto implicaba una colaboración estrecha; una conversación mantiene la buena relación.
channel-reason-relocation-visa = Había un traslado o un visado sobre la mesa; puede que ya hayan empezado a tramitarlo.
channel-reason-video-process = El proceso fue por videollamada, así que una videollamada breve resulta natural.
channel-recap-advice = Después de la llamada, envíe un breve correo que confirme lo que dijo.
channel-your-choice = Su elección:
channel-follow = Seguir la recomendación
channel-open-call-script = Abrir el guion de la llamada
channel-write-recap = Redactar el correo de resumen
call-mode-title = Guion de la llamada
call-mode-intro = Dígalo con sus propias palabras; este es el orden que funciona. Hable con brevedad y cercanía.

## Plazo de respuesta

deadline-title = Cuándo responder
deadline-decided-on = Fecha de la decisión
deadline-at = a las
deadline-time-hint = HH:MM
deadline-decided-now = Lo acabo de decidir
# La fecha límite de respuesta que fija la empresa: el plazo que no se puede pasar.
deadline-their-date = Plazo de la empresa: { $date }.
deadline-not-decided = Aún no lo ha decidido: las 24 a 72 horas para responder empiezan a contar cuando lo decida.
deadline-window-past = Han pasado más de 72 horas desde que lo decidió. Responda ya, antes de que venza el plazo de la empresa.
deadline-overdue-their = El plazo de la empresa ha vencido. Responda hoy: una respuesta tardía es mucho mejor que el silencio.
deadline-invalid = Escriba la fecha como AAAA-MM-DD y la hora como HH:MM (formato de 24 horas).
deadline-answer-by = Responda antes del { $due }; lo ideal, antes del { $ideal }.
# Ha pasado el momento ideal (24 horas después de decidir), pero aún no el límite.
deadline-answer-by-late = Responda antes del { $due }. El momento ideal ({ $ideal }) ya ha pasado.
# Cuando la persona ha marcado la oportunidad como rechazada: la cuenta atrás se detiene.
deadline-answered-on = Respuesta enviada el { $date }.
deadline-answered = Respuesta enviada.
deadline-left-ideal = Quedan { $duration }. Ahora es el mejor momento para responder.
deadline-left = Quedan { $duration }.
deadline-overdue = Plazo vencido hace { $duration }. Responda hoy: una respuesta tardía es mucho mejor que el silencio.
deadline-need-time = ¿Necesita más tiempo? Dígalo ahora e indique la fecha de su respuesta.
duration-days = { $n ->
    [one] 1 día
    [many] { $n } días
   *[other] { $n } días
}
duration-hours = { $n ->
    [one] 1 hora
    [many] { $n } horas
   *[other] { $n } horas
}
duration-minutes = { $n ->
    [one] 1 minuto
    [many] { $n } minutos
   *[other] { $n } minutos
}

## Cronología

timeline-title = Después de decidir
timeline-day-1 = Día 1
timeline-day-2 = Día 2
timeline-days-3-7 = Días 3 a 7
timeline-stay-in-touch = Mantener el contacto
step-draft = Redactar el mensaje
step-choose-channel = Elegir el canal
step-book-call = Concertar la llamada
step-send-or-call = Enviar el mensaje o hacer la llamada
step-send-recap = Enviar el correo de resumen tras la llamada
step-archive = Archivar la documentación de la candidatura
step-tracker = Actualizar el seguimiento de su búsqueda de empleo
step-refocus = Dedicar el tiempo liberado a puestos que encajen mejor
step-close-visa = Cerrar los trámites del visado o del traslado
step-reimbursements = Confirmar posibles reembolsos u obligaciones
step-connect = Enviar una solicitud de contacto con una nota personal
step-offer-help = Ofrecer ayuda, p. ej., recomendando a alguien de su entorno
step-future-roles = Pedir que cuenten con usted para futuros puestos
timeline-write-note = Escribir una nota para mantener el contacto
channel-timing = Responda en las 24 a 72 horas siguientes a su decisión. Si necesita más tiempo, dígalo enseguida e indique la fecha. El silencio es la peor respuesta.

## Editor de plantillas

editor-title = Su carta
editor-scenario = Situación
scenario-withdraw-after-interview = Tras una entrevista: el puesto no encaja
scenario-accepted-other-offer = Tras una oferta: otra oferta aceptada
scenario-not-right-fit-after-offer = Tras una oferta: el puesto no encaja
scenario-after-negotiation = Tras una negociación: rechazar la oferta final
scenario-relocation-not-feasible = Tras una oferta: el traslado no es viable para la familia
scenario-negotiate-instead = Negociar en lugar de rechazar: explorar el margen
scenario-ask-for-time = Pedir tiempo: indicar la fecha de su respuesta
scenario-call-recap = Tras una llamada: el correo de resumen
scenario-stay-connected = Mantener el contacto: una nota breve
scenario-interview-call-script = Tras una entrevista: guion de la llamada
scenario-visa-unworkable = Tras una oferta: visado o permiso de trabajo inviables (correo tras la llamada)
scenario-counteroffer = Quedarse en su empresa tras una contraoferta
scenario-many-rounds-call-script = Tras muchas rondas: guion de la llamada
scenario-active-relocation = Con el traslado en marcha: transparencia sobre los compromisos
scenario-repair = Nota para reparar un rechazo poco afortunado
scenario-reopen = Retomar un puesto que rechazó
scenario-improved-offer-hold = Respuesta de la empresa: una oferta mejorada, pero su decisión no cambia
scenario-improved-offer-reopen = Respuesta de la empresa: una oferta mejorada que le hace cambiar de opinión
scenario-what-would-it-take = Respuesta de la empresa: «¿Qué haría falta?»
scenario-call-after-decline = Respuesta de la empresa: piden una llamada tras su correo
scenario-keep-cv-on-file = Respuesta de la empresa: ¿pueden conservar su currículum?
scenario-exit-questionnaire = Respuesta de la empresa: un cuestionario de valoración
scenario-are-you-sure = Respuesta de la empresa: un «¿lo ha pensado bien?» días después
editor-letter-language = Idioma de la carta
editor-letter-language-same = El de la interfaz ({ $language })
editor-letter-language-profile = El de su perfil ({ $language })
editor-sender = Su nombre
editor-subject = Asunto
editor-body = Mensaje
editor-unfilled = Falta por completar: { $placeholders }
editor-copy = Copiar
# «Copiar» pone el texto de la carta (sin el asunto) en el portapapeles; el asunto tiene su propio
# botón, para el campo Asunto del correo.
editor-copy-subject = Copiar el asunto
# Se muestra junto al botón «Copiar» hasta que cambia el texto.
editor-copied = Copiado
# Se ofrece en cuanto la carta se ha copiado, guardado o pasado al programa de correo.
editor-mark-declined = Marcar como rechazada
editor-reset = Restablecer la plantilla
editor-formality = Formalidad
editor-to = Para
# Cómo saluda la carta a la persona de contacto; solo se pregunta donde el idioma de la carta lo necesita.
editor-address = Tratamiento
editor-script-note = Esto es un guion de llamada: dígalo con sus propias palabras y después envíe el correo de resumen.
editor-answer-date = Responderé como muy tarde el
editor-answer-date-past = Elija una fecha posterior a hoy: la carta no debe prometer una respuesta para una fecha que ya ha pasado.
# Una respuesta de una frase por si la empresa pregunta por qué; aparece con el guion de la llamada y en el editor.
why-title = Si le preguntan por qué
editor-network-note = Para una invitación de contacto: sin asunto y con un máximo de 300 caracteres (ahora tiene { $count }).
editor-network-too-long = { $count ->
    [one] { $count } carácter: acórtelo a 300 caracteres o menos para que quepa en una invitación.
    [many] { $count } caracteres: acórtelo a 300 caracteres o menos para que quepa en una invitación.
   *[other] { $count } caracteres: acórtelo a 300 caracteres o menos para que quepa en una invitación.
}
editor-relocation-check = Antes de comprometerse a devolver nada, compruebe lo que dice su contrato sobre los gastos de traslado.
editor-fill = Completar
editor-fill-name = Valor de { $placeholder }
editor-save-txt = Guardar como texto…
editor-save-eml = Guardar como borrador de correo (.eml)…
editor-mail-client = Abrir en el programa de correo
editor-copy-refused = Complete { $placeholders } antes de copiar.
editor-export-refused = Complete { $placeholders } antes de enviarlo a ningún sitio.
editor-mail-failed = No se ha podido abrir ningún programa de correo ({ $error }). Copie el texto.
editor-mail-opened = Abierto en su programa de correo.
editor-group-builtin = Plantillas incluidas
editor-group-mine = Mis plantillas
editor-customised = (su versión)

## Revisión

review-title = Revisión
review-intro = Comparada con el esquema: reconocer, decidir, dar un motivo, agradecer, mantener el contacto, próximos pasos y despedida.
review-acknowledge = Menciona la entrevista o la oferta
review-decision = Expone la decisión con claridad
review-reason = Da un motivo breve
review-gratitude = Da las gracias
review-stay-in-touch = Ofrece mantener el contacto
review-next-steps = Indica los próximos pasos
review-sign-off = Incluye una despedida
review-present = presente
review-missing = falta
review-optional = opcional, no encontrado
review-length-words = { $length ->
    [one] { $length } palabra (no pase de { $max }).
   *[other] { $length } palabras (no pase de { $max }).
}
review-length-chars = { $length ->
    [one] { $length } carácter (no pase de { $max }).
   *[other] { $length } caracteres (no pase de { $max }).
}
review-too-long = Se está alargando: diga menos y la decisión se entenderá mejor.
review-too-short = Algo breve: a partir de { $min }, la carta resulta más cálida. Añada lo que valoró o a quién quiere dar las gracias.
review-over-explains = El motivo ocupa { $sentences } frases: basta con una, y los detalles puede guardárselos.
review-critical = «{ $text }» { $why }
review-critical-pay = critica el salario.
review-critical-process = critica cómo se llevó el proceso de selección.
review-critical-people = critica a alguien que conoció en el proceso.
review-critical-employer = critica a la empresa.
review-critical-kinder = Más amable: «{ $kinder }».
review-critical-leave-out = Mejor quítelo: la decisión se sostiene sin ello.
review-misspelled = { $count ->
    [one] Puede que una palabra esté mal escrita (subrayada). Haga clic derecho sobre ella para ver sugerencias.
    [many] Puede que { $count } de palabras estén mal escritas (subrayadas). Haga clic derecho sobre una de ellas para ver sugerencias.
   *[other] Puede que { $count } palabras estén mal escritas (subrayadas). Haga clic derecho sobre una de ellas para ver sugerencias.
}
review-no-dictionary = Sin corrección ortográfica: no hay en este ordenador ningún diccionario para este idioma ({ $language }). Instale el diccionario Hunspell de su sistema para ese idioma o añada uno (.aff y .dic) con Archivo → Añadir un diccionario ortográfico.
review-dictionary-loading = Cargando el diccionario ortográfico…
review-no-spelling-here = Sin corrección ortográfica: Gracious comprueba la ortografía con diccionarios Hunspell, y no existe ninguno para este idioma ({ $language }).
review-dictionary-unreliable = Sin corrección ortográfica: el diccionario para este idioma ({ $language }) que hay en este ordenador no reconoce palabras corrientes como «{ $word }», así que marcaría errores en cartas correctas. Añada uno mejor (.aff y .dic) con Archivo → Añadir un diccionario ortográfico.
review-personal = El texto es la plantilla palabra por palabra. Añada una frase propia: lo que valoró o a quién quiere dar las gracias.
spell-add-word = Añadir al diccionario
spell-no-suggestions = No hay sugerencias
spell-looking = Buscando sugerencias…
editor-review-as = Revisar como
dictionary-added = Se ha añadido el diccionario ortográfico: { $language }.
dictionary-failed = No se ha podido añadir ese diccionario ({ $path }): { $error }
review-unfilled = Aún quedan marcadores en el texto: { $placeholders }
review-all-good = No hay nada que corregir.

## Mis plantillas

templates-title = Mis plantillas
templates-name = Nombre de la plantilla
templates-save-new = Guardar esta carta como plantilla nueva
templates-save-version = Guardar como mi versión de esta plantilla
templates-restore = Restaurar la plantilla original
templates-rename = Nombre de «{ $name }»
templates-duplicate = Duplicar «{ $name }»
templates-delete = Eliminar «{ $name }»
templates-use = Usar «{ $name }»
templates-use-short = Usar
templates-confirm-delete = Eliminar definitivamente
templates-none = Aún no tiene plantillas propias. Guarde una carta para reutilizarla: la empresa, el puesto y los nombres volverán a ser marcadores.
templates-import = Importar plantillas…
templates-export = Exportar mis plantillas…
templates-saved = Guardada como «{ $name }».
templates-imported = { $count ->
    [one] Se ha importado una plantilla.
    [many] Se han importado { $count } plantillas.
   *[other] Se han importado { $count } plantillas.
}
templates-copy-name = { $name } (copia)
header-contact-email = Correo electrónico del contacto

## Acerca de

about-title = Acerca de Gracious
about-intro = Gracious le ayuda a rechazar un empleo con prontitud, claridad y amabilidad. Todo se queda en este ordenador.
about-version = Versión { $version }
about-data = Fuentes de datos y licencias
about-data-body = La comparación del poder adquisitivo usa los factores de conversión de paridad de poder adquisitivo (PPA) del Banco Mundial, publicados con la licencia Creative Commons Atribución 4.0 (CC BY 4.0, creativecommons.org/licenses/by/4.0). Gracious los incluye reorganizados y reducidos al año más reciente de cada serie, con Bulgaria convertida de levas a euros y sin Zimbabue. El Banco Mundial no respalda Gracious. Los nombres de los países y los formatos de números, importes y fechas proceden de Unicode CLDR.

## Primer inicio

welcome-title = Le damos la bienvenida a Gracious
welcome-body = Gracious le ayuda a decir que no a un puesto tras una entrevista o una oferta: con prontitud, claridad y amabilidad, y en su idioma.
welcome-steps = Responda a cinco preguntas breves, elija cómo comunicar su decisión y redacte la respuesta a partir de una plantilla, con una revisión antes de enviarla.
welcome-start = Empezar con mi propia oportunidad
welcome-example = Ver un ejemplo
welcome-private = Todo lo que escribe se queda en este ordenador.
# Se muestra encima de la oportunidad de ejemplo; «el ejemplo» es una oferta de empleo inventada.
example-banner = Este es un ejemplo con datos inventados: todas las pestañas están rellenadas para que vea cómo funciona cada una.
example-remove = Eliminar el ejemplo
# Se añade al título del ejemplo en la lista de oportunidades.
cases-example = ejemplo

## Siguiente paso

# Antes del botón con lo único que hay que hacer a continuación, p. ej., «Siguiente paso: [Redactar la carta]».
next-label = Siguiente paso:
next-answer-checklist = Responder al cuestionario
# El cuestionario indica que el puesto le conviene: no hay nada que rechazar.
next-lean-accept = Se inclina por aceptar, así que por ahora no hay nada que rechazar.
next-lean-accept-short = Inclinarse por aceptar
next-review-checklist = Revisar el cuestionario
next-pick-channel = Elegir cómo comunicarlo
next-write-letter = Redactar la carta
# $deadline es un día de la semana y una fecha, a veces con hora, p. ej., «jue, 26 nov, 14:00».
next-send-by = Enviar antes del { $deadline }
next-send = Enviar su respuesta
next-mark-sent = Marcar como enviada
# $phase es un periodo como «Días 3 a 7»; $step, una tarea como «Actualizar el seguimiento de su búsqueda de empleo».
next-step = { $phase }: { $step }
next-step-done = Hecho
# Nombre accesible del botón «Hecho»; $step es la tarea que marca como hecha.
next-step-done-name = Marcar como hecho: { $step }
next-all-done = Aquí ya no queda nada por hacer.
# Debajo de cada oportunidad de la lista; $action es uno de los pasos anteriores.
cases-next = A continuación: { $action }
# Lo leen los lectores de pantalla tras el nombre de un panel, p. ej., «Canal (completado)».
tab-state-done = completado
tab-state-attention = requiere atención
# Botón junto al canal recomendado: adoptar la recomendación como su elección.
channel-use-recommendation = Elegir esta opción

## Date picker

date-pick = Elegir en el calendario: { $field }
date-previous-month = Mes anterior
date-next-month = Mes siguiente
date-today = Hoy
date-clear = Borrar
date-close = Cerrar
date-day-today = { $date } (hoy)

## Una ventana por carpeta de datos

# Se muestra cuando Gracious se inicia por segunda vez con los mismos datos; $path es la carpeta de datos.
notice-already-open = Gracious ya está abierto con sus datos ({ $path }). Esta ventana solo permite consultarlos: ningún cambio que haga aquí se guardará. Ciérrela y continúe en la ventana que ya está abierta.

## Salir con cambios sin guardar

quit-title = Sus últimos cambios no se han guardado
# $error es el motivo que indica el sistema, p. ej., «Permission denied (os error 13)».
quit-save-failed = Gracious no ha podido guardar sus últimos cambios ({ $error }). Si sale ahora, se perderán.
quit-read-only = Esta ventana no guarda nada (sus datos están abiertos en otra ventana). Si sale ahora, se perderán los cambios que haya hecho aquí.
quit-retry = Intentar guardar de nuevo
# Abre un cuadro de diálogo de archivos para escribir todos los datos (todas las oportunidades, el perfil, sus propias plantillas) en un archivo.
quit-export = Guardar todo en un archivo…
quit-anyway = Salir sin guardar

## Comparar ofertas: la retribución total, frente a frente

menu-compare = Comparar ofertas
compare-title = Comparar ofertas
compare-close = Cerrar la comparación
compare-intro = Ponga sus ofertas junto a su puesto actual: cada concepto de la retribución, lo que vale cada una en un año a los precios del lugar donde vive ahora y qué resultado obtiene cada una en el cuestionario de decisión y en la ficha de traslado.
compare-choose = Comparar
compare-current-job = Su puesto actual
# El puesto actual nombrado dentro de una frase (compare-summary, compare-summary-net).
compare-current-job-in-text = su puesto actual
# $max es el número máximo de oportunidades que se comparan a la vez (4).
compare-too-many = Puede comparar hasta { $max } oportunidades a la vez.
compare-horizon = Repartir los pagos puntuales y las acciones en
compare-horizon-years = { $years ->
    [one] { $years } año
    [many] { $years } años
   *[other] { $years } años
}
compare-horizon-help = La prima de incorporación, la ayuda para el traslado y las acciones se reparten entre los años de permanencia. Cuatro años es el periodo de consolidación habitual.
compare-packages = Lo que paga cada puesto
compare-packages-intro = Importes anuales y brutos, en la moneda de cada puesto. Deje en blanco lo que no sepa: Gracious nunca hace suposiciones. Los valores en gris proceden de la ficha de traslado.
compare-equity-private = Acciones de una empresa no cotizada
compare-results = Frente a frente
compare-empty = Elija al menos dos para comparar: su puesto actual y una oferta, o dos ofertas.
compare-row-verdict = Veredicto del cuestionario
compare-row-fit = Encaje en el cuestionario
compare-row-total = Total anual, en la moneda del puesto
compare-row-total-home = Total anual a precios de su país
compare-row-net-home = Neto, a precios de su país
compare-row-basis = Base de la comparación de precios
compare-row-leave = Vacaciones
compare-row-notice = Preaviso
compare-row-start = Incorporación posible desde
compare-row-deadline = Plazo de respuesta
compare-row-mobility = Valoración del traslado
compare-row-traps = Avisos sobre el traslado
# El puesto actual en la fila del veredicto: es la referencia, no algo que haya que decidir.
compare-reference = su referencia
# Marca la mejor cifra de una fila; $value es la cifra.
compare-best = { $value } · mejor
compare-leave-value = { $days ->
    [one] { $days } día (equivale a { $amount })
    [many] { $days } días (equivalen a { $amount })
   *[other] { $days } días (equivalen a { $amount })
}
compare-notice-weeks = { $weeks ->
    [one] { $weeks } semana
    [many] { $weeks } semanas
   *[other] { $weeks } semanas
}
compare-not-moving = sin traslado
compare-no-traps = ninguno
compare-not-given = —
compare-basis-same = mismo país
compare-basis-data = Banco Mundial, { $year }
compare-basis-override = su propio factor
# $country es donde vive ahora la persona; $job y $second son los nombres de dos columnas.
compare-summary = A precios de { $country }, la opción que más vale es { $job }: { $amount } al año, { $difference } más que { $second }.
# $part es un concepto de la retribución, p. ej., «retribución variable».
compare-summary-why = La mayor diferencia está en el concepto de { $part }.
compare-summary-net = Después de impuestos, la opción con la que más le queda es { $job }.
compare-summary-none = Introduzca al menos el salario fijo y el país de dos puestos para ver cuál vale más.
compare-note-equity-private = { $job }: las acciones son de una empresa no cotizada. Puede que no valgan nada hasta que la empresa se venda o salga a bolsa.
compare-note-cliff = { $job }: no se consolida ninguna acción antes del mes { $months }, que queda fuera del periodo comparado.
# $part es «prima de incorporación» o «ayuda para el traslado» (las dos, femeninas).
compare-note-repayable = { $job }: hay que devolver la { $part } si deja la empresa antes del mes { $months }. Ese plazo termina después del periodo comparado, así que este importe no se incluye en el total.
compare-note-bonus-amount = { $job }: se indican un importe y un porcentaje de retribución variable; se usa el importe.
compare-note-no-base = { $job }: aún falta el salario fijo, así que no hay total.
compare-note-not-a-number = { $job }: «{ $field }» no es un número que Gracious pueda usar.
compare-note-no-country = { $job }: elija el país del puesto para compararlo a precios de su país.
compare-note-no-factor = { $job }: no hay datos de poder adquisitivo para { $country }. Escriba un factor para compararlo.
compare-note-currency = { $job }: los datos de { $country } están en { $currency }. Introduzca los importes en { $currency } o escriba un factor.
compare-note-tax = Después de impuestos: el tipo impositivo de cada puesto se aplica a todo su total.
compare-chart-total = Total anual a precios de su país, por conceptos
compare-chart-fit = Grado de encaje de cada opción (%)
compare-chart-checklist = Encaje en el cuestionario
compare-chart-mobility = Valoración del traslado
compare-chart-alt = Gráfico. Las mismas cifras aparecen en la tabla de arriba.
compare-accept = Aceptar esta oferta
# Para lectores de pantalla: lo que hace el botón, con el nombre de la oferta.
compare-accept-name = Aceptar la oferta de { $job } y preparar las cartas de rechazo de las demás
compare-accepted = Oferta aceptada: { $job }. Las cartas para { $others } rechazan ahora la oferta porque usted ha aceptado otra.
compare-export-csv = Exportar como CSV…
compare-export-text = Exportar como texto…
compare-text-title = Comparación de ofertas del { $date }
compare-text-cell = { $job }: { $value }
compare-text-basis = A precios de { $country }; pagos puntuales y acciones repartidos en { $years ->
    [one] { $years } año
    [many] { $years } años
   *[other] { $years } años
}.
pay-field-country = País
pay-field-currency = Moneda
pay-field-base = Salario fijo
pay-field-bonus-percent = Retribución variable objetivo (%)
pay-field-bonus-amount = Retribución variable (importe)
pay-field-equity-grant = Acciones: valor total concedido
pay-field-equity-years = Acciones: años de consolidación
pay-field-equity-cliff = Acciones: cliff (meses)
pay-field-sign-on = Prima de incorporación
pay-field-sign-on-repay = Prima: pacto de permanencia (meses)
pay-field-relocation = Ayuda para el traslado
pay-field-relocation-repay = Traslado: pacto de permanencia (meses)
pay-field-pension = Plan de pensiones (% del salario fijo)
pay-field-benefits = Beneficios sociales (su valor al año)
pay-field-leave = Vacaciones (días)
pay-field-notice = Preaviso (semanas)
pay-field-start = Incorporación posible desde
pay-field-tax = Tipo impositivo (%)
pay-field-factor = Su propio factor de precios
pay-part-base = salario fijo
pay-part-bonus = retribución variable
pay-part-equity = acciones
pay-part-sign-on = prima de incorporación
pay-part-relocation = ayuda para el traslado
pay-part-pension = plan de pensiones
pay-part-benefits = beneficios sociales
checklist-suggestion-total-net = La comparación de ofertas sugiere «{ $answer }», a partir de la retribución total neta frente a la de su puesto actual.
checklist-suggestion-total-gross = La comparación de ofertas sugiere «{ $answer }», a partir de la retribución total bruta frente a la de su puesto actual. Indique los dos tipos impositivos para comparar lo que le quedaría en cada caso.

## Después de enviar: la respuesta de la empresa, sus compromisos, las personas que conoció y el calendario
# The fifth panel. "They" are the employer (the recruiter or hiring manager).
tab-followup = Después de enviar
menu-export-calendar = Exportar todas las fechas a un archivo de calendario…
followup-intro = Rechazar una oferta rara vez se queda en un solo mensaje. Anote lo que le conteste la empresa, cumpla los compromisos que adquirió y lleve las fechas a su calendario.
followup-open = Abrir «Después de enviar»

followup-reply-title = Respuesta de la empresa
# $date: the day the reply came (a weekday and date); $kind: what they asked (a reply-kind-* text).
followup-reply-recorded = { $date }: { $kind }
# $pay: the new yearly pay as the user typed it.
followup-reply-new-pay = Nuevo salario ofrecido: { $pay }
followup-reply-answer = Responder con:
followup-reply-earlier-letter = La carta a la que ha respondido la empresa
followup-they-replied = La empresa ha respondido
followup-reply-on = Fecha de la respuesta
followup-reply-kind = Tipo de respuesta
followup-reply-new-pay-field = Nuevo salario anual
followup-reply-improved-note = Una oferta mejorada reabre su decisión: antes de que responda, el cuestionario de decisión vuelve a plantearle la pregunta del salario con las nuevas cifras.
followup-reply-note = Qué le han escrito (opcional, para su registro)
followup-reply-date-invalid = Indique la fecha en la que llegó la respuesta.
followup-record-reply = Registrar la respuesta
reply-kind-improved-offer = Una oferta mejorada
reply-kind-what-would-it-take = «¿Qué haría falta?»
reply-kind-ask-for-call = Una llamada tras su correo
reply-kind-keep-cv = ¿Pueden conservar su currículum?
reply-kind-questionnaire = Un cuestionario de valoración
reply-kind-are-you-sure = «¿Lo ha pensado bien?»
status-reply-recorded = Se ha registrado la respuesta de la empresa y la carta para contestarla ya está en el editor de plantillas. La carta a la que han respondido se conserva en «Después de enviar».
status-reply-improved = Se ha registrado la oferta mejorada y su decisión vuelve a estar abierta. Responda a la pregunta del salario con las nuevas cifras y, después, elija su respuesta en «Después de enviar».

followup-promises-title = Sus compromisos
followup-call-on = Llamada concertada para el
followup-no-promises = Aún no hay compromisos. Los que asume en sus cartas aparecen aquí automáticamente; añada cualquier otro que haya adquirido.
followup-add-promise = Añadir un compromiso
followup-promise-what = Qué
followup-promise-to = Con quién
followup-promise-due = Plazo
followup-remove = Quitar
# What the app knows the user promised. $company, $contact: from the opportunity; $name: a person met.
promise-answer = Dar su respuesta a la empresa { $company }
promise-questionnaire = Devolver el cuestionario cumplimentado
promise-call = La llamada con { $contact }
promise-return-property = Devolver la documentación y todo lo que { $company } le prestó para el traslado
promise-settle-money = Liquidar con { $company } la ayuda para el traslado o la prima de incorporación, según establezca su contrato
promise-claim-reimbursements = Reclamar los gastos que { $company } aceptó reembolsarle
promise-check-in = Volver a contactar con { $name }
promise-untitled = Compromiso sin descripción
promise-done = cumplido
# $when: a weekday and date (with the time for the call); $days: a number of days.
promise-overdue = { $days ->
    [one] con un día de retraso ({ $when })
    [many] con { $days } días de retraso ({ $when })
   *[other] con { $days } días de retraso ({ $when })
}
promise-due-today = vence hoy ({ $when })
promise-due-soon = { $days ->
    [one] vence mañana ({ $when })
    [many] vence en { $days } días ({ $when })
   *[other] vence en { $days } días ({ $when })
}
promise-due-later = para el { $when }
promise-undated = aún sin fecha
# A notice above the panels while the app is open. $when: a promise-overdue or promise-due-today text; $what: the promise; $title: the opportunity.
promise-notice = { $what } ({ $title }): { $when }
promise-show = Ver

followup-people-title = Personas que conoció
followup-no-people = Añada a las personas que conoció para que mantener el contacto no dependa de su memoria.
followup-person-name = Nombre
followup-person-role = Cargo
followup-person-reach = Datos de contacto
followup-person-connected = Conectados en una red profesional
followup-person-last-contact = Último contacto
followup-person-check-in = Volver a contactar el
followup-write-to = Escribirle una nota para mantener el contacto
followup-add-person = Añadir una persona

followup-calendar-title = Su calendario
followup-calendar-note = Exporte a un archivo de calendario (.ics), con recordatorios, el plazo de respuesta, sus compromisos, la llamada concertada, los pasos tras la decisión y las fechas para volver a contactar. Si vuelve a importarlo, se actualizan los mismos eventos en lugar de duplicarse. Nada sale de este ordenador.
followup-export-calendar = Exportar las fechas de esta oportunidad…
followup-export-calendar-all = Exportar las fechas de todas las oportunidades…
# In the calendar file. $what: what is due; $company: the employer.
ics-summary = { $what } ({ $company })
ics-reply-by = Plazo de respuesta
ics-answer-window = Enviar su respuesta: 72 horas desde que lo decidió
# $title: the opportunity (company · role).
ics-description = { $title }. Generado por Gracious.
# $name: the person the promise was made to.
ics-to-whom = con { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: su búsqueda de empleo
# En la lista de oportunidades, junto a una cuyos compromisos vencen hoy o ya han vencido. $count: cuántos.
cases-promises-due = { $count ->
    [one] un compromiso por cumplir
    [many] { $count } compromisos por cumplir
   *[other] { $count } compromisos por cumplir
}
# Junto al selector de fecha de la carta que responde a un cuestionario de valoración.
editor-questionnaire-date = Devolveré el cuestionario como muy tarde el
# Una llamada concertada cuyo día ya ha pasado, en la lista de compromisos. $when: su día de la semana, fecha y hora.
promise-call-past = estaba prevista para el { $when }: márquela una vez realizada
