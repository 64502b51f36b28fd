# Plantillas de cartas (es-ES). Variables: $company, $role, $contact, $sender (el nombre),
# $signature (la firma del perfil o, si no hay, el nombre), $formality (formal / informal),
# $address (cómo saludar a la persona de contacto, tal como se escribió; si no, $contact) y
# $address_given («yes» si se escribió un tratamiento, si no «no»: un idioma cuyo saludo exige una
# forma propia, como el vocativo, saluda sin el nombre cuando no se ha dado). $company y $role llegan
# tal como se escribieron («Nordlicht GmbH», «IBM», «El Corte Inglés»; «Ingeniera de datos»): sin
# artículo ni «de», «a» o «y» justo delante, que dependen del nombre («del», «al», «e IBM»):
# «en { $company }», «el puesto de { $role }».
# Un campo vacío aparece como su marcador entre corchetes, p. ej., «[empresa]».
# Ni el remitente ni el destinatario tienen un género conocido: se evitan las formas
# marcadas (participios, adjetivos, «Estimado/a»…).

placeholder-company = empresa
placeholder-role = puesto
placeholder-contact = persona de contacto
placeholder-sender = su nombre
placeholder-date = fecha de su respuesta

# Una fecha tal como se escribe en las cartas. $day, $month y $year son números; $monthname, el nombre del mes.
date-long = { $day } de { $monthname } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

letter-withdraw-after-interview-subject = { $formality ->
    [informal] Mi decisión sobre el puesto de { $role }
   *[formal] Candidatura al puesto de { $role }: mi decisión
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias por la conversación sobre el puesto de { $role } en { $company }. Me gustó mucho conocer al equipo y saber en qué vais a trabajar próximamente.

        Lo he pensado con calma y he decidido retirar mi candidatura. El puesto no encaja con lo que busco ahora mismo en mi carrera, y prefiero decírtelo ya antes que haceros perder más tiempo.

        Te agradezco mucho el tiempo que tú y tu equipo me habéis dedicado y la sinceridad con la que me habéis hablado. Me encantaría que siguiéramos en contacto; ojalá volvamos a coincidir.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por la conversación que mantuvimos sobre el puesto de { $role } en { $company }. Me resultó muy interesante conocer al equipo y los proyectos que tiene por delante.

        Tras pensarlo con detenimiento, he decidido retirar mi candidatura. El puesto no encaja con la dirección que quiero dar a mi carrera en esta etapa, y prefiero comunicárselo ahora antes que seguir ocupando su tiempo.

        Le agradezco sinceramente el tiempo que usted y su equipo me han dedicado y la transparencia con la que me han hablado. Me gustaría que siguiéramos en contacto y espero que nuestros caminos vuelvan a cruzarse.

        Un cordial saludo,
        { $signature }
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] Respuesta a tu oferta para el puesto de { $role }
   *[formal] Respuesta a su oferta para el puesto de { $role }
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Muchas gracias por ofrecerme el puesto de { $role } en { $company } y por lo bien que me has acompañado durante todo el proceso.

        He decidido declinar la oferta. Me he comprometido con otro puesto que encaja un poco mejor con mis planes, y de verdad que no ha sido una decisión fácil.

        Admiro mucho el trabajo de tu equipo y te agradezco la confianza que has puesto en mí. Me encantaría que siguiéramos en contacto, y ojalá coincidamos en algún proyecto más adelante.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por ofrecerme el puesto de { $role } en { $company } y por el trato tan atento que he recibido durante todo el proceso.

        Le escribo para comunicarle que he decidido declinar la oferta. Me he comprometido con otro puesto que se ajusta algo más a mis planes, y no ha sido una decisión fácil.

        Siento un gran respeto por el trabajo de su equipo y le agradezco la confianza que ha depositado en mí. Me gustaría que siguiéramos en contacto, y espero que en el futuro podamos colaborar.

        Un cordial saludo,
        { $signature }
}

