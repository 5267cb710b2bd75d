"""The shipped templates in German: every scenario in a formal, a warm and a brief tone.

The same scenarios, placeholders and rules as the English ones (``withdrawals.defaults``):
thank them first, be brief and honest, a reason or none, no grievance, apologise, offer to stay
in touch; say no more than is true.

German custom, as a native professional writes to a recruiter:
- Every tone says "Sie". A candidate does not switch to "du" with an employer unless offered,
  so warm and brief keep "Sie" and are warmer or shorter in their words, not in the address.
- Greetings name the person without "Herr" or "Frau": "Guten Tag Anna Weber," (formal),
  "Hallo Anna Weber," (warm and brief); with no one named, "Guten Tag," or "Hallo,". After the
  greeting's comma the text starts in lower case, as German letters do.
- Sign-offs (``withdrawals.languages.SIGN_OFFS``) take no comma: "Mit freundlichen Grüßen"
  (formal), "Herzliche Grüße" (warm), "Viele Grüße" (brief).
- Dates and times come from the placeholders: "am Dienstag, 3. Dezember, um 10:00 Uhr".
"""

from withdrawals.defaults import REASON, Phrasebook
from withdrawals.languages import GERMAN

_GREETING = {
    "formal": "{% if contact_first_name %}Guten Tag {{ contact_name }},{% else %}Guten Tag,"
    "{% endif %}",
    "warm": "{% if contact_first_name %}Hallo {{ contact_name }},{% else %}Hallo,{% endif %}",
    "brief": "{% if contact_first_name %}Hallo {{ contact_name }},{% else %}Guten Tag,{% endif %}",
}
_SIGN_OFF = {
    "formal": "Mit freundlichen Grüßen\n{{ your_name }}",
    "warm": "Herzliche Grüße\n{{ your_name }}",
    "brief": "Viele Grüße\n{{ your_name }}",
}
# An agency set the process up: thank its recruiter, and ask them to pass thanks on.
_AGENCY = {
    "formal": "{% if agency %} Auch Ihnen herzlichen Dank für Ihre Unterstützung; bitte richten "
    "Sie allen bei {{ company }} meinen Dank aus.{% endif %}",
    "warm": "{% if agency %} Ihnen vielen Dank für Ihre Begleitung auf dem ganzen Weg, und "
    "bitte richten Sie dem Team bei {{ company }} meinen Dank aus.{% endif %}",
    "brief": "{% if agency %} Bitte richten Sie {{ company }} meinen Dank aus.{% endif %}",
}
# A message that keeps the process going: the agency passes it on to its client.
_RELAY = {
    "formal": "{% if agency %} Ich wäre Ihnen dankbar, wenn Sie diese Nachricht an {{ company }} "
    "weiterleiten könnten.{% endif %}",
    "warm": "{% if agency %} Könnten Sie das bitte an das Team bei {{ company }} weitergeben?"
    "{% endif %}",
    "brief": "{% if agency %} Bitte leiten Sie dies an {{ company }} weiter.{% endif %}",
}
_INTERVIEW = {
    "formal": "{% if interview_date %} Das Vorstellungsgespräch am {{ interview_date }} werde ich "
    "daher nicht wahrnehmen; der Termin steht damit für andere Bewerbende zur Verfügung."
    "{% endif %}",
    "warm": "{% if interview_date %} Zum Gespräch am {{ interview_date }} komme ich deshalb nicht, "
    "so wird der Termin für jemand anderen frei.{% endif %}",
    "brief": "{% if interview_date %} Den Gesprächstermin am {{ interview_date }} sage ich hiermit "
    "ab.{% endif %}",
}
_REASON = REASON
_WITHDRAWING = "Rücknahme meiner Bewerbung: {{ position }}"
# After "Inzwischen": "… habe ich ein anderes Stellenangebot angenommen".
_OFFER_CLAIM = (
    "{% if offer_accepted %}habe ich ein anderes Stellenangebot angenommen{% else %}habe ich "
    "mich für eine andere berufliche Möglichkeit entschieden{% endif %}"
)
_OFFER_CLAIM_CLAUSE = (
    "{% if offer_accepted %}ein anderes Stellenangebot angenommen habe{% else %}mich für eine "
    "andere berufliche Möglichkeit entschieden habe{% endif %}"
)
_FORMAL_THANKS = (
    "vielen Dank für Ihre Zeit und dafür, dass Sie mich für die Position als {{ position }} bei "
    "{{ company }} in Betracht gezogen haben. Die Einblicke in das Team und seine Arbeit habe "
    "ich sehr geschätzt."
)
_WARM_THANKS = (
    "herzlichen Dank für Ihre Zeit und für alles, was ich über die Stelle als {{ position }} bei "
    "{{ company }} erfahren durfte. Unsere Gespräche haben mir wirklich Freude gemacht."
)
_BRIEF_THANKS = (
    "vielen Dank, dass Sie mich für die Position als {{ position }} bei {{ company }} "
    "berücksichtigt haben."
)
_BRIEF_CLOSE = "Bitte entschuldigen Sie etwaige Umstände; ich wünsche Ihnen alles Gute."
_FORMAL_SORRY = "Bitte entschuldigen Sie etwaige Unannehmlichkeiten"
_WARM_SORRY = "Entschuldigen Sie bitte die Umstände"
_STAY_IN_TOUCH = "ich würde mich freuen, in Kontakt zu bleiben."


