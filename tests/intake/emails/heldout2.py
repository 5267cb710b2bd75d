"""The second held-out corpus, written by another engineer than the one who wrote the rules,
without reading ``intake/emails/rules.py``, ``development.py`` or the messages of
``heldout.py`` (see README.md in this folder for the sources)."""

S = "synthetic"
W = "modelled on a published template (see README.md)"

UNSUB = {
    "List-Unsubscribe": "<https://mail.example/unsubscribe?u=4711>",
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
}

MESSAGES = [
    # --- application received -------------------------------------------------------------
    dict(
        name="x01-received-en-workable",
        kind="received",
        lang="en",
        origin=W,
        **{"from": "Tidewater Labs <noreply@candidates.workablemail.com>"},
        subject="Tidewater Labs: we have your application for Backend Developer",
        body="""Hello Priya,

This is a quick note to confirm that your application for the Backend Developer role at
Tidewater Labs reached us. Thank you for taking the time to apply.

A member of our hiring team will look through your CV over the coming days. If your
experience fits what we need, we will get back to you about next steps.

Kind regards,
Tidewater Labs Hiring Team""",
        how="html",
    ),
    dict(
        name="x02-received-en-short",
        kind="received",
        lang="en",
        origin=S,
        **{"from": "Careers at Northwind Foods <careers@northwind-foods.example>"},
        subject="Application confirmation - Supply Chain Analyst (Req 20441)",
        body="""Dear Sam Okafor,

Thank you for submitting your application for Supply Chain Analyst (Req 20441). Your
application has been successfully received and is now under review.

You can follow the status of your application at any time in our candidate portal.

Northwind Foods Talent Acquisition""",
        how="qp",
    ),
    dict(
        name="x03-received-de",
        kind="received",
        lang="de",
        origin=S,
        **{"from": "Personalabteilung Brückner AG <bewerbung@brueckner-ag.example>"},
        subject="Eingangsbestätigung Ihrer Bewerbung – Buchhalter (m/w/d)",
        body="""Sehr geehrte Frau Yilmaz,

wir haben Ihre Bewerbung als Buchhalter (m/w/d) erhalten und bedanken uns für Ihr
Interesse an der Brückner AG.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns so bald wie möglich bei Ihnen.
Bitte haben Sie etwas Geduld, die Auswertung kann zwei bis drei Wochen dauern.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brückner AG""",
        how="latin1",
    ),
    dict(
        name="x04-received-fr",
        kind="received",
        lang="fr",
        origin=S,
        **{"from": "Recrutement Maison Lefèvre <recrutement@maison-lefevre.example>"},
        subject="Nous avons bien reçu votre candidature",
        body="""Bonjour Camille,

Nous vous remercions pour l'intérêt que vous portez à Maison Lefèvre. Nous accusons
bonne réception de votre candidature au poste de Chargée de communication.

Notre équipe va étudier votre dossier avec attention et reviendra vers vous dans les
meilleurs délais.

Cordialement,
L'équipe Recrutement""",
        how="qp",
    ),
    dict(
        name="x05-received-es",
        kind="received",
        lang="es",
        origin=S,
        **{"from": "Talento Grupo Olivar <empleo@grupo-olivar.example>"},
        subject="Hemos recibido tu candidatura",
        body="""Hola Lucía:

Gracias por tu interés en Grupo Olivar. Te confirmamos que hemos recibido tu
candidatura para el puesto de Técnica de Marketing Digital.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en
contacto contigo.

Un saludo,
Equipo de Talento de Grupo Olivar""",
    ),
    # --- interview invitation --------------------------------------------------------------
    dict(
        name="x06-invitation-en-mighty",
        kind="invitation",
        lang="en",
        origin=W,
        **{"from": "Dana Whitfield <dana.whitfield@brightside-cafe.example>"},
        subject="Brightside Café would like to interview you",
        body="""Dear Alex,

Thanks for applying for the Shift Supervisor position at Brightside Café. Your
experience running a busy counter stood out to me and I would like to hear more about
it, so I'd like to set up a face-to-face interview with you at the café.

The conversation will take about an hour, and you will meet two of our team leads.
Would Thursday 12 November at 10:00 work for you? Please bring a copy of your CV.

If that time doesn't suit, reply with a couple of alternatives.

Best,
Dana Whitfield, Store Manager""",
    ),
    dict(
        name="x07-invitation-en-ics",
        kind="invitation",
        lang="en",
        origin=S,
        **{"from": "Recruiting Coordinator <interviews@quillsoft.example>"},
        subject="Invitation: Technical interview with QuillSoft - Mon 16 Nov 14:00",
        body="""Hi Morgan,

Great news: the hiring team would like to move you forward to a technical interview for
the Platform Engineer role. The calendar invitation is attached; the video link is in
the event.

The interview lasts 60 minutes with two engineers from the platform team.

Looking forward to speaking with you,
Chris, Recruiting Coordinator""",
        how="ics",
        ics={
            "start": "20261116T140000",
            "end": "20261116T150000",
            "summary": "Technical interview - Platform Engineer",
            "location": "Video call",
            "organiser": "Chris (QuillSoft)",
        },
    ),
    dict(
        name="x08-invitation-en-calendly",
        kind="invitation",
        lang="en",
        origin=S,
        **{"from": "Jamie Cole <jamie@fernhill-health.example>"},
        subject="Next step: phone screen for Clinical Data Manager",
        body="""Hi Taylor,

Thank you for your application for Clinical Data Manager. We'd love to invite you to a
30-minute phone screen with our hiring manager.

Please pick a slot that suits you using this link:
https://calendly.example/fernhill/phone-screen

Talk soon,
Jamie Cole, Talent Partner""",
        how="html",
    ),
    dict(
        name="x09-invitation-de",
        kind="invitation",
        lang="de",
        origin=S,
        **{"from": "Sabine Krüger <s.krueger@hansewerft.example>"},
        subject="Einladung zum Vorstellungsgespräch – Konstrukteur (m/w/d)",
        body="""Sehr geehrter Herr Albrecht,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten
Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 17. November 2026,
um 10:30 Uhr in unserem Werk in Kiel ein. Bitte bestätigen Sie uns den Termin kurz per
E-Mail.

Mit freundlichen Grüßen
Sabine Krüger
Personalreferentin""",
        how="qp",
    ),
    dict(
        name="x10-invitation-fr",
        kind="invitation",
        lang="fr",
        origin=S,
        **{"from": "Julien Moreau <julien.moreau@atelier-bleu.example>"},
        subject="Invitation à un entretien – Développeur Front-end",
        body="""Bonjour Léa,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un
entretien pour le poste de Développeuse Front-end.

Nous vous proposons un échange en visioconférence le mercredi 18 novembre à 15h00.
Merci de nous confirmer vos disponibilités.

Bien cordialement,
Julien Moreau, Responsable RH""",
        how="html",
    ),
    dict(
        name="x11-invitation-es",
        kind="invitation",
        lang="es",
        origin=S,
        **{"from": "Marta Ruiz <marta.ruiz@solmar-energia.example>"},
        subject="Entrevista para el puesto de Ingeniero de Datos",
        body="""Hola Diego:

Gracias por presentar tu candidatura. Nos ha gustado tu perfil y queremos invitarte a
una entrevista para el puesto de Ingeniero de Datos.

¿Te vendría bien el jueves 19 de noviembre a las 11:00 por videollamada? Confírmanos
tu disponibilidad respondiendo a este correo.

Saludos cordiales,
Marta Ruiz, Selección de Personal""",
        how="qp",
    ),
    # --- rescheduled -----------------------------------------------------------------------
    dict(
        name="x12-rescheduled-en",
        kind="rescheduled",
        lang="en",
        origin=S,
        **{"from": "Chris <interviews@quillsoft.example>"},
        subject="Updated time: your interview with QuillSoft has moved",
        body="""Hi Morgan,

Apologies for the change: one of your interviewers is unavailable on Monday, so we
need to reschedule your technical interview. The new time is Wednesday 18 November at
16:00, same video link.

If the new time does not work, let me know and we will find another slot.

Thanks for your flexibility,
Chris""",
    ),
    dict(
        name="x13-rescheduled-de",
        kind="rescheduled",
        lang="de",
        origin=S,
        **{"from": "Sabine Krüger <s.krueger@hansewerft.example>"},
        subject="Terminverschiebung Ihres Vorstellungsgesprächs",
        body="""Sehr geehrter Herr Albrecht,

leider müssen wir unser Gespräch am 17. November verschieben, da der Fachbereichsleiter
kurzfristig verhindert ist. Wir schlagen als neuen Termin Freitag, den 20. November,
um 9:00 Uhr vor.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Sabine Krüger""",
        how="latin1",
    ),
    dict(
        name="x14-rescheduled-fr",
        kind="rescheduled",
        lang="fr",
        origin=S,
        **{"from": "Julien Moreau <julien.moreau@atelier-bleu.example>"},
        subject="Report de notre entretien",
        body="""Bonjour Léa,

En raison d'un imprévu, nous sommes contraints de reporter notre entretien prévu
mercredi. Nous vous proposons un nouveau créneau le vendredi 20 novembre à 10h00.

Merci de nous dire si cette nouvelle date vous convient.

Bien cordialement,
Julien Moreau""",
    ),
    dict(
        name="x15-rescheduled-es",
        kind="rescheduled",
        lang="es",
        origin=S,
        **{"from": "Marta Ruiz <marta.ruiz@solmar-energia.example>"},
        subject="Cambio de hora de tu entrevista",
        body="""Hola Diego:

Te escribimos porque tenemos que cambiar la fecha de tu entrevista. En lugar del jueves,
¿podrías el lunes 23 de noviembre a las 12:00? Sentimos las molestias.

Un saludo,
Marta""",
    ),
    # --- cancelled -------------------------------------------------------------------------
    dict(
        name="x16-cancelled-en",
        kind="cancelled",
        lang="en",
        origin=S,
        **{"from": "Jamie Cole <jamie@fernhill-health.example>"},
        subject="Cancelled: phone screen for Clinical Data Manager",
        body="""Hi Taylor,

I'm sorry to let you know that we have to cancel the phone screen we had booked for
Friday. The hiring manager is out unexpectedly, and we don't have a new date yet.

I'll be in touch as soon as I know more.

Jamie""",
    ),
    dict(
        name="x17-cancelled-de",
        kind="cancelled",
        lang="de",
        origin=S,
        **{"from": "Brückner AG Recruiting <bewerbung@brueckner-ag.example>"},
        subject="Absage des Gesprächstermins am 24.11.",
        body="""Sehr geehrte Frau Yilmaz,

leider müssen wir den vereinbarten Gesprächstermin am 24. November absagen. Wir melden
uns, sobald wir einen neuen Termin anbieten können.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
    ),
    dict(
        name="x18-cancelled-es",
        kind="cancelled",
        lang="es",
        origin=S,
        **{"from": "Talento Grupo Olivar <empleo@grupo-olivar.example>"},
        subject="Cancelación de la entrevista",
        body="""Hola Lucía:

Lamentamos informarte de que la entrevista prevista para el martes queda cancelada.
Te avisaremos si podemos fijar una nueva fecha.

Un saludo,
Equipo de Talento""",
    ),
    # --- assessment ------------------------------------------------------------------------
    dict(
        name="x19-assessment-en-testgorilla",
        kind="assessment",
        lang="en",
        origin=S,
        **{"from": "Tidewater Labs via TestGorilla <no-reply@testgorilla.example>"},
        subject="Tidewater Labs invites you to complete an assessment",
        body="""Hi Priya,

Tidewater Labs has invited you to take an online assessment as part of your application
for Backend Developer. It contains three tests and takes about 45 minutes.

Please complete the assessment within 5 days.

Start assessment: https://app.testgorilla.example/a/9f3c

Good luck!""",
        how="html",
    ),
    dict(
        name="x20-assessment-en-takehome",
        kind="assessment",
        lang="en",
        origin=S,
        **{"from": "Ravi Menon <ravi@quillsoft.example>"},
        subject="Take-home exercise for the Platform Engineer role",
        body="""Hi Morgan,

As the next step, we'd like you to work on a short take-home coding exercise. The brief
is in the repository linked below; we expect it to take around three hours.

Please send us your solution by Monday 23 November.

Ravi""",
    ),
    dict(
        name="x21-assessment-de",
        kind="assessment",
        lang="de",
        origin=S,
        **{"from": "Hansewerft Recruiting <karriere@hansewerft.example>"},
        subject="Ihr Online-Test für die Stelle Konstrukteur (m/w/d)",
        body="""Sehr geehrter Herr Albrecht,

als nächsten Schritt im Auswahlverfahren bitten wir Sie, einen Online-Eignungstest zu
absolvieren. Der Test dauert etwa 40 Minuten. Bitte bearbeiten Sie ihn bis zum
25. November über folgenden Link:

https://tests.hansewerft.example/start

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
        how="qp",
    ),
    dict(
        name="x22-assessment-fr",
        kind="assessment",
        lang="fr",
        origin=S,
        **{"from": "Atelier Bleu <jobs@atelier-bleu.example>"},
        subject="Votre test technique",
        body="""Bonjour Léa,

Dans le cadre de votre candidature, nous vous invitons à réaliser un test technique en
ligne. Vous disposez de 72 heures pour le compléter à partir de la réception de ce
message.

Bonne chance !
L'équipe Atelier Bleu""",
    ),
    dict(
        name="x23-assessment-es",
        kind="assessment",
        lang="es",
        origin=S,
        **{"from": "Solmar Energía <seleccion@solmar-energia.example>"},
        subject="Prueba técnica – Ingeniero de Datos",
        body="""Hola Diego:

Como siguiente paso del proceso de selección, te pedimos que realices una prueba
técnica online. Tienes un plazo de cuatro días para completarla desde este enlace:
https://pruebas.solmar-energia.example/d/31

Un saludo,
Selección Solmar""",
    ),
    # --- on hold ---------------------------------------------------------------------------
    dict(
        name="x24-onhold-en",
        kind="on_hold",
        lang="en",
        origin=S,
        **{"from": "Northwind Foods Talent <careers@northwind-foods.example>"},
        subject="Update on Supply Chain Analyst (Req 20441)",
        body="""Dear Sam,

I wanted to give you a quick update. The Supply Chain Analyst position has been put on
hold while the business reviews its budget for next year. Your application remains
active, and we will contact you if the role reopens.

Thank you for your patience.

Northwind Foods Talent Acquisition""",
    ),
    dict(
        name="x25-onhold-de",
        kind="on_hold",
        lang="de",
        origin=S,
        **{"from": "Brückner AG Recruiting <bewerbung@brueckner-ag.example>"},
        subject="Zwischenstand zu Ihrer Bewerbung",
        body="""Sehr geehrte Frau Yilmaz,

wir möchten Sie über den aktuellen Stand informieren: Das Besetzungsverfahren für die
Stelle Buchhalter (m/w/d) ist derzeit vorübergehend pausiert. Ihre Bewerbung bleibt im
Verfahren, und wir melden uns, sobald es weitergeht.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
    ),
    dict(
        name="x26-onhold-fr",
        kind="on_hold",
        lang="fr",
        origin=S,
        **{"from": "Recrutement Maison Lefèvre <recrutement@maison-lefevre.example>"},
        subject="Point sur votre candidature",
        body="""Bonjour Camille,

Nous tenons à vous informer que le recrutement pour le poste de Chargée de communication
est suspendu pour le moment. Votre candidature reste à l'étude et nous reviendrons vers
vous dès que le processus reprendra.

Cordialement,
L'équipe Recrutement""",
    ),
    # --- rejection -------------------------------------------------------------------------
    dict(
        name="x27-rejection-en-before",
        kind="rejection",
        lang="en",
        origin=S,
        **{"from": "Tidewater Labs <noreply@candidates.workablemail.com>"},
        subject="Your application to Tidewater Labs",
        body="""Hi Priya,

Thank you for your interest in the Backend Developer role and for the time you spent on
your application.

After reviewing your profile, we have decided not to progress your application at this
stage. We received many strong applications and this was not an easy decision.

We wish you every success in your search.

Tidewater Labs Hiring Team""",
        how="html",
    ),
    dict(
        name="x28-rejection-en-after-manatal",
        kind="rejection",
        lang="en",
        origin=W,
        **{"from": "Fernhill Health Recruiting <jamie@fernhill-health.example>"},
        subject="Fernhill Health - An update on your application for Clinical Data Manager",
        body="""Dear Taylor,

Thank you for applying for the Clinical Data Manager role and for meeting the team last
week.

We have looked carefully at your experience and at our notes from the interviews.
Unfortunately, we have chosen to proceed with another candidate for this particular
position.

We would like to keep your CV on file and may contact you should a more suitable
opening come up. Best of luck with your search.

Kind regards,
Jamie Cole""",
        how="qp",
    ),
    dict(
        name="x29-rejection-en-after-short",
        kind="rejection",
        lang="en",
        origin=W,
        **{"from": "Dana Whitfield <dana.whitfield@brightside-cafe.example>"},
        subject="Shift Supervisor position",
        body="""Dear Alex,

Thank you for coming in to interview for the Shift Supervisor role. We enjoyed meeting
you, but I'm sorry to say that your application has been unsuccessful this time.

Regards,
Dana""",
    ),
    dict(
        name="x30-rejection-de-after",
        kind="rejection",
        lang="de",
        origin=S,
        **{"from": "Sabine Krüger <s.krueger@hansewerft.example>"},
        subject="Ihre Bewerbung als Konstrukteur (m/w/d)",
        body="""Sehr geehrter Herr Albrecht,

vielen Dank für das angenehme Gespräch und Ihr Interesse an unserem Unternehmen.

Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für einen
anderen Kandidaten entschieden haben. Diese Entscheidung ist keine Wertung Ihrer
Qualifikation.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Sabine Krüger""",
        how="latin1",
    ),
    dict(
        name="x31-rejection-fr-before",
        kind="rejection",
        lang="fr",
        origin=S,
        **{"from": "Atelier Bleu <jobs@atelier-bleu.example>"},
        subject="Suite à votre candidature",
        body="""Bonjour,

Nous vous remercions de l'intérêt que vous avez manifesté pour Atelier Bleu.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous
ne pouvons pas donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement""",
        how="qp",
    ),
    dict(
        name="x32-rejection-es-before",
        kind="rejection",
        lang="es",
        origin=S,
        **{"from": "Talento Grupo Olivar <empleo@grupo-olivar.example>"},
        subject="Actualización sobre tu candidatura",
        body="""Hola Lucía:

Gracias por tu interés en formar parte de Grupo Olivar. Tras revisar tu candidatura,
lamentamos comunicarte que en esta ocasión no vamos a continuar con tu proceso.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Talento""",
    ),
    # --- offer -----------------------------------------------------------------------------
    dict(
        name="x33-offer-en-letter",
        kind="offer",
        lang="en",
        origin=S,
        **{"from": "QuillSoft People Team <people@quillsoft.example>"},
        subject="Your offer from QuillSoft",
        body="""Hi Morgan,

We are delighted to offer you the position of Platform Engineer at QuillSoft! Your
offer letter is attached, with the salary, start date and benefits.

Please review it and let us know your decision by 27 November. Happy to answer any
questions.

Congratulations,
The QuillSoft People Team""",
        how="pdf",
        pdf="QuillSoft offer letter.pdf",
    ),
    dict(
        name="x34-offer-en-verbal",
        kind="offer",
        lang="en",
        origin=S,
        **{"from": "Jamie Cole <jamie@fernhill-health.example>"},
        subject="Great news!",
        body="""Hi Taylor,

Following up on our call this afternoon: I'm thrilled to confirm that we would like to
offer you the Clinical Data Manager role. The formal written offer will follow from HR
within two days.

Congratulations!
Jamie""",
    ),
    dict(
        name="x35-offer-de",
        kind="offer",
        lang="de",
        origin=S,
        **{"from": "Brückner AG Personal <bewerbung@brueckner-ag.example>"},
        subject="Vertragsangebot – Buchhalter (m/w/d)",
        body="""Sehr geehrte Frau Yilmaz,

wir freuen uns, Ihnen die Stelle als Buchhalterin anbieten zu können. Anbei erhalten Sie
unser Vertragsangebot. Bitte senden Sie uns den unterschriebenen Vertrag bis zum
30. November zurück.

Mit freundlichen Grüßen
Personalabteilung Brückner AG""",
        how="pdf",
        pdf="Arbeitsvertrag.pdf",
    ),
    dict(
        name="x36-offer-fr",
        kind="offer",
        lang="fr",
        origin=S,
        **{"from": "Recrutement Maison Lefèvre <recrutement@maison-lefevre.example>"},
        subject="Proposition d'embauche",
        body="""Bonjour Camille,

Nous avons le plaisir de vous proposer le poste de Chargée de communication au sein de
Maison Lefèvre. Vous trouverez ci-joint notre promesse d'embauche.

Merci de nous faire part de votre réponse avant le 1er décembre.

Cordialement,
L'équipe Recrutement""",
        how="pdf",
        pdf="Promesse d'embauche.pdf",
    ),
    dict(
        name="x37-offer-es",
        kind="offer",
        lang="es",
        origin=S,
        **{"from": "Marta Ruiz <marta.ruiz@solmar-energia.example>"},
        subject="Oferta de empleo – Ingeniero de Datos",
        body="""Hola Diego:

¡Enhorabuena! Nos complace ofrecerte el puesto de Ingeniero de Datos en Solmar Energía.
Adjuntamos la carta de oferta con las condiciones.

Esperamos tu respuesta antes del 2 de diciembre.

Un saludo,
Marta Ruiz""",
        how="qp",
    ),
    # --- recruiter outreach ----------------------------------------------------------------
    dict(
        name="x38-outreach-en",
        kind="outreach",
        lang="en",
        origin=S,
        **{"from": "Olivia Grant <olivia@peakpoint-talent.example>"},
        subject="Staff Engineer opportunity - fully remote",
        body="""Hi there,

I came across your profile and thought you could be a great fit for a Staff Engineer
role I'm recruiting for with a fast-growing fintech client. Fully remote, strong
salary and equity.

Would you be open to a quick chat this week?

Best,
Olivia Grant, Senior Recruiter, PeakPoint Talent""",
    ),
    dict(
        name="x39-outreach-de",
        kind="outreach",
        lang="de",
        origin=S,
        **{"from": "Tobias Lange <t.lange@personalpartner.example>"},
        subject="Interessante Position als Teamleiter Entwicklung",
        body="""Hallo,

ich bin auf Ihr Profil aufmerksam geworden und habe aktuell eine spannende Position als
Teamleiter Entwicklung bei einem Mittelständler in Hamburg zu besetzen.

Hätten Sie Interesse an einem kurzen, unverbindlichen Telefonat?

Viele Grüße
Tobias Lange, Personalberater""",
    ),
    dict(
        name="x40-outreach-fr",
        kind="outreach",
        lang="fr",
        origin=S,
        **{"from": "Sophie Martin <sophie.martin@cabinet-horizon.example>"},
        subject="Opportunité Lead Data – Lyon",
        body="""Bonjour,

Votre profil a retenu mon attention. J'accompagne actuellement un de nos clients dans
le recrutement d'un Lead Data à Lyon et je pense que votre parcours pourrait
correspondre.

Seriez-vous disponible pour en discuter ?

Sophie Martin, Consultante, Cabinet Horizon""",
    ),
    dict(
        name="x41-outreach-es",
        kind="outreach",
        lang="es",
        origin=S,
        **{"from": "Pablo Ortega <pablo@talentia-hunters.example>"},
        subject="Oportunidad profesional como Product Manager",
        body="""Hola:

He visto tu perfil y creo que podrías encajar en una posición de Product Manager que
estoy gestionando para un cliente en Madrid. ¿Te interesaría que hablemos?

Un saludo,
Pablo Ortega, Talentia Hunters""",
    ),
    # --- not about a process: job alerts, newsletters ---------------------------------------
    dict(
        name="x42-alert-en-indeed",
        kind="not_process",
        lang="en",
        origin=S,
        **{"from": "Job Alerts <alert@jobs-board.example>"},
        subject="12 new Data Engineer jobs in Berlin",
        headers=UNSUB,
        body="""New jobs matching your alert "Data Engineer, Berlin":

Data Engineer - Harbor Analytics - Berlin
Senior Data Engineer - Kessler Logistik GmbH - Berlin
Analytics Engineer - Tidewater Labs - Remote

View all jobs: https://jobs-board.example/alerts/7

You are receiving this because you created a job alert. Unsubscribe at any time.""",
        how="html",
    ),
    dict(
        name="x43-newsletter-en",
        kind="not_process",
        lang="en",
        origin=S,
        **{"from": "QuillSoft Newsletter <news@quillsoft.example>"},
        subject="QuillSoft monthly: what we shipped in November",
        headers=UNSUB,
        body="""Hello,

Here is our monthly round-up: a faster dashboard, two new integrations, and a look
behind the scenes at our engineering team. We're hiring, too: see our careers page.

Read more on our blog.

To stop receiving this newsletter, unsubscribe here.""",
        how="html",
    ),
    dict(
        name="x44-alert-de",
        kind="not_process",
        lang="de",
        origin=S,
        **{"from": "Jobagent <jobagent@stellenportal.example>"},
        subject="Ihr Jobagent: 8 neue Stellenangebote für Buchhalter",
        headers=UNSUB,
        body="""Hallo,

für Ihren Suchauftrag „Buchhalter, München“ gibt es 8 neue Stellenangebote:

Buchhalter (m/w/d) – Brückner AG – München
Finanzbuchhalter (m/w/d) – Kessler Logistik GmbH – Freising

Alle Treffer ansehen: https://stellenportal.example/jobagent/3

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden""",
        how="qp",
    ),
    dict(
        name="x45-newsletter-fr",
        kind="not_process",
        lang="fr",
        origin=S,
        **{"from": "Le Mag Carrière <newsletter@mag-carriere.example>"},
        subject="5 conseils pour réussir votre entretien d'embauche",
        headers=UNSUB,
        body="""Bonjour,

Cette semaine dans votre newsletter : comment préparer un entretien, négocier son
salaire et rédiger une lettre de motivation qui se démarque.

Lire les articles sur notre site.

Pour vous désinscrire de cette lettre d'information, cliquez ici.""",
        how="html",
    ),
    dict(
        name="x46-alert-es",
        kind="not_process",
        lang="es",
        origin=S,
        **{"from": "Alertas de empleo <alertas@portal-empleo.example>"},
        subject="Nuevas ofertas: Ingeniero de Datos en Madrid",
        headers=UNSUB,
        body="""Hola:

Hay 6 nuevas ofertas que coinciden con tu alerta «Ingeniero de Datos, Madrid»:

Ingeniero de Datos – Solmar Energía – Madrid
Data Engineer – Harbor Analytics – Remoto

Ver todas las ofertas: https://portal-empleo.example/alertas/5

Recibes este correo porque creaste una alerta de empleo. Darte de baja""",
    ),
]