# Tras una oferta, cuando el puesto en sí no encaja (valores, forma de trabajar, rumbo) o por
# un motivo personal que no tiene que ver con un traslado. Neutra a propósito: no detalla el motivo.
letter-not-right-fit-after-offer-subject = { $formality ->
    [informal] Respuesta a tu oferta para el puesto de { $role }
   *[formal] Respuesta a su oferta para el puesto de { $role }
}
letter-not-right-fit-after-offer-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Muchas gracias por ofrecerme el puesto de { $role } en { $company } y por todo el tiempo que tú y el equipo me habéis dedicado.

        Lo he pensado con calma y he decidido declinar la oferta. He llegado a la conclusión de que ahora mismo el puesto no es el adecuado para mí, y prefiero decírtelo ya en lugar de hacerte esperar.

        Me ha encantado conocer al equipo y te agradezco la confianza que has puesto en mí. Me gustaría que siguiéramos en contacto; ojalá volvamos a coincidir.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por ofrecerme el puesto de { $role } en { $company } y por el tiempo que usted y su equipo me han dedicado.

        Tras pensarlo con detenimiento, he decidido declinar la oferta. He llegado a la conclusión de que, en este momento, el puesto no es el adecuado para mí, y prefiero comunicárselo ahora en lugar de hacerle esperar.

        Ha sido un placer conocer al equipo, y le agradezco la confianza que ha depositado en mí. Me gustaría que siguiéramos en contacto y espero que nuestros caminos vuelvan a cruzarse.

        Un cordial saludo,
        { $signature }
}

# Después de pedir mejores condiciones (salario, fecha de incorporación, días de teletrabajo…) sin
# que la empresa pudiera concederlas. Agradece el intento y no reabre la negociación.
letter-after-negotiation-subject = { $formality ->
    [informal] Respuesta a tu oferta para el puesto de { $role }
   *[formal] Respuesta a su oferta para el puesto de { $role }
}
letter-after-negotiation-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias por revisar de nuevo las condiciones de la oferta para el puesto de { $role } en { $company } y por hablarme con tanta claridad de lo que era posible.

        He valorado con calma la oferta final y he decidido declinarla. Entiendo los límites con los que trabajáis y los respeto; al final, la diferencia sigue siendo demasiado grande para mí.

        Te agradezco el tiempo y el esfuerzo que has puesto en ello. Me encantaría que siguiéramos en contacto, y ojalá podamos colaborar en otra ocasión.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por revisar de nuevo las condiciones de la oferta para el puesto de { $role } en { $company } y por la transparencia con la que me explicó lo que era posible.

        He valorado detenidamente la oferta final y he decidido declinarla. Comprendo los límites con los que trabajan y los respeto; en definitiva, la diferencia sigue siendo demasiado grande para mí.

        Le agradezco sinceramente el tiempo y el esfuerzo que ha dedicado a este proceso. Me gustaría que siguiéramos en contacto, y espero que podamos colaborar en otra ocasión.

        Un cordial saludo,
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] Respuesta a tu oferta para el puesto de { $role }
   *[formal] Respuesta a su oferta para el puesto de { $role }
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Muchas gracias por ofrecerme el puesto de { $role } en { $company }. Me hizo mucha ilusión recibir la oferta.

        Lo hemos hablado en casa y, por desgracia, tengo que declinarla. Ahora mismo mudarnos no es viable para mi familia, y no podría darle al puesto la dedicación que merece.

        Te agradezco de corazón el tiempo que me has dedicado y la ayuda que me ofrecisteis con la mudanza. Si más adelante surge un puesto que encaje con mi situación, me encantará saber de ti. Y, en cualquier caso, me gustaría que siguiéramos en contacto.

        Un abrazo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por ofrecerme el puesto de { $role } en { $company }. Me alegró mucho recibir la oferta.

        Después de hablarlo en casa, lamento tener que declinarla. En este momento, un traslado no es viable para mi familia, y no podría dedicarme al puesto con el compromiso que merece.

        Le agradezco de verdad el tiempo que me ha dedicado y el apoyo que me ofrecieron para la mudanza. Si más adelante surge un puesto que se adapte a mi situación, me alegrará mucho saber de usted; en cualquier caso, me gustaría que siguiéramos en contacto.

        Un saludo muy cordial,
        { $signature }
}

letter-negotiate-instead-subject = { $formality ->
    [informal] Tu oferta para el puesto de { $role }: unas preguntas
   *[formal] Su oferta para el puesto de { $role }: algunas preguntas
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Muchas gracias por la oferta para el puesto de { $role } en { $company }. Me interesan mucho tanto el puesto como el equipo.

        Antes de darte una respuesta, me gustaría comentar contigo algunos puntos: [qué querría cambiar: por ejemplo, el salario, la fecha de incorporación o los días de teletrabajo]. Quiero saber si hay algo de margen en ese sentido.

        ¿Podríamos hablar un rato esta semana? Quiero tomar una decisión que nos convenga a ambas partes, y te agradezco mucho tu disposición.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por la oferta para el puesto de { $role } en { $company }. Tanto el puesto como el equipo me interesan de verdad.

        Antes de darle una respuesta, me gustaría comentar con usted algunos puntos: [qué querría cambiar: por ejemplo, el salario, la fecha de incorporación o los días de teletrabajo]. Quisiera saber si existe cierta flexibilidad al respecto.

        ¿Podríamos hablar brevemente esta semana? Quiero tomar una decisión que convenga a ambas partes, y le agradezco su disposición.

        Un cordial saludo,
        { $signature }
}

