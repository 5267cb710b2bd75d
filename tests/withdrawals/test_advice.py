"""The advice shown beside a draft: each check fires when it should, and only then."""

from datetime import UTC, datetime, timedelta

import pytest

from withdrawals.advice import MAX_WORDS, check_draft, word_count

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
SUBJECT = "Withdrawing my application: Data Engineer"
GOOD_BODY = (
    "Dear Priya,\n\n"
    "Thank you for your time and for the opportunity to interview for the Data Engineer role. "
    "I have decided to withdraw my application.\n\n"
    "I would be glad to stay in touch.\n\n"
    "Kind regards,\nAlex Morgan"
)


def messages(advice) -> list[str]:
    return [item.message for item in advice]


def only(advice, starts_with: str):
    found = [item for item in advice if item.message.startswith(starts_with)]
    assert len(found) <= 1
    return found[0] if found else None


def test_a_good_draft_gets_no_advice():
    assert check_draft(SUBJECT, GOOD_BODY, now=NOW) == []


# Leftovers -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body", "shown"),
    [
        (SUBJECT, GOOD_BODY.replace("Priya", "[NAME]"), "[NAME]"),
        (SUBJECT, GOOD_BODY.replace("Priya", "{{ contact_name }}"), "{{"),
        (SUBJECT, GOOD_BODY.replace("Priya", "<FIRST NAME>"), "<FIRST NAME>"),
        (SUBJECT, GOOD_BODY + "\n{% if reason %}", "{%"),
        ("Withdrawing: [POSITION]", GOOD_BODY, "[POSITION]"),
    ],
)
def test_leftover_placeholders_are_danger(subject, body, shown):
    advice = only(check_draft(subject, body, now=NOW), "Fill in or remove what is left over")

    assert advice is not None
    assert advice.level == "danger"
    assert shown in advice.message
    assert advice.show_phone_script is False


def test_square_brackets_around_a_long_passage_are_not_a_leftover():
    body = GOOD_BODY.replace(
        "I would be glad",
        "I enjoyed it (and the team [which was lovely, honestly, and very kind to me]). I",
    )

    assert only(check_draft(SUBJECT, body, now=NOW), "Fill in or remove") is None


def test_an_empty_subject_is_danger():
    advice = only(check_draft("   ", GOOD_BODY, now=NOW), "The subject is empty")

    assert advice is not None
    assert advice.level == "danger"


# Thanks ----------------------------------------------------------------------------------------


def test_no_thanks_is_a_warning():
    body = GOOD_BODY.replace("Thank you for your time and for", "It was good to have")

    advice = only(check_draft(SUBJECT, body, now=NOW), "Thank them")

    assert advice is not None
    assert advice.level == "warning"


@pytest.mark.parametrize("word", ["Thanks", "grateful", "appreciate", "Thank"])
def test_any_word_of_thanks_satisfies_the_check(word):
    body = GOOD_BODY.replace("Thank you", f"{word} you")

    assert only(check_draft(SUBJECT, body, now=NOW), "Thank them") is None


# Length ----------------------------------------------------------------------------------------


def test_over_150_words_is_a_warning_with_the_count():
    padding = " ".join(["word"] * (MAX_WORDS + 1 - word_count(GOOD_BODY)))
    body = GOOD_BODY.replace("I would be glad", f"{padding}. I would be glad")
    assert word_count(body) == MAX_WORDS + 1

    advice = only(check_draft(SUBJECT, body, now=NOW), f"{MAX_WORDS + 1} words")

    assert advice is not None
    assert advice.level == "warning"
    assert "keep it under 150" in advice.message


def test_exactly_150_words_is_fine():
    padding = " ".join(["word"] * (MAX_WORDS - word_count(GOOD_BODY)))
    body = GOOD_BODY.replace("I would be glad", f"{padding}. I would be glad")
    assert word_count(body) == MAX_WORDS

    assert not [m for m in messages(check_draft(SUBJECT, body, now=NOW)) if "words:" in m]


# Blame -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["disappointed", "Disappointed", "a waste of time", "ghosted"])
def test_blame_words_are_a_warning_that_quotes_them(phrase):
    body = GOOD_BODY.replace("I have decided", f"I was {phrase} and have decided")

    advice = only(check_draft(SUBJECT, body, now=NOW), "Leave out blame or complaint")

    assert advice is not None
    assert advice.level == "warning"
    assert f"“{phrase.lower().removeprefix('a ')}”" in advice.message


