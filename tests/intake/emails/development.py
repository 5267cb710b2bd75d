"""The development corpus: the rules in ``intake/emails/rules.py`` were written against these
(see README.md in this folder for the sources)."""

S = "synthetic"
W = "modelled on a published template (see README.md)"

MESSAGES = [
    dict(
        name="d01-received-en-lever",
        kind="received",
        lang="en",
        origin=W,
        **{"from": "Lumio <no-reply@hire.lever.co>"},
        subject="Your application to Lumio",
        body="""Hi Taylor,

Thank you for your application for the Site Reliability Engineer role at Lumio. We have
received your application and our team is reviewing it now. We'll be in touch soon about
next steps.

The Lumio Talent Team""",
    ),
    dict(
        name="d02-received-de",
        kind="received",
        lang="de",
        origin=S,
        **{"from": "Bergmann AG <karriere@bergmann-ag.de>"},
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="""Sehr geehrte Frau Novak,

wir haben Ihre Bewerbung als Controllerin erhalten und bedanken uns für Ihr Interesse an
der Bergmann AG. Wir melden uns in Kürze bei Ihnen.

Freundliche Grüße
Bergmann AG – Personal""",
        how="qp",
    ),
    dict(
        name="d03-received-fr",
        kind="received",
        lang="fr",
        origin=S,
        **{"from": "Maison Rivière <rh@maison-riviere.fr>"},
        subject="Votre candidature a bien été reçue",
        body="""Bonjour Hugo,

Merci pour votre candidature au poste de Chef de produit. Votre candidature a bien été
reçue et sera examinée par notre équipe.

L'équipe RH""",
    ),
    dict(
        name="d04-received-es",
        kind="received",
        lang="es",
        origin=S,
        **{"from": "Solaria Tech <empleo@solariatech.es>"},
        subject="Confirmación de tu candidatura",
        body="""Hola Pablo,

Hemos recibido correctamente tu solicitud para el puesto de Ingeniero de Datos. Gracias por
tu interés en Solaria Tech.

Equipo de Personas""",
        how="html",
    ),
    dict(
        name="d05-invitation-en",
        kind="invitation",
        lang="en",
        origin=W,
        **{"from": "Sara Lindqvist <sara.lindqvist@fjordworks.com>"},
        subject="Invitation to interview - Data Analyst",
        body="""Dear Taylor,

Thank you for your application. We would like to invite you for an interview for the Data
Analyst position on Wednesday 18 November 2026 at 10:00 GMT. The interview will last 45
minutes and will be held on Microsoft Teams: https://teams.microsoft.com/l/meetup-join/abc

Kind regards,
Sara Lindqvist""",
        how="html",
    ),
    dict(
        name="d06-invitation-en-ics",
        kind="invitation",
        lang="en",
        origin=W,
        **{"from": "Lindqvist, Sara <sara.lindqvist@fjordworks.com>"},
        subject="Interview: Data Analyst (second round)",
        body="""Hi Taylor,

We'd like to invite you to a second interview with the team. Please find the calendar
invitation attached.

Sara""",
        how="ics",
        ics=dict(
            start="20261124T150000",
            end="20261124T160000",
            summary="Fjordworks second interview",
            location="Fjordworks, Torstraße 1, Berlin",
            organiser="Lindqvist, Sara",
        ),
    ),
    dict(
        name="d07-invitation-de",
        kind="invitation",
        lang="de",
        origin=S,
        **{"from": "Jonas Keller <j.keller@bergmann-ag.de>"},
        subject="Einladung zum Kennenlernen",
        body="""Sehr geehrte Frau Novak,

gerne möchten wir Sie zu einem Vorstellungsgespräch einladen. Passt Ihnen Freitag, der
20. November 2026 um 9:00 Uhr? Das Gespräch findet per Videokonferenz statt und dauert
etwa 45 Minuten.

Freundliche Grüße
Jonas Keller""",
        how="qp",
    ),
    dict(
        name="d08-invitation-fr",
        kind="invitation",
        lang="fr",
        origin=S,
        **{"from": "Claire Dubois <claire.dubois@maison-riviere.fr>"},
        subject="Entretien pour le poste de Chef de produit",
        body="""Bonjour Hugo,

Nous souhaitons vous rencontrer pour un entretien le jeudi 19 novembre 2026 à 14h30 dans
nos locaux, 8 rue des Lilas, 69002 Lyon.

Cordialement,
Claire Dubois""",
    ),
    dict(
        name="d09-invitation-es",
        kind="invitation",
        lang="es",
        origin=S,
        **{"from": "Irene Soto <irene.soto@solariatech.es>"},
        subject="Invitación a entrevista",
        body="""Hola Pablo,

Nos gustaría invitarte a una entrevista el martes 24 de noviembre de 2026 a las 16:00 por
Google Meet: https://meet.google.com/xyz-abcd-efg

Saludos,
Irene Soto""",
        how="qp",
    ),
    dict(
        name="d10-rescheduled-en",
        kind="rescheduled",
        lang="en",
        origin=S,
        **{"from": "Sara Lindqvist <sara.lindqvist@fjordworks.com>"},
        subject="Change of time: Data Analyst interview",
        body="""Hi Taylor,

Would it be possible to move your interview to Friday 20 November 2026 at 13:00 GMT? Our
hiring manager has a clash on Wednesday.

Thanks,
Sara""",
    ),
    dict(
        name="d11-rescheduled-de",
        kind="rescheduled",
        lang="de",
        origin=S,
        **{"from": "Jonas Keller <j.keller@bergmann-ag.de>"},
        subject="Neuer Termin für unser Gespräch",
        body="""Sehr geehrte Frau Novak,

wir müssen unser Gespräch leider auf einen anderen Termin verlegen: Dienstag, 24. November
2026, 11:00 Uhr.

Freundliche Grüße
Jonas Keller""",
    ),
    dict(
        name="d12-cancelled-en",
        kind="cancelled",
        lang="en",
        origin=S,
        **{"from": "Sara Lindqvist <sara.lindqvist@fjordworks.com>"},
        subject="Cancellation: Data Analyst interview",
        body="""Hi Taylor,

I'm afraid we need to cancel your interview on Friday. I'll be in touch if anything changes.

Sara""",
    ),
    dict(
        name="d13-cancelled-es",
        kind="cancelled",
        lang="es",
        origin=S,
        **{"from": "Irene Soto <irene.soto@solariatech.es>"},
        subject="Cancelación de la entrevista",
        body="""Hola Pablo,

Lamentamos tener que cancelar la entrevista del martes. Te escribiremos más adelante.

Irene""",
    ),
    dict(
        name="d14-assessment-en-codility",
        kind="assessment",
        lang="en",
        origin=W,
        **{"from": "Lumio via Codility <no-reply@codility.com>"},
        subject="Your Codility test for Lumio",
        body="""Hello Taylor,

Lumio invites you to complete an online coding assessment as part of their recruitment
process. You have 3 days to complete the test.

Codility""",
    ),
    dict(
        name="d15-assessment-de",
        kind="assessment",
        lang="de",
        origin=S,
        **{"from": "Bergmann AG <karriere@bergmann-ag.de>"},
        subject="Ihre Fallstudie",
        body="""Sehr geehrte Frau Novak,

im nächsten Schritt bitten wir Sie, eine kurze Fallstudie zu bearbeiten und uns bis Freitag
zurückzusenden.

Freundliche Grüße""",
    ),
    dict(
        name="d16-assessment-fr",
        kind="assessment",
        lang="fr",
        origin=S,
        **{"from": "Maison Rivière <rh@maison-riviere.fr>"},
        subject="Test technique",
        body="""Bonjour Hugo,

Nous vous invitons à passer un test technique en ligne avant le prochain entretien.

L'équipe RH""",
    ),
    dict(
        name="d17-onhold-en",
        kind="on_hold",
        lang="en",
        origin=S,
        **{"from": "Lumio Talent <talent@lumio.io>"},
        subject="Quick update",
        body="""Hi Taylor,

We've had to pause hiring for the Site Reliability Engineer role for a few weeks. We'll
reach out as soon as the search resumes.

Thanks for your patience.""",
    ),
    dict(
        name="d18-onhold-fr",
        kind="on_hold",
        lang="fr",
        origin=S,
        **{"from": "Maison Rivière <rh@maison-riviere.fr>"},
        subject="Point sur votre candidature",
        body="""Bonjour Hugo,

Le recrutement pour ce poste est suspendu pour le moment. Nous reviendrons vers vous dès que
possible.

L'équipe RH""",
    ),
    dict(
        name="d19-rejection-en",
        kind="rejection",
        lang="en",
        origin=W,
        **{"from": "Lumio <no-reply@hire.lever.co>"},
        subject="Your application to Lumio",
        body="""Hi Taylor,

Thank you for your interest in Lumio. We have reviewed your application and unfortunately
we won't be moving forward at this time. We'll keep your details on file for future roles.

The Lumio Talent Team""",
    ),
    dict(
        name="d20-rejection-en-after",
        kind="rejection",
        lang="en",
        origin=W,
        **{"from": "Sara Lindqvist <sara.lindqvist@fjordworks.com>"},
        subject="Data Analyst interview outcome",
        body="""Dear Taylor,

Thank you for interviewing with us. I'm sorry to let you know that you have not been
successful on this occasion. We had many strong candidates.

Kind regards,
Sara""",
    ),
    dict(
        name="d21-rejection-de",
        kind="rejection",
        lang="de",
        origin=S,
        **{"from": "Bergmann AG <karriere@bergmann-ag.de>"},
        subject="Ihre Bewerbung",
        body="""Sehr geehrte Frau Novak,

leider können wir Ihnen keine positive Rückmeldung geben. Wir haben uns für eine andere
Kandidatin entschieden.

Freundliche Grüße""",
        how="latin1",
    ),
    dict(
        name="d22-rejection-fr",
        kind="rejection",
        lang="fr",
        origin=S,
        **{"from": "Maison Rivière <rh@maison-riviere.fr>"},
        subject="Suite à votre candidature",
        body="""Bonjour Hugo,

Nous avons le regret de vous informer que votre candidature n'a pas été retenue.

L'équipe RH""",
        how="qp",
    ),
    dict(
        name="d23-rejection-es",
        kind="rejection",
        lang="es",
        origin=S,
        **{"from": "Solaria Tech <empleo@solariatech.es>"},
        subject="Tu candidatura en Solaria Tech",
        body="""Hola Pablo,

Lamentablemente, en esta ocasión no podemos continuar con tu candidatura.

Equipo de Personas""",
    ),
    dict(
        name="d24-offer-en-letter",
        kind="offer",
        lang="en",
        origin=W,
        **{"from": "Sara Lindqvist <sara.lindqvist@fjordworks.com>"},
        subject="Your offer from Fjordworks",
        body="""Dear Taylor,

We are pleased to offer you the position of Data Analyst at Fjordworks. Your offer letter is
attached; please sign and return it by 30 November.

Kind regards,
Sara""",
        how="pdf",
        pdf="Offer letter.pdf",
    ),
    dict(
        name="d25-offer-en-verbal",
        kind="offer",
        lang="en",
        origin=S,
        **{"from": "Jamie Cole <jamie@lumio.io>"},
        subject="Good news",
        body="""Hi Taylor,

Following our call, I'm happy to confirm we'd like to make you an offer. HR will send the
paperwork next week.

Jamie""",
    ),
    dict(
        name="d26-offer-fr",
        kind="offer",
        lang="fr",
        origin=S,
        **{"from": "Claire Dubois <claire.dubois@maison-riviere.fr>"},
        subject="Proposition de poste",
        body="""Bonjour Hugo,

Nous avons le plaisir de vous proposer le poste de Chef de produit. Vous trouverez ci-joint
notre proposition.

Claire""",
        how="pdf",
        pdf="Proposition.pdf",
    ),
    dict(
        name="d27-offer-es",
        kind="offer",
        lang="es",
        origin=S,
        **{"from": "Irene Soto <irene.soto@solariatech.es>"},
        subject="¡Enhorabuena!",
        body="""Hola Pablo,

Estamos encantados de ofrecerte el puesto de Ingeniero de Datos. Te enviaremos el contrato
en los próximos días.

Irene""",
    ),
    dict(
        name="d28-outreach-en",
        kind="outreach",
        lang="en",
        origin=W,
        **{"from": "Rachel Green <rachel@talentbridge.co.uk>"},
        subject="Exciting opportunity - Head of Data",
        body="""Hi Taylor,

I'm reaching out because your experience looks like a strong match for a Head of Data role
I'm working on with one of my clients. Are you open to new opportunities?

Rachel""",
    ),
    dict(
        name="d29-outreach-es",
        kind="outreach",
        lang="es",
        origin=S,
        **{"from": "Ana Pérez <ana@talentoplus.es>"},
        subject="Posición de Data Engineer",
        body="""Hola Pablo,

Estoy buscando un Data Engineer para un cliente del sector energético y tu perfil me ha
parecido muy interesante. ¿Tienes disponibilidad para una llamada?

Ana""",
    ),
    dict(
        name="d30-alert-glassdoor",
        kind="not_process",
        lang="en",
        origin=W,
        **{"from": "Glassdoor Jobs <noreply@glassdoor.com>"},
        subject="Data Analyst jobs in Berlin",
        headers={"List-Unsubscribe": "<https://glassdoor.com/unsub>"},
        body="""New jobs match your job alert.

Data Analyst - Fjordworks - Berlin
Apply now""",
    ),
    dict(
        name="d31-newsletter-de",
        kind="not_process",
        lang="de",
        origin=S,
        **{"from": "Karriere-Tipps <newsletter@karriere-tipps.de>"},
        subject="Ihr Newsletter: So gelingt das Vorstellungsgespräch",
        headers={"List-Unsubscribe": "<mailto:abmelden@karriere-tipps.de>"},
        body="""In dieser Ausgabe: zehn Fragen für Ihr nächstes Vorstellungsgespräch.

Newsletter abbestellen""",
    ),
    dict(
        name="d32-alert-xing",
        kind="not_process",
        lang="de",
        origin=S,
        **{"from": "XING <jobs@mail.xing.com>"},
        subject="Neue Stellenangebote für Sie",
        body="""Diese Jobs könnten Sie interessieren:

Controllerin - Bergmann AG - München""",
    ),
    dict(
        name="d33-forwarded-gmail",
        kind="rejection",
        lang="en",
        origin=S,
        **{"from": "Taylor Example <taylor@example.com>"},
        subject="Fwd: Your application to Lumio",
        body="""FYI

---------- Forwarded message ---------
From: Jamie Cole <jamie@lumio.io>
Date: Mon, 2 Nov 2026 at 10:02
Subject: Your application to Lumio
To: Taylor Example <taylor@example.com>

Hi Taylor,

We regret to inform you that we have decided not to proceed with your application.

Jamie""",
    ),
]