letter-ask-for-time-subject = { $formality ->
    [informal] Tu oferta para el puesto de { $role }
   *[formal] Su oferta para el puesto de { $role }
}
letter-ask-for-time-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Muchas gracias por la oferta para el puesto de { $role } en { $company }. Me alegra mucho y quiero pensármela con la calma que merece.

        ¿Te parece bien que te dé mi respuesta definitiva, como muy tarde, el { $date }? Te escribiré ese día o antes, decida lo que decida.

        Si necesitáis una respuesta antes, dímelo y haré lo posible por adelantarla.

        Gracias por tu comprensión.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por la oferta para el puesto de { $role } en { $company }. La valoro mucho y quiero dedicarle la reflexión que merece.

        ¿Sería posible que le diera mi respuesta definitiva el { $date } como muy tarde? Me pondré en contacto con usted ese día o antes, sea cual sea mi decisión.

        Si necesita una respuesta antes, le ruego que me lo indique y haré todo lo posible por dársela.

        Gracias por su comprensión.

        Un cordial saludo,
        { $signature }
}

# Una frase, neutra y verdadera, para cuando pregunten «¿por qué?» (dicha en una llamada o añadida
# a una carta). La aplicación elige la que corresponde a lo que se interpone según la lista de
# decisión; why-general cuando no se indica nada. Habla la persona candidata; la frase nunca culpa
# a la empresa. Están redactadas sin tú ni usted para que sirvan en los dos registros (estos
# mensajes no tienen variables y, por tanto, tampoco $formality).
why-compensation = En definitiva, el paquete retributivo en su conjunto no se ajusta a mi situación.
why-start-date = Los plazos no encajan: no podría incorporarme en el momento en que el equipo me necesita.
why-role-scope = El alcance del puesto no es exactamente lo que busco en mi próximo paso.
why-remote-work = La organización del trabajo, entre presencialidad y teletrabajo, no encaja con mi situación.
why-relocation-support = En estas condiciones, el traslado no sería viable para mí.
why-values = Busco otro tipo de entorno, y prefiero decirlo con franqueza.
why-way-of-working = La forma de trabajar no encaja del todo con la manera en que mejor trabajo.
why-long-term-direction = El puesto no encaja con el rumbo que quiero dar a mi carrera en esta etapa.
why-personal-compromise = Por motivos personales, ahora no es el momento adecuado para dar este paso.
why-general = He llegado a la conclusión de que, en este momento, no es el paso adecuado para mí.

# El guion de llamada: qué decir, en el orden del esquema (agradecimiento, decisión, motivo,
# gratitud, mantener el contacto, próximos pasos). Los párrafos se muestran de uno en uno en letra grande.
# $why es una de las frases why-* de arriba, elegida según el motivo de la lista de decisión.
call-script = { $formality ->
    [informal]
        Hola, { $contact }. Gracias por cogerme el teléfono. ¿Tienes unos minutos?

        Antes de nada, gracias otra vez por el tiempo que tú y el equipo me habéis dedicado durante el proceso para el puesto de { $role } en { $company }.

        Lo he pensado con calma y he decidido no seguir adelante.

        { $why }

        Me ha gustado mucho la franqueza de todas las personas con las que he hablado, y he aprendido un montón de nuestras conversaciones.

        Me encantaría que siguiéramos en contacto. Te mandaré un correo breve para confirmar lo que hemos hablado hoy.

        Gracias de nuevo, y mucha suerte a ti y a todo el equipo.
   *[formal]
        Buenos días, { $contact }. Gracias por atender mi llamada. ¿Tiene unos minutos?

        Antes de nada, quiero agradecerle de nuevo el tiempo que usted y su equipo me han dedicado en relación con el puesto de { $role } en { $company }.

        Lo he pensado detenidamente y he decidido no seguir adelante.

        { $why }

        He valorado mucho la franqueza de todas las personas con las que he hablado, y nuestras conversaciones me han enseñado mucho.

        Me gustaría que siguiéramos en contacto. Le enviaré un breve correo para confirmar lo que hemos hablado hoy.

        Muchas gracias de nuevo, y mis mejores deseos para usted y para todo el equipo.
}