def test_a_word_that_only_contains_a_blame_word_is_not_blame():
    # "rude" inside "prudent", "awful" inside "lawful": whole words only.
    body = GOOD_BODY.replace("I have decided", "It seems prudent and lawful, so I have decided")

    assert only(check_draft(SUBJECT, body, now=NOW), "Leave out blame") is None


# Greeting and sign-off -------------------------------------------------------------------------


def test_no_greeting_is_info():
    body = GOOD_BODY.removeprefix("Dear Priya,\n\n")

    advice = only(check_draft(SUBJECT, body, now=NOW), "Open with a greeting")

    assert advice is not None
    assert advice.level == "info"


@pytest.mark.parametrize("greeting", ["Hi Priya,", "Hello,", "Good morning Priya,", "hey Priya"])
def test_other_greetings_count(greeting):
    body = GOOD_BODY.replace("Dear Priya,", greeting)

    assert only(check_draft(SUBJECT, body, now=NOW), "Open with a greeting") is None


def test_no_sign_off_is_info():
    body = GOOD_BODY.replace(
        "I would be glad to stay in touch.\n\nKind regards,\nAlex Morgan",
        "I apologise for any inconvenience.\n\nI would be glad to stay in touch.",
    )

    advice = only(check_draft(SUBJECT, body, now=NOW), "End with a sign-off")

    assert advice is not None
    assert advice.level == "info"


def test_a_sign_off_without_a_name_after_it_is_not_enough():
    body = GOOD_BODY.removesuffix("\nAlex Morgan")

    assert only(check_draft(SUBJECT, body, now=NOW), "End with a sign-off") is not None


@pytest.mark.parametrize("sign_off", ["Best wishes,", "Warm wishes,", "Sincerely,", "Thanks,"])
def test_other_sign_offs_count(sign_off):
    body = GOOD_BODY.replace("Kind regards,", sign_off)

    assert only(check_draft(SUBJECT, body, now=NOW), "End with a sign-off") is None


# An interview soon -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delay", "level"),
    [
        (timedelta(minutes=30), "danger"),
        (timedelta(hours=24), "danger"),
        (timedelta(hours=24, seconds=1), "warning"),
        (timedelta(hours=30), "warning"),
        (timedelta(hours=48), "warning"),
    ],
)
def test_an_interview_within_48_hours_says_to_call_and_offers_the_phone_script(delay, level):
    advice = check_draft(SUBJECT, GOOD_BODY, next_interview_at=NOW + delay, now=NOW)

    assert len(advice) == 1
    assert advice[0].level == level  # red within 24 hours
    assert advice[0].message == (
        "Your next interview is within 48 hours: call them instead of emailing, then confirm "
        "in writing. Never miss it without notice."
    )
    assert advice[0].show_phone_script is True


@pytest.mark.parametrize("delay", [timedelta(hours=48, seconds=1), timedelta(days=3)])
def test_an_interview_within_3_days_says_to_send_it_today_without_the_phone_script(delay):
    advice = check_draft(SUBJECT, GOOD_BODY, next_interview_at=NOW + delay, now=NOW)

    assert [item.level for item in advice] == ["warning"]
    assert advice[0].message.startswith("Your next interview is within 3 days: send this today")
    assert not any(item.show_phone_script for item in advice)


@pytest.mark.parametrize("delay", [timedelta(days=3, minutes=1), timedelta(days=30)])
def test_an_interview_further_off_gives_no_timing_advice(delay):
    assert check_draft(SUBJECT, GOOD_BODY, next_interview_at=NOW + delay, now=NOW) == []


def test_no_interview_gives_no_phone_advice():
    advice = check_draft(SUBJECT, GOOD_BODY.replace("Thank you", "Cheers"), now=NOW)

    assert not any(item.show_phone_script for item in advice)


def test_several_problems_are_all_reported_most_serious_first():
    advice = check_draft(
        "", "I was disappointed. [NAME]", next_interview_at=NOW + timedelta(hours=2), now=NOW
    )

    assert [item.level for item in advice] == [
        "danger",
        "danger",
        "danger",
        "warning",
        "warning",
        "info",
        "info",
    ]
    assert advice[0].show_phone_script


def test_word_count_counts_hyphenated_and_apostrophe_words_once():
    assert word_count("I'd like a well-known, short-ish note.") == 6
