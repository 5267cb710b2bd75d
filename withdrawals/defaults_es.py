"""The shipped templates in Spanish: every scenario in a formal, a warm and a brief tone.

The same scenarios, placeholders and rules as the English ones (``withdrawals.defaults``).

Spanish custom, as a native professional in Spain writes to a recruiter:
- Formal says "usted" ("Le agradezco su tiempo"), never "tú". Warm and brief say "tú", as is
  usual in Spain once a recruiter and a candidate use first names; they never mix the two.
- Greetings name the person without "Sr." or "Sra.", and end with a colon as Spanish letters
  do: "Buenos días, Anna Weber:" (formal), "Hola, Anna:" (warm and brief); "Buenos días:" or
  "Hola:" with no one named.
- Nothing agrees with the writer's gender: no "encantado/a", "agradecido/a", "interesado/a";
  "Le agradezco", "Me sigue interesando", "Me alegra" instead. A recommended colleague is
  "una persona con quien he trabajado".
- Sign-offs (``withdrawals.languages.SIGN_OFFS``): "Atentamente" (formal), "Un saludo muy
  cordial" (warm), "Un saludo" (brief).
"""

from withdrawals.defaults import REASON, Phrasebook
from withdrawals.languages import SPANISH

_GREETING = {
    "formal": "{% if contact_first_name %}Buenos días, {{ contact_name }}:{% else %}Buenos días:"
    "{% endif %}",
    "warm": "{% if contact_first_name %}Hola, {{ contact_first_name }}:{% else %}Hola:{% endif %}",
    "brief": "Hola{% if contact_first_name %}, {{ contact_first_name }}{% endif %}:",
}
_SIGN_OFF = {
    "formal": "Atentamente,\n{{ your_name }}",
    "warm": "Un saludo muy cordial,\n{{ your_name }}",
    "brief": "Un saludo,\n{{ your_name }}",
}
_AGENCY = {
    "formal": "{% if agency %} Le agradezco también su acompañamiento durante el proceso y le "
    "ruego que transmita mi agradecimiento a todas las personas que conocí en {{ company }}."
    "{% endif %}",
    "warm": "{% if agency %} Gracias también por tu ayuda durante todo el proceso; transmite, "
    "por favor, mi agradecimiento al equipo de {{ company }}.{% endif %}",
    "brief": "{% if agency %} Por favor, transmite mi agradecimiento a {{ company }}.{% endif %}",
}
_RELAY = {
    "formal": "{% if agency %} Le agradecería que hiciera llegar este mensaje a {{ company }}."
    "{% endif %}",
    "warm": "{% if agency %} ¿Podrías hacérselo llegar al equipo de {{ company }}?{% endif %}",
    "brief": "{% if agency %} Por favor, házselo llegar a {{ company }}.{% endif %}",
}
_INTERVIEW = {
    "formal": "{% if interview_date %} Por tanto, no asistiré a la entrevista del "
    "{{ interview_date }}, y ese hueco queda libre para otra persona.{% endif %}",
    "warm": "{% if interview_date %} Así que no iré a la entrevista del {{ interview_date }}, y "
    "el hueco queda libre para otra persona.{% endif %}",
    "brief": "{% if interview_date %} Cancelo la entrevista del {{ interview_date }}.{% endif %}",
}
_REASON = REASON
_WITHDRAWING = "Retirada de mi candidatura: {{ position }}"
_OFFER_CLAIM = (
    "{% if offer_accepted %}He aceptado otra oferta{% else %}He decidido optar por otra "
    "oportunidad{% endif %}"
)
_OFFER_CLAIM_CLAUSE = (
    "{% if offer_accepted %}he aceptado otra oferta{% else %}he decidido optar por otra "
    "oportunidad{% endif %}"
)
_FORMAL_THANKS = (
    "Le agradezco su tiempo y que haya considerado mi candidatura para el puesto de "
    "{{ position }} en {{ company }}. He valorado mucho conocer al equipo y su trabajo."
)
_WARM_THANKS = (
    "Muchísimas gracias por tu tiempo y por todo lo que he podido conocer del puesto de "
    "{{ position }} en {{ company }}. He disfrutado mucho de nuestras conversaciones."
)
_BRIEF_THANKS = (
    "Gracias por tener en cuenta mi candidatura para el puesto de {{ position }} en {{ company }}."
)
_BRIEF_CLOSE = "Disculpa las molestias; te deseo todo lo mejor."
_FORMAL_SORRY = "Le pido disculpas por las molestias"
_WARM_SORRY = "Perdona las molestias"
_STAY_IN_TOUCH = "me gustaría mantener el contacto."