# Se envía el mismo día, después de la llamada en la que la persona candidata rechazó la oferta.
letter-call-recap-subject = { $formality ->
    [informal] Sobre nuestra llamada de hoy
   *[formal] Tras nuestra conversación de hoy
}
letter-call-recap-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias otra vez por atenderme hoy por teléfono.

        Como te comenté, he decidido no seguir adelante con el puesto de { $role } en { $company }. No ha sido una decisión fácil, y te agradezco todo lo que tú y el equipo habéis compartido conmigo.

        Me encantaría que siguiéramos en contacto. ¡Mucha suerte con la búsqueda de la persona adecuada!

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por atenderme hoy por teléfono.

        Como le comenté en la llamada, he decidido no seguir adelante con el puesto de { $role } en { $company }. No ha sido una decisión fácil, y le agradezco todo lo que usted y su equipo han compartido conmigo.

        Me gustaría que siguiéramos en contacto, y le deseo mucho éxito en la búsqueda de la persona adecuada.

        Un cordial saludo,
        { $signature }
}

# Una nota para una invitación en una red profesional: sin asunto y con 300 caracteres como
# máximo, nombres incluidos (el límite de esas invitaciones), así que debe ser así de breve.
letter-stay-connected-body = { $formality ->
    [informal]
        Hola, { $contact }. Gracias otra vez por nuestras conversaciones sobre el puesto de { $role } en { $company }. Esta vez no ha salido, pero me alegró mucho conoceros a ti y al equipo, y me gustaría que siguiéramos en contacto.

        Un abrazo,
        { $signature }
   *[formal]
        Buenos días, { $contact }. Gracias de nuevo por nuestras conversaciones sobre el puesto de { $role } en { $company }. Aunque esta vez no haya podido ser, fue un placer conocerle a usted y a su equipo, y me gustaría que siguiéramos en contacto.

        Un cordial saludo,
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        Hola, { $contact }, soy { $sender }. Gracias por cogerme el teléfono; ¿tienes un par de minutos?

        Gracias otra vez por la entrevista para el puesto de { $role } en { $company }. Me gustó mucho conocer al equipo.

        Lo he pensado bien y he decidido retirar mi candidatura. El puesto no encaja con lo que busco ahora en mi carrera.

        Te agradezco tu tiempo y la sinceridad con la que me habéis tratado.

        Me gustaría que siguiéramos en contacto. Gracias de nuevo, ¡y que vaya todo muy bien!
   *[formal]
        Buenos días, { $contact }. Soy { $sender }. Gracias por atender mi llamada; ¿tiene un par de minutos?

        Quiero agradecerle de nuevo la entrevista para el puesto de { $role } en { $company }. Me gustó mucho conocer al equipo.

        Lo he pensado detenidamente y he decidido retirar mi candidatura. El puesto no encaja con el rumbo que quiero dar a mi carrera.

        Le agradezco su tiempo y la transparencia con la que todo el mundo me ha tratado.

        Me gustaría que siguiéramos en contacto. Muchas gracias de nuevo, y que vaya todo muy bien.
}

# «Sponsorship»: la empresa solicita el permiso de trabajo y el visado en nombre de la persona
# candidata; decir «permiso de trabajo», no un calco de «sponsorship».
letter-visa-unworkable-subject = { $formality ->
    [informal] Respuesta a tu oferta para el puesto de { $role }
   *[formal] Respuesta a su oferta para el puesto de { $role }
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias otra vez por la charla de hoy y por la oferta para el puesto de { $role } en { $company }.

        Como te conté por teléfono, he decidido declinar la oferta. Con los plazos del visado y del permiso de trabajo no podría incorporarme cuando el equipo me necesita, y no quiero retrasar vuestros planes.

        Te agradezco muchísimo el esfuerzo que tú y el equipo habéis hecho para que saliera adelante. Me encantaría que siguiéramos en contacto; ojalá volvamos a coincidir.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias de nuevo por la conversación de hoy y por la oferta para el puesto de { $role } en { $company }.

        Como le expliqué por teléfono, he decidido declinar la oferta. Los plazos del visado y del permiso de trabajo no me permitirían incorporarme cuando el equipo me necesita, y no quisiera retrasar sus planes.

        Le agradezco mucho el esfuerzo que usted y su equipo han hecho para intentar que saliera adelante. Me gustaría que siguiéramos en contacto y espero que nuestros caminos vuelvan a cruzarse.

        Un cordial saludo,
        { $signature }
}

