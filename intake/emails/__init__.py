"""Recruiters' emails: read (``reading``), classified (``rules``), what they state
(``extraction``), matched to an application (``matching``), and kept for review (``inbox``)."""