BOOK = Phrasebook(
    language=GERMAN,
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
        "Inzwischen " + _OFFER_CLAIM + " und ziehe meine Bewerbung daher zurück.",
        "Ich möchte Ihnen mitteilen, dass ich "
        + _OFFER_CLAIM_CLAUSE
        + " und meine Bewerbung deshalb zurückziehe. Die Entscheidung ist mir nicht "
        "leichtgefallen.",
        "Inzwischen " + _OFFER_CLAIM + " und ziehe meine Bewerbung zurück.",
        _FORMAL_SORRY + ". Ich schätze {{ company }} sehr, und " + _STAY_IN_TOUCH,
        _WARM_SORRY + ", ich würde mich sehr freuen, wenn wir in Kontakt bleiben. Ihnen und allen "
        "bei {{ company }} wünsche ich alles Gute.",
    ),
    *_three(
        "other_opportunity",
        "Nach reiflicher Überlegung habe ich mich für eine andere berufliche Möglichkeit "
        "entschieden und möchte meine Bewerbung daher zurückziehen.",
        "Nach langem Überlegen habe ich mich für eine andere Möglichkeit entschieden und ziehe "
        "meine Bewerbung deshalb zurück. Leicht gefallen ist mir das nicht.",
        "Ich habe mich für eine andere Möglichkeit entschieden und ziehe meine Bewerbung zurück.",
        _FORMAL_SORRY + "; " + _STAY_IN_TOUCH,
        _WARM_SORRY + ", und ich hoffe, dass sich unsere Wege wieder kreuzen.",
    ),
    *_three(
        "not_right_fit",
        "Nach unseren Gesprächen bin ich zu dem Schluss gekommen, dass die Position derzeit nicht "
        "die richtige für mich ist, und habe mich entschieden, meine Bewerbung zurückzuziehen.",
        "Ich habe es mir gründlich überlegt und gemerkt, dass die Stelle im Moment nicht ganz zu "
        "mir passt. Deshalb ziehe ich meine Bewerbung zurück.",
        "Nach reiflicher Überlegung passt die Position derzeit nicht zu mir, daher ziehe ich "
        "meine Bewerbung zurück.",
        _FORMAL_SORRY + "; " + _STAY_IN_TOUCH,
        _WARM_SORRY + ". Ihnen und dem Team wünsche ich weiterhin viel Erfolg.",
    ),
    *_three(
        "compensation",
        "Nach sorgfältiger Abwägung entspricht das Vergütungspaket nicht meinen derzeitigen "
        "Vorstellungen, daher ziehe ich meine Bewerbung zurück. Mir ist bewusst, dass jedes "
        "Unternehmen mit seinem eigenen Budget plant.",
        "Ich habe mir das Gesamtpaket gut überlegt, aber es passt für mich im Moment leider "
        "nicht. Deshalb ziehe ich meine Bewerbung zurück; ich verstehe natürlich, dass jedes "
        "Team sein eigenes Budget hat.",
        "Das Vergütungspaket entspricht nicht ganz meinen derzeitigen Vorstellungen, daher ziehe "
        "ich meine Bewerbung zurück.",
        _FORMAL_SORRY + ". Sollten sich die Umstände ändern, würde ich mich über ein erneutes "
        "Gespräch freuen.",
        _WARM_SORRY + ". Wenn sich auf einer der beiden Seiten etwas ändert, spreche ich gern "
        "wieder mit Ihnen.",
    ),
    *_three(
        "location",
        "Nach sorgfältiger Überlegung bin ich zu dem Schluss gekommen, dass der Arbeitsort "
        "derzeit nicht zu meinen Lebensumständen passt, und ziehe meine Bewerbung daher zurück.",
        "Ich habe lange über den Standort nachgedacht, aber er lässt sich mit meiner jetzigen "
        "Situation leider nicht vereinbaren. Deshalb ziehe ich meine Bewerbung zurück.",
        "Der Standort passt derzeit nicht zu meinen Lebensumständen, daher ziehe ich meine "
        "Bewerbung zurück.",
        _FORMAL_SORRY + ". Über passende Stellen in der Zukunft würde ich mich freuen.",
        _WARM_SORRY + ", und falls sich einmal etwas näher an meinem Wohnort ergibt, freue ich "
        "mich, von Ihnen zu hören.",
    ),
    # Culture or values: about the candidate's own way of working, never the company.
    *_three(
        "culture",
        "Nach reiflicher Überlegung habe ich erkannt, dass meine Arbeitsweise und meine "
        "Prioritäten besser zu einem anderen Umfeld passen, und mich daher entschieden, meine "
        "Bewerbung zurückzuziehen.",
        "Beim Nachdenken ist mir klar geworden, dass meine Art zu arbeiten besser zu einem "
        "anderen Umfeld passt. Deshalb ziehe ich meine Bewerbung zurück.",
        "Meine Arbeitsweise passt besser zu einem anderen Umfeld, daher ziehe ich meine "
        "Bewerbung zurück.",
        _FORMAL_SORRY + ". Ihnen und dem Team wünsche ich weiterhin viel Erfolg.",
        _WARM_SORRY + ", ich wünsche Ihnen und dem ganzen Team alles Gute.",
    ),
    *_three(
        "role_changed",
        "Vielen Dank auch dafür, dass Sie mir erläutert haben, wie sich die Position entwickelt "
        "hat. Der neue Aufgabenbereich hat sich jedoch von den Schwerpunkten entfernt, die ich "
        "anstrebe, und ich ziehe meine Bewerbung daher zurück.",
        "Danke auch, dass Sie so offen erzählt haben, wie sich die Stelle verändert hat. Der "
        "neue Zuschnitt geht allerdings in eine andere Richtung, als ich sie mir wünsche, "
        "deshalb ziehe ich meine Bewerbung zurück.",
        "Der geänderte Aufgabenbereich entspricht nicht mehr meinen Schwerpunkten, daher ziehe "
        "ich meine Bewerbung zurück.",
        _FORMAL_SORRY + "; " + _STAY_IN_TOUCH,
        _WARM_SORRY + ", und " + _STAY_IN_TOUCH,
    ),
    *_three(
        "personal",
        "Aufgrund einer Veränderung meiner persönlichen Umstände kann ich diese Möglichkeit "
        "leider nicht weiterverfolgen und muss meine Bewerbung zurückziehen.",
        "In meinem privaten Umfeld hat sich etwas verändert, sodass ich den Prozess leider "
        "nicht fortsetzen kann. Deshalb ziehe ich meine Bewerbung zurück.",
        "Aufgrund veränderter persönlicher Umstände muss ich meine Bewerbung zurückziehen.",
        _FORMAL_SORRY + "; " + _STAY_IN_TOUCH,
        "Es tut mir wirklich leid für die Umstände, und ich hoffe, dass sich unsere Wege wieder "
        "kreuzen.",
    ),
    # No reason given: the user's reason sentence is deliberately left out.
    _email(
        "no_reason",
        "formal",
        _WITHDRAWING,
        _FORMAL_THANKS,
        "Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen."
        + _INTERVIEW["formal"],
        _FORMAL_SORRY + "; " + _STAY_IN_TOUCH + _AGENCY["formal"],
    ),
    _email(
        "no_reason",
        "warm",
        _WITHDRAWING,
        _WARM_THANKS,
        "Ich möchte Ihnen mitteilen, dass ich meine Bewerbung zurückziehe." + _INTERVIEW["warm"],
        _WARM_SORRY + ", ich würde mich sehr freuen, in Kontakt zu bleiben." + _AGENCY["warm"],
    ),
    _email(
        "no_reason",
        "brief",
        _WITHDRAWING,
        _BRIEF_THANKS
        + " Ich habe mich entschieden, meine Bewerbung zurückzuziehen."
        + _INTERVIEW["brief"]
        + " "
        + _BRIEF_CLOSE
        + _AGENCY["brief"],
    ),
    # Ask about other roles at the company instead.
    _email(
        "other_roles",
        "formal",
        "Meine Bewerbung als {{ position }} und weitere Stellen bei {{ company }}",
        "vielen Dank für Ihre Zeit und dafür, dass Sie mich für die Position als {{ position }} "
        "bei {{ company }} in Betracht gezogen haben.",
        "Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung für diese "
        "Position zurückzuziehen." + _REASON + _INTERVIEW["formal"],
        "Ich würde jedoch weiterhin sehr gern für {{ company }} arbeiten und wäre Ihnen dankbar, "
        "wenn Sie mich über aktuelle oder künftige Stellen informieren, die zu meiner Erfahrung "
        "passen." + _AGENCY["formal"],
    ),
    _email(
        "other_roles",
        "warm",
        "Die Stelle als {{ position }} und andere bei {{ company }}",
        "herzlichen Dank für Ihre Zeit und dafür, dass Sie mir die Stelle als {{ position }} bei "
        "{{ company }} vorgestellt haben.",
        "Ich habe gemerkt, dass genau diese Stelle nicht die richtige für mich ist, und ziehe "
        "meine Bewerbung deshalb zurück." + _REASON + _INTERVIEW["warm"],
        "Ich würde trotzdem sehr gern mit {{ company }} zusammenarbeiten. Wenn sich eine andere "
        "Stelle ergibt, die zu meiner Erfahrung passt, freue ich mich, von Ihnen zu hören."
        + _AGENCY["warm"],
    ),
    _email(
        "other_roles",
        "brief",
        "Andere Stellen bei {{ company }}",
        "vielen Dank, dass Sie mich für die Position als {{ position }} berücksichtigt haben. "
        "Diese Bewerbung ziehe ich zurück." + _REASON + _INTERVIEW["brief"],
        "Über andere passende Stellen bei {{ company }} würde ich mich dennoch freuen."
        + _AGENCY["brief"],
    ),
    # Recommend a colleague in my place: named twice rather than by a pronoun that has a gender.
    _email(
        "recommend_colleague",
        "formal",
        _WITHDRAWING,
        _FORMAL_THANKS,
        "Nach reiflicher Überlegung habe ich mich entschieden, meine Bewerbung zurückzuziehen."
        + _REASON
        + _INTERVIEW["formal"]
        + " "
        + _FORMAL_SORRY
        + ".",
        "{% if colleague_name %}Falls es Ihnen hilft, empfehle ich Ihnen gern "
        "{{ colleague_name }}: Wir haben zusammengearbeitet, und ich halte {{ colleague_name }} "
        "für hervorragend geeignet. Gern stelle ich den Kontakt her.{% else %}Falls es Ihnen "
        "hilft, empfehle ich Ihnen gern jemanden aus meinem früheren Team, den ich für "
        "hervorragend geeignet halte.{% endif %}" + _AGENCY["formal"],
    ),
    _email(
        "recommend_colleague",
        "warm",
        _WITHDRAWING,
        _WARM_THANKS,
        "Ich habe mich entschieden, meine Bewerbung zurückzuziehen."
        + _REASON
        + _INTERVIEW["warm"]
        + " "
        + _WARM_SORRY
        + ".",
        "{% if colleague_name %}Gern helfe ich Ihnen aber, die richtige Person zu finden: "
        "{{ colleague_name }} und ich haben zusammengearbeitet, und das würde wunderbar passen. "
        "Ich stelle den Kontakt gern her.{% else %}Gern helfe ich Ihnen aber, die richtige "
        "Person zu finden, und stelle Ihnen jemanden aus meinem früheren Team vor, der "
        "wunderbar passen würde.{% endif %}" + _AGENCY["warm"],
    ),
    _email(
        "recommend_colleague",
        "brief",
        _WITHDRAWING,
        _BRIEF_THANKS + " Ich ziehe meine Bewerbung zurück." + _REASON + _INTERVIEW["brief"],
        "{% if colleague_name %}{{ colleague_name }} aus meinem früheren Team wäre eine sehr gute "
        "Besetzung; gern stelle ich den Kontakt her.{% else %}Gern empfehle ich Ihnen jemanden "
        "aus meinem früheren Team, der sehr gut passen würde.{% endif %}" + _AGENCY["brief"],
    ),
    # Cancel an interview at short notice: name the interview, apologise for the notice.
    _email(
        "cancel_interview",
        "formal",
        "Absage meines Vorstellungsgesprächs{% if interview_date %} am {{ interview_date }}"
        "{% endif %}: {{ position }}",
        "vielen Dank für die Einladung zum Vorstellungsgespräch für die Position als "
        "{{ position }} bei {{ company }}.",
        "Hiermit sage ich das Gespräch{% if interview_date %} am {{ interview_date }}{% endif %} "
        "ab und ziehe meine Bewerbung zurück." + _REASON,
        "Bitte entschuldigen Sie die kurzfristige Absage und die Umstände, die sie Ihnen und "
        "Ihren Kolleginnen und Kollegen bereitet. Ich würde mich freuen, in Kontakt zu bleiben."
        + _AGENCY["formal"],
    ),
    _email(
        "cancel_interview",
        "warm",
        "Absage unseres Gesprächs{% if interview_date %} am {{ interview_date }}{% endif %}",
        "herzlichen Dank für die Einladung zum Gespräch über die Stelle als {{ position }} bei "
        "{{ company }}.",
        "Es tut mir sehr leid, so kurzfristig abzusagen, aber ich muss unser Gespräch"
        "{% if interview_date %} am {{ interview_date }}{% endif %} absagen und ziehe meine "
        "Bewerbung zurück." + _REASON,
        "Mir ist bewusst, dass das für Sie und das Team zusätzlichen Aufwand bedeutet, und ich "
        "danke Ihnen sehr für Ihr Verständnis. Ich würde mich freuen, in Kontakt zu bleiben."
        + _AGENCY["warm"],
    ),
    _email(
        "cancel_interview",
        "brief",
        "Absage des Gesprächs{% if interview_date %} am {{ interview_date }}{% endif %}",
        "vielen Dank für die Einladung zum Gespräch über die Position als {{ position }} bei "
        "{{ company }}. Ich muss den Termin{% if interview_date %} am {{ interview_date }}"
        "{% endif %} leider absagen und ziehe meine Bewerbung zurück."
        + _REASON
        + " Bitte entschuldigen Sie die kurze Frist."
        + _AGENCY["brief"],
    ),
    # Between offer and decision (not withdrawals): ask the offering company for time.
    _email(
        "request_time",
        "formal",
        "Ihr Angebot für die Position als {{ position }}",
        "vielen Dank für Ihr Angebot für die Position als {{ position }} bei {{ company }}. Ich "
        "freue mich sehr darüber.",
        "Damit ich Ihnen eine wohlüberlegte Antwort geben kann, wäre ich Ihnen für etwas mehr "
        "Bedenkzeit dankbar.{% if offer_deadline %} Sie hatten um meine Rückmeldung bis "
        "{{ offer_deadline }} gebeten.{% endif %} Wäre es möglich, {% if decide_by %}dass ich "
        "Ihnen bis {{ decide_by }} antworte{% else %}mir noch einige Tage Zeit zu geben"
        "{% endif %}?" + _REASON,
        "Falls ich in der Zwischenzeit etwas lesen oder mit jemandem sprechen kann, nehme ich das "
        "gern wahr. Vielen Dank für Ihr Verständnis." + _RELAY["formal"],
    ),
    _email(
        "request_time",
        "warm",
        "Ihr Angebot: etwas mehr Bedenkzeit?",
        "herzlichen Dank für das Angebot für die Stelle als {{ position }}. Ich freue mich "
        "wirklich sehr und bin dankbar für die Zeit, die sich alle bei {{ company }} für mich "
        "genommen haben.",
        "Die Entscheidung ist mir wichtig, und ich möchte sie in Ruhe treffen. "
        "{% if decide_by %}Wäre es für Sie in Ordnung, wenn ich mich bis {{ decide_by }} melde?"
        "{% else %}Wäre es für Sie in Ordnung, wenn ich mir noch ein paar Tage Zeit nehme?"
        "{% endif %}{% if offer_deadline %} Ich weiß, dass Sie eigentlich bis {{ offer_deadline }} "
        "von mir hören wollten.{% endif %}" + _REASON,
        "Wenn es hilft, bespreche ich in der Zwischenzeit gern alle offenen Fragen."
        + _RELAY["warm"],
    ),
    _email(
        "request_time",
        "brief",
        "Ihr Angebot: Bedenkzeit",
        "vielen Dank für Ihr Angebot für die Position als {{ position }} bei {{ company }}. Ich "
        "bitte um etwas mehr Bedenkzeit: {% if decide_by %}Könnte ich mich bis {{ decide_by }} "
        "melden{% else %}Könnte ich noch einige Tage haben{% endif %}{% if offer_deadline %} "
        "statt bis {{ offer_deadline }}{% endif %}?"
        + _REASON
        + " Danke für Ihr Verständnis."
        + _RELAY["brief"],
    ),
    # Written offer elsewhere, pending: ask the processes the user prefers for their timeline.
    _email(
        "ask_timeline",
        "formal",
        "Meine Bewerbung als {{ position }}: Zeitplan",
        "vielen Dank für Ihre bisherige Zeit im Bewerbungsprozess für die Position als "
        "{{ position }} bei {{ company }}.",
        "Mir liegt inzwischen ein schriftliches Angebot eines anderen Unternehmens vor"
        "{% if offer_deadline %}, auf das ich bis {{ offer_deadline }} antworten soll{% endif %}. "
        "Die Position bei {{ company }} interessiert mich weiterhin sehr. Könnten Sie mir daher, "
        "bevor ich mich entscheide, den Zeitplan für die nächsten Schritte mitteilen?" + _REASON,
        "Mir ist bewusst, dass sich der Prozess möglicherweise nicht beschleunigen lässt, und ich "
        "bin für jede Information dankbar." + _RELAY["formal"],
    ),
    _email(
        "ask_timeline",
        "warm",
        "Kurze Frage zum Zeitplan: {{ position }}",
        "vielen Dank für alles bisher rund um die Stelle als {{ position }}. Es hat mir wirklich "
        "Freude gemacht, {{ company }} kennenzulernen.",
        "Ich möchte offen zu Ihnen sein: Ich habe ein Angebot eines anderen Unternehmens erhalten"
        "{% if offer_deadline %} und muss mich bis {{ offer_deadline }} entscheiden{% endif %}. "
        "An dieser Stelle bin ich nach wie vor sehr interessiert, deshalb würde ich gern Ihren "
        "Zeitplan kennen, bevor ich mich entscheide." + _REASON,
        "Ich verstehe natürlich, wenn es nicht schneller geht. Jede Information hilft mir sehr."
        + _RELAY["warm"],
    ),
    _email(
        "ask_timeline",
        "brief",
        "Zeitplan für die Position als {{ position }}",
        "vielen Dank für Ihre bisherige Zeit. Mir liegt ein Angebot eines anderen Unternehmens "
        "vor{% if offer_deadline %} mit Frist bis {{ offer_deadline }}{% endif %}, und ich bin "
        "weiterhin an der Position als {{ position }} bei {{ company }} interessiert. Könnten Sie "
        "mir den Zeitplan für die nächsten Schritte nennen?" + _REASON + _RELAY["brief"],
    ),
    # Keep the door open while negotiating: say plainly, without pressure, what would help.
    _email(
        "keep_door_open",
        "formal",
        "Die Position als {{ position }} bei {{ company }}",
        "vielen Dank für Ihre Zeit und dafür, dass Sie mich für die Position als {{ position }} "
        "bei {{ company }} in Betracht ziehen.",
        "Ich möchte offen zu Ihnen sein: Mir liegt ein weiteres Angebot vor, und ich werde mich "
        "bald entscheiden. Ich bin nach wie vor sehr an {{ company }} interessiert und spreche "
        "lieber offen mit Ihnen, als mich ohne ein Gespräch zurückzuziehen.",
        "{% if reason %}{{ reason }}{% else %}Wenn bei den Konditionen etwas Spielraum bestünde, "
        "würde ich den Prozess sehr gern fortsetzen.{% endif %} Ich habe Verständnis, falls das "
        "nicht möglich ist, und bin Ihnen für Ihre Einschätzung dankbar." + _RELAY["formal"],
    ),
    _email(
        "keep_door_open",
        "warm",
        "Die Stelle als {{ position }}: ein offenes Wort",
        "vielen Dank für all Ihre Zeit rund um die Stelle als {{ position }}. Es hat mir wirklich "
        "Freude gemacht, das Team bei {{ company }} kennenzulernen.",
        "Ich möchte ehrlich zu Ihnen sein: Ich habe ein weiteres Angebot erhalten und muss mich "
        "bald entscheiden. Ich würde sehr gern einen Weg finden, mit {{ company }} "
        "weiterzumachen.",
        "{% if reason %}{{ reason }}{% else %}Falls es bei den Konditionen etwas Spielraum gibt, "
        "würde ich mich sehr freuen, im Gespräch zu bleiben.{% endif %} Es ist überhaupt kein "
        "Problem, wenn das nicht geht; ich frage nur lieber, als mich später zu wundern."
        + _RELAY["warm"],
    ),
    _email(
        "keep_door_open",
        "brief",
        "Die Position als {{ position }}",
        "vielen Dank für Ihre Zeit rund um die Position als {{ position }}. Mir liegt ein weiteres "
        "Angebot vor, und ich entscheide mich bald, bin aber weiterhin an {{ company }} "
        "interessiert.{% if reason %} {{ reason }}{% else %} Mit etwas Spielraum bei den "
        "Konditionen würde ich gern weitermachen.{% endif %} Ich habe Verständnis, falls nicht."
        + _RELAY["brief"],
    ),
    # A polite check-in when a process has gone quiet.
    _email(
        "checking_in",
        "formal",
        "Nachfrage: {{ position }} bei {{ company }}",
        "ich hoffe, es geht Ihnen gut. Ich möchte mich nach dem Stand meiner Bewerbung für die "
        "Position als {{ position }} bei {{ company }} erkundigen.",
        "Ich bin weiterhin sehr an der Position interessiert und wäre Ihnen für eine kurze "
        "Rückmeldung zu den nächsten Schritten und dem zeitlichen Ablauf dankbar." + _REASON,
        "Vielen Dank für Ihre Zeit. Falls Sie noch weitere Unterlagen von mir benötigen, lassen "
        "Sie es mich bitte wissen." + _RELAY["formal"],
    ),
    _email(
        "checking_in",
        "warm",
        "Kurze Nachfrage: {{ position }}",
        "ich hoffe, Sie haben eine gute Woche! Ich wollte mich kurz zur Stelle als {{ position }} "
        "bei {{ company }} melden.",
        "Die Stelle begeistert mich nach wie vor, und ich würde mich sehr freuen zu hören, wie es "
        "steht und wie die nächsten Schritte aussehen." + _REASON,
        "Vielen Dank für Ihre Zeit, und sagen Sie gern Bescheid, wenn ich Ihnen noch etwas "
        "schicken kann." + _RELAY["warm"],
    ),
    _email(
        "checking_in",
        "brief",
        "Nachfrage: {{ position }}",
        "vielen Dank noch einmal, dass Sie mich für die Position als {{ position }} bei "
        "{{ company }} berücksichtigen. Ich bin weiterhin sehr interessiert und freue mich über "
        "eine Rückmeldung zu den nächsten Schritten." + _REASON + _RELAY["brief"],
    ),
    # A short thank-you sent after withdrawing: no new withdrawal, nothing presumed.
    _template(
        "thank_you_follow_up",
        "formal",
        "Vielen Dank: {{ position }} bei {{ company }}",
        _GREETING["formal"],
        "ich möchte mich noch einmal herzlich für Ihre Zeit im Bewerbungsprozess für die "
        "Position als {{ position }} bei {{ company }} bedanken. Die Einblicke in das Team und "
        "seine Arbeit habe ich sehr geschätzt." + _AGENCY["formal"],
        "Ich würde mich freuen, in Kontakt zu bleiben, und hoffe, dass sich unsere Wege wieder "
        "kreuzen.",
        "Mit besten Grüßen\n{{ your_name }}",
    ),
    _template(
        "thank_you_follow_up",
        "warm",
        "Vielen Dank und alles Gute",
        _GREETING["warm"],
        "nur eine kurze Nachricht, um mich noch einmal für Ihre Zeit rund um die Stelle als "
        "{{ position }} zu bedanken. Ich habe das Team bei {{ company }} sehr gern kennengelernt "
        "und wünsche Ihnen viel Erfolg bei der weiteren Suche." + _AGENCY["warm"],
        "Lassen Sie uns in Kontakt bleiben.",
        _SIGN_OFF["warm"],
    ),
    _template(
        "thank_you_follow_up",
        "brief",
        "Vielen Dank",
        _GREETING["brief"],
        "vielen Dank noch einmal für Ihre Zeit rund um die Position als {{ position }} bei "
        "{{ company }}. Ich hoffe, wir bleiben in Kontakt." + _AGENCY["brief"],
        _SIGN_OFF["brief"],
    ),
    # Scripts to read on the phone, for short notice or after a long process.
    _template(
        "phone_script",
        "formal",
        "Telefonleitfaden: {{ company }}",
        "Guten Tag{% if contact_first_name %} {{ contact_name }}{% endif %}, hier spricht "
        "{{ your_name }}. Ich rufe wegen der Position als {{ position }} bei {{ company }} an. "
        "Passt es Ihnen gerade kurz?",
        "- Vielen Dank für Ihre Zeit und die Gelegenheit.\n"
        "- Ich rufe an, um meine Bewerbung zurückzuziehen." + _REASON + "\n"
        "{% if interview_date %}- Zum Vorstellungsgespräch am {{ interview_date }} werde ich "
        "nicht kommen; bitte entschuldigen Sie die kurze Frist.\n{% endif %}"
        "- Bitte entschuldigen Sie die Umstände; ich würde mich freuen, in Kontakt zu bleiben.\n"
        "{% if agency %}- Bitte richten Sie {{ company }} meinen Dank aus.\n{% endif %}"
        "- Ich bestätige das heute noch per E-Mail.",
        "Falls die Mailbox anspringt:\n"
        "- Hier ist {{ your_name }} zur Position als {{ position }}. Ich ziehe meine Bewerbung "
        "zurück{% if interview_date %} und werde zum Gespräch am {{ interview_date }} nicht "
        "kommen{% endif %}. Bitte entschuldigen Sie die Umstände; ich bestätige das heute noch "
        "per E-Mail.",
    ),
    _template(
        "phone_script",
        "warm",
        "Telefonleitfaden: {{ company }}",
        "Hallo{% if contact_first_name %} {{ contact_name }}{% endif %}, hier ist {{ your_name }}, "
        "es geht um die Stelle als {{ position }} bei {{ company }}. Haben Sie ein paar Minuten?",
        "- Vielen Dank für alles bisher.\n"
        "- Ich habe mich entschieden, meine Bewerbung zurückzuziehen." + _REASON + "\n"
        "{% if interview_date %}- Das heißt, ich komme nicht zum Gespräch am {{ interview_date }}. "
        "Es tut mir wirklich leid, dass es so kurzfristig ist.\n{% endif %}"
        "- Entschuldigen Sie die Umstände, ich würde mich freuen, in Kontakt zu bleiben.\n"
        "{% if agency %}- Könnten Sie dem Team bei {{ company }} meinen Dank ausrichten?\n"
        "{% endif %}"
        "- Ich schicke Ihnen heute noch eine kurze Bestätigung per E-Mail.",
        "Falls die Mailbox anspringt:\n"
        "- Hallo, hier ist {{ your_name }} wegen der Stelle als {{ position }}. Ich ziehe meine "
        "Bewerbung zurück{% if interview_date %} und komme nicht zum Gespräch am "
        "{{ interview_date }}{% endif %}. Entschuldigen Sie die Umstände, ich bestätige es heute "
        "per E-Mail.",
    ),
    _template(
        "phone_script",
        "brief",
        "Telefonleitfaden: {{ company }}",
        "Guten Tag, hier ist {{ your_name }} wegen der Position als {{ position }} bei "
        "{{ company }}.",
        "- Danke für die Gelegenheit.\n"
        "- Ich ziehe meine Bewerbung zurück." + _REASON + "\n"
        "{% if interview_date %}- Zum Gespräch am {{ interview_date }} komme ich nicht; "
        "entschuldigen Sie die kurze Frist.\n{% endif %}"
        "{% if agency %}- Bitte richten Sie {{ company }} meinen Dank aus.\n{% endif %}"
        "- Ich bestätige es heute per E-Mail.",
        "Mailbox: Hier ist {{ your_name }}, ich ziehe meine Bewerbung als {{ position }} zurück"
        "{% if interview_date %} und sage das Gespräch am {{ interview_date }} ab{% endif %}. "
        "Entschuldigen Sie die Umstände; eine E-Mail folgt.",
    ),
    # Answering the offer itself, true to the offers on record (see the English wording).
    _email(
        "accept_offer",
        "formal",
        "Annahme Ihres Angebots: {{ position }}",
        "vielen Dank für Ihr Angebot für die Position als {{ position }} bei {{ company }}. Sehr "
        "gern nehme ich {% if offer_pay %}Ihr Angebot über {{ offer_pay }}{% else %}Ihr Angebot"
        "{% endif %} zu den in Ihrem Schreiben genannten Bedingungen an.{% if start_date %} "
        "Hiermit bestätige ich meinen Arbeitsbeginn am {{ start_date }}.{% else %} Gern stimme "
        "ich mit Ihnen einen Starttermin ab.{% endif %}" + _REASON,
        "Bitte lassen Sie mich wissen, was Sie bis dahin von mir benötigen. Nochmals vielen Dank "
        "für Ihre Zeit während des gesamten Prozesses." + _RELAY["formal"],
    ),
    _email(
        "accept_offer",
        "warm",
        "Zusage: Ihr Angebot für die Stelle als {{ position }}",
        "herzlichen Dank für das Angebot für die Stelle als {{ position }}. Ich nehme es"
        "{% if offer_pay %} über {{ offer_pay }}{% endif %} sehr gern an, so wie in Ihrem "
        "Schreiben beschrieben.{% if start_date %} Ich bestätige gern meinen Start am "
        "{{ start_date }}.{% else %} Den Starttermin stimme ich gern mit Ihnen ab.{% endif %}"
        + _REASON,
        "Ich freue mich wirklich darauf, das Team bei {{ company }} zu verstärken. Sagen Sie mir "
        "gern Bescheid, wenn Sie in der Zwischenzeit etwas von mir brauchen." + _RELAY["warm"],
    ),
    _email(
        "accept_offer",
        "brief",
        "Annahme Ihres Angebots: {{ position }}",
        "vielen Dank für das Angebot für die Position als {{ position }} bei {{ company }}. Ich "
        "nehme es{% if offer_pay %} über {{ offer_pay }}{% endif %} zu den Bedingungen Ihres "
        "Schreibens gern an.{% if start_date %} Meinen Starttermin am {{ start_date }} bestätige "
        "ich.{% endif %}"
        + _REASON
        + " Bitte teilen Sie mir die nächsten Schritte mit."
        + _RELAY["brief"],
    ),
    _email(
        "decline_offer",
        "formal",
        "Ihr Angebot für die Position als {{ position }}",
        "vielen Dank für Ihr Angebot für die Position als {{ position }} bei {{ company }} und für "
        "die Zeit, die Sie und Ihre Kolleginnen und Kollegen mir gewidmet haben.",
        "Nach reiflicher Überlegung habe ich mich entschieden, das Angebot nicht anzunehmen."
        + _REASON,
        "Die Entscheidung ist mir nicht leichtgefallen. Ich schätze {{ company }} sehr, und "
        + _STAY_IN_TOUCH
        + _AGENCY["formal"],
    ),
    _email(
        "decline_offer",
        "warm",
        "Ihr Angebot: herzlichen Dank",
        "herzlichen Dank für das Angebot für die Stelle als {{ position }} und für all die Zeit, "
        "die sich alle bei {{ company }} für mich genommen haben.",
        "Nach langem Überlegen habe ich mich entschieden, es nicht anzunehmen." + _REASON + " Die "
        "Entscheidung ist mir wirklich nicht leichtgefallen.",
        "Ich habe das Team sehr gern kennengelernt, und " + _STAY_IN_TOUCH + _AGENCY["warm"],
    ),
    _email(
        "decline_offer",
        "brief",
        "Ihr Angebot: {{ position }}",
        "vielen Dank für das Angebot für die Position als {{ position }} bei {{ company }}. Nach "
        "reiflicher Überlegung habe ich mich entschieden, es nicht anzunehmen." + _REASON + " Ich "
        "danke Ihnen für Ihre Zeit und würde mich freuen, in Kontakt zu bleiben."
        + _AGENCY["brief"],
    ),
    _email(
        "negotiate",
        "formal",
        "Ihr Angebot für die Position als {{ position }}",
        "vielen Dank für Ihr Angebot für die Position als {{ position }} bei {{ company }}. Die "
        "Aufgabe reizt mich sehr, und ich würde gern eine Einigung mit Ihnen finden.",
        "{% if competing_offer %}Um offen zu sein: Mir liegt auch ein weiteres schriftliches "
        "Angebot vor{% if competing_figures %}, über {{ competing_figures }}{% endif %}. "
        "{% endif %}{% if reason %}{{ reason }}{% else %}Wenn beim Grundgehalt etwas Spielraum "
        "bestünde, würde ich das Angebot gern annehmen.{% endif %}",
        "Ich hoffe, dass wir Konditionen finden, die für beide Seiten passen, und bespreche sie "
        "gern mit Ihnen." + _RELAY["formal"],
    ),
    _email(
        "negotiate",
        "warm",
        "Das Angebot für die Stelle als {{ position }}: eine Frage",
        "herzlichen Dank für das Angebot für die Stelle als {{ position }}. Ich freue mich "
        "wirklich darüber und würde sehr gern mit {{ company }} zusammenkommen.",
        "{% if competing_offer %}Ich möchte offen zu Ihnen sein: Mir liegt noch ein weiteres "
        "schriftliches Angebot vor{% if competing_figures %}, über {{ competing_figures }}"
        "{% endif %}. {% endif %}{% if reason %}{{ reason }}{% else %}Wenn es beim Grundgehalt "
        "etwas Spielraum gibt, sage ich gern zu.{% endif %}",
        "Ich spreche gern darüber, wann immer es Ihnen passt." + _RELAY["warm"],
    ),
    _email(
        "negotiate",
        "brief",
        "Ihr Angebot: {{ position }}",
        "vielen Dank für das Angebot für die Position als {{ position }} bei {{ company }}; ich "
        "würde gern eine Einigung finden.{% if competing_offer %} Mir liegt ein weiteres "
        "schriftliches Angebot vor{% if competing_figures %}, über {{ competing_figures }}"
        "{% endif %}.{% endif %}{% if reason %} {{ reason }}{% else %} Mit etwas Spielraum beim "
        "Grundgehalt würde ich zusagen.{% endif %} Ich bespreche das gern mit Ihnen."
        + _RELAY["brief"],
    ),
]