# La persona candidata se queda en su empresa actual, que le ha hecho una oferta mejor.
letter-counteroffer-subject = { $formality ->
    [informal] Respuesta a tu oferta para el puesto de { $role }
   *[formal] Respuesta a su oferta para el puesto de { $role }
}
letter-counteroffer-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Muchas gracias por ofrecerme el puesto de { $role } en { $company } y por todo el tiempo que me has dedicado durante el proceso.

        Le he dado muchas vueltas y he decidido declinar la oferta. Mi empresa actual me ha hecho una propuesta que me permite crecer justo en la dirección que buscaba, así que me quedo.

        Te agradezco la confianza y todo lo que he podido conocer de tu equipo. Me encantaría que siguiéramos en contacto; ojalá volvamos a coincidir.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por ofrecerme el puesto de { $role } en { $company } y por el tiempo que me ha dedicado durante todo el proceso.

        Tras pensarlo mucho, he decidido declinar la oferta. Mi empresa actual me ha hecho una propuesta que me permite crecer en la dirección que buscaba, y he optado por quedarme.

        Le agradezco su confianza y todo lo que he podido conocer de su equipo. Me gustaría que siguiéramos en contacto y espero que nuestros caminos vuelvan a cruzarse.

        Un cordial saludo,
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        Hola, { $contact }, soy { $sender }. Gracias por cogerme el teléfono; ¿te pillo en buen momento?

        Lo primero, gracias. Tú y el equipo me habéis dedicado muchísimo tiempo en todas estas fases del proceso, y lo valoro mucho.

        He decidido no seguir adelante con el puesto de { $role } en { $company }. Ha sido una decisión difícil, y quería que te enteraras directamente por mí.

        He valorado cada conversación y he aprendido mucho de las personas que he conocido.

        Me encantaría que siguiéramos en contacto. Hoy mismo te mando un correo breve para confirmar lo que hemos hablado.
   *[formal]
        Buenos días, { $contact }. Soy { $sender }. Gracias por atender mi llamada; ¿le viene bien hablar ahora?

        Antes de nada, gracias. Usted y su equipo me han dedicado mucho tiempo a lo largo de todas estas fases del proceso, y sé valorarlo.

        He decidido no seguir adelante con el puesto de { $role } en { $company }. Ha sido una decisión difícil, y quería que lo supiera directamente por mí.

        He valorado cada una de nuestras conversaciones y he aprendido mucho de las personas que he conocido.

        Me gustaría mucho que siguiéramos en contacto. Hoy mismo le enviaré un breve correo para confirmar lo que hemos hablado.
}

# No promete devolver nada antes de haber revisado el contrato.
letter-active-relocation-subject = { $formality ->
    [informal] El puesto de { $role } y mi traslado
   *[formal] El puesto de { $role } y mi traslado
}
letter-active-relocation-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Muchas gracias por todo el apoyo que tú y tu equipo en { $company } me habéis dado con el puesto de { $role } y con la mudanza.

        Tengo que contarte que he decidido no incorporarme al puesto. Sé que el traslado ya está en marcha, así que quiero ser transparente con lo que ya se ha hecho: [trámites iniciados, material de la empresa recibido, gastos ya pagados].

        Devolveré todo lo que pertenezca a la empresa. En cuanto a los gastos ya pagados, miraré qué dice nuestro acuerdo y te diré cómo podemos saldarlos; dime cómo preferís gestionar lo demás.

        Te agradezco de verdad tu ayuda, y siento el trabajo extra que os estoy dando. Me encantaría que siguiéramos en contacto.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por todo el apoyo que usted y su equipo en { $company } me han brindado en relación con el puesto de { $role } y con el traslado.

        Debo comunicarle que he decidido no incorporarme al puesto. Sé que el traslado ya está en marcha, por lo que quiero ser transparente sobre lo que ya se ha hecho: [trámites iniciados, material de la empresa recibido, gastos ya abonados].

        Devolveré todo lo que pertenezca a la empresa. En cuanto a los gastos ya abonados, revisaré lo que establece nuestro acuerdo y me pondré en contacto con usted para ver cómo liquidarlos. Le ruego que me indique cómo prefieren gestionar lo demás.

        Le agradezco de corazón su ayuda y lamento el trabajo adicional que esto les supone. Me gustaría que siguiéramos en contacto.

        Un cordial saludo,
        { $signature }
}

