"""A tiny, safe template language for the stored withdrawal emails.

Staff write templates in the admin, so a template must reach nothing but the placeholders
below: there are no attributes, filters, loads or includes to reach models, settings or other
users' data. The syntax is a strict subset of Django's, so it reads familiarly:

    {{ name }}                           the value of a placeholder
    {% if name %}…{% else %}…{% endif %}   keep a sentence only when a value is (not) empty
    {% if not name %}…{% endif %}

Anything else between ``{{ }}`` or ``{% %}`` is a syntax error, reported at save time.
Output is plain text: nothing is HTML-escaped.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

PLACEHOLDERS = {
    "contact_name": "The main contact's name, or “Hiring Team” when there is none",
    "contact_first_name": "The main contact's first name (may be empty)",
    "company": "The company",
    "position": "The position title",
    "your_name": "Your full name, from your profile",
    "your_first_name": "Your first name",
    "reason": "Your own reason sentence (may be empty)",
    "interview_date": "The next scheduled interview, in your time zone (may be empty)",
    "colleague_name": "The colleague you recommend (may be empty)",
    "today": "Today's date",
    "agency": "The recruitment agency that set the process up (empty when there is none)",
    "offer_accepted": "Not empty only when you have accepted an offer in writing",
    "offer_deadline": "The date a pending written offer asks you to answer by (may be empty)",
    "decide_by": "The date you ask to give your answer by (may be empty)",
    "offer_pay": "This process's own offer's base pay, e.g. GBP 60,000 per year (may be empty)",
    "start_date": "The start date on this process's own offer (may be empty)",
    "competing_offer": "Not empty only when another offer is on record in writing",
    "competing_figures": "That other written offer's pay, only when you choose to give it",
}

SAMPLE_VALUES = {
    "contact_name": "Priya Shah",
    "contact_first_name": "Priya",
    "company": "Northwind Analytics",
    "position": "Senior Data Engineer",
    "your_name": "Alex Morgan",
    "your_first_name": "Alex",
    "reason": "I have decided to stay closer to my family for now.",
    "interview_date": "Tuesday 3 December at 10:00",
    "colleague_name": "Jamie Lee",
    "today": "21 November 2026",
    "agency": "Talentbridge Recruitment",
    "offer_accepted": "yes",
    "offer_deadline": "Friday 29 November",
    "decide_by": "Wednesday 4 December",
    "offer_pay": "GBP 60,000 per year",
    "start_date": "Monday 1 February 2027",
    "competing_offer": "yes",
    "competing_figures": "GBP 70,000 per year",
}

# Where a template is saved (the model, the admin's preview), it is held to these: a longer or
# deeper template is a mistake, and refusing it early keeps a worker from chewing on it.
SUBJECT_MAX_LENGTH = 300
BODY_MAX_LENGTH = 10_000
MAX_NESTING = 5

_OPENER = re.compile(r"{[{%]")
_CLOSERS = {"{{": "}}", "{%": "%}"}
_VARIABLE = re.compile(r"^{{\s*([a-z_]+)\s*}}$")
_IF = re.compile(r"^{%\s*if\s+(not\s+)?([a-z_]+)\s*%}$")
_ELSE = re.compile(r"^{%\s*else\s*%}$")
_ENDIF = re.compile(r"^{%\s*endif\s*%}$")


class TemplateSyntaxError(ValueError):
    """A template that cannot be used; the message is written for the staff member editing it."""


def allowed_placeholders_text() -> str:
    return ", ".join(f"{{{{ {name} }}}}" for name in PLACEHOLDERS)


@dataclass
class _Text:
    text: str


@dataclass
class _Variable:
    name: str


@dataclass
class _If:
    name: str
    negated: bool
    then: list
    otherwise: list


def _tokens(source: str):
    """Split a template into text and ``{{ }}``/``{% %}`` tokens in one pass.

    Each search starts where the last token ended and an unclosed opener stops the scan, so the
    work is linear in the length of the text (a regular expression with a lazy ``.*?`` rescans
    to the end of the text from every unclosed opener: quadratic).
    """
    position = 0
    while position < len(source):
        opener = _OPENER.search(source, position)
        if opener is None:
            yield source[position:]
            return
        start = opener.start()
        if start > position:
            yield source[position:start]
        closer = _CLOSERS[opener.group()]
        end = source.find(closer, start + 2)
        if end == -1:
            raise TemplateSyntaxError(
                f"Unbalanced braces near “{source[start : start + 40].strip()}”: "
                "write placeholders as {{ name }}."
            )
        position = end + 2
        yield source[start:position]


def parse(source: str, *, max_nesting: int | None = MAX_NESTING) -> list:
    """Parse a template into nodes, or raise TemplateSyntaxError naming the problem.

    ``max_nesting=None`` lifts the depth limit, for rendering templates saved before it.
    """
    root: list = []
    stack: list[tuple[_If, list]] = []  # open ifs, and the branch being filled
    current = root
    for token in _tokens(source):
        if not token.startswith(("{{", "{%")):
            if "%}" in token or "}}" in token:
                raise TemplateSyntaxError(
                    f"Unbalanced braces near “{token.strip()[:40]}”: "
                    "write placeholders as {{ name }}."
                )
            current.append(_Text(token))
            continue
        if match := _VARIABLE.match(token):
            current.append(_Variable(_known(match.group(1))))
        elif match := _IF.match(token):
            if max_nesting is not None and len(stack) >= max_nesting:
                raise TemplateSyntaxError(
                    f"{{% if %}} blocks are nested more than {max_nesting} deep: "
                    "write the sentences one after another."
                )
            node = _If(_known(match.group(2)), bool(match.group(1)), [], [])
            current.append(node)
            stack.append((node, node.then))
            current = node.then
        elif _ELSE.match(token):
            if not stack or current is stack[-1][0].otherwise:
                raise TemplateSyntaxError("{% else %} without a matching {% if %}.")
            node = stack[-1][0]
            stack[-1] = (node, node.otherwise)
            current = node.otherwise
        elif _ENDIF.match(token):
            if not stack:
                raise TemplateSyntaxError("{% endif %} without a matching {% if %}.")
            stack.pop()
            current = stack[-1][1] if stack else root
        else:
            raise TemplateSyntaxError(
                f"“{token}” is not allowed. Use {{{{ name }}}} with one of: "
                f"{allowed_placeholders_text()}; and {{% if name %}}…{{% endif %}} "
                "(with an optional {% else %} or “not”)."
            )
    if stack:
        raise TemplateSyntaxError(
            f"{{% if {stack[-1][0].name} %}} is never closed by {{% endif %}}."
        )
    return root


def _known(name: str) -> str:
    if name not in PLACEHOLDERS:
        raise TemplateSyntaxError(
            f"Unknown placeholder “{name}”. Allowed placeholders: {allowed_placeholders_text()}."
        )
    return name


def _render_nodes(nodes: list, values: dict[str, str]) -> str:
    """Walk the tree with a stack of its own, so no depth reaches Python's recursion limit."""
    parts = []
    pending = [iter(nodes)]
    while pending:
        node = next(pending[-1], None)
        if node is None:
            pending.pop()
        elif isinstance(node, _Text):
            parts.append(node.text)
        elif isinstance(node, _Variable):
            parts.append(values.get(node.name, ""))
        else:
            truthy = bool(values.get(node.name, "").strip())
            pending.append(iter(node.then if truthy != node.negated else node.otherwise))
    return "".join(parts)


def render_body(source: str, values: Mapping[str, object]) -> str:
    """Render a body: plain text, tidy blank lines, no HTML escaping.

    Any template that saved renders: the nesting limit is for writing templates, not reading.
    """
    nodes = parse(source.replace("\r\n", "\n"), max_nesting=None)
    text = _render_nodes(nodes, _clean_values(values))
    # A dropped sentence leaves trailing spaces, and sometimes an empty paragraph. Line by
    # line, because r"[ \t]+\n" retries from every space of a long run without a line break.
    text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def render_subject(source: str, values: Mapping[str, object]) -> str:
    """Render a subject on one line: any line break is removed so no header can be injected."""
    return one_line(_render_nodes(parse(source, max_nesting=None), _clean_values(values)))


def one_line(text: str) -> str:
    """The text on one line, runs of white space as one space; the no-break spaces French
    puts before ``: ; ? !`` stay (they break no line)."""
    return re.sub(r"[^\S\u00a0\u202f]+", " ", text).strip()


def _clean_values(values: Mapping[str, object]) -> dict[str, str]:
    """Only known placeholders, as strings; None becomes empty, never the word "None"."""
    return {
        name: ("" if values.get(name) is None else str(values.get(name))) for name in PLACEHOLDERS
    }
