"""The held-out corpus: written before any classifier rule existed, and never read while the
rules were written (see README.md in this folder for who wrote it and the sources)."""

S = "synthetic"
W = "modelled on a published template (see README.md)"

MESSAGES = [
    # --- application received -------------------------------------------------------------
    dict(
        name="h01-received-en-greenhouse",
        kind="received",
        lang="en",
        origin=W,
        **{"from": "Harbor Analytics <no-reply@us.greenhouse-mail.io>"},
        subject="Thank you for applying to Harbor Analytics",
        body="""Hi Jordan,

Thanks for your interest in Harbor Analytics! We wanted to let you know we received your
application for Senior Data Engineer, and we are delighted that you would consider joining
our team.

Our team will review your application and will be in touch if your qualifications match
our needs for the role. If you are not selected for this position, keep an eye on our jobs
page as we're growing and adding openings.

Best,
The Harbor Analytics Recruiting Team""",
        how="html",
    ),
    dict(
        name="h02-received-de-personio",
        kind="received",
        lang="de",
        origin=S,
        **{"from": "Kessler Logistik GmbH <jobs@kessler-logistik.de>"},
        subject="Ihre Bewerbung als Projektleiter (m/w/d)",
        body="""Sehr geehrter Herr Brandt,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Kessler Logistik GmbH. Hiermit
bestätigen wir den Eingang Ihrer Unterlagen für die Position Projektleiter (m/w/d).

Wir werden Ihre Bewerbung sorgfältig prüfen und uns in den nächsten zwei Wochen bei Ihnen
melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
        how="qp",
    ),
    dict(
        name="h03-received-fr",
        kind="received",
        lang="fr",
        origin=S,
        **{"from": "Recrutement Océane Assurances <recrutement@oceane-assurances.fr>"},
        subject="Accusé de réception de votre candidature",
        body="""Bonjour Camille,

Nous accusons bonne réception de votre candidature au poste de Chargée de communication et
vous remercions de l'intérêt que vous portez à notre entreprise.

Votre profil va être étudié avec attention par nos équipes. Nous reviendrons vers vous dans
les meilleurs délais.

Cordialement,
L'équipe Recrutement""",
        how="qp",
    ),
    dict(
        name="h04-received-es",
        kind="received",
        lang="es",
        origin=S,
        **{"from": "Talento Grupo Almena <talento@grupoalmena.es>"},
        subject="Hemos recibido tu candidatura - Analista Financiero",
        body="""Hola Lucía,

Gracias por tu interés en formar parte de Grupo Almena. Te confirmamos que hemos recibido
tu candidatura para el puesto de Analista Financiero.

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en
contacto contigo.

Un saludo,
Equipo de Talento""",
        how="html",
    ),
    dict(
        name="h05-received-en-workday",
        kind="received",
        lang="en",
        origin=W,
        **{"from": "Northwind Careers <northwind@myworkday.com>"},
        subject="Application Received: Product Manager (R-10234)",
        body="""Dear Sam Patel,

Thank you for applying for the Product Manager position (R-10234) at Northwind. This email
confirms that your application has been successfully submitted.

You can check the status of your application at any time by signing in to your candidate
home.

Kind regards,
Northwind Talent Acquisition""",
    ),
    # --- interview invitation -------------------------------------------------------------
    dict(
        name="h06-invitation-en-ics",
        kind="invitation",
        lang="en",
        origin=W,
        **{"from": "Priya Nair <priya.nair@brightlane.io>"},
        subject="Interview invitation: Backend Developer at Brightlane",
        body="""Hi Alex,

Thank you for applying for the Backend Developer role at Brightlane. We were impressed by
your background and would like to invite you to an interview with our engineering team.

The interview will take place on Tuesday 17 November 2026 at 14:00 CET on Google Meet and
will last about 45 minutes. I have attached a calendar invitation.

Please let me know if this time does not work for you.

Best regards,
Priya Nair
Talent Partner, Brightlane""",
        how="ics",
        ics=dict(
            start="20261117T140000",
            end="20261117T144500",
            summary="Brightlane interview",
            location="https://meet.google.com/abc-defg-hij",
            organiser="Nair, Priya",
        ),
    ),
    dict(
        name="h07-invitation-de",
        kind="invitation",
        lang="de",
        origin=S,
        **{"from": "Anna Weber <anna.weber@sonnenfeld-energie.de>"},
        subject="Einladung zum Vorstellungsgespräch – Werkstudent Marketing",
        body="""Hallo Frau Yilmaz,

vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie
gerne zu einem persönlichen Vorstellungsgespräch einladen.

Termin: Donnerstag, 19. November 2026, 10:30 Uhr
Ort: Sonnenfeld Energie, Hafenstraße 12, 20457 Hamburg
Dauer: ca. 60 Minuten

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Viele Grüße
Anna Weber
Personalabteilung""",
        how="qp",
    ),
    dict(
        name="h08-invitation-fr-ics",
        kind="invitation",
        lang="fr",
        origin=S,
        **{"from": "Julien Moreau <j.moreau@atelier-lumen.fr>"},
        subject="Invitation à un entretien - Développeur Front-end",
        body="""Bonjour Léa,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien
pour le poste de Développeur Front-end.

L'entretien se déroulera en visioconférence le mercredi 25 novembre à 15h00 et durera
environ une heure. Vous trouverez l'invitation en pièce jointe.

Bien à vous,
Julien Moreau""",
        how="ics,html",
        ics=dict(
            start="20261125T150000",
            end="20261125T160000",
            summary="Entretien Atelier Lumen",
            location="https://teams.microsoft.com/l/meetup-join/xyz",
            organiser="Julien Moreau",
        ),
    ),
    dict(
        name="h09-invitation-es",
        kind="invitation",
        lang="es",
        origin=S,
        **{"from": "Marta Gil <marta.gil@nubeverde.com>"},
        subject="Entrevista para el puesto de Diseñador UX",
        body="""Hola Daniel,

Nos ha gustado mucho tu perfil y nos gustaría invitarte a una entrevista para el puesto de
Diseñador UX en Nube Verde.

¿Te vendría bien el lunes 23 de noviembre a las 11:00? Será una videollamada de 30 minutos
por Zoom: https://zoom.us/j/5550001111

Quedo a la espera de tu confirmación.

Saludos,
Marta Gil""",
        how="qp",
    ),
    dict(
        name="h10-invitation-en-schedule",
        kind="invitation",
        lang="en",
        origin=W,
        **{"from": "Coral Health Recruiting <recruiting@coralhealth.com>"},
        subject="Next steps: schedule your phone screen for Clinical Data Analyst",
        body="""Hi Morgan,

Great news! The hiring team would like to move forward with a 30-minute phone screen for the
Clinical Data Analyst role. Please use the link below to pick a time that suits you:

https://calendly.com/coralhealth/phone-screen

Looking forward to speaking with you,
Coral Health Recruiting""",
        how="html",
    ),
    # --- rescheduled ----------------------------------------------------------------------
    dict(
        name="h11-rescheduled-en",
        kind="rescheduled",
        lang="en",
        origin=S,
        **{"from": "Priya Nair <priya.nair@brightlane.io>"},
        subject="Re: Interview invitation: Backend Developer at Brightlane",
        headers={"In-Reply-To": "<h06-invitation-en-ics@corpus.example>"},
        body="""Hi Alex,

I'm sorry, but one of the interviewers is unwell, so we need to move your interview. Could
we reschedule it to Thursday 19 November at 11:00 CET instead? Same Google Meet link.

Apologies for the inconvenience,
Priya""",
    ),
    dict(
        name="h12-rescheduled-de",
        kind="rescheduled",
        lang="de",
        origin=S,
        **{"from": "Anna Weber <anna.weber@sonnenfeld-energie.de>"},
        subject="Terminverschiebung Ihres Vorstellungsgesprächs",
        body="""Hallo Frau Yilmaz,

leider müssen wir unser Gespräch am Donnerstag verschieben. Wäre Ihnen stattdessen
Montag, der 23. November 2026, um 14:00 Uhr recht?

Entschuldigen Sie bitte die kurzfristige Änderung.

Viele Grüße
Anna Weber""",
        how="qp",
    ),
    dict(
        name="h13-rescheduled-fr",
        kind="rescheduled",
        lang="fr",
        origin=S,
        **{"from": "Julien Moreau <j.moreau@atelier-lumen.fr>"},
        subject="Report de notre entretien",
        body="""Bonjour Léa,

Un imprévu m'oblige à décaler notre entretien prévu mercredi. Je vous propose de le reporter
au vendredi 27 novembre à 10h00. Le lien de visioconférence reste le même.

Merci de votre compréhension,
Julien""",
        how="html",
    ),
    dict(
        name="h14-rescheduled-es",
        kind="rescheduled",
        lang="es",
        origin=S,
        **{"from": "Marta Gil <marta.gil@nubeverde.com>"},
        subject="Cambio de fecha de tu entrevista",
        body="""Hola Daniel,

Por un cambio de agenda necesitamos reprogramar tu entrevista. ¿Podríamos pasarla al
miércoles 25 de noviembre a las 12:00?

Disculpa las molestias.
Marta""",
    ),
    # --- cancelled ------------------------------------------------------------------------
    dict(
        name="h15-cancelled-en",
        kind="cancelled",
        lang="en",
        origin=S,
        **{"from": "Ben Ortiz <ben.ortiz@quillpay.com>"},
        subject="Interview cancelled - Frontend Engineer",
        body="""Hi Chris,

Unfortunately we have to cancel the interview scheduled for Friday. The position has been
put on hold while we review our headcount for next year, so we won't be rescheduling it for
now.

Sorry for the short notice,
Ben""",
    ),
    dict(
        name="h16-cancelled-de",
        kind="cancelled",
        lang="de",
        origin=S,
        **{"from": "Thomas Krüger <t.krueger@alpenblick-software.de>"},
        subject="Absage des Termins am Dienstag",
        body="""Sehr geehrter Herr Brandt,

leider müssen wir den für Dienstag vereinbarten Gesprächstermin absagen. Wir melden uns,
sobald wir einen neuen Termin anbieten können.

Mit freundlichen Grüßen
Thomas Krüger""",
        how="qp",
    ),
    dict(
        name="h17-cancelled-fr",
        kind="cancelled",
        lang="fr",
        origin=S,
        **{"from": "Sophie Laurent <sophie.laurent@verdure-paysage.fr>"},
        subject="Annulation de l'entretien du 3 décembre",
        body="""Bonjour Camille,

Je suis au regret de devoir annuler notre entretien du 3 décembre. Je reviendrai vers vous
dès que possible.

Cordialement,
Sophie Laurent""",
    ),
    # --- assessment -----------------------------------------------------------------------
    dict(
        name="h18-assessment-en-hackerrank",
        kind="assessment",
        lang="en",
        origin=W,
        **{"from": "Brightlane via HackerRank <support@hackerrankforwork.com>"},
        subject="Brightlane has invited you to take a coding test",
        body="""Hi Alex,

Brightlane has invited you to complete the Backend Developer Assessment. The test takes
90 minutes and must be completed within 7 days of receiving this email.

Start your test here: https://www.hackerrank.com/tests/abc123

Good luck!
The HackerRank Team""",
        how="html",
    ),
    dict(
        name="h19-assessment-en-takehome",
        kind="assessment",
        lang="en",
        origin=S,
        **{"from": "Lena Fischer <lena@quillpay.com>"},
        subject="Take-home exercise for the Frontend Engineer role",
        body="""Hi Chris,

Thanks for the chat on Monday! As the next step, we'd like you to complete a short take-home
exercise. You'll find the brief in the attached document; please send your solution back
within five working days. It shouldn't take more than four hours.

Best,
Lena""",
    ),
    dict(
        name="h20-assessment-de",
        kind="assessment",
        lang="de",
        origin=S,
        **{"from": "Recruiting Alpenblick <karriere@alpenblick-software.de>"},
        subject="Ihr Online-Test für die Stelle Softwareentwickler",
        body="""Hallo Herr Brandt,

als nächsten Schritt im Bewerbungsprozess bitten wir Sie, unseren Online-Eignungstest zu
absolvieren. Sie haben dafür 5 Tage Zeit; die Bearbeitung dauert etwa 45 Minuten.

Viel Erfolg!
Ihr Recruiting-Team""",
        how="qp",
    ),
    dict(
        name="h21-assessment-fr",
        kind="assessment",
        lang="fr",
        origin=S,
        **{"from": "Atelier Lumen <jobs@atelier-lumen.fr>"},
        subject="Étude de cas à réaliser",
        body="""Bonjour Léa,

Pour la prochaine étape du processus, nous vous proposons une étude de cas à réaliser chez
vous. Merci de nous faire parvenir votre rendu d'ici lundi prochain.

Bonne journée,
L'équipe Atelier Lumen""",
    ),
    dict(
        name="h22-assessment-es",
        kind="assessment",
        lang="es",
        origin=S,
        **{"from": "Nube Verde <seleccion@nubeverde.com>"},
        subject="Prueba técnica - Diseñador UX",
        body="""Hola Daniel,

Como siguiente paso del proceso de selección te enviamos una prueba técnica. Tienes una
semana para entregarla.

Un saludo,
Equipo de Selección""",
        how="html",
    ),
    # --- on hold --------------------------------------------------------------------------
    dict(
        name="h23-onhold-en",
        kind="on_hold",
        lang="en",
        origin=S,
        **{"from": "Harbor Analytics Recruiting <talent@harboranalytics.com>"},
        subject="Update on your application",
        body="""Hi Jordan,

I wanted to give you a quick update. The Senior Data Engineer position has been put on hold
due to a change in budget. We will contact you again if the role reopens.

Thank you for your patience,
Harbor Analytics Recruiting""",
    ),
    dict(
        name="h24-onhold-de",
        kind="on_hold",
        lang="de",
        origin=S,
        **{"from": "Kessler Logistik GmbH <jobs@kessler-logistik.de>"},
        subject="Zwischenstand zu Ihrer Bewerbung",
        body="""Sehr geehrter Herr Brandt,

wir möchten Sie über den aktuellen Stand informieren: Der Auswahlprozess für die Position
Projektleiter (m/w/d) verzögert sich leider. Wir bitten Sie noch um etwas Geduld und melden
uns voraussichtlich Mitte Dezember.

Mit freundlichen Grüßen
Ihr Recruiting-Team""",
        how="qp",
    ),
    dict(
        name="h25-onhold-es",
        kind="on_hold",
        lang="es",
        origin=S,
        **{"from": "Talento Grupo Almena <talento@grupoalmena.es>"},
        subject="Actualización de tu candidatura",
        body="""Hola Lucía,

Queríamos informarte de que el proceso de selección para Analista Financiero se ha
paralizado temporalmente. Te mantendremos informada si se retoma.

Un saludo,
Equipo de Talento""",
    ),
    # --- rejection ------------------------------------------------------------------------
    dict(
        name="h26-rejection-en-before",
        kind="rejection",
        lang="en",
        origin=W,
        **{"from": "Northwind Careers <northwind@myworkday.com>"},
        subject="Your application for Product Manager",
        body="""Dear Sam,

Thank you for your interest in the Product Manager position at Northwind. After careful
consideration, we have decided to move forward with other candidates whose qualifications
more closely match our needs at this time.

We wish you every success in your job search.

Northwind Talent Acquisition""",
        how="html",
    ),
    dict(
        name="h27-rejection-en-after",
        kind="rejection",
        lang="en",
        origin=W,
        **{"from": "Lena Fischer <lena@quillpay.com>"},
        subject="Frontend Engineer - update",
        body="""Hi Chris,

Thank you for taking the time to interview with us last week. It was a pleasure getting to
know you. Unfortunately, we will not be moving forward with your application. The team was
impressed by your portfolio, but we have decided to proceed with a candidate whose experience
is closer to what we need right now.

All the best,
Lena""",
    ),
    dict(
        name="h28-rejection-de",
        kind="rejection",
        lang="de",
        origin=S,
        **{"from": "Alpenblick Software <karriere@alpenblick-software.de>"},
        subject="Ihre Bewerbung bei Alpenblick Software",
        body="""Sehr geehrter Herr Brandt,

vielen Dank für Ihr Interesse und die Zeit, die Sie in das Gespräch mit uns investiert
haben. Leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Bewerber
entschieden haben.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Alpenblick Software""",
        how="qp",
    ),
    dict(
        name="h29-rejection-de-absage",
        kind="rejection",
        lang="de",
        origin=S,
        **{"from": "Sonnenfeld Energie <bewerbung@sonnenfeld-energie.de>"},
        subject="Absage – Werkstudent Marketing",
        body="""Hallo Frau Yilmaz,

nach sorgfältiger Prüfung Ihrer Unterlagen können wir Ihre Bewerbung leider nicht
berücksichtigen. Bitte verstehen Sie dies nicht als Abwertung Ihrer Qualifikation.

Viele Grüße
Personalabteilung""",
        how="latin1",
    ),
    dict(
        name="h30-rejection-fr",
        kind="rejection",
        lang="fr",
        origin=S,
        **{"from": "Recrutement Océane Assurances <recrutement@oceane-assurances.fr>"},
        subject="Votre candidature au poste de Chargée de communication",
        body="""Bonjour Camille,

Nous vous remercions de l'intérêt que vous portez à notre entreprise. Malheureusement, nous
ne sommes pas en mesure de donner une suite favorable à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,
L'équipe Recrutement""",
        how="html",
    ),
    dict(
        name="h31-rejection-es",
        kind="rejection",
        lang="es",
        origin=S,
        **{"from": "Nube Verde <seleccion@nubeverde.com>"},
        subject="Proceso de selección Diseñador UX",
        body="""Hola Daniel,

Gracias por participar en nuestro proceso de selección y por tu tiempo en las entrevistas.
Lamentablemente, hemos decidido seguir adelante con otro candidato cuyo perfil se ajusta
más a las necesidades del puesto.

Te deseamos mucha suerte.
Equipo de Selección""",
        how="qp",
    ),
    # --- offer ----------------------------------------------------------------------------
    dict(
        name="h32-offer-en-letter",
        kind="offer",
        lang="en",
        origin=W,
        **{"from": "Priya Nair <priya.nair@brightlane.io>"},
        subject="Offer of employment - Backend Developer",
        body="""Hi Alex,

On behalf of Brightlane, I am delighted to offer you the position of Backend Developer.
Please find your offer letter attached, which sets out your salary, start date and
benefits. We would appreciate your response by 4 December.

Congratulations!
Priya""",
        how="pdf",
        pdf="Brightlane offer letter - Alex.pdf",
    ),
    dict(
        name="h33-offer-en-verbal",
        kind="offer",
        lang="en",
        origin=S,
        **{"from": "Ben Ortiz <ben.ortiz@quillpay.com>"},
        subject="Great talking to you",
        body="""Hi Chris,

Great to speak on the phone earlier! As I said, we'd love to have you on the team and we're
preparing the formal offer now. You should have the written contract by the end of the week.

Cheers,
Ben""",
    ),
    dict(
        name="h34-offer-de",
        kind="offer",
        lang="de",
        origin=S,
        **{"from": "Thomas Krüger <t.krueger@alpenblick-software.de>"},
        subject="Ihr Vertragsangebot",
        body="""Sehr geehrter Herr Brandt,

wir freuen uns, Ihnen die Stelle als Softwareentwickler anbieten zu können. Anbei erhalten
Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung.

Mit freundlichen Grüßen
Thomas Krüger""",
        how="pdf,qp",
        pdf="Arbeitsvertrag.pdf",
    ),
    dict(
        name="h35-offer-fr",
        kind="offer",
        lang="fr",
        origin=S,
        **{"from": "Sophie Laurent <sophie.laurent@verdure-paysage.fr>"},
        subject="Proposition d'embauche",
        body="""Bonjour Camille,

J'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de Responsable
de projets. Vous trouverez ci-joint votre promesse d'embauche.

Bien cordialement,
Sophie Laurent""",
        how="pdf",
        pdf="Promesse d'embauche.pdf",
    ),
    dict(
        name="h36-offer-es",
        kind="offer",
        lang="es",
        origin=S,
        **{"from": "Talento Grupo Almena <talento@grupoalmena.es>"},
        subject="Oferta de empleo - Analista Financiero",
        body="""Hola Lucía,

¡Enhorabuena! Nos complace ofrecerte el puesto de Analista Financiero. Adjuntamos la carta
de oferta con las condiciones.

Un saludo,
Equipo de Talento""",
        how="pdf,html",
        pdf="Carta de oferta.pdf",
    ),
    # --- recruiter outreach ---------------------------------------------------------------
    dict(
        name="h37-outreach-en-agency",
        kind="outreach",
        lang="en",
        origin=W,
        **{"from": "Tom Hargreaves <tom.hargreaves@peakstaff.co.uk>"},
        subject="Senior Python role - fully remote",
        body="""Hi Alex,

I came across your profile and thought you might be a great fit for a Senior Python
Developer role I'm recruiting for on behalf of a fast-growing fintech client. It's fully
remote with a salary of up to £85k.

Would you be open to a quick chat this week?

Best,
Tom Hargreaves
Peak Staffing""",
        how="html",
    ),
    dict(
        name="h38-outreach-de",
        kind="outreach",
        lang="de",
        origin=S,
        **{"from": "Laura Schmitt <l.schmitt@talentbruecke.de>"},
        subject="Spannende Position als Data Scientist",
        body="""Hallo Herr Brandt,

ich bin auf Ihr Profil aufmerksam geworden und habe eine spannende Position für Sie: Für
einen Kunden aus der Automobilbranche suche ich einen Data Scientist (m/w/d). Hätten Sie
Interesse an einem kurzen Telefonat?

Beste Grüße
Laura Schmitt""",
        how="qp",
    ),
    dict(
        name="h39-outreach-fr",
        kind="outreach",
        lang="fr",
        origin=S,
        **{"from": "Hugo Bernard <hugo.bernard@cabinet-horizon.fr>"},
        subject="Opportunité - Lead Developer",
        body="""Bonjour Léa,

Votre profil a retenu mon attention. Je recrute actuellement un Lead Developer pour l'un de
mes clients, une scale-up parisienne. Seriez-vous ouverte à un échange ?

Bien à vous,
Hugo Bernard""",
        how="html",
    ),
    dict(
        name="h40-outreach-es",
        kind="outreach",
        lang="es",
        origin=S,
        **{"from": "Carlos Ruiz <carlos.ruiz@headhunt-iberia.es>"},
        subject="Oportunidad profesional",
        body="""Hola Lucía,

He visto tu perfil y creo que podrías encajar en una posición de Controller Financiero para
un cliente. ¿Te interesaría que habláramos?

Un saludo,
Carlos Ruiz""",
    ),
    # --- not about a process --------------------------------------------------------------
    dict(
        name="h41-alert-linkedin",
        kind="not_process",
        lang="en",
        origin=W,
        **{"from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>"},
        subject="30+ new jobs for 'data engineer'",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/unsub/abc>"},
        body="""Your job alert for data engineer in London

Senior Data Engineer - Harbor Analytics - London
Data Engineer - Coral Health - Remote
Lead Data Engineer - Northwind - London

See all jobs""",
        how="html",
    ),
    dict(
        name="h42-alert-stepstone-de",
        kind="not_process",
        lang="de",
        origin=S,
        **{"from": "StepStone Jobagent <jobagent@stepstone.de>"},
        subject="Neue Jobs für Sie: Projektleiter in Hamburg",
        headers={"List-Unsubscribe": "<mailto:unsubscribe@stepstone.de>"},
        body="""Hallo,

Ihr Jobagent hat 12 neue Stellenangebote für Sie gefunden.

Projektleiter (m/w/d) - Kessler Logistik GmbH - Hamburg
Bewerben Sie sich jetzt!""",
        how="qp,html",
    ),
    dict(
        name="h43-newsletter-en",
        kind="not_process",
        lang="en",
        origin=S,
        **{"from": "The Muse <newsletter@themuse.com>"},
        subject="5 interview questions you should always ask",
        headers={"List-Unsubscribe": "<https://themuse.com/unsubscribe>"},
        body="""This week: the five questions that make you stand out at the end of an
interview, and how to negotiate your offer.

Read more on our blog.""",
        how="html",
    ),
    dict(
        name="h44-marketing-fr",
        kind="not_process",
        lang="fr",
        origin=S,
        **{"from": "Welcome to the Jungle <hello@welcometothejungle.com>"},
        subject="Les offres de la semaine",
        headers={"List-Unsubscribe": "<https://welcometothejungle.com/unsub>"},
        body="""Bonjour Léa,

Découvrez les offres d'emploi de la semaine sélectionnées pour vous, et nos conseils pour
réussir votre entretien.

Se désabonner""",
        how="html",
    ),
    dict(
        name="h45-alert-indeed-es",
        kind="not_process",
        lang="es",
        origin=S,
        **{"from": "Indeed <alert@indeed.com>"},
        subject="Nuevos empleos de Analista Financiero en Madrid",
        body="""Hola Lucía,

Hay 8 empleos nuevos que coinciden con tu búsqueda: Analista Financiero en Madrid.

Analista Financiero - Grupo Almena - Madrid
Ver todos los empleos""",
    ),
]