letter-repair-subject = { $formality ->
    [informal] Sobre mi último mensaje
   *[formal] A propósito de mi mensaje anterior
}
letter-repair-body = { $formality ->
    [informal]
        Hola, { $contact }:

        He estado dándole vueltas a cómo rechacé el puesto de { $role } en { $company }, y me temo que mi mensaje no sonó como yo quería.

        Quiero decirte claramente que te agradezco muchísimo el tiempo y la atención que tú y tu equipo me dedicasteis. Mi decisión tuvo que ver con mi situación personal, no contigo ni con la empresa.

        Si puedo ayudarte en algo, por ejemplo recomendándote a alguien para el puesto, lo haré con mucho gusto. Y, si te parece bien, me encantaría que siguiéramos en contacto.

        Gracias por tu comprensión.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        He estado pensando en la forma en que rechacé el puesto de { $role } en { $company }, y creo que mi mensaje no transmitió lo que pretendía.

        Quiero dejar claro que agradezco sinceramente el tiempo y la atención que usted y su equipo me dedicaron. Mi decisión tuvo que ver con mi situación personal, no con ustedes ni con la empresa.

        Si puedo serle de ayuda de algún modo, por ejemplo recomendándole a alguien para el puesto, lo haré con mucho gusto. También me gustaría que siguiéramos en contacto, si a usted le parece bien.

        Gracias por su comprensión.

        Un cordial saludo,
        { $signature }
}

# Se escribe un tiempo después de un rechazo, cuando la situación ha cambiado. Dice qué ha
# cambiado (la parte entre corchetes) y asume que el puesto puede estar ya cubierto.
letter-reopen-subject = { $formality ->
    [informal] El puesto de { $role } en { $company }
   *[formal] El puesto de { $role } en { $company }
}
letter-reopen-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias otra vez por haber contado conmigo para el puesto de { $role } en { $company }. En su momento decliné la oferta, y valoré mucho lo bien que te lo tomaste.

        Desde entonces mi situación ha cambiado: [qué ha cambiado, p. ej., mi familia ya puede mudarse]. Ahora el puesto encaja con lo que busco. Entiendo que es muy posible que ya esté cubierto; si sigue vacante, o hay alguno parecido, me encantaría retomar la conversación.

        ¿Podríamos hablar un rato en las próximas semanas?

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias de nuevo por haber contado conmigo para el puesto de { $role } en { $company }. En su momento decliné la oferta, y valoré mucho la elegancia con la que acogió mi decisión.

        Desde entonces mis circunstancias han cambiado: [qué ha cambiado, p. ej., mi familia ya puede trasladarse]. Ahora el puesto encaja con el rumbo que quiero tomar. Soy consciente de que es posible que ya esté cubierto; si sigue vacante, o hay otro similar, me encantaría retomar la conversación.

        ¿Podríamos buscar un momento para hablar en las próximas semanas?

        Un cordial saludo,
        { $signature }
}

# Si las cartas en este idioma distinguen la formalidad (usted/tú, Sie/du, keigo…): «yes» o «no».
letter-formality-marked = yes
# Si el saludo necesita una forma de tratamiento propia (el vocativo: uk «пані Олено», pl «pani Anno»):
# «yes» hace que el editor la pida, con el ejemplo de abajo. En español basta con «Buenos días, { $contact }».
letter-address-asked = no
# Un ejemplo de tratamiento, que se muestra en el campo vacío (solo donde se pide).
letter-address-hint = p. ej., Sra. Weber

## Respuestas a su respuesta. Se escriben después de que la persona candidata haya rechazado la
## oferta (o pedido tiempo) y la empresa le haya contestado. Todas mantienen el tono del rechazo:
## breves, cordiales y sinceras.

# La empresa ha mejorado la oferta tras el rechazo, pero la decisión se mantiene. Agradece el
# esfuerzo y no da a entender que una cifra más alta cambiaría algo.
letter-improved-offer-hold-subject = { $formality ->
    [informal] Re: El puesto de { $role } en { $company }
   *[formal] Re: El puesto de { $role } en { $company }
}
letter-improved-offer-hold-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Muchas gracias por tu mensaje y por la nueva oferta para el puesto de { $role } en { $company }. Significa mucho para mí que hayas vuelto a hablar con el equipo para defender mi candidatura.

        Lo he pensado con calma y mantengo mi decisión: no voy a aceptar la oferta. Nunca fue solo una cuestión de cifras, y no quiero que me sigáis guardando el puesto.

        Te agradezco de verdad el esfuerzo que tú y tus compañeros habéis hecho. Me encantaría que siguiéramos en contacto; ojalá volvamos a coincidir.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por su mensaje y por la oferta mejorada para el puesto de { $role } en { $company }. Valoro mucho que haya vuelto a plantear el tema a su equipo para defender mi candidatura.

        Lo he pensado detenidamente y mantengo mi decisión: no aceptaré la oferta. Nunca se trató únicamente de una cuestión económica, y no quisiera que mantuvieran el puesto abierto por mí.

        Le agradezco sinceramente el esfuerzo que usted y sus compañeros han dedicado a ello. Me gustaría que siguiéramos en contacto y espero que nuestros caminos vuelvan a cruzarse.

        Un cordial saludo,
        { $signature }
}