BOOK = Phrasebook(
    language=SPANISH,
    greeting=_GREETING,
    sign_off=_SIGN_OFF,
    agency=_AGENCY,
    interview=_INTERVIEW,
    withdrawing=_WITHDRAWING,
    thanks={"formal": _FORMAL_THANKS, "warm": _WARM_THANKS, "brief": _BRIEF_THANKS},
    brief_close=_BRIEF_CLOSE,
)
_template, _email, _three = BOOK.template, BOOK.email, BOOK.three


TEMPLATES: list[dict] = [
    # Accepted another offer: only said when an accepted offer is in writing.
    *_three(
        "accepted_offer",
        _OFFER_CLAIM + ", por lo que le escribo para retirar mi candidatura.",
        "Quería contarte que "
        + _OFFER_CLAIM_CLAUSE
        + ", así que retiro mi candidatura. No ha sido una decisión fácil.",
        _OFFER_CLAIM + ", así que retiro mi candidatura.",
        _FORMAL_SORRY + ". Tengo un gran aprecio por {{ company }} y " + _STAY_IN_TOUCH,
        _WARM_SORRY + "; me encantaría que siguiéramos en contacto. Te deseo lo mejor, a ti y a "
        "todo el equipo de {{ company }}.",
    ),
    *_three(
        "other_opportunity",
        "Tras pensarlo detenidamente, he decidido optar por otra oportunidad, por lo que deseo "
        "retirar mi candidatura.",
        "Después de darle muchas vueltas, he decidido optar por otra oportunidad, así que "
        "retiro mi candidatura. No ha sido una decisión fácil.",
        "He decidido optar por otra oportunidad, así que retiro mi candidatura.",
        _FORMAL_SORRY + " y " + _STAY_IN_TOUCH,
        _WARM_SORRY + "; ojalá volvamos a coincidir.",
    ),
    *_three(
        "not_right_fit",
        "Tras reflexionar sobre nuestras conversaciones, considero que el puesto no es el "
        "adecuado para mí en este momento, por lo que he decidido retirar mi candidatura.",
        "Lo he pensado bien y me he dado cuenta de que el puesto no encaja del todo conmigo "
        "ahora mismo, así que retiro mi candidatura.",
        "Tras pensarlo, el puesto no encaja con lo que busco, así que retiro mi candidatura.",
        _FORMAL_SORRY + " y " + _STAY_IN_TOUCH,
        _WARM_SORRY + "; te deseo mucho éxito a ti y al equipo.",
    ),
    *_three(
        "compensation",
        "Tras valorar detenidamente las condiciones económicas, he llegado a la conclusión de que "
        "no se ajustan a mis necesidades actuales, por lo que he decidido retirar mi "
        "candidatura. Entiendo perfectamente que cada organización trabaja con su propio "
        "presupuesto.",
        "He pensado mucho en las condiciones, pero ahora mismo no me encajan, así que retiro mi "
        "candidatura. Entiendo perfectamente que cada equipo tiene su presupuesto.",
        "Las condiciones económicas no se ajustan a mis necesidades actuales, así que retiro mi "
        "candidatura.",
        _FORMAL_SORRY + ", y me gustaría volver a hablar si las circunstancias cambian.",
        _WARM_SORRY + "; me encantaría volver a hablar si algo cambia por cualquiera de las dos "
        "partes.",
    ),
    *_three(
        "location",
        "Tras considerar detenidamente la ubicación del puesto, he llegado a la conclusión de que "
        "no se ajusta a mis circunstancias actuales, por lo que he decidido retirar mi "
        "candidatura.",
        "He pensado mucho en la ubicación, pero no encaja con mi situación actual, así que "
        "retiro mi candidatura.",
        "La ubicación no se ajusta a mis circunstancias actuales, así que retiro mi candidatura.",
        _FORMAL_SORRY + "; me interesará conocer futuras oportunidades que se ajusten a mi perfil.",
        _WARM_SORRY + ", y si surge algo más cerca de casa, me encantará saberlo.",
    ),
    # Culture or values: about the candidate's own way of working, never the company.
    *_three(
        "culture",
        "Tras reflexionar detenidamente, me he dado cuenta de que mi forma de trabajar y mis "
        "prioridades encajan mejor en otro tipo de entorno, por lo que he decidido retirar mi "
        "candidatura.",
        "Pensándolo bien, me he dado cuenta de que mi manera de trabajar encaja mejor en otro "
        "tipo de entorno, así que retiro mi candidatura.",
        "Mi forma de trabajar encaja mejor en otro entorno, así que retiro mi candidatura.",
        _FORMAL_SORRY + " y les deseo a usted y a su equipo mucho éxito.",
        _WARM_SORRY + "; te deseo lo mejor a ti y a todo el equipo.",
    ),
    *_three(
        "role_changed",
        "Le agradezco también que me haya explicado cómo ha evolucionado el puesto. Tras valorar "
        "el nuevo alcance, considero que se ha alejado de las áreas en las que deseo centrarme, "
        "por lo que he decidido retirar mi candidatura.",
        "Gracias también por tu transparencia sobre los cambios en el puesto. El nuevo alcance "
        "se aleja de aquello en lo que quiero centrarme, así que retiro mi candidatura.",
        "El nuevo alcance del puesto se aleja de las áreas en las que quiero centrarme, así que "
        "retiro mi candidatura.",
        _FORMAL_SORRY + " y " + _STAY_IN_TOUCH,
        _WARM_SORRY + "; me gustaría que siguiéramos en contacto.",
    ),
    *_three(
        "personal",
        "Debido a un cambio en mis circunstancias personales, ya no puedo continuar con este "
        "proceso y debo retirar mi candidatura.",
        "Ha habido un cambio en mi situación personal y ya no puedo seguir adelante, así que "
        "retiro mi candidatura.",
        "Un cambio en mis circunstancias personales me obliga a retirar mi candidatura.",
        "Le pido disculpas por las molestias que esto pueda ocasionarle y " + _STAY_IN_TOUCH,
        "Siento mucho las molestias, y ojalá volvamos a coincidir.",
    ),
    # No reason given: the user's reason sentence is deliberately left out.
    _email(
        "no_reason",
        "formal",
        _WITHDRAWING,
        _FORMAL_THANKS,
        "Tras pensarlo detenidamente, he decidido retirar mi candidatura." + _INTERVIEW["formal"],
        "Le pido disculpas por las molestias que esto pueda ocasionarle y "
        + _STAY_IN_TOUCH
        + _AGENCY["formal"],
    ),
    _email(
        "no_reason",
        "warm",
        _WITHDRAWING,
        _WARM_THANKS,
        "Quería contarte que he decidido retirar mi candidatura." + _INTERVIEW["warm"],
        _WARM_SORRY + "; me encantaría que siguiéramos en contacto." + _AGENCY["warm"],
    ),
    _email(
        "no_reason",
        "brief",
        _WITHDRAWING,
        _BRIEF_THANKS
        + " He decidido retirarla."
        + _INTERVIEW["brief"]
        + " "
        + _BRIEF_CLOSE
        + _AGENCY["brief"],
    ),
    # Ask about other roles at the company instead.
    _email(
        "other_roles",
        "formal",
        "Mi candidatura para {{ position }} y otros puestos en {{ company }}",
        "Le agradezco su tiempo y que haya considerado mi candidatura para el puesto de "
        "{{ position }} en {{ company }}.",
        "Tras pensarlo detenidamente, he decidido retirar mi candidatura para este puesto en "
        "concreto." + _REASON + _INTERVIEW["formal"],
        "No obstante, me sigue interesando mucho trabajar con {{ company }}, y le agradecería que "
        "me informara de cualquier puesto, actual o futuro, que se ajuste a mi experiencia."
        + _AGENCY["formal"],
    ),
    _email(
        "other_roles",
        "warm",
        "El puesto de {{ position }}, y otros en {{ company }}",
        "Muchísimas gracias por tu tiempo y por hablarme del puesto de {{ position }} en "
        "{{ company }}.",
        "He decidido que este puesto en concreto no es para mí, así que retiro mi candidatura."
        + _REASON
        + _INTERVIEW["warm"],
        "Aun así, me encantaría trabajar con {{ company }}. Si surge otro puesto que encaje con "
        "mi experiencia, me alegrará mucho saberlo." + _AGENCY["warm"],
    ),
    _email(
        "other_roles",
        "brief",
        "Otros puestos en {{ company }}",
        "Gracias por tener en cuenta mi candidatura para el puesto de {{ position }}. Me retiro "
        "de este proceso." + _REASON + _INTERVIEW["brief"],
        "Me interesaría conocer otros puestos en {{ company }} que encajen con mi experiencia."
        + _AGENCY["brief"],
    ),
    # Recommend a colleague in my place: "con quien he trabajado", no gender.
    _email(
        "recommend_colleague",
        "formal",
        _WITHDRAWING,
        _FORMAL_THANKS,
        "Tras pensarlo detenidamente, he decidido retirar mi candidatura."
        + _REASON
        + _INTERVIEW["formal"]
        + " "
        + _FORMAL_SORRY
        + ".",
        "{% if colleague_name %}Si le resulta útil, puedo recomendarle a {{ colleague_name }}, "
        "con quien he trabajado y que, en mi opinión, encajaría muy bien en el puesto; con gusto "
        "les pongo en contacto.{% else %}Si le resulta útil, puedo recomendarle a una persona "
        "con quien he trabajado y que, en mi opinión, encajaría muy bien en el puesto.{% endif %}"
        + _AGENCY["formal"],
    ),
    _email(
        "recommend_colleague",
        "warm",
        _WITHDRAWING,
        _WARM_THANKS,
        "He decidido retirar mi candidatura."
        + _REASON
        + _INTERVIEW["warm"]
        + " "
        + _WARM_SORRY
        + ".",
        "{% if colleague_name %}Eso sí, me encantaría ayudarte a encontrar a la persona "
        "adecuada: {{ colleague_name }}, con quien he trabajado, encajaría genial, y puedo "
        "presentaros con mucho gusto.{% else %}Eso sí, me encantaría ayudarte a encontrar a la "
        "persona adecuada y presentarte a alguien con quien he trabajado que encajaría genial."
        "{% endif %}" + _AGENCY["warm"],
    ),
    _email(
        "recommend_colleague",
        "brief",
        _WITHDRAWING,
        _BRIEF_THANKS + " Retiro mi candidatura." + _REASON + _INTERVIEW["brief"],
        "{% if colleague_name %}{{ colleague_name }}, con quien he trabajado, sería un gran "
        "perfil; puedo poneros en contacto.{% else %}Puedo recomendarte a alguien con quien he "
        "trabajado que sería un gran perfil.{% endif %}" + _AGENCY["brief"],
    ),
    # Cancel an interview at short notice: name the interview, apologise for the notice.
    _email(
        "cancel_interview",
        "formal",
        "Cancelación de mi entrevista{% if interview_date %} del {{ interview_date }}{% endif %}: "
        "{{ position }}",
        "Le agradezco la invitación a la entrevista para el puesto de {{ position }} en "
        "{{ company }}.",
        "Le escribo para cancelar mi entrevista{% if interview_date %} del {{ interview_date }}"
        "{% endif %} y retirar mi candidatura." + _REASON,
        "Le pido sinceras disculpas por el poco margen de aviso y por las molestias que les "
        "ocasiona a usted y a sus compañeros. Me gustaría mantener el contacto."
        + _AGENCY["formal"],
    ),
    _email(
        "cancel_interview",
        "warm",
        "Cancelación de mi entrevista{% if interview_date %} del {{ interview_date }}{% endif %}",
        "Muchísimas gracias por invitarme a la entrevista para el puesto de {{ position }} en "
        "{{ company }}.",
        "Siento mucho avisar con tan poco margen, pero tengo que cancelar mi entrevista"
        "{% if interview_date %} del {{ interview_date }}{% endif %}, y retiro mi candidatura."
        + _REASON,
        "Sé que esto os supone trabajo extra a ti y al equipo, y te agradezco mucho tu "
        "comprensión. Me encantaría que siguiéramos en contacto." + _AGENCY["warm"],
    ),
    _email(
        "cancel_interview",
        "brief",
        "Cancelación de la entrevista{% if interview_date %} del {{ interview_date }}{% endif %}",
        "Gracias por invitarme a la entrevista para el puesto de {{ position }} en {{ company }}. "
        "Tengo que cancelar la entrevista{% if interview_date %} del {{ interview_date }}"
        "{% endif %} y retirar mi candidatura."
        + _REASON
        + " Disculpa el poco margen de aviso."
        + _AGENCY["brief"],
    ),
    # Between offer and decision (not withdrawals): ask the offering company for time.
    _email(
        "request_time",
        "formal",
        "Su oferta para el puesto de {{ position }}",
        "Le agradezco mucho la oferta para el puesto de {{ position }} en {{ company }}; me "
        "alegra mucho haberla recibido.",
        "Para poder darle una respuesta meditada, le agradecería disponer de algo más de tiempo."
        "{% if offer_deadline %} Me pidió una respuesta antes del {{ offer_deadline }}.{% endif %} "
        "¿Sería posible {% if decide_by %}darle mi respuesta antes del {{ decide_by }}{% else %}"
        "contar con unos días más{% endif %}?" + _REASON,
        "Si mientras tanto puedo leer algún documento o hablar con alguien, lo haré con mucho "
        "gusto. Gracias por su comprensión." + _RELAY["formal"],
    ),
    _email(
        "request_time",
        "warm",
        "Tu oferta: ¿un poco más de tiempo?",
        "Muchísimas gracias por la oferta para el puesto de {{ position }}. Me hace mucha "
        "ilusión, y agradezco el tiempo que todo el equipo de {{ company }} me ha dedicado.",
        "Es una decisión importante y quiero pensarla con calma. {% if decide_by %}¿Te "
        "parecería bien que te respondiera antes del {{ decide_by }}?{% else %}¿Te parecería "
        "bien que me tomara unos días más?{% endif %}{% if offer_deadline %} Sé que esperabais "
        "mi respuesta para el {{ offer_deadline }}.{% endif %}" + _REASON,
        "Si te sirve, puedo comentar cualquier duda mientras tanto." + _RELAY["warm"],
    ),
    _email(
        "request_time",
        "brief",
        "Tu oferta: tiempo para decidir",
        "Gracias por la oferta para el puesto de {{ position }} en {{ company }}. Me gustaría "
        "tener algo más de tiempo para decidir: {% if decide_by %}¿podría responderte antes del "
        "{{ decide_by }}{% else %}¿podría tener unos días más{% endif %}{% if offer_deadline %} "
        "en lugar del {{ offer_deadline }}{% endif %}?"
        + _REASON
        + " Gracias por tu comprensión."
        + _RELAY["brief"],
    ),
    # Written offer elsewhere, pending: ask the processes the user prefers for their timeline.
    _email(
        "ask_timeline",
        "formal",
        "Mi candidatura para {{ position }}: plazos",
        "Le agradezco el tiempo dedicado hasta ahora en el proceso para el puesto de "
        "{{ position }} en {{ company }}.",
        "He recibido una oferta por escrito de otra empresa{% if offer_deadline %} y debo "
        "responder antes del {{ offer_deadline }}{% endif %}. El puesto en {{ company }} me "
        "sigue interesando mucho, por lo que, antes de decidir, ¿podría indicarme los plazos "
        "previstos para los próximos pasos?" + _REASON,
        "Entiendo que quizá no sea posible acelerar el proceso, y le agradezco cualquier "
        "información que pueda darme." + _RELAY["formal"],
    ),
    _email(
        "ask_timeline",
        "warm",
        "Una pregunta rápida sobre plazos: {{ position }}",
        "Gracias por todo hasta ahora con el puesto de {{ position }}. He disfrutado mucho "
        "conociendo {{ company }}.",
        "Prefiero ser transparente contigo: he recibido una oferta de otra empresa"
        "{% if offer_deadline %} y tengo que responder antes del {{ offer_deadline }}{% endif %}. "
        "Este puesto me sigue interesando mucho, así que me encantaría conocer vuestros plazos "
        "antes de decidir." + _REASON,
        "Entiendo perfectamente si no se puede ir más rápido. Cualquier información me ayudaría "
        "mucho." + _RELAY["warm"],
    ),
    _email(
        "ask_timeline",
        "brief",
        "Plazos para el puesto de {{ position }}",
        "Gracias por tu tiempo hasta ahora. Tengo una oferta de otra empresa"
        "{% if offer_deadline %} con plazo hasta el {{ offer_deadline }}{% endif %}, y el puesto "
        "de {{ position }} en {{ company }} me sigue interesando. ¿Podrías indicarme los plazos "
        "de los próximos pasos?" + _REASON + _RELAY["brief"],
    ),
    # Keep the door open while negotiating: say plainly, without pressure, what would help.
    _email(
        "keep_door_open",
        "formal",
        "El puesto de {{ position }} en {{ company }}",
        "Le agradezco su tiempo y que haya considerado mi candidatura para el puesto de "
        "{{ position }} en {{ company }}.",
        "Quiero ser transparente con usted: he recibido otra oferta y espero decidir pronto. "
        "{{ company }} me sigue interesando de verdad, y prefiero hablarlo abiertamente antes "
        "que retirarme sin una conversación.",
        "{% if reason %}{{ reason }}{% else %}Si hubiera cierta flexibilidad en las condiciones, "
        "me gustaría mucho continuar.{% endif %} Entiendo que quizá no sea posible, y le "
        "agradecería conocer su opinión." + _RELAY["formal"],
    ),
    _email(
        "keep_door_open",
        "warm",
        "El puesto de {{ position }}: con sinceridad",
        "Gracias por todo el tiempo dedicado al puesto de {{ position }}. He disfrutado mucho "
        "conociendo al equipo de {{ company }}.",
        "Prefiero ser transparente contigo: he recibido otra oferta y tendré que decidir pronto. "
        "Me encantaría encontrar la forma de seguir adelante con {{ company }}.",
        "{% if reason %}{{ reason }}{% else %}Si hay algo de flexibilidad en las condiciones, me "
        "encantaría seguir hablando.{% endif %} Sin ninguna presión si no es posible; "
        "simplemente prefiero preguntar." + _RELAY["warm"],
    ),
    _email(
        "keep_door_open",
        "brief",
        "El puesto de {{ position }}",
        "Gracias por tu tiempo con el puesto de {{ position }}. Tengo otra oferta y decidiré "
        "pronto, pero {{ company }} me sigue interesando.{% if reason %} {{ reason }}{% else %} "
        "Con algo de flexibilidad en las condiciones, me gustaría continuar.{% endif %} Lo "
        "entiendo si no es posible." + _RELAY["brief"],
    ),
    # A polite check-in when a process has gone quiet.
    _email(
        "checking_in",
        "formal",
        "Seguimiento: {{ position }} en {{ company }}",
        "Espero que se encuentre bien. Le escribo para interesarme por el estado de mi "
        "candidatura para el puesto de {{ position }} en {{ company }}.",
        "El puesto me sigue interesando mucho, y le agradecería cualquier novedad sobre los "
        "próximos pasos y sus plazos." + _REASON,
        "Gracias por su tiempo, y no dude en indicarme si necesita algo más por mi parte."
        + _RELAY["formal"],
    ),
    _email(
        "checking_in",
        "warm",
        "Novedades sobre el puesto de {{ position }}",
        "Espero que estés teniendo una buena semana. Quería saber cómo va el proceso del puesto "
        "de {{ position }} en {{ company }}.",
        "Me sigue haciendo mucha ilusión, y me encantaría saber cómo van las cosas y cuáles "
        "serían los próximos pasos." + _REASON,
        "Muchas gracias por tu tiempo, y dime si puedo enviarte algo." + _RELAY["warm"],
    ),
    _email(
        "checking_in",
        "brief",
        "Seguimiento: {{ position }}",
        "Gracias de nuevo por tener en cuenta mi candidatura para el puesto de {{ position }} en "
        "{{ company }}. Me sigue interesando mucho y agradecería cualquier novedad sobre los "
        "próximos pasos." + _REASON + _RELAY["brief"],
    ),
    # A short thank-you sent after withdrawing: no new withdrawal, nothing presumed.
    _template(
        "thank_you_follow_up",
        "formal",
        "Gracias: {{ position }} en {{ company }}",
        _GREETING["formal"],
        "Quería agradecerle una vez más el tiempo que me dedicó durante el proceso para el "
        "puesto de {{ position }} en {{ company }}. He valorado mucho todo lo que aprendí sobre "
        "el equipo y su trabajo." + _AGENCY["formal"],
        "Me gustaría mantener el contacto, y espero que nuestros caminos vuelvan a cruzarse.",
        "Un cordial saludo,\n{{ your_name }}",
    ),
    _template(
        "thank_you_follow_up",
        "warm",
        "Gracias, y mucha suerte",
        _GREETING["warm"],
        "Solo quería darte las gracias de nuevo por tu tiempo con el puesto de {{ position }}. "
        "Disfruté mucho conociendo al equipo de {{ company }}, y espero que la búsqueda vaya muy "
        "bien." + _AGENCY["warm"],
        "Sigamos en contacto.",
        _SIGN_OFF["warm"],
    ),
    _template(
        "thank_you_follow_up",
        "brief",
        "Gracias",
        _GREETING["brief"],
        "Gracias de nuevo por tu tiempo con el puesto de {{ position }} en {{ company }}. Espero "
        "que sigamos en contacto." + _AGENCY["brief"],
        _SIGN_OFF["brief"],
    ),
    # Scripts to read on the phone, for short notice or after a long process.
    _template(
        "phone_script",
        "formal",
        "Guion de llamada: {{ company }}",
        "Buenos días{% if contact_first_name %}, {{ contact_name }}{% endif %}. Soy "
        "{{ your_name }} y le llamo por el puesto de {{ position }} en {{ company }}. ¿Tiene un "
        "momento?",
        "- Le agradezco su tiempo y la oportunidad.\n"
        "- Le llamo para retirar mi candidatura." + _REASON + "\n"
        "{% if interview_date %}- No asistiré a la entrevista del {{ interview_date }}; le pido "
        "disculpas por el poco margen de aviso.\n{% endif %}"
        "- Le pido disculpas por las molestias y me gustaría mantener el contacto.\n"
        "{% if agency %}- Le ruego que transmita mi agradecimiento a {{ company }}.\n{% endif %}"
        "- Se lo confirmaré hoy mismo por correo electrónico.",
        "Si salta el buzón de voz:\n"
        "- Soy {{ your_name }}, por el puesto de {{ position }}. Retiro mi candidatura"
        "{% if interview_date %} y no asistiré a la entrevista del {{ interview_date }}"
        "{% endif %}. Disculpe las molestias; se lo confirmaré hoy por correo electrónico.",
    ),
    _template(
        "phone_script",
        "warm",
        "Guion de llamada: {{ company }}",
        "Hola{% if contact_first_name %}, {{ contact_first_name }}{% endif %}, soy "
        "{{ your_name }}, por el puesto de {{ position }} en {{ company }}. ¿Tienes un par de "
        "minutos?",
        "- Muchísimas gracias por todo hasta ahora.\n"
        "- He decidido retirar mi candidatura." + _REASON + "\n"
        "{% if interview_date %}- Así que no podré ir a la entrevista del {{ interview_date }}. "
        "Siento mucho avisar con tan poco margen.\n{% endif %}"
        "- Perdona las molestias; me encantaría que siguiéramos en contacto.\n"
        "{% if agency %}- ¿Podrías transmitir mi agradecimiento al equipo de {{ company }}?\n"
        "{% endif %}"
        "- Hoy mismo te envío un correo para confirmarlo.",
        "Si salta el buzón de voz:\n"
        "- Hola, soy {{ your_name }}, por el puesto de {{ position }}. Retiro mi candidatura"
        "{% if interview_date %} y no podré ir a la entrevista del {{ interview_date }}"
        "{% endif %}. Perdona las molestias; te lo confirmo hoy por correo.",
    ),
    _template(
        "phone_script",
        "brief",
        "Guion de llamada: {{ company }}",
        "Hola, soy {{ your_name }}, por el puesto de {{ position }} en {{ company }}.",
        "- Gracias por la oportunidad.\n"
        "- Retiro mi candidatura." + _REASON + "\n"
        "{% if interview_date %}- No iré a la entrevista del {{ interview_date }}; perdona el "
        "poco margen.\n{% endif %}"
        "{% if agency %}- Por favor, transmite mi agradecimiento a {{ company }}.\n{% endif %}"
        "- Te lo confirmo hoy por correo.",
        "Buzón de voz: soy {{ your_name }}, retiro mi candidatura al puesto de {{ position }}"
        "{% if interview_date %} y cancelo la entrevista del {{ interview_date }}{% endif %}. "
        "Disculpa las molestias; te escribo un correo.",
    ),
    # Answering the offer itself, true to the offers on record (see the English wording).
    _email(
        "accept_offer",
        "formal",
        "Aceptación de su oferta: {{ position }}",
        "Le agradezco mucho la oferta para el puesto de {{ position }} en {{ company }}. Me "
        "complace aceptarla{% if offer_pay %}, con una retribución de {{ offer_pay }}{% endif %}, "
        "en las condiciones recogidas en su carta.{% if start_date %} Le confirmo que me "
        "incorporaré el {{ start_date }}.{% else %} Quedo a su disposición para acordar la fecha "
        "de incorporación.{% endif %}" + _REASON,
        "Le ruego que me indique qué necesita de mí hasta entonces. Gracias de nuevo por su "
        "tiempo durante todo el proceso." + _RELAY["formal"],
    ),
    _email(
        "accept_offer",
        "warm",
        "¡Sí! Acepto la oferta para el puesto de {{ position }}",
        "Muchísimas gracias por la oferta para el puesto de {{ position }}. Me alegra mucho "
        "aceptarla{% if offer_pay %}, con {{ offer_pay }}{% endif %}, tal como se recoge en "
        "vuestra carta.{% if start_date %} Te confirmo que empezaré el {{ start_date }}."
        "{% else %} Me encantaría que acordáramos juntos la fecha de incorporación.{% endif %}"
        + _REASON,
        "Tengo muchas ganas de unirme al equipo de {{ company }}. Dime si necesitas algo de mí "
        "mientras tanto." + _RELAY["warm"],
    ),
    _email(
        "accept_offer",
        "brief",
        "Aceptación de la oferta: {{ position }}",
        "Gracias por la oferta para el puesto de {{ position }} en {{ company }}. Me complace "
        "aceptarla{% if offer_pay %} por {{ offer_pay }}{% endif %}, en las condiciones de "
        "vuestra carta.{% if start_date %} Confirmo mi fecha de incorporación: el "
        "{{ start_date }}.{% endif %}"
        + _REASON
        + " ¿Me indicas los próximos pasos?"
        + _RELAY["brief"],
    ),
    _email(
        "decline_offer",
        "formal",
        "Su oferta para el puesto de {{ position }}",
        "Le agradezco mucho la oferta para el puesto de {{ position }} en {{ company }}, así "
        "como el tiempo que usted y sus compañeros me han dedicado.",
        "Tras pensarlo detenidamente, he decidido no aceptar la oferta." + _REASON,
        "No ha sido una decisión fácil. Tengo un gran aprecio por {{ company }} y "
        + _STAY_IN_TOUCH
        + _AGENCY["formal"],
    ),
    _email(
        "decline_offer",
        "warm",
        "Tu oferta: gracias",
        "Muchísimas gracias por la oferta para el puesto de {{ position }} y por todo el tiempo "
        "que el equipo de {{ company }} me ha dedicado.",
        "Después de pensarlo mucho, he decidido no aceptarla." + _REASON + " De verdad que no ha "
        "sido una decisión fácil.",
        "He disfrutado mucho conociendo al equipo, y me encantaría que siguiéramos en contacto."
        + _AGENCY["warm"],
    ),
    _email(
        "decline_offer",
        "brief",
        "Tu oferta para {{ position }}",
        "Gracias por la oferta para el puesto de {{ position }} en {{ company }}. Tras pensarlo "
        "detenidamente, he decidido rechazarla." + _REASON + " Te agradezco tu tiempo y me "
        "gustaría que siguiéramos en contacto." + _AGENCY["brief"],
    ),
    _email(
        "negotiate",
        "formal",
        "Su oferta para el puesto de {{ position }}",
        "Le agradezco mucho la oferta para el puesto de {{ position }} en {{ company }}. El "
        "puesto me ilusiona y me gustaría mucho que llegáramos a un acuerdo.",
        "{% if competing_offer %}Para ser transparente con usted, he recibido también otra "
        "oferta por escrito{% if competing_figures %}, de {{ competing_figures }}{% endif %}. "
        "{% endif %}{% if reason %}{{ reason }}{% else %}Si hubiera cierta flexibilidad en el "
        "salario base, aceptaría la oferta.{% endif %}",
        "Espero que encontremos unas condiciones que nos convengan a ambas partes, y quedo a su "
        "disposición para hablarlo." + _RELAY["formal"],
    ),
    _email(
        "negotiate",
        "warm",
        "La oferta para el puesto de {{ position }}: una pregunta",
        "Muchísimas gracias por la oferta para el puesto de {{ position }}. Me hace mucha "
        "ilusión y me encantaría que saliera adelante con {{ company }}.",
        "{% if competing_offer %}Prefiero ser transparente contigo: he recibido también otra "
        "oferta por escrito{% if competing_figures %}, de {{ competing_figures }}{% endif %}. "
        "{% endif %}{% if reason %}{{ reason }}{% else %}Si hay algo de flexibilidad en el "
        "salario base, te diría que sí.{% endif %}",
        "Lo hablamos cuando mejor te venga." + _RELAY["warm"],
    ),
    _email(
        "negotiate",
        "brief",
        "Tu oferta: {{ position }}",
        "Gracias por la oferta para el puesto de {{ position }} en {{ company }}; me gustaría que "
        "llegáramos a un acuerdo.{% if competing_offer %} Tengo otra oferta por escrito"
        "{% if competing_figures %}, de {{ competing_figures }}{% endif %}.{% endif %}"
        "{% if reason %} {{ reason }}{% else %} Con algo de flexibilidad en el salario base, "
        "aceptaría.{% endif %} Lo hablamos cuando quieras." + _RELAY["brief"],
    ),
]
