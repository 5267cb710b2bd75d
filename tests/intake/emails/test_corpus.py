"""The classifier on the two corpora: every development message right; on the held-out set
at least 90 % right, per kind reported, and job alerts and newsletters suggest nothing."""

from collections import Counter

import pytest

from applications.models import MessageKind, RecruiterMessage
from intake.emails import inbox, rules
from tests.factories import ApplicationFactory, UserFactory
from tests.intake.emails.corpus import parsed, rows

pytestmark = pytest.mark.django_db

KINDS = {kind.value for kind in MessageKind} - {MessageKind.UNKNOWN}


def _classify(name, row):
    message = parsed(name, row)
    return rules.classify(
        subject=message.subject,
        text=message.text,
        from_email=message.from_email,
        headers=message.headers,
        invitation_ics=message.invitation_ics,
    )


@pytest.mark.parametrize("row", rows("development"), ids=lambda row: row["name"])
def test_every_development_message_is_read_right(row):
    result = _classify("development", row)

    assert result.kind == row["kind"]
    assert result.language == row["lang"]


def test_the_held_out_set_covers_every_kind_and_language():
    held_out = rows("heldout")

    assert len(held_out) >= 40
    assert {row["kind"] for row in held_out} == KINDS
    assert {row["lang"] for row in held_out} == {"en", "de", "fr", "es"}


def test_held_out_accuracy_is_at_least_90_percent_per_kind_reported(capsys):
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in rows("heldout"):
        total[row["kind"]] += 1
        right[row["kind"]] += _classify("heldout", row).kind == row["kind"]
    with capsys.disabled():
        print("\nHeld-out accuracy per kind:")
        for kind in sorted(total):
            print(f"  {kind:12} {right[kind]}/{total[kind]}")
        print(f"  {'all':12} {sum(right.values())}/{sum(total.values())}")

    assert sum(right.values()) / sum(total.values()) >= 0.9