# La empresa ha mejorado la oferta y eso sí cambia las cosas: la persona lo dice con franqueza e
# indica la fecha de su respuesta definitiva ($date, la misma fecha que se comprometió en la
# aplicación). La parte entre corchetes la escribe cada cual con sus propias palabras. Sin
# palabras de rechazo («declinar», «rechazar»): no debe leerse como una negativa.
letter-improved-offer-reopen-subject = { $formality ->
    [informal] Tu nueva oferta para el puesto de { $role }
   *[formal] Su nueva oferta para el puesto de { $role }
}
letter-improved-offer-reopen-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias por volver a escribirme con una nueva oferta para el puesto de { $role } en { $company }. No me lo esperaba, y te lo agradezco mucho.

        Quiero hablarte con franqueza: las nuevas condiciones cambian las cosas para mí, y prefiero replantearme la decisión con calma antes que contestarte sin pensarlo. [qué ha cambiado, p. ej., con el nuevo salario ya puedo asumir el coste de la mudanza]

        ¿Te parece bien que te dé mi respuesta, como muy tarde, el { $date }? Si te viene bien, podemos hablar antes.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por hacerme llegar una nueva oferta para el puesto de { $role } en { $company }. No la esperaba, y se lo agradezco sinceramente.

        Quiero hablarle con total franqueza: las nuevas condiciones cambian mi valoración, y me gustaría reconsiderar mi decisión con detenimiento en lugar de responderle de inmediato. [qué ha cambiado, p. ej., con el nuevo salario ya puedo asumir el coste del traslado]

        ¿Sería posible que le diera mi respuesta el { $date } como muy tarde? Si le resulta útil, con mucho gusto podemos hablar antes.

        Un cordial saludo,
        { $signature }
}

# La empresa pregunta «¿qué haría falta?». La respuesta sincera cuando nada de la oferta
# cambiaría la decisión: decirlo con amabilidad, sin abrir una negociación que no se va a
# terminar. (Si el dinero sí la cambiaría, lo que toca es negociar.)
letter-what-would-it-take-subject = { $formality ->
    [informal] Re: El puesto de { $role } en { $company }
   *[formal] Re: El puesto de { $role } en { $company }
}
letter-what-would-it-take-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias por tu respuesta y por preguntarme qué haría falta para que aceptara el puesto. Me lo tomo como lo que es: un halago.

        Prefiero hablarte claro antes que abrir una negociación que no llegaría a cerrar. Mantengo mi decisión de declinar la oferta: tiene que ver con mi situación personal, no con nada que pudierais cambiar en ella.

        Gracias de nuevo por tu disposición y por el tiempo que me has dedicado. Me encantaría que siguiéramos en contacto, y ojalá podamos colaborar en el futuro.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por su respuesta y por preguntarme qué haría falta para que aceptara el puesto. Me lo tomo como un halago.

        Prefiero hablarle con claridad antes que iniciar una negociación que no podría llevar a término. Mantengo mi decisión de declinar la oferta: responde a mi situación personal, no a nada que ustedes pudieran cambiar en ella.

        Le agradezco de nuevo su disposición y el tiempo que me ha dedicado. Me gustaría que siguiéramos en contacto, y espero que en el futuro podamos colaborar.

        Un cordial saludo,
        { $signature }
}

# La empresa pide una llamada después de que la persona rechazara la oferta por correo. Acepta
# una llamada breve y avisa de antemano de que la decisión se mantiene, para que nadie prepare
# una contraoferta en balde. La parte entre corchetes es para sus horarios.
letter-call-after-decline-subject = { $formality ->
    [informal] Re: El puesto de { $role } en { $company }
   *[formal] Re: El puesto de { $role } en { $company }
}
letter-call-after-decline-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias por tu respuesta y por querer que lo hablemos. Por supuesto, hagamos una llamada breve.

        Para que puedas organizarte, prefiero decírtelo ya: mantengo mi decisión de no aceptar el puesto de { $role }, y la llamada no va a cambiarla. Aun así, me gustaría darte las gracias personalmente y responder a cualquier pregunta que tengas.

        ¿Te vendría bien alguno de estos horarios? [dos o tres franjas horarias en las que puedo hablar]

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por su respuesta y por su interés en que lo hablemos. Por supuesto, con mucho gusto podemos mantener una llamada breve.

        Para que pueda organizarse, prefiero adelantárselo: mantengo mi decisión de no aceptar el puesto de { $role }, y la llamada no va a cambiarla. Aun así, me gustaría agradecerle personalmente su atención y responder a cualquier pregunta que tenga.

        ¿Le vendría bien alguno de estos horarios? [dos o tres franjas horarias en las que puedo hablar]

        Un cordial saludo,
        { $signature }
}

