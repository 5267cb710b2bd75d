"""The shipped templates in French: every scenario in a formal, a warm and a brief tone.

The same scenarios, placeholders and rules as the English ones (``withdrawals.defaults``).

French custom, as a native professional writes to a recruiter:
- Every tone says "vous": one does not "tutoyer" an employer in writing, even warmly; warm and
  brief differ in their words ("Merci beaucoup", "Bien à vous", "Cordialement").
- Greetings name the person without "Madame" or "Monsieur": "Bonjour Anna Weber," (formal),
  "Bonjour Anna," (warm and brief), "Bonjour," with no one named.
- Nothing agrees with the writer's gender: no "ravi(e)", "désolé(e)", "reconnaissant(e)",
  "invité(e)"; "Je vous saurais gré", "Toutes mes excuses", "Ce serait avec plaisir" instead.
  A recommended colleague is "une personne avec qui j'ai travaillé".
- French spacing: a narrow no-break space before ; ? ! and a no-break space before a colon.
- Sign-offs (``withdrawals.languages.SIGN_OFFS``): "Bien cordialement" (formal), "Bien à vous"
  (warm), "Cordialement" (brief).
"""

from withdrawals.defaults import REASON, Phrasebook
from withdrawals.languages import FR_SPACE, FR_THIN, FRENCH

# The spaces French typography puts before these marks.
Q = FR_THIN + "?"
SEMI = FR_THIN + ";"
EXCL = FR_THIN + "!"
COLON = FR_SPACE + ":"


_GREETING = {
    "formal": "{% if contact_first_name %}Bonjour {{ contact_name }},{% else %}Bonjour,{% endif %}",
    "warm": "{% if contact_first_name %}Bonjour {{ contact_first_name }},{% else %}Bonjour,"
    "{% endif %}",
    "brief": "Bonjour{% if contact_first_name %} {{ contact_first_name }}{% endif %},",
}
_SIGN_OFF = {
    "formal": "Bien cordialement,\n{{ your_name }}",
    "warm": "Bien à vous,\n{{ your_name }}",
    "brief": "Cordialement,\n{{ your_name }}",
}
_AGENCY = {
    "formal": "{% if agency %} Merci également pour votre accompagnement" + SEMI + " je vous "
    "saurais gré de transmettre mes remerciements à l’équipe de {{ company }}.{% endif %}",
    "warm": "{% if agency %} Merci aussi pour votre aide tout au long du processus, et "
    "n’hésitez pas à transmettre mes remerciements à l’équipe de {{ company }}.{% endif %}",
    "brief": "{% if agency %} Merci de transmettre mes remerciements à {{ company }}.{% endif %}",
}
_RELAY = {
    "formal": "{% if agency %} Je vous saurais gré de bien vouloir transmettre ce message à "
    "{{ company }}.{% endif %}",
    "warm": "{% if agency %} Pourriez-vous transmettre ce message à l’équipe de {{ company }}"
    + Q
    + "{% endif %}",
    "brief": "{% if agency %} Merci de transmettre ce message à {{ company }}.{% endif %}",
}
_INTERVIEW = {
    "formal": "{% if interview_date %} Je ne me présenterai donc pas à l’entretien prévu le "
    "{{ interview_date }}, ce qui libère ce créneau.{% endif %}",
    "warm": "{% if interview_date %} Je ne viendrai donc pas à l’entretien du "
    "{{ interview_date }}, ce qui libère le créneau pour quelqu’un d’autre.{% endif %}",
    "brief": "{% if interview_date %} J’annule l’entretien prévu le {{ interview_date }}."
    "{% endif %}",
}
_REASON = REASON
_WITHDRAWING = "Retrait de ma candidature" + COLON + " {{ position }}"
_OFFER_CLAIM = (
    "{% if offer_accepted %}J’ai accepté une autre offre{% else %}J’ai décidé de donner suite "
    "à une autre opportunité{% endif %}"
)
_OFFER_CLAIM_CLAUSE = (
    "{% if offer_accepted %}j’ai accepté une autre offre{% else %}j’ai décidé de m’orienter "
    "vers une autre opportunité{% endif %}"
)
_FORMAL_THANKS = (
    "Je vous remercie pour votre temps et pour l’intérêt porté à ma candidature au poste de "
    "{{ position }} chez {{ company }}. J’ai beaucoup apprécié de découvrir l’équipe et ses "
    "activités."
)
_WARM_THANKS = (
    "Merci beaucoup pour votre temps et pour tout ce que j’ai pu découvrir du poste de "
    "{{ position }} chez {{ company }}. Nos échanges m’ont vraiment plu."
)
_BRIEF_THANKS = (
    "Merci de l’intérêt que vous avez porté à ma candidature au poste de {{ position }} chez "
    "{{ company }}."
)
_BRIEF_CLOSE = (
    "Veuillez m’excuser pour la gêne occasionnée" + SEMI + " je vous souhaite une bonne "
    "continuation."
)
_FORMAL_SORRY = "Je vous prie de m’excuser pour la gêne occasionnée"
_WARM_SORRY = "Toutes mes excuses pour le dérangement"
_STAY_IN_TOUCH = "j’espère que nous resterons en contact."