SETS = ["development", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"]


@pytest.mark.parametrize(
    ("corpus", "row"),
    [(corpus, row) for corpus in SETS for row in rows(corpus) if row["kind"] == "not_process"],
    ids=lambda value: value if isinstance(value, str) else value["name"],
)
def test_alerts_and_newsletters_suggest_nothing(corpus, row):
    owner = UserFactory()
    # Even naming a company the user applied to (the alerts and newsletters list them)
    # suggests nothing.
    ApplicationFactory(owner=owner, company="Kessler Logistik GmbH")
    ApplicationFactory(owner=owner, company="Harbor Analytics")
    ApplicationFactory(owner=owner, company="Fernwood Labs")

    message = inbox.receive(owner=owner, parsed=parsed(corpus, row), source="forwarded")

    assert message.kind == MessageKind.NOT_PROCESS
    assert message.suggestion == {}
    assert message.application is None
    assert message.status == RecruiterMessage.Status.DISMISSED
    assert RecruiterMessage.objects.to_review().count() == 0


@pytest.mark.parametrize("row", rows("development"), ids=lambda row: row["name"])
def test_the_reason_quotes_the_message(row):
    message = parsed("development", row)
    reason = _classify("development", row).reason

    if reason.startswith("The header") or reason.startswith("The sender"):
        return
    quoted = reason.split("“", 1)[1].rstrip("”").rstrip("…")
    flat = " ".join(f"{message.subject} {message.text}".split())
    assert quoted in flat


def test_the_second_held_out_set_covers_every_kind_and_language():
    held_out = rows("heldout2")

    assert len(held_out) >= 40
    assert {row["kind"] for row in held_out} == KINDS
    assert {row["lang"] for row in held_out} == {"en", "de", "fr", "es"}


def _measure(name, title, capsys):
    """Classify every message of a held-out set once, print the accuracy per kind and the
    misses (message, expected, got, the reason quoting the phrase), return (right, total)."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses = []
    by_language: Counter[str] = Counter()
    right_by_language: Counter[str] = Counter()
    for row in rows(name):
        result = _classify(name, row)
        total[row["kind"]] += 1
        right[row["kind"]] += result.kind == row["kind"]
        by_language[row["lang"]] += 1
        right_by_language[row["lang"]] += result.kind == row["kind"]
        if result.kind != row["kind"]:
            misses.append(
                f"  {row['name']}: expected {row['kind']}, got {result.kind} ({result.reason})"
            )
    with capsys.disabled():
        print(f"\n{title} accuracy per kind:")
        for kind in sorted(total):
            print(f"  {kind:12} {right[kind]}/{total[kind]}")
        print(f"  {'all':12} {sum(right.values())}/{sum(total.values())}")
        print("Per language:")
        for language in sorted(by_language):
            print(f"  {language:12} {right_by_language[language]}/{by_language[language]}")
        print("Misses:", *misses, sep="\n")
    return sum(right.values()), sum(total.values())


def test_second_held_out_accuracy_per_kind_is_reported(capsys):
    """heldout2.py: written by another engineer, blind to the rules (see README.md).

    Print only, no 90 % assertion: on its first run the classifier got 34 of 46 right
    (74 %); the misses are listed in README.md. The messages were never changed; the rules
    were widened afterwards with those misses known, so this set is no longer independent
    (README.md): only a third held-out set counts for the issue's 90 %."""
    _measure("heldout2", "Second held-out", capsys)


def test_the_third_held_out_set_covers_every_kind_language_and_form():
    """heldout3.py: 53 messages written blind to the rules after the first two sets were
    used to tune them (see README.md, "heldout3"); every kind at least three times, at least
    six messages in each of German, French and Spanish, and each form a message arrives in."""
    held_out = rows("heldout3")
    kinds = Counter(row["kind"] for row in held_out)
    languages = Counter(row["lang"] for row in held_out)
    forms = Counter(form for row in held_out for form in row.get("how", "").split())
    headers = [row.get("headers", {}) for row in held_out]

    assert len(held_out) == 53
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 3
    assert set(languages) == {"en", "de", "fr", "es"}
    assert min(languages[language] for language in ("de", "fr", "es")) >= 6
    assert {"qp", "latin1", "html", "ics", "pdf"} <= set(forms)
    assert any("In-Reply-To" in header for header in headers)
    assert any("Forwarded message" in row["body"] for row in held_out)
    assert all(
        "List-Unsubscribe" in row.get("headers", {})
        for row in held_out
        if row["kind"] == "not_process"
    )


def test_third_held_out_accuracy_per_kind_is_reported(capsys):
    """heldout3.py: written blind to the rules (README.md, "heldout3").

    Print only, no 90 % assertion: on its one run, after the widened rules landed (13e7724),
    the classifier got 45 of 53 right (85 %); each of the 8 misses was read as "unknown",
    none as a wrong kind (README.md lists them). The messages were never changed; the rules
    were widened afterwards with those misses known (53/53 since), so this set is no longer
    independent (README.md): only the fourth set, heldout4, counts for the issue's 90 %."""
    _measure("heldout3", "Third held-out", capsys)


def test_the_fourth_held_out_set_covers_every_kind_language_and_form():
    """heldout4.py: 52 messages written blind to the rules and to the three earlier sets, after
    those were used to tune them (README.md, "heldout4"); every kind at least four times, at
    least nine messages in each of German, French and Spanish, and each form a message arrives
    in, an invitation called off by an .ics CANCEL among them."""
    held_out = rows("heldout4")
    kinds = Counter(row["kind"] for row in held_out)
    languages = Counter(row["lang"] for row in held_out)
    forms = Counter(form for row in held_out for form in row.get("how", "").split())
    headers = [row.get("headers", {}) for row in held_out]

    assert len(held_out) == 52
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 4
    assert set(languages) == {"en", "de", "fr", "es"}
    assert min(languages[language] for language in ("de", "fr", "es")) >= 9
    assert {"qp", "latin1", "html", "ics", "pdf"} <= set(forms)
    assert any(row.get("ics", {}).get("method") == "CANCEL" for row in held_out)
    assert any("In-Reply-To" in header for header in headers)
    assert any("Forwarded message" in row["body"] for row in held_out)
    assert all(
        "List-Unsubscribe" in row.get("headers", {})
        for row in held_out
        if row["kind"] == "not_process"
    )


def test_fourth_held_out_accuracy_per_kind_is_reported(capsys):
    """heldout4.py: written blind to the rules (README.md, "heldout4").

    Print only, no 90 % assertion: on its one run, after the fourth round of rules landed
    (83230eb), the classifier got 42 of 52 right (81 %); nine misses read as "unknown", one
    (an InfoJobs application confirmation) as not a process. README.md lists them. The fifth
    round ("rules3") then widened the rules with those misses open: the set reads 52/52 since
    and is no longer independent; only heldout5, written blind, counts for the issue's 90 %.
    Its messages and expected kinds were never changed."""
    _measure("heldout4", "Fourth held-out", capsys)


def test_the_fifth_held_out_set_covers_every_kind_language_and_form():
    """heldout5.py: 45 messages written blind to the rules and to the four earlier sets
    (README.md, "heldout5"); every kind at least four times, rejections before and after an
    interview, offers spoken of and with a letter attached, outreach from an agency and in-house,
    at least ten messages in each of German, French and Spanish, and each form a message arrives
    in, an invitation called off by an .ics CANCEL among them."""
    held_out = rows("heldout5")
    kinds = Counter(row["kind"] for row in held_out)
    languages = Counter(row["lang"] for row in held_out)
    forms = Counter(form for row in held_out for form in row.get("how", "").split())
    headers = [row.get("headers", {}) for row in held_out]

    assert len(held_out) == 45
    assert set(kinds) == KINDS
    assert min(kinds.values()) >= 4
    assert set(languages) == {"en", "de", "fr", "es"}
    assert min(languages.values()) >= 10
    assert {"qp", "latin1", "html", "ics", "pdf"} <= set(forms)
    assert forms["ics"] >= 3
    assert any(row.get("ics", {}).get("method") == "CANCEL" for row in held_out)
    assert any("In-Reply-To" in header for header in headers)
    assert any("Forwarded message" in row["body"] for row in held_out)
    assert sum(row["kind"] == "not_process" for row in held_out) >= 5
    assert all(
        "List-Unsubscribe" in row.get("headers", {})
        for row in held_out
        if row["kind"] == "not_process"
    )


def test_fifth_held_out_accuracy_is_at_least_90_percent_per_kind_reported(capsys):
    """heldout5.py: written blind to the rules (README.md, "heldout5").

    Measured once, after the fifth round of rules landed (rules3, bd3f6ac): 42 of 45 right
    (93 %), so the issue's 90 % is asserted. The three misses (README.md): an interview called
    off because the role was filled read as a rejection, a German "das Auswahlverfahren ruht"
    and a Spanish offer with its terms in the body read as unknown. Neither the rules nor the
    messages were changed after the run."""
    right, total = _measure("heldout5", "Fifth held-out", capsys)

    assert right / total >= 0.9