# La empresa pregunta si puede conservar el currículum para futuros procesos (en la UE, según
# el RGPD, necesita el consentimiento de la persona). Lo autoriza y deja la puerta abierta.
letter-keep-cv-on-file-subject = { $formality ->
    [informal] Re: Mi currículum en vuestra base de datos
   *[formal] Re: Mi currículum en su base de datos
}
letter-keep-cv-on-file-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias por tu mensaje y por pensar en mí para futuros puestos en { $company }.

        Claro que sí: podéis conservar mi currículum y mi candidatura en vuestra base de datos. Me alegrará que me aviséis de vacantes que encajen con mi experiencia, y me encantaría que siguiéramos en contacto.

        Gracias de nuevo por lo bien que me habéis tratado durante todo el proceso.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por su mensaje y por haber pensado en mí para futuros puestos en { $company }.

        Por supuesto, pueden conservar mi currículum y mi candidatura en su base de datos. Me alegrará recibir información sobre vacantes acordes con mi experiencia, y me gustaría mucho que siguiéramos en contacto.

        Le agradezco de nuevo el trato tan atento que he recibido durante todo el proceso.

        Un cordial saludo,
        { $signature }
}

# La empresa envía un cuestionario de valoración del proceso. La persona acepta responderlo y
# dice cuándo lo hará; sus impresiones van en el cuestionario, no en esta carta.
letter-exit-questionnaire-subject = { $formality ->
    [informal] Re: Cuestionario sobre el proceso para el puesto de { $role }
   *[formal] Re: Cuestionario sobre el proceso para el puesto de { $role }
}
letter-exit-questionnaire-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias por tu mensaje y por preguntarme cómo he vivido el proceso de selección para el puesto de { $role } en { $company }.

        Rellenaré el cuestionario con mucho gusto y te lo enviaré, como muy tarde, el { $date }. Espero que mis respuestas os resulten útiles.

        Gracias otra vez por el tiempo y la atención que me habéis dedicado.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por su mensaje y por su interés en conocer mi experiencia en el proceso de selección para el puesto de { $role } en { $company }.

        Con mucho gusto cumplimentaré el cuestionario y se lo enviaré el { $date } como muy tarde. Espero que mis respuestas les resulten útiles.

        Le agradezco de nuevo el tiempo y la atención que me han dedicado.

        Un cordial saludo,
        { $signature }
}

# Un «¿lo ha pensado bien?» de la empresa, días después del rechazo. La persona confirma su
# decisión con amabilidad y brevedad, sin reabrirla. Sin «estoy seguro/segura», que marca el
# género: «lo tengo claro».
letter-are-you-sure-subject = { $formality ->
    [informal] Re: El puesto de { $role } en { $company }
   *[formal] Re: El puesto de { $role } en { $company }
}
letter-are-you-sure-body = { $formality ->
    [informal]
        Hola, { $contact }:

        Gracias por tu mensaje y por volver a preguntarme por el puesto de { $role } en { $company }.

        Sí, lo tengo claro. Lo he pensado con calma y mantengo mi decisión de declinar la oferta.

        Te agradezco de verdad el tiempo que me has dedicado y la confianza que has puesto en mí. Me encantaría que siguiéramos en contacto; ojalá volvamos a coincidir.

        Un saludo,
        { $signature }
   *[formal]
        Buenos días, { $contact }:

        Muchas gracias por su mensaje y por volver a consultarme sobre el puesto de { $role } en { $company }.

        Sí, lo tengo claro. Lo he pensado detenidamente y mantengo mi decisión de declinar la oferta.

        Le agradezco sinceramente el tiempo que me ha dedicado y la confianza que ha depositado en mí. Me gustaría que siguiéramos en contacto y espero que nuestros caminos vuelvan a cruzarse.

        Un cordial saludo,
        { $signature }
}
