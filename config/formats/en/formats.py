"""English in Bowout is British English: the formats Django ships for en-GB, under "en"."""

from django.conf.locale.en_GB.formats import *  # type: ignore[import-untyped]  # noqa: F403