BOOK = Phrasebook(
    language=FRENCH,
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
        _OFFER_CLAIM + ", c’est pourquoi je retire ma candidature.",
        "Je tenais à vous informer que "
        + _OFFER_CLAIM_CLAUSE
        + " et que je retire donc ma candidature. Ce choix n’a pas été facile.",
        _OFFER_CLAIM + " et retire donc ma candidature.",
        _FORMAL_SORRY + ". J’ai beaucoup d’estime pour {{ company }} et " + _STAY_IN_TOUCH,
        _WARM_SORRY + SEMI + " j’aimerais beaucoup que nous restions en contact. Je vous "
        "souhaite, ainsi qu’à toute l’équipe de {{ company }}, une excellente continuation.",
    ),
    *_three(
        "other_opportunity",
        "Après mûre réflexion, j’ai décidé de donner suite à une autre opportunité et je "
        "souhaite donc retirer ma candidature.",
        "Après beaucoup de réflexion, j’ai choisi une autre opportunité et je retire donc ma "
        "candidature. Ce choix n’a pas été facile.",
        "J’ai décidé de donner suite à une autre opportunité et retire donc ma candidature.",
        _FORMAL_SORRY + " et " + _STAY_IN_TOUCH,
        _WARM_SORRY + SEMI + " j’espère que nos chemins se recroiseront.",
    ),
    *_three(
        "not_right_fit",
        "À la suite de nos échanges, il m’apparaît que ce poste ne correspond pas à ce que je "
        "recherche aujourd’hui" + SEMI + " j’ai donc décidé de retirer ma candidature.",
        "J’y ai bien réfléchi, et le poste ne me correspond pas tout à fait en ce moment. Je "
        "retire donc ma candidature.",
        "À la réflexion, le poste ne correspond pas à ce que je recherche" + SEMI + " je retire "
        "donc ma candidature.",
        _FORMAL_SORRY + " et " + _STAY_IN_TOUCH,
        _WARM_SORRY + ", et je vous souhaite, à vous et à l’équipe, beaucoup de réussite.",
    ),
    *_three(
        "compensation",
        "Après avoir examiné attentivement la rémunération proposée, je constate qu’elle ne "
        "correspond pas à mes attentes actuelles et j’ai décidé de retirer ma candidature. Je "
        "comprends tout à fait que chaque entreprise compose avec son propre budget.",
        "J’ai bien réfléchi à la rémunération proposée, mais elle ne me convient pas tout à fait "
        "pour le moment" + SEMI + " je retire donc ma candidature. Je comprends bien sûr que "
        "chaque équipe a son budget.",
        "La rémunération ne correspond pas tout à fait à mes attentes actuelles" + SEMI + " je "
        "retire donc ma candidature.",
        _FORMAL_SORRY + ", et ce serait avec plaisir que nous en reparlerions si la situation "
        "évoluait.",
        _WARM_SORRY + ", et ce serait avec plaisir d’en reparler si les choses évoluent de part "
        "et d’autre.",
    ),
    *_three(
        "location",
        "Après avoir bien considéré la localisation du poste, je constate qu’elle n’est pas "
        "compatible avec ma situation actuelle et j’ai décidé de retirer ma candidature.",
        "J’ai beaucoup réfléchi à la localisation, mais elle ne convient pas à ma situation "
        "actuelle" + SEMI + " je retire donc ma candidature.",
        "La localisation du poste ne convient pas à ma situation actuelle" + SEMI + " je retire "
        "donc ma candidature.",
        _FORMAL_SORRY + SEMI + " toute future opportunité adaptée retiendra volontiers mon "
        "attention.",
        _WARM_SORRY + ", et n’hésitez pas à me recontacter si une opportunité plus proche de "
        "chez moi se présente.",
    ),
    # Culture or values: about the candidate's own way of working, never the company.
    *_three(
        "culture",
        "Après mûre réflexion, il m’apparaît que ma façon de travailler et mes priorités "
        "correspondent davantage à un autre environnement" + SEMI + " j’ai donc décidé de "
        "retirer ma candidature.",
        "En y réfléchissant, il m’est apparu que ma façon de travailler convient mieux à un "
        "autre type d’environnement" + SEMI + " je retire donc ma candidature.",
        "Ma façon de travailler convient mieux à un autre environnement" + SEMI + " je retire "
        "donc ma candidature.",
        _FORMAL_SORRY + " et vous souhaite, à vous et à l’équipe, une excellente continuation.",
        _WARM_SORRY + SEMI + " je vous souhaite, à vous et à toute l’équipe, le meilleur.",
    ),
    *_three(
        "role_changed",
        "Je vous remercie également de m’avoir présenté l’évolution du poste. Après examen du "
        "nouveau périmètre, il m’apparaît qu’il s’éloigne des domaines sur lesquels je souhaite "
        "me concentrer" + SEMI + " j’ai donc décidé de retirer ma candidature.",
        "Merci aussi pour votre transparence sur l’évolution du poste. Le nouveau périmètre "
        "s’éloigne toutefois de ce sur quoi je souhaite me concentrer" + SEMI + " je retire "
        "donc ma candidature.",
        "Le nouveau périmètre du poste s’éloigne des domaines sur lesquels je souhaite me "
        "concentrer" + SEMI + " je retire donc ma candidature.",
        _FORMAL_SORRY + " et " + _STAY_IN_TOUCH,
        _WARM_SORRY + SEMI + " ce serait avec plaisir que nous restions en contact.",
    ),
    *_three(
        "personal",
        "En raison d’un changement dans ma situation personnelle, je ne suis plus en mesure de "
        "poursuivre ce processus et dois retirer ma candidature.",
        "Ma situation personnelle a changé et je ne peux malheureusement plus donner suite"
        + SEMI
        + " je retire donc ma candidature.",
        "Un changement dans ma situation personnelle m’oblige à retirer ma candidature.",
        "Je vous prie de m’excuser pour la gêne que cela pourrait occasionner et " + _STAY_IN_TOUCH,
        _WARM_SORRY + ", et j’espère que nos chemins se recroiseront.",
    ),
    # No reason given: the user's reason sentence is deliberately left out.
    _email(
        "no_reason",
        "formal",
        _WITHDRAWING,
        _FORMAL_THANKS,
        "Après mûre réflexion, j’ai décidé de retirer ma candidature." + _INTERVIEW["formal"],
        _FORMAL_SORRY + " et " + _STAY_IN_TOUCH + _AGENCY["formal"],
    ),
    _email(
        "no_reason",
        "warm",
        _WITHDRAWING,
        _WARM_THANKS,
        "Je tenais à vous informer que je retire ma candidature." + _INTERVIEW["warm"],
        _WARM_SORRY
        + SEMI
        + " ce serait avec grand plaisir que nous restions en contact."
        + _AGENCY["warm"],
    ),
    _email(
        "no_reason",
        "brief",
        _WITHDRAWING,
        _BRIEF_THANKS
        + " J’ai décidé de retirer ma candidature."
        + _INTERVIEW["brief"]
        + " "
        + _BRIEF_CLOSE
        + _AGENCY["brief"],
    ),
    # Ask about other roles at the company instead.
    _email(
        "other_roles",
        "formal",
        "Ma candidature au poste de {{ position }} et d’autres postes chez {{ company }}",
        "Je vous remercie pour votre temps et pour l’intérêt porté à ma candidature au poste de "
        "{{ position }} chez {{ company }}.",
        "Après mûre réflexion, j’ai décidé de retirer ma candidature pour ce poste en "
        "particulier." + _REASON + _INTERVIEW["formal"],
        "Travailler avec {{ company }} m’intéresse toutefois toujours beaucoup, et je vous "
        "saurais gré de me faire part de tout poste, actuel ou à venir, qui correspondrait à mon "
        "expérience." + _AGENCY["formal"],
    ),
    _email(
        "other_roles",
        "warm",
        "Le poste de {{ position }}, et d’autres chez {{ company }}",
        "Merci beaucoup pour votre temps et pour la présentation du poste de {{ position }} chez "
        "{{ company }}.",
        "Ce poste précis n’est finalement pas fait pour moi, et je retire donc ma candidature."
        + _REASON
        + _INTERVIEW["warm"],
        "J’aimerais toujours beaucoup travailler avec {{ company }}. Si un autre poste "
        "correspondant à mon expérience se présente, ce serait avec grand plaisir que j’en "
        "entendrais parler." + _AGENCY["warm"],
    ),
    _email(
        "other_roles",
        "brief",
        "Autres postes chez {{ company }}",
        "Merci de l’intérêt que vous avez porté à ma candidature au poste de {{ position }}. Je "
        "me retire de ce processus." + _REASON + _INTERVIEW["brief"],
        "D’autres postes chez {{ company }} correspondant à mon expérience m’intéresseraient "
        "toutefois." + _AGENCY["brief"],
    ),
    # Recommend a colleague in my place: "une personne avec qui j'ai travaillé", no gender.
    _email(
        "recommend_colleague",
        "formal",
        _WITHDRAWING,
        _FORMAL_THANKS,
        "Après mûre réflexion, j’ai décidé de retirer ma candidature."
        + _REASON
        + _INTERVIEW["formal"]
        + " "
        + _FORMAL_SORRY
        + ".",
        "{% if colleague_name %}Si cela peut vous être utile, je vous recommande volontiers "
        "{{ colleague_name }}, avec qui j’ai travaillé et dont le profil correspondrait selon moi "
        "parfaitement au poste" + SEMI + " je peux vous mettre en relation.{% else %}Si cela "
        "peut vous être utile, je peux vous recommander une personne avec qui j’ai travaillé et "
        "dont le profil correspondrait selon moi parfaitement au poste.{% endif %}"
        + _AGENCY["formal"],
    ),
    _email(
        "recommend_colleague",
        "warm",
        _WITHDRAWING,
        _WARM_THANKS,
        "J’ai décidé de retirer ma candidature."
        + _REASON
        + _INTERVIEW["warm"]
        + " "
        + _WARM_SORRY
        + ".",
        "{% if colleague_name %}J’aimerais toutefois vous aider à trouver la bonne personne"
        + COLON
        + " {{ colleague_name }}, avec qui j’ai travaillé, serait un excellent choix, et je "
        "peux volontiers vous présenter.{% else %}J’aimerais toutefois vous aider à trouver la "
        "bonne personne, et je peux volontiers vous présenter quelqu’un avec qui j’ai travaillé "
        "et qui serait un excellent choix.{% endif %}" + _AGENCY["warm"],
    ),
    _email(
        "recommend_colleague",
        "brief",
        _WITHDRAWING,
        _BRIEF_THANKS + " Je retire ma candidature." + _REASON + _INTERVIEW["brief"],
        "{% if colleague_name %}{{ colleague_name }}, avec qui j’ai travaillé, serait un "
        "excellent profil" + SEMI + " je peux vous mettre en relation.{% else %}Je peux vous "
        "recommander une personne avec qui j’ai travaillé et qui serait un excellent profil."
        "{% endif %}" + _AGENCY["brief"],
    ),
    # Cancel an interview at short notice: name the interview, apologise for the notice.
    _email(
        "cancel_interview",
        "formal",
        "Annulation de mon entretien{% if interview_date %} du {{ interview_date }}{% endif %}"
        + COLON
        + " {{ position }}",
        "Je vous remercie pour votre invitation à un entretien pour le poste de {{ position }} "
        "chez {{ company }}.",
        "Je vous écris pour annuler mon entretien{% if interview_date %} du {{ interview_date }}"
        "{% endif %} et retirer ma candidature." + _REASON,
        "Je vous prie de bien vouloir excuser ce délai très court et la gêne occasionnée pour "
        "vous et vos collègues. J’espère que nous resterons en contact." + _AGENCY["formal"],
    ),
    _email(
        "cancel_interview",
        "warm",
        "Annulation de mon entretien{% if interview_date %} du {{ interview_date }}{% endif %}",
        "Merci beaucoup pour votre invitation à un entretien pour le poste de {{ position }} "
        "chez {{ company }}.",
        "Toutes mes excuses de vous prévenir si tard, mais je dois annuler mon entretien"
        "{% if interview_date %} du {{ interview_date }}{% endif %}, et je retire ma "
        "candidature." + _REASON,
        "Je sais que cela représente du travail en plus pour vous et l’équipe, et je vous "
        "remercie sincèrement de votre compréhension. Ce serait avec plaisir que nous restions en "
        "contact." + _AGENCY["warm"],
    ),
    _email(
        "cancel_interview",
        "brief",
        "Annulation de l’entretien{% if interview_date %} du {{ interview_date }}{% endif %}",
        "Merci pour votre invitation à un entretien pour le poste de {{ position }} chez "
        "{{ company }}. Je dois annuler l’entretien{% if interview_date %} du "
        "{{ interview_date }}{% endif %} et retirer ma candidature."
        + _REASON
        + " Veuillez excuser ce délai très court."
        + _AGENCY["brief"],
    ),
    # Between offer and decision (not withdrawals): ask the offering company for time.
    _email(
        "request_time",
        "formal",
        "Votre offre pour le poste de {{ position }}",
        "Je vous remercie vivement de votre offre pour le poste de {{ position }} chez "
        "{{ company }}, qui me fait très plaisir.",
        "Afin de vous donner une réponse réfléchie, je souhaiterais disposer d’un peu plus de "
        "temps.{% if offer_deadline %} Vous m’avez demandé une réponse d’ici le "
        "{{ offer_deadline }}.{% endif %} Serait-il possible {% if decide_by %}de vous répondre "
        "d’ici le {{ decide_by }}{% else %}de disposer de quelques jours supplémentaires"
        "{% endif %}" + Q + _REASON,
        "Si je peux consulter un document ou échanger avec quelqu’un entre-temps, ce sera avec "
        "plaisir. Je vous remercie de votre compréhension." + _RELAY["formal"],
    ),
    _email(
        "request_time",
        "warm",
        "Votre offre" + COLON + " un peu plus de temps" + Q,
        "Merci beaucoup pour l’offre concernant le poste de {{ position }}. Elle me fait vraiment "
        "plaisir, et je remercie toute l’équipe de {{ company }} pour le temps qu’elle m’a "
        "consacré.",
        "C’est une décision importante, et je veux y réfléchir sérieusement. {% if decide_by %}"
        "Serait-il possible de vous répondre d’ici le {{ decide_by }}" + Q + "{% else %}"
        "Serait-il possible de prendre encore quelques jours" + Q + "{% endif %}"
        "{% if offer_deadline %} Je sais que vous espériez une réponse d’ici le "
        "{{ offer_deadline }}.{% endif %}" + _REASON,
        "Si cela peut aider, je suis disponible pour en discuter entre-temps." + _RELAY["warm"],
    ),
    _email(
        "request_time",
        "brief",
        "Votre offre" + COLON + " délai de réflexion",
        "Merci de votre offre pour le poste de {{ position }} chez {{ company }}. J’aimerais un "
        "peu plus de temps pour décider" + COLON + " {% if decide_by %}pourrais-je vous répondre "
        "d’ici le {{ decide_by }}{% else %}pourrais-je disposer de quelques jours de plus"
        "{% endif %}{% if offer_deadline %} plutôt que le {{ offer_deadline }}{% endif %}"
        + Q
        + _REASON
        + " Merci de votre compréhension."
        + _RELAY["brief"],
    ),
    # Written offer elsewhere, pending: ask the processes the user prefers for their timeline.
    _email(
        "ask_timeline",
        "formal",
        "Ma candidature au poste de {{ position }}" + COLON + " calendrier",
        "Je vous remercie pour le temps que vous m’avez consacré jusqu’ici dans le processus de "
        "recrutement pour le poste de {{ position }} chez {{ company }}.",
        "J’ai reçu une offre écrite d’une autre entreprise{% if offer_deadline %}, à laquelle je "
        "dois répondre d’ici le {{ offer_deadline }}{% endif %}. Le poste chez {{ company }} "
        "m’intéresse toujours vivement" + SEMI + " avant de prendre ma décision, pourriez-vous "
        "m’indiquer votre calendrier pour les prochaines étapes" + Q + _REASON,
        "Je comprends qu’il ne soit peut-être pas possible d’accélérer le processus, et vous "
        "remercie par avance de toute information." + _RELAY["formal"],
    ),
    _email(
        "ask_timeline",
        "warm",
        "Petite question sur le calendrier" + COLON + " {{ position }}",
        "Merci pour tout jusqu’ici concernant le poste de {{ position }}. J’ai vraiment apprécié "
        "de découvrir {{ company }}.",
        "Je tiens à jouer la transparence avec vous" + COLON + " j’ai reçu une offre d’une autre "
        "entreprise{% if offer_deadline %} et dois y répondre d’ici le {{ offer_deadline }}"
        "{% endif %}. Ce poste m’intéresse toujours beaucoup, et j’aimerais connaître votre "
        "calendrier avant de me décider." + _REASON,
        "Je comprends tout à fait si les choses ne peuvent pas aller plus vite. Toute information "
        "me serait très utile." + _RELAY["warm"],
    ),
    _email(
        "ask_timeline",
        "brief",
        "Calendrier pour le poste de {{ position }}",
        "Merci pour votre temps jusqu’ici. J’ai une offre d’une autre entreprise"
        "{% if offer_deadline %} avec une échéance au {{ offer_deadline }}{% endif %}, et le "
        "poste de {{ position }} chez {{ company }} m’intéresse toujours. Pourriez-vous me "
        "communiquer votre calendrier pour les prochaines étapes" + Q + _REASON + _RELAY["brief"],
    ),
    # Keep the door open while negotiating: say plainly, without pressure, what would help.
    _email(
        "keep_door_open",
        "formal",
        "Le poste de {{ position }} chez {{ company }}",
        "Je vous remercie pour votre temps et pour l’intérêt porté à ma candidature au poste de "
        "{{ position }} chez {{ company }}.",
        "Par souci de transparence, je vous informe que j’ai reçu une autre offre et que je "
        "devrai me décider prochainement. {{ company }} m’intéresse toujours sincèrement, et je "
        "préfère en parler ouvertement avec vous plutôt que de me retirer sans échange.",
        "{% if reason %}{{ reason }}{% else %}Si les conditions pouvaient évoluer quelque peu, ce "
        "serait avec grand plaisir que je poursuivrais le processus.{% endif %} Je comprendrai si "
        "ce n’est pas possible et vous remercie par avance de votre retour." + _RELAY["formal"],
    ),
    _email(
        "keep_door_open",
        "warm",
        "Le poste de {{ position }}" + COLON + " en toute franchise",
        "Merci pour tout le temps consacré au poste de {{ position }}. J’ai vraiment apprécié de "
        "rencontrer l’équipe de {{ company }}.",
        "En toute franchise, j’ai reçu une autre offre et devrai me décider bientôt. J’aimerais "
        "beaucoup trouver un moyen de continuer avec {{ company }}.",
        "{% if reason %}{{ reason }}{% else %}S’il existe une marge de manœuvre sur les "
        "conditions, ce serait avec grand plaisir que nous poursuivrions nos échanges.{% endif %} "
        "Aucune pression si ce n’est pas possible" + COLON + " je préfère simplement poser la "
        "question." + _RELAY["warm"],
    ),
    _email(
        "keep_door_open",
        "brief",
        "Le poste de {{ position }}",
        "Merci pour votre temps concernant le poste de {{ position }}. J’ai une autre offre et me "
        "déciderai bientôt, mais {{ company }} m’intéresse toujours.{% if reason %} {{ reason }}"
        "{% else %} Avec un peu de souplesse sur les conditions, je poursuivrais volontiers."
        "{% endif %} Je comprendrai si ce n’est pas possible." + _RELAY["brief"],
    ),
    # A polite check-in when a process has gone quiet.
    _email(
        "checking_in",
        "formal",
        "Suivi de ma candidature" + COLON + " {{ position }} chez {{ company }}",
        "J’espère que vous allez bien. Je me permets de revenir vers vous au sujet de ma "
        "candidature au poste de {{ position }} chez {{ company }}.",
        "Ce poste m’intéresse toujours vivement, et je vous remercie par avance de toute "
        "information sur les prochaines étapes et leur calendrier." + _REASON,
        "Je vous remercie pour votre temps et reste à votre disposition pour tout complément "
        "d’information." + _RELAY["formal"],
    ),
    _email(
        "checking_in",
        "warm",
        "Des nouvelles" + COLON + " {{ position }}",
        "J’espère que votre semaine se passe bien. Je voulais prendre des nouvelles concernant "
        "le poste de {{ position }} chez {{ company }}.",
        "Ce poste m’enthousiasme toujours autant, et j’aimerais beaucoup savoir où en est le "
        "processus et quelles seraient les prochaines étapes." + _REASON,
        "Merci beaucoup pour votre temps, et n’hésitez pas à me dire si je peux vous envoyer "
        "quoi que ce soit." + _RELAY["warm"],
    ),
    _email(
        "checking_in",
        "brief",
        "Suivi" + COLON + " {{ position }}",
        "Merci encore de l’intérêt que vous portez à ma candidature au poste de {{ position }} "
        "chez {{ company }}. Le poste m’intéresse toujours vivement, et toute information sur les "
        "prochaines étapes serait la bienvenue." + _REASON + _RELAY["brief"],
    ),
    # A short thank-you sent after withdrawing: no new withdrawal, nothing presumed.
    _template(
        "thank_you_follow_up",
        "formal",
        "Merci" + COLON + " {{ position }} chez {{ company }}",
        _GREETING["formal"],
        "Je tenais à vous remercier à nouveau pour le temps que vous m’avez consacré lors du "
        "processus de recrutement pour le poste de {{ position }} chez {{ company }}. J’ai "
        "beaucoup apprécié d’en apprendre davantage sur l’équipe et ses activités."
        + _AGENCY["formal"],
        "Ce serait avec plaisir que nous restions en contact, et j’espère que nos chemins se "
        "recroiseront.",
        "Bien sincèrement,\n{{ your_name }}",
    ),
    _template(
        "thank_you_follow_up",
        "warm",
        "Merci, et bonne continuation",
        _GREETING["warm"],
        "Un petit mot pour vous remercier encore de votre temps concernant le poste de "
        "{{ position }}. J’ai vraiment apprécié de rencontrer l’équipe de {{ company }}, et je "
        "vous souhaite plein de succès dans votre recherche." + _AGENCY["warm"],
        "Restons en contact.",
        _SIGN_OFF["warm"],
    ),
    _template(
        "thank_you_follow_up",
        "brief",
        "Merci",
        _GREETING["brief"],
        "Merci encore pour votre temps concernant le poste de {{ position }} chez {{ company }}. "
        "J’espère que nous resterons en contact." + _AGENCY["brief"],
        _SIGN_OFF["brief"],
    ),
    # Scripts to read on the phone, for short notice or after a long process.
    _template(
        "phone_script",
        "formal",
        "Script d’appel" + COLON + " {{ company }}",
        "Bonjour{% if contact_first_name %} {{ contact_name }}{% endif %}, {{ your_name }} à "
        "l’appareil. Je vous appelle au sujet du poste de {{ position }} chez {{ company }}. "
        "Avez-vous quelques minutes" + Q,
        "- Je vous remercie pour votre temps et pour cette opportunité.\n"
        "- Je vous appelle pour retirer ma candidature." + _REASON + "\n"
        "{% if interview_date %}- Je ne me présenterai pas à l’entretien du {{ interview_date }}"
        + SEMI
        + " veuillez excuser ce délai très court.\n{% endif %}"
        "- Toutes mes excuses pour la gêne occasionnée" + SEMI + " j’espère que nous resterons "
        "en contact.\n"
        "{% if agency %}- Merci de transmettre mes remerciements à {{ company }}.\n{% endif %}"
        "- Je vous le confirme par e-mail dès aujourd’hui.",
        "En cas de messagerie vocale" + COLON + "\n"
        "- {{ your_name }}, au sujet du poste de {{ position }}. Je retire ma candidature"
        "{% if interview_date %} et ne me présenterai pas à l’entretien du {{ interview_date }}"
        "{% endif %}. Veuillez m’excuser pour la gêne occasionnée" + SEMI + " je vous le "
        "confirme par e-mail aujourd’hui.",
    ),
    _template(
        "phone_script",
        "warm",
        "Script d’appel" + COLON + " {{ company }}",
        "Bonjour{% if contact_first_name %} {{ contact_first_name }}{% endif %}, c’est "
        "{{ your_name }}, au sujet du poste de {{ position }} chez {{ company }}. Vous avez deux "
        "minutes" + Q,
        "- Merci beaucoup pour tout jusqu’ici.\n"
        "- J’ai décidé de retirer ma candidature." + _REASON + "\n"
        "{% if interview_date %}- Je ne pourrai donc pas venir à l’entretien du "
        "{{ interview_date }}. Toutes mes excuses de vous prévenir si tard.\n{% endif %}"
        "- Toutes mes excuses pour le dérangement, et j’aimerais beaucoup que nous restions en "
        "contact.\n"
        "{% if agency %}- Pourriez-vous transmettre mes remerciements à l’équipe de "
        "{{ company }}" + Q + "\n{% endif %}"
        "- Je vous envoie un petit e-mail de confirmation aujourd’hui.",
        "En cas de messagerie vocale" + COLON + "\n"
        "- Bonjour, c’est {{ your_name }} pour le poste de {{ position }}. Je retire ma "
        "candidature{% if interview_date %} et ne viendrai pas à l’entretien du "
        "{{ interview_date }}{% endif %}. Toutes mes excuses" + SEMI + " je vous confirme cela "
        "par e-mail aujourd’hui.",
    ),
    _template(
        "phone_script",
        "brief",
        "Script d’appel" + COLON + " {{ company }}",
        "Bonjour, {{ your_name }} au sujet du poste de {{ position }} chez {{ company }}.",
        "- Merci pour cette opportunité.\n"
        "- Je retire ma candidature." + _REASON + "\n"
        "{% if interview_date %}- Je ne viendrai pas à l’entretien du {{ interview_date }}"
        + SEMI
        + " excusez ce délai très court.\n{% endif %}"
        "{% if agency %}- Merci de transmettre mes remerciements à {{ company }}.\n{% endif %}"
        "- Je vous le confirme par e-mail aujourd’hui.",
        "Messagerie" + COLON + " {{ your_name }}, je retire ma candidature au poste de "
        "{{ position }}{% if interview_date %} et annule l’entretien du {{ interview_date }}"
        "{% endif %}. Veuillez excuser la gêne occasionnée" + SEMI + " e-mail à suivre.",
    ),
    # Answering the offer itself, true to the offers on record (see the English wording).
    _email(
        "accept_offer",
        "formal",
        "Acceptation de votre offre" + COLON + " {{ position }}",
        "Je vous remercie vivement de votre offre pour le poste de {{ position }} chez "
        "{{ company }}. C’est avec grand plaisir que je l’accepte{% if offer_pay %}, pour une "
        "rémunération de {{ offer_pay }}{% endif %}, aux conditions prévues dans votre courrier."
        "{% if start_date %} Je vous confirme ma prise de poste le {{ start_date }}.{% else %} Je "
        "vous propose que nous convenions ensemble d’une date de prise de poste.{% endif %}"
        + _REASON,
        "N’hésitez pas à me faire savoir ce dont vous avez besoin d’ici là. Merci encore pour "
        "votre temps tout au long du processus." + _RELAY["formal"],
    ),
    _email(
        "accept_offer",
        "warm",
        "Oui" + EXCL + " J’accepte l’offre pour le poste de {{ position }}",
        "Merci beaucoup pour l’offre concernant le poste de {{ position }}. C’est avec une "
        "grande joie que je l’accepte{% if offer_pay %}, pour {{ offer_pay }}{% endif %}, comme "
        "indiqué dans votre courrier.{% if start_date %} Je vous confirme mon arrivée le "
        "{{ start_date }}.{% else %} Convenons ensemble d’une date d’arrivée.{% endif %}" + _REASON,
        "J’ai hâte de rejoindre toute l’équipe de {{ company }}. N’hésitez pas à me dire si vous "
        "avez besoin de quoi que ce soit d’ici là." + _RELAY["warm"],
    ),
    _email(
        "accept_offer",
        "brief",
        "Acceptation de votre offre" + COLON + " {{ position }}",
        "Merci de votre offre pour le poste de {{ position }} chez {{ company }}, que j’accepte "
        "avec plaisir{% if offer_pay %} pour {{ offer_pay }}{% endif %}, aux conditions de votre "
        "courrier.{% if start_date %} Je confirme ma date de début, le {{ start_date }}."
        "{% endif %}"
        + _REASON
        + " Pourriez-vous m’indiquer les prochaines étapes"
        + Q
        + _RELAY["brief"],
    ),
    _email(
        "decline_offer",
        "formal",
        "Votre offre pour le poste de {{ position }}",
        "Je vous remercie vivement de votre offre pour le poste de {{ position }} chez "
        "{{ company }}, ainsi que pour le temps que vous et vos collègues m’avez consacré.",
        "Après mûre réflexion, j’ai décidé de ne pas donner suite à cette offre." + _REASON,
        "Cette décision n’a pas été facile. J’ai beaucoup d’estime pour {{ company }} et "
        "j’espère sincèrement que nous resterons en contact." + _AGENCY["formal"],
    ),
    _email(
        "decline_offer",
        "warm",
        "Votre offre" + COLON + " merci",
        "Merci beaucoup pour l’offre concernant le poste de {{ position }}, et pour tout le "
        "temps que l’équipe de {{ company }} m’a consacré.",
        "Après beaucoup de réflexion, j’ai décidé de ne pas l’accepter." + _REASON + " Ce choix "
        "n’a vraiment pas été facile.",
        "J’ai beaucoup apprécié de rencontrer l’équipe, et j’aimerais beaucoup que nous restions "
        "en contact." + _AGENCY["warm"],
    ),
    _email(
        "decline_offer",
        "brief",
        "Votre offre" + COLON + " {{ position }}",
        "Merci de votre offre pour le poste de {{ position }} chez {{ company }}. Après mûre "
        "réflexion, j’ai décidé de la décliner."
        + _REASON
        + " Merci pour votre temps"
        + SEMI
        + " j’espère que nous resterons en contact."
        + _AGENCY["brief"],
    ),
    _email(
        "negotiate",
        "formal",
        "Votre offre pour le poste de {{ position }}",
        "Je vous remercie vivement de votre offre pour le poste de {{ position }} chez "
        "{{ company }}. Ce poste me motive beaucoup, et je souhaite vraiment que nous trouvions "
        "un accord.",
        "{% if competing_offer %}En toute transparence, j’ai également reçu une autre offre "
        "écrite{% if competing_figures %}, de {{ competing_figures }}{% endif %}. {% endif %}"
        "{% if reason %}{{ reason }}{% else %}Si une évolution du salaire de base était possible, "
        "j’accepterais votre offre.{% endif %}",
        "J’espère que nous trouverons des conditions qui conviennent à chacun, et je reste à "
        "votre disposition pour en discuter." + _RELAY["formal"],
    ),
    _email(
        "negotiate",
        "warm",
        "L’offre pour le poste de {{ position }}" + COLON + " une question",
        "Merci beaucoup pour l’offre concernant le poste de {{ position }}. Elle m’enthousiasme "
        "vraiment, et j’aimerais beaucoup que cela se concrétise avec {{ company }}.",
        "{% if competing_offer %}En toute franchise, j’ai aussi reçu une autre offre écrite"
        "{% if competing_figures %}, de {{ competing_figures }}{% endif %}. {% endif %}"
        "{% if reason %}{{ reason }}{% else %}S’il y a une marge de manœuvre sur le salaire de "
        "base, je dirais oui avec plaisir.{% endif %}",
        "Ce serait avec plaisir d’en discuter au moment qui vous conviendra." + _RELAY["warm"],
    ),
    _email(
        "negotiate",
        "brief",
        "Votre offre" + COLON + " {{ position }}",
        "Merci de votre offre pour le poste de {{ position }} chez {{ company }}" + SEMI + " je "
        "souhaite vraiment que nous trouvions un accord.{% if competing_offer %} J’ai une autre "
        "offre écrite{% if competing_figures %}, de {{ competing_figures }}{% endif %}."
        "{% endif %}{% if reason %} {{ reason }}{% else %} Avec un peu de souplesse sur le "
        "salaire de base, j’accepterais.{% endif %} Je reste disponible pour en discuter."
        + _RELAY["brief"],
    ),
]
