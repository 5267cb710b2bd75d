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
    # --- added for issue 24's second round: modelled on the published templates named in
    # each row's ``source`` (re-worded, never copied), or synthetic --------------------------
    dict(
        name="d34-received-en-reached",
        kind="received",
        lang="en",
        origin=W,
        source="https://blog.talentech.com/en/email-template-thank-you-for-your-application",
        **{"from": "Nordlicht Energy Careers <careers@nordlicht-energy.com>"},
        subject="We've got it: your application to Nordlicht Energy",
        body="""Hi Taylor,

Thank you for your interest in Nordlicht Energy. Your application for the Grid Analyst role
has reached us safely.

Our recruiting team is reviewing all applications over the next two weeks and will get back
to you either way.

Nordlicht Energy Talent Team""",
        how="html",
    ),
    dict(
        name="d35-received-en-successfully",
        kind="received",
        lang="en",
        origin=W,
        source="https://gritsearch.com/employment-insights/hiring-process/what-is-application-acknowledgement-email/",
        **{"from": "Quayside Health <no-reply@quaysidehealth.org>"},
        subject="Application confirmation - Clinical Coder",
        body="""Dear Taylor,

We have successfully received your application for Clinical Coder (ref. QH-2291).

If your skills and experience match the role, a member of our team will contact you to
arrange an interview. If you are not selected for interview, we will let you know by email.

Quayside Health Recruitment""",
    ),
    dict(
        name="d36-received-de-eingegangen",
        kind="received",
        lang="de",
        origin=W,
        source="https://diebriefprofis-blog.de/mustertext-zwischenbescheid-an-bewerber",
        **{"from": "Hansa Logistik <bewerbung@hansa-logistik.de>"},
        subject="Ihre Bewerbung als Disponentin",
        body="""Sehr geehrte Frau Novak,

wir danken Ihnen für die Zusendung Ihrer Bewerbung und das Vertrauen in unser Haus. Ihre
Unterlagen sind vollständig bei uns eingegangen.

Die Sichtung aller Bewerbungen wird etwa zwei Wochen dauern; danach melden wir uns
unaufgefordert bei Ihnen.

Mit freundlichen Grüßen
Personalabteilung Hansa Logistik""",
        how="latin1",
    ),
    dict(
        name="d37-received-fr-accuse",
        kind="received",
        lang="fr",
        origin=W,
        source="https://blog-recruteur.com/5-exemples-de-mails-pour-informer-un-candidat-du-statut-de-sa-candidature",
        **{"from": "Atelier Garance <recrutement@atelier-garance.fr>"},
        subject="Confirmation de réception de votre candidature",
        body="""Bonjour Hugo,

Nous accusons réception de votre candidature au poste de Responsable logistique. Votre profil
sera examiné avec attention et nous reviendrons vers vous sous deux semaines.

L'équipe Ressources humaines""",
        how="qp",
    ),
    dict(
        name="d38-received-es-registrada",
        kind="received",
        lang="es",
        origin=S,
        **{"from": "Grupo Almenara <seleccion@grupoalmenara.es>"},
        subject="Tu candidatura en Grupo Almenara",
        body="""Hola Pablo,

Gracias por presentar tu candidatura al puesto de Analista de Riesgos. Te confirmamos que se
ha registrado correctamente y que nuestro equipo de selección la revisará en los próximos
días.

Un saludo,
Equipo de Selección""",
    ),
    dict(
        name="d39-invitation-en-thanks-first",
        kind="invitation",
        lang="en",
        origin=W,
        source="https://www.mightyrecruiter.com/recruiter-templates/sample-letters-to-candidates/interview-invitation-email/",
        **{"from": "Priya Raman <priya.raman@harbourline.co.uk>"},
        subject="Harbourline - next steps",
        body="""Hi Taylor,

Thanks for applying for the Operations Lead position at Harbourline! We were impressed by
your background and would love to set up a video interview with our Head of Operations.

Could you send me two or three times that suit you next week? The conversation will take
about 45 minutes on Zoom.

Best,
Priya""",
    ),
    dict(
        name="d40-invitation-en-calendly",
        kind="invitation",
        lang="en",
        origin=W,
        source="https://lowell.utiledesign.com/email-invitation-to-interview",
        **{"from": "Verdant Labs Recruiting <recruiting@verdantlabs.io>"},
        subject="Verdant Labs: book your phone screen",
        body="""Hello Taylor,

Thank you for your application to Verdant Labs. We'd like to move you forward to a 30-minute
phone screen with one of our recruiters.

Please pick a time that works for you for the call here: https://calendly.com/verdant/screen

Need to reschedule or cancel? Use the link in your confirmation email.

Verdant Labs Recruiting""",
        how="html",
    ),
    dict(
        name="d41-invitation-en-ics-only",
        kind="invitation",
        lang="en",
        origin=S,
        **{"from": "Marta Ilic <marta.ilic@fjordworks.com>"},
        subject="Fjordworks - Data Analyst",
        body="""Hi Taylor,

Thanks again for your application. Please find the calendar invite attached for Thursday;
you'll meet Jonas and me.

Marta""",
        how="ics",
        ics=dict(
            start="20261126T140000",
            end="20261126T150000",
            summary="Fjordworks <> Taylor",
            location="https://meet.google.com/abc-defg-hij",
            organiser="Marta Ilic",
        ),
    ),
    dict(
        name="d42-invitation-de-laden-ein",
        kind="invitation",
        lang="de",
        origin=W,
        source="https://treimedia.com/hr-lexikon/einladung-vorstellunsgespraech",
        **{"from": "Kerstin Vogt <k.vogt@hansa-logistik.de>"},
        subject="Ihre Bewerbung als Disponentin",
        body="""Sehr geehrte Frau Novak,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir laden Sie
herzlich zu einem persönlichen Gespräch in unsere Niederlassung in Bremen ein.

Als Termin schlagen wir Dienstag, den 24. November 2026, um 10:00 Uhr vor. Sollte Ihnen der
Termin nicht passen, können wir ihn gern verschieben.

Mit freundlichen Grüßen
Kerstin Vogt""",
        how="qp",
    ),
    dict(
        name="d43-invitation-fr-ics",
        kind="invitation",
        lang="fr",
        origin=W,
        source="https://blog-recruteur.com/5-exemples-de-mails-pour-confirmer-une-date-dentretien-avec-un-candidat",
        **{"from": "Claire Dubois <claire.dubois@maison-riviere.fr>"},
        subject="Votre candidature chez Maison Rivière",
        body="""Bonjour Hugo,

Merci pour votre candidature. Vous trouverez ci-joint l'invitation pour notre échange de jeudi
avec la directrice produit.

Si cette date ne vous convient pas, nous pourrons la reporter.

Claire""",
        how="ics",
        ics=dict(
            start="20261126T103000",
            end="20261126T113000",
            summary="Échange Maison Rivière",
            location="8 rue des Lilas, 69002 Lyon",
            organiser="Claire Dubois",
        ),
    ),
    dict(
        name="d44-invitation-es-concertar",
        kind="invitation",
        lang="es",
        origin=S,
        **{"from": "Lucía Navarro <lucia.navarro@grupoalmenara.es>"},
        subject="Proceso de selección - Analista de Riesgos",
        body="""Hola Pablo,

Gracias por tu interés en Grupo Almenara. Tras revisar tu perfil, nos gustaría concertar una
entrevista por videollamada con el responsable del equipo.

¿Tienes disponibilidad el miércoles 25 por la tarde?

Un saludo,
Lucía""",
    ),
    dict(
        name="d45-rescheduled-en-jobicy",
        kind="rescheduled",
        lang="en",
        origin=W,
        source="https://jobicy.com/tools/hr-email-templates/job-interview-templates/reschedule-interview-with-candidates-email",
        **{"from": "Sara Lindqvist <sara.lindqvist@fjordworks.com>"},
        subject="Our call on Wednesday",
        body="""Hi Taylor,

I'm sorry for the short notice, but our hiring manager will be out of the office on
Wednesday, so I need to move our call.

Would Friday 20 November at 11:00 GMT work for you instead?

Thanks for your understanding,
Sara""",
    ),
    dict(
        name="d46-rescheduled-en-ics-text",
        kind="rescheduled",
        lang="en",
        origin=W,
        source="https://kitehr.co/hr-email-templates/interview-reschedule-email",
        **{"from": "Marta Ilic <marta.ilic@fjordworks.com>"},
        subject="New time for your interview",
        body="""Hi Taylor,

A scheduling conflict has come up on our side. The new time is Monday 30 November at 14:00
CET; the updated invitation is attached.

Apologies for the disruption,
Marta""",
        how="ics",
        ics=dict(
            start="20261130T140000",
            end="20261130T150000",
            summary="Fjordworks interview (moved)",
            location="https://meet.google.com/abc-defg-hij",
            organiser="Marta Ilic",
        ),
    ),
    dict(
        name="d47-rescheduled-de-manatal",
        kind="rescheduled",
        lang="de",
        origin=W,
        source="https://manatal.com/de/hr-email-template/interview-cancellation-email-template",
        **{"from": "Jonas Keller <j.keller@bergmann-ag.de>"},
        subject="Änderung Ihres Vorstellungsgesprächs",
        body="""Sehr geehrte Frau Novak,

leider haben sich bei uns die Umstände geändert, sodass wir Ihr für Freitag geplantes
Gespräch nicht wie vorgesehen führen können. Gern würden wir es auf Montag, den
23. November 2026, 14:00 Uhr verlegen.

Bitte bestätigen Sie uns kurz, ob Ihnen der neue Termin passt.

Freundliche Grüße
Jonas Keller""",
    ),
    dict(
        name="d48-rescheduled-fr-manatal",
        kind="rescheduled",
        lang="fr",
        origin=W,
        source="https://manatal.com/fr/hr-email-template/interview-cancellation-email-template",
        **{"from": "Claire Dubois <claire.dubois@maison-riviere.fr>"},
        subject="Modification de votre entretien",
        body="""Bonjour Hugo,

Un imprévu nous oblige à décaler l'entretien prévu jeudi à 14h30. Nous vous proposons de le
reporter au mardi 1er décembre à la même heure.

Merci de nous confirmer si ce nouvel horaire vous convient.

Claire""",
        how="qp",
    ),
    dict(
        name="d49-rescheduled-es-mover",
        kind="rescheduled",
        lang="es",
        origin=W,
        source="https://manatal.com/es/hr-email-template/interview-cancellation-email-template",
        **{"from": "Irene Soto <irene.soto@solariatech.es>"},
        subject="Cambio en tu entrevista",
        body="""Hola Pablo,

Por un imprevisto en la agenda del equipo necesitamos mover la entrevista del martes. ¿Te
vendría bien el jueves 26 de noviembre a las 10:00?

Disculpa las molestias,
Irene""",
    ),
    dict(
        name="d50-cancelled-en-phone-screen",
        kind="cancelled",
        lang="en",
        origin=W,
        source="https://www.keka.com/reschedule-interview-with-candidates-email-template",
        **{"from": "Verdant Labs Recruiting <recruiting@verdantlabs.io>"},
        subject="Update on your phone screen",
        body="""Hi Taylor,

Thanks for your interest in Verdant Labs. Unfortunately the team has to cancel tomorrow's
phone screen while the role's scope is being reviewed. We will be in touch once we know
more.

Verdant Labs Recruiting""",
    ),
    dict(
        name="d51-cancelled-de-termin",
        kind="cancelled",
        lang="de",
        origin=S,
        **{"from": "Kerstin Vogt <k.vogt@hansa-logistik.de>"},
        subject="Absage des Termins am 24.11.",
        body="""Sehr geehrte Frau Novak,

wir müssen den für Dienstag vereinbarten Termin leider absagen, da die Fachabteilung
kurzfristig verhindert ist. Wir melden uns, sobald wir einen neuen Termin vorschlagen können.

Mit freundlichen Grüßen
Kerstin Vogt""",
    ),
    dict(
        name="d52-cancelled-en-ics-cancel",
        kind="cancelled",
        lang="en",
        origin=S,
        **{"from": "Marta Ilic <marta.ilic@fjordworks.com>"},
        subject="Canceled event: Fjordworks <> Taylor",
        body="""This event has been removed from the organiser's calendar.

Marta""",
        how="ics",
        ics=dict(
            method="CANCEL",
            start="20261126T140000",
            end="20261126T150000",
            summary="Fjordworks <> Taylor",
            location="https://meet.google.com/abc-defg-hij",
            organiser="Marta Ilic",
        ),
    ),
    dict(
        name="d53-cancelled-fr-annuler",
        kind="cancelled",
        lang="fr",
        origin=W,
        source="https://blog-recruteur.com/5-exemples-de-mails-pour-annuler-un-entretien-et-proposer-des-alternatives",
        **{"from": "Atelier Garance <recrutement@atelier-garance.fr>"},
        subject="Votre entretien du 27 novembre",
        body="""Bonjour Hugo,

Nous sommes contraints d'annuler l'entretien prévu le 27 novembre, le poste étant en cours de
redéfinition. Nous reviendrons vers vous dès que possible.

L'équipe Ressources humaines""",
    ),
    dict(
        name="d54-rejection-en-unsuccessful-after",
        kind="rejection",
        lang="en",
        origin=W,
        source="https://academicwritinghelp.pw/presentation/job-rejection-letter-template-uk",
        **{"from": "Priya Raman <priya.raman@harbourline.co.uk>"},
        subject="Your interview with Harbourline",
        body="""Dear Taylor,

Thank you for your interview on Tuesday for the Operations Lead role. I'm sorry to tell you
that on this occasion your application has been unsuccessful.

We enjoyed meeting you and wish you every success.

Priya""",
    ),
    dict(
        name="d55-rejection-en-filled",
        kind="rejection",
        lang="en",
        origin=W,
        source="https://carreersupport.com/how-to-write-a-position-filled-email-with-examples/",
        **{"from": "Quayside Health <no-reply@quaysidehealth.org>"},
        subject="Clinical Coder (ref. QH-2291)",
        body="""Dear Taylor,

Thank you for applying. We received a large number of strong applications and the position
has now been filled. We have decided to pursue other candidates whose experience more closely
matches the role.

Quayside Health Recruitment""",
    ),
    dict(
        name="d56-rejection-de-muster",
        kind="rejection",
        lang="de",
        origin=W,
        source="https://www.muster-formular.de/absage-auf-bewerbung/",
        **{"from": "Hansa Logistik <bewerbung@hansa-logistik.de>"},
        subject="Absage auf Ihre Bewerbung als Disponentin",
        body="""Sehr geehrte Frau Novak,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Nach sorgfältiger
Prüfung Ihrer Unterlagen haben wir uns leider für eine andere Bewerberin entschieden.

Wir wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen
Personalabteilung Hansa Logistik""",
        how="qp",
    ),
    dict(
        name="d57-rejection-fr-suite",
        kind="rejection",
        lang="fr",
        origin=W,
        source="https://taleez.com/w/blog/experience-candidat-4-modeles-emails-refus-bienveillants",
        **{"from": "Atelier Garance <recrutement@atelier-garance.fr>"},
        subject="Votre candidature au poste de Responsable logistique",
        body="""Bonjour Hugo,

Nous vous remercions pour l'intérêt que vous portez à Atelier Garance. Après étude de votre
dossier, nous ne donnerons pas suite à votre candidature pour ce poste.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Ressources humaines""",
    ),
    dict(
        name="d58-rejection-es-appvizer",
        kind="rejection",
        lang="es",
        origin=W,
        source="https://www.appvizer.es/revista/recursos-humanos/reclutamiento/correo-electronico-de-rechazo-de-la-solicitud-tras-la-entrevista",
        **{"from": "Lucía Navarro <lucia.navarro@grupoalmenara.es>"},
        subject="Proceso de selección - Analista de Riesgos",
        body="""Hola Pablo,

Muchas gracias por el tiempo que dedicaste a la entrevista con nuestro equipo. Tras valorar
todos los perfiles, hemos decidido continuar el proceso con otros candidatos con más
experiencia en el sector.

Te deseamos mucha suerte,
Lucía""",
    ),
    dict(
        name="d59-offer-en-extend",
        kind="offer",
        lang="en",
        origin=W,
        source="https://manatal.com/hr-email-template/contract-employee-offer-email-template",
        **{"from": "Priya Raman <priya.raman@harbourline.co.uk>"},
        subject="Harbourline - good news",
        body="""Dear Taylor,

Following your interview with our Head of Operations, we are pleased to extend an offer for
the Operations Lead role, starting on 1 February 2027. The details of the package follow in
a separate letter from HR.

Please let me know by 4 December whether you accept.

Priya""",
    ),
    dict(
        name="d60-offer-de-anbieten",
        kind="offer",
        lang="de",
        origin=W,
        source="https://www.stepstone.de/e-recruiting/hr-wissen/recruiting/einstellungszusage-jobangebot-machen/",
        **{"from": "Kerstin Vogt <k.vogt@hansa-logistik.de>"},
        subject="Ihre Bewerbung als Disponentin",
        body="""Sehr geehrte Frau Novak,

vielen Dank für die angenehmen Gespräche. Wir freuen uns, Ihnen die Position als
Disponentin in unserer Niederlassung Bremen anbieten zu können. Den Vertrag senden wir Ihnen
in den nächsten Tagen zu.

Mit freundlichen Grüßen
Kerstin Vogt""",
        how="latin1",
    ),
    dict(
        name="d61-offer-fr-promesse",
        kind="offer",
        lang="fr",
        origin=W,
        source="http://www.monguidefinance.com/promesse-dembauche-modele-de-lettre",
        **{"from": "Atelier Garance <recrutement@atelier-garance.fr>"},
        subject="Suite à notre entretien",
        body="""Bonjour Hugo,

Suite à notre entretien du 20 novembre, nous avons le plaisir de vous informer que votre
candidature a été retenue pour occuper le poste de Responsable logistique. Vous trouverez
ci-joint votre promesse d'embauche.

L'équipe Ressources humaines""",
        how="pdf",
        pdf="Promesse d'embauche.pdf",
    ),
    dict(
        name="d62-offer-es-complace",
        kind="offer",
        lang="es",
        origin=S,
        **{"from": "Lucía Navarro <lucia.navarro@grupoalmenara.es>"},
        subject="Buenas noticias",
        body="""Hola Pablo,

Nos complace ofrecerte el puesto de Analista de Riesgos en Grupo Almenara. Adjuntamos la
carta con las condiciones; te agradeceríamos una respuesta antes del viernes.

Un abrazo,
Lucía""",
        how="pdf",
        pdf="Oferta Grupo Almenara.pdf",
    ),
    dict(
        name="d63-alert-ats-offers",
        kind="not_process",
        lang="en",
        origin=S,
        **{"from": "Lumio Careers <careers@lumio.smartrecruiters.com>"},
        subject="New job offers at Lumio",
        headers={"List-Unsubscribe": "<https://lumio.smartrecruiters.com/unsub>"},
        body="""New jobs that match your talent community profile:

Site Reliability Engineer - Berlin
Platform Engineer - Remote

Jobs you might like are updated every week.""",
    ),
    # --- fourth round (issue 24, after heldout3): the softer kinds in four languages. Each
    # row's `source` names the published template it is modelled on (re-worded, never copied).
    dict(
        name="d64-assessment-de-challenge",
        kind="assessment",
        lang="de",
        origin=W,
        source="https://support.testgorilla.com/hc/de/articles/9027616233371-Kommunikation-mit-Kandidat-innen-%C3%BCber-TestGorilla",
        **{"from": "Talent Team Brückner Logistik <noreply@testgorilla.com>"},
        subject="Ihr nächster Schritt bei Brückner Logistik",
        body="""Guten Tag Frau Novak,

vielen Dank für Ihr Interesse an der Stelle als Backend-Entwicklerin. Als nächsten Schritt
möchten wir Sie bitten, eine kurze Coding Challenge zu bearbeiten.

Sie haben dafür sieben Tage Zeit; die Bearbeitung dauert etwa 60 Minuten.

Viel Erfolg!
Ihr Talent Team""",
        how="html",
    ),
    dict(
        name="d65-assessment-fr-evaluation",
        kind="assessment",
        lang="fr",
        origin=W,
        source="https://support.testgorilla.com/hc/fr-fr/articles/9027616233371-Communication-avec-les-candidat-e-s-via-TestGorilla",
        **{"from": "Maison Verlaine RH <recrutement@maison-verlaine.fr>"},
        subject="Prochaine étape : évaluation en ligne",
        body="""Bonjour Camille,

Merci pour l'intérêt que vous portez au poste de chargée d'études. Nous vous invitons à
réaliser une évaluation de raisonnement logique d'environ 40 minutes, à votre convenance,
avant le 20 novembre.

Le lien personnel se trouve ci-dessous.

Bien cordialement,
L'équipe RH""",
        how="qp",
    ),
    dict(
        name="d66-assessment-es-ejercicio",
        kind="assessment",
        lang="es",
        origin=W,
        source="https://blog.kenjo.io/es/las-pruebas-tecnicas-en-los-procesos-de-seleccion",
        **{"from": "Marta Gil <marta.gil@nubaria.es>"},
        subject="Siguiente fase del proceso - Desarrollador/a Frontend",
        body="""Hola Pablo:

Gracias por tu interés en Nubaria. El siguiente paso del proceso es realizar un ejercicio
práctico de programación que podrás hacer desde casa durante esta semana.

Te enviaremos el enunciado en un correo aparte.

Un saludo,
Marta Gil
Equipo de Talento""",
    ),
    dict(
        name="d67-assessment-en-exercise",
        kind="assessment",
        lang="en",
        origin=W,
        source="https://codesubmit.io/blog/design-take-home-coding-assignment/",
        **{"from": "Harbor Analytics Recruiting <jobs@harbor-analytics.com>"},
        subject="Next step: technical exercise",
        body="""Hi Taylor,

Thanks again for your interest in the Data Engineer role. We'd like to invite you to
complete a short technical exercise before we meet the team.

You'll have five days to submit your solution.

Best,
Harbor Analytics Recruiting""",
    ),
    dict(
        name="d68-onhold-en-delay",
        kind="on_hold",
        lang="en",
        origin=W,
        source="https://staging-w.enwage.com/email-template/position-on-hold/",
        **{"from": "Recruitment <recruitment@westmoor-council.example.org>"},
        subject="Update on the Planning Assistant vacancy",
        body="""Dear Applicant,

I am writing to let you know about a delay in our hiring process for the Planning Assistant
vacancy. We now expect to contact shortlisted candidates in January.

Your application remains under consideration and no action is needed from you.

Kind regards,
Recruitment Team""",
        how="qp",
    ),
    dict(
        name="d69-onhold-en-paused",
        kind="on_hold",
        lang="en",
        origin=W,
        source="https://homerun.co/hiring-email-templates/keep-candidates-warm",
        **{"from": "Jess Carter <jess@fernwoodlabs.com>"},
        subject="Update on the Product Designer role",
        body="""Hi Taylor,

Thank you for the time you've spent with us so far. Because of some unexpected internal
changes, we've had to put the hiring process for the Product Designer role on hold until
the spring.

I'll be in touch as soon as we pick it up again.

Best,
Jess""",
    ),
    dict(
        name="d70-onhold-de-ausgesetzt",
        kind="on_hold",
        lang="de",
        origin=W,
        source="https://diebriefprofis-blog.de/mustertext-zwischenbescheid-an-bewerber",
        **{"from": "Personalabteilung Kessler Logistik <personal@kessler-logistik.de>"},
        subject="Zwischenbescheid zu Ihrer Bewerbung",
        body="""Sehr geehrte Frau Novak,

aufgrund interner Umstrukturierungen wurde das Besetzungsverfahren für die Stelle als
Disponentin vorübergehend ausgesetzt. Wir melden uns bei Ihnen, sobald es weitergeht.

Wir danken Ihnen für Ihre Geduld.

Mit freundlichen Grüßen
Personalabteilung""",
        how="latin1",
    ),
    dict(
        name="d71-onhold-fr-retard",
        kind="on_hold",
        lang="fr",
        origin=W,
        source="https://blog-recruteur.com/5-exemples-de-mails-pour-informer-un-candidat-de-la-prochaine-etape-du-processus-de-recrutement",
        **{"from": "Cabinet Lemoine <contact@cabinet-lemoine.fr>"},
        subject="Point sur votre candidature",
        body="""Bonjour Camille,

Nous souhaitions vous tenir informée : notre processus de recrutement pour le poste de
contrôleuse de gestion prend plus de temps que prévu, en raison d'une réorganisation chez
notre client.

Votre candidature reste à l'étude et nous reviendrons vers vous d'ici fin décembre.

Bien à vous,
Cabinet Lemoine""",
        how="html",
    ),
    dict(
        name="d72-onhold-es-pausa",
        kind="on_hold",
        lang="es",
        origin=W,
        source="https://www.adaface.com/email-templates/email-to-candidate-about-role-being-paused (re-worded in Spanish)",
        **{"from": "Recursos Humanos Solaria Tech <rrhh@solariatech.es>"},
        subject="Novedades sobre el puesto de Ingeniero/a de Datos",
        body="""Hola Pablo:

Por una revisión del presupuesto, hemos decidido pausar temporalmente el proceso de
selección para este puesto. Tu candidatura sigue abierta y te escribiremos cuando lo
retomemos.

Gracias por tu paciencia.

Un saludo,
Recursos Humanos""",
        how="qp",
    ),
    dict(
        name="d73-rejection-de-mitbewerberin",
        kind="rejection",
        lang="de",
        origin=W,
        source="https://geldanlegen24.eu/die-absage-nach-dem-vorstellungsgespraech-hilfreiche-information/",
        **{"from": "Jana Weber <jana.weber@bergmann-ag.de>"},
        subject="Ihre Bewerbung als Controllerin",
        body="""Sehr geehrte Frau Novak,

vielen Dank für das angenehme Gespräch in der vergangenen Woche. Nach sorgfältiger Abwägung
haben wir uns für eine Mitbewerberin entschieden, deren Erfahrung in der
Konzernkonsolidierung noch näher an den Aufgaben der Stelle liegt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Jana Weber""",
        how="html",
    ),
    dict(
        name="d74-rejection-fr-personne",
        kind="rejection",
        lang="fr",
        origin=W,
        source="https://blog-recruteur.com/?p=1031",
        **{"from": "Hélène Roux <helene.roux@groupe-aubrac.fr>"},
        subject="Suite à notre entretien",
        body="""Bonjour Camille,

Merci pour le temps que vous nous avez accordé lors de notre entretien de jeudi. Après
réflexion, nous avons décidé de poursuivre avec une autre personne, dont le parcours
correspond davantage aux besoins actuels de l'équipe.

Nous vous souhaitons bonne continuation.

Hélène Roux""",
        how="latin1",
    ),
    dict(
        name="d75-rejection-es-otra-candidata",
        kind="rejection",
        lang="es",
        origin=W,
        source="https://www.appvizer.es/revista/recursos-humanos/reclutamiento/correo-electronico-de-rechazo-de-la-solicitud-tras-la-entrevista",
        **{"from": "Lucía Navarro <lucia.navarro@grupoalmenara.es>"},
        subject="Tu proceso con Grupo Almenara",
        body="""Hola Pablo:

Gracias por la entrevista del martes y por tu interés en el puesto. Tras valorar todas las
candidaturas, nos hemos decantado por otra candidata cuya experiencia encaja mejor con lo
que necesita el equipo en este momento.

Te deseamos mucha suerte.

Un abrazo,
Lucía""",
    ),
    dict(
        name="d76-offer-fr-rejoindre",
        kind="offer",
        lang="fr",
        origin=W,
        source="https://www.qui-recrute.com/exemple-de-mail-d-acceptation-de-candidature-apres-entretien",
        **{"from": "Julien Bertin <julien.bertin@atelier-sorel.fr>"},
        subject="Candidature retenue - Chef de projet web",
        body="""Bonjour Camille,

À la suite de nos entretiens, nous avons le plaisir de vous proposer de rejoindre notre
équipe en CDI au poste de cheffe de projet web, à partir du 4 janvier.

Vous trouverez les conditions dans le document qui suivra ; merci de nous faire part de
votre réponse d'ici vendredi.

Julien Bertin""",
        how="qp",
    ),
    dict(
        name="d77-offer-de-einstellen",
        kind="offer",
        lang="de",
        origin=W,
        source="https://www.stepstone.de/e-recruiting/hr-wissen/recruiting/einstellungszusage-jobangebot-machen/",
        **{"from": "Markus Hahn <markus.hahn@elbtal-energie.de>"},
        subject="Gute Nachrichten zu Ihrer Bewerbung",
        body="""Sehr geehrte Frau Novak,

wir freuen uns, Ihnen mitteilen zu können, dass wir Sie als Projektingenieurin einstellen
möchten. Den Arbeitsbeginn und das Gehalt besprechen wir gern in einem kurzen Telefonat.

Mit freundlichen Grüßen
Markus Hahn""",
        how="latin1",
    ),
    dict(
        name="d78-offer-es-seleccionado",
        kind="offer",
        lang="es",
        origin=W,
        source="https://blog.etalentum.com/es/que-es-una-carta-de-oferta-laboral",
        **{"from": "Dirección de Personas <personas@ferrovia-norte.es>"},
        subject="Resultado del proceso de selección",
        body="""Estimado Sr. Ortega:

Nos complace comunicarle que ha sido seleccionado para el puesto de Jefe de Mantenimiento.
En los próximos días le haremos llegar las condiciones por escrito.

Atentamente,
Dirección de Personas""",
        how="html",
    ),
    dict(
        name="d79-outreach-de-profil",
        kind="outreach",
        lang="de",
        origin=W,
        source="https://recruitee.com/de-artikel/direktansprache",
        **{"from": "Sabine Keller <sabine.keller@keller-personalberatung.de>"},
        subject="Ihre Erfahrung im Netzausbau",
        body="""Guten Tag Frau Novak,

Ihr Profil auf LinkedIn ist mir sofort aufgefallen, besonders Ihre Projekte im
Netzausbau. Ich suche im Auftrag eines Stadtwerks eine Teamleitung Netzplanung.

Hätten Sie Interesse an einem vertraulichen Austausch in den nächsten Tagen?

Viele Grüße
Sabine Keller""",
    ),
    dict(
        name="d80-outreach-fr-profil",
        kind="outreach",
        lang="fr",
        origin=W,
        source="https://megabar.fr/?p=1062",
        **{"from": "Antoine Morel <antoine.morel@talents-rive-gauche.fr>"},
        subject="Une opportunité de directrice financière",
        body="""Bonjour Camille,

J'ai découvert votre profil en cherchant des responsables financiers dans la région
lyonnaise, et votre parcours dans l'industrie m'a beaucoup intéressé.

Seriez-vous disponible pour un échange de 15 minutes cette semaine ?

Bien cordialement,
Antoine Morel""",
        how="html",
    ),
    dict(
        name="d81-outreach-es-usted",
        kind="outreach",
        lang="es",
        origin=W,
        source="http://www.weareaccelerate.com/blog/por-qu-no-responderle-al-headhunter",
        **{"from": "Javier Soto <javier.soto@talento-iberico.es>"},
        subject="Propuesta profesional confidencial",
        body="""Estimado Sr. Ortega:

He visto su perfil en LinkedIn y creo que su experiencia en plantas industriales encaja con
la búsqueda de un nuevo Director de Operaciones que llevamos para una empresa del sector.

¿Tendría unos minutos esta semana para una llamada?

Un cordial saludo,
Javier Soto""",
        how="qp",
    ),
    dict(
        name="d82-outreach-en-caught-eye",
        kind="outreach",
        lang="en",
        origin=W,
        source="https://beamery.com/resources/blogs/the-anatomy-of-the-perfect-recruiting-email",
        **{"from": "Priya Shah <priya@northlane-talent.example>"},
        subject="Staff Engineer at a climate start-up",
        body="""Hi Taylor,

Your background in data platforms caught my eye, especially the migration work at your
current company. I'm helping a climate start-up hire a Staff Engineer.

Would you be open to a quick chat this week?

Best,
Priya""",
    ),
    # --- fifth round (engineer "rules3"): heldout4's missing families, in four languages ---
    dict(
        name="d83-received-en-linkedin-sent",
        kind="received",
        lang="en",
        origin=S,
        source="https://recruitmentcompanies.com/2025/03/17/how-do-linkedin-easy-apply-work-3",
        **{"from": "LinkedIn <jobs-noreply@linkedin.com>"},
        subject="Taylor, your application was sent to Fjordworks",
        body="""Your application was sent to Fjordworks

Senior Data Engineer
Fjordworks · Berlin (Hybrid)

Applied on 2 November 2026. You can follow its status (application submitted, viewed,
resume downloaded) under My Jobs.

This email was intended for Taylor Brooks (Data Engineer).""",
        how="html",
    ),
    dict(
        name="d84-received-en-indeed-submitted",
        kind="received",
        lang="en",
        origin=S,
        source="https://3140pa.zendesk.com/hc/ja/articles/10325275047833",
        **{"from": "Indeed Apply <indeedapply@indeed.com>"},
        subject="Indeed Application: Backend Developer",
        body="""Application submitted

Backend Developer
Harbor Analytics - Hamburg

The following items were sent to Harbor Analytics: your resume and your answers to the
employer's questions. Good luck!

Track your application on the My jobs page.""",
        how="qp",
    ),
    dict(
        name="d85-received-de-stepstone-versendet",
        kind="received",
        lang="de",
        origin=S,
        source="https://dvinci.freshdesk.com/de/support/solutions/articles/75000036446",
        **{"from": "StepStone <service@stepstone.de>"},
        subject="Bewerbung erfolgreich versendet: Controllerin (m/w/d)",
        body="""Hallo Frau Novak,

Ihre Bewerbung als Controllerin (m/w/d) bei der Bergmann AG wurde erfolgreich an das
Unternehmen versendet.

Den Stand Ihrer Bewerbungen sehen Sie jederzeit unter „Meine Bewerbungen“.

Viel Erfolg wünscht Ihnen
Ihr StepStone-Team""",
        how="qp",
    ),
    dict(
        name="d86-received-es-infojobs-inscripcion",
        kind="received",
        lang="es",
        origin=S,
        source="https://xn--muozparreo-u9ah.es/ven-cv-las-empresas-cuando-te-inscribes-una-oferta/",
        **{"from": "InfoJobs <noreply@infojobs.net>"},
        subject="Inscripción realizada con éxito",
        body="""Hola Marta:

Inscripción realizada con éxito en la oferta Técnico/a de Soporte de Logística Ebro.

El seleccionador de Logística Ebro ya tiene tu CV. Te avisaremos cuando lo lea y cuando
cambie el estado de tu candidatura.

El equipo de InfoJobs""",
        how="latin1",
    ),
    dict(
        name="d87-received-fr-hellowork-envoyee",
        kind="received",
        lang="fr",
        origin=S,
        source="https://jobs.unige.ch/www/wd_portal.show_page?p_text_id=7&p_web_site_id=1",
        **{"from": "HelloWork <candidature@hellowork.com>"},
        subject="Candidature envoyée : Cheffe de projet digital",
        body="""Bonjour Camille,

Votre candidature au poste de Cheffe de projet digital chez Atelier Lumen a bien été
envoyée au recruteur.

Vous pouvez suivre son statut dans votre espace, rubrique « Mes candidatures ».

L'équipe HelloWork""",
        how="html",
    ),
    dict(
        name="d88-not_process-en-linkedin-alert-apply",
        kind="not_process",
        lang="en",
        origin=S,
        source="https://aotal.freshdesk.com/support/solutions/articles/24000013856",
        **{"from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"},
        subject="Data Engineer at Fjordworks and more",
        body="""Your saved search: Data Engineer in Berlin

Data Engineer - Fjordworks - Berlin. Easy Apply. Be an early applicant.
Analytics Engineer - Harbor Analytics - Hamburg. Apply with your profile in one click.

See all jobs on LinkedIn.""",
    ),
    dict(
        name="d89-invitation-en-have-you-in",
        kind="invitation",
        lang="en",
        origin=W,
        source="https://www.amby.com/blog/email-templates",
        **{"from": "Joe Carver <joe.carver@acme-logistics.example>"},
        subject="Next step for the Recruitment Consultant role",
        body="""Hi Manu,

Thanks for your patience. The team enjoyed reading your application and we'd love to have
you in to talk through the role with Dana, our head of talent.

Would Thursday at 15:00 or Friday at 10:30 work for you? It will take about an hour.

Best,
Joe""",
    ),
    dict(
        name="d90-invitation-fr-vous-recevoir",
        kind="invitation",
        lang="fr",
        origin=W,
        source="https://blog-recruteur.com/5-exemples-de-mails-pour-relancer-un-candidat-qui-na-pas-repondu-a-linvitation-a-lentretien/",
        **{"from": "Claire Desvaux <claire.desvaux@atelier-lumen.fr>"},
        subject="Votre candidature chez Atelier Lumen",
        body="""Bonjour Camille,

Votre parcours a retenu l'attention de l'équipe produit et nous serions ravis de vous
recevoir dans nos locaux de Lyon.

Mardi 18 à 14h vous conviendrait-il ?

Bien cordialement,
Claire Desvaux""",
        how="qp",
    ),
    dict(
        name="d91-assessment-en-design-task",
        kind="assessment",
        lang="en",
        origin=W,
        source="https://stripo.email/blog/effective-hiring-optimizing-interview-assignment-emails/",
        **{"from": "Valeria Sands <talent@mailbridge.example>"},
        subject="Your application to Mailbridge: next step",
        body="""Hi Taylor,

Thank you for your interest in the Email Designer role. As the next step, we'd like you to
complete a short design task as part of your application: build a one-column newsletter
from the brief attached.

Please send it back within five working days.

Kind regards,
Valeria""",
        how="html",
    ),
    dict(
        name="d92-assessment-es-ejercicio",
        kind="assessment",
        lang="es",
        origin=W,
        source="https://coderpad.io/blog/hiring-developers/anti-cheat-candidate-communication-templates/",
        **{"from": "Lucía Ferrer <seleccion@datavela.es>"},
        subject="Siguiente paso en tu proceso con Datavela",
        body="""Hola Diego:

Gracias por la conversación de ayer. Como parte de tu candidatura, te enviamos un ejercicio
de programación de unos 60 minutos que puedes hacer cuando mejor te venga esta semana.

Un saludo,
Lucía Ferrer""",
        how="qp",
    ),
    dict(
        name="d93-on_hold-de-unterbrochen",
        kind="on_hold",
        lang="de",
        origin=S,
        **{"from": "Personalabteilung Weber Maschinenbau <bewerbung@weber-mb.de>"},
        subject="Ihre Bewerbung als Konstrukteurin",
        body="""Sehr geehrte Frau Lindner,

wegen einer internen Umstrukturierung haben wir den Bewerbungsprozess für die Stelle als
Konstrukteurin vorübergehend unterbrochen.

Wir melden uns bei Ihnen, sobald es weitergeht.

Mit freundlichen Grüßen
Weber Maschinenbau""",
        how="latin1",
    ),
    dict(
        name="d94-on_hold-es-detenido",
        kind="on_hold",
        lang="es",
        origin=S,
        **{"from": "Recursos Humanos <rrhh@naviera-cantabrica.es>"},
        subject="Tu candidatura a Analista Financiero",
        body="""Hola Pablo:

Te escribimos para contarte que, por cambios en el presupuesto, el proceso de selección
para el puesto de Analista Financiero está detenido temporalmente.

Te contaremos cualquier novedad.

Un saludo,
Recursos Humanos""",
    ),
    dict(
        name="d95-rejection-en-closer-match",
        kind="rejection",
        lang="en",
        origin=W,
        source="https://backrow.app/tools/rejection-emails/after-take-home-assignment",
        **{"from": "Mailbridge Talent <talent@mailbridge.example>"},
        subject="Your application to Mailbridge",
        body="""Hi Taylor,

Thank you for the time you put into applying for the Email Designer role.

After careful review, we have decided to move forward with candidates whose portfolio more
closely matches the work this team does today.

We wish you the best in your search.

Mailbridge Talent""",
        how="html",
    ),
    dict(
        name="d96-rejection-de-besetzen-forwarded",
        kind="rejection",
        lang="de",
        origin=W,
        source="https://workingoffice.de/korrespondenz/geschaeftsbriefe/bewerbungsabsage",
        **{"from": "Jana Novak <jana.novak@example.org>"},
        subject="WG: Ihre Bewerbung als Leiterin Einkauf",
        body="""---------- Forwarded message ---------
Von: Personal Hansa Logistik <personal@hansa-logistik.de>
Betreff: Ihre Bewerbung als Leiterin Einkauf

Sehr geehrte Frau Novak,

vielen Dank für das angenehme Gespräch. Nach reiflicher Überlegung haben wir uns
entschieden, die Position mit einer anderen Bewerberin zu besetzen.

Für Ihre weitere Suche wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Hansa Logistik""",
        how="latin1",
    ),
    dict(
        name="d97-offer-de-einstellen-annehmen",
        kind="offer",
        lang="de",
        origin=W,
        source="https://factorialhr.de/blog/einstellungszusage",
        **{"from": "Katrin Vogel <k.vogel@lindenhof-software.de>"},
        subject="Ihre Bewerbung bei Lindenhof Software",
        body="""Sehr geehrte Frau Lindner,

nach den Gesprächen der letzten Wochen freuen wir uns sehr: Wir würden Sie gern zum 1.
Februar als Projektleiterin einstellen.

Bitte teilen Sie uns bis zum 20. November mit, ob Sie das Angebot annehmen.

Herzliche Grüße
Katrin Vogel""",
        how="qp",
    ),
    dict(
        name="d98-offer-en-hire-you",
        kind="offer",
        lang="en",
        origin=W,
        source="https://www.amby.com/blog/email-templates",
        **{"from": "Joe Carver <joe.carver@acme-logistics.example>"},
        subject="Good news from Acme",
        body="""Hi Manu,

Everyone who met you was impressed, and we would love to hire you as our next Recruitment
Consultant, starting on 4 January.

Please let me know by Friday whether you accept the offer; the details follow by post.

Best,
Joe""",
    ),
    dict(
        name="d99-outreach-en-partnering",
        kind="outreach",
        lang="en",
        origin=W,
        source="https://recruitingdaily.com/passive-candidate-emails-not-the-usual-advice/",
        **{"from": "Sam Ortiz <sam@brightside-search.example>"},
        subject="Staff Engineer, logistics start-up",
        body="""Hi Taylor,

I'm partnering with a Series A logistics start-up in Hamburg that is hiring a Staff Engineer
to lead its routing platform.

Would you have 20 minutes next week for a quick chat?

Sam""",
        how="qp",
    ),
    dict(
        name="d100-outreach-de-suchmandat",
        kind="outreach",
        lang="de",
        origin=S,
        **{"from": "Dr. Felix Hartmann <f.hartmann@hartmann-executive.de>"},
        subject="Vertrauliche Anfrage",
        body="""Sehr geehrte Frau Lindner,

im Rahmen eines vertraulichen Suchmandats bin ich für einen familiengeführten
Maschinenbauer in Süddeutschland tätig, der eine Leitung Entwicklung sucht.

Hätten Sie Interesse an einem kurzen und diskreten Telefonat?

Mit besten Grüßen
Felix Hartmann""",
        how="latin1",
    ),
    dict(
        name="d101-outreach-es-trabajando-con",
        kind="outreach",
        lang="es",
        origin=S,
        **{"from": "Nuria Vidal <nuria@talento-norte.es>"},
        subject="Oportunidad de Head of Data",
        body="""Hola Diego:

Estoy trabajando con una empresa de logística de Bilbao que busca un Head of Data para
liderar un equipo de ocho personas. Es una búsqueda confidencial.

¿Te apetecería que lo habláramos por teléfono?

Un saludo,
Nuria""",
    ),
]
