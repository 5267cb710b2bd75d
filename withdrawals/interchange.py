"""The shape of the JSON download ("Everything, in one file"), for the apps that write it
(reports) and restore it (intake), both above this floor."""

# The JSON download ("Everything, in one file"): reports writes it, intake restores it. Each
# application holds its own fields and, by key, the rows that belong to it: the model (as
# "app_label.ModelName") and whether the key holds a list of rows or one row (or null). It
# lives here, not in the core: it names the withdrawals' models too, and this is the lowest
# floor that may know both (the app map); the core's interchange holds the spreadsheet's.
ACCOUNT_FORMAT = "bowout-export"
ACCOUNT_FORMAT_VERSION = 1
APPLICATION_PARTS: dict[str, tuple[str, bool]] = {
    "contacts": ("applications.Contact", True),
    "interviews": ("applications.Interview", True),
    "offer": ("applications.Offer", False),
    "posting": ("applications.PostingSnapshot", False),
    # The offer's earlier terms (after negotiating): rows of the offer above, by ``offer_id``.
    "offer_revisions": ("applications.OfferRevision", True),
    "stage_history": ("applications.StageChange", True),
    "withdrawals": ("withdrawals.Withdrawal", True),
    "withdrawal_draft": ("withdrawals.WithdrawalDraft", False),
    "sent_messages": ("withdrawals.SentMessage", True),
    "emails": ("applications.RecruiterMessage", True),
}
# Rows of the account itself (not of one application), by key: the model.
ACCOUNT_PARTS = {
    "exchange_rates": "applications.ExchangeRate",
    # Recruiters' emails not filed with an application (to review, or not about a process).
    "unfiled_emails": "applications.RecruiterMessage",
}
# The account settings a restore brings back (never the username, the email or a secret).
ACCOUNT_SETTINGS = (
    "full_name",
    "first_name",
    "last_name",
    "time_zone",
    "travel_buffer_minutes",
    "follow_up_days",
    "digest_opt_in",
)
# Ids that only link a row to its owner or its application: the nesting says the same. A row's
# own id stays in the download, for the rows that point at it (a draft's copied-in contacts,
# the interviews a withdrawal cancelled), which a restore points at the new rows instead.
LINK_FIELDS = {"owner_id", "application_id"}
# Lists of ids inside a part's rows, and the part whose rows they point at.
ID_LISTS = {
    ("withdrawal_draft", "cc"): "contacts",
    ("withdrawals", "cancelled_interview_ids"): "interviews",
}
# A single id inside a part's rows (a foreign key to a row that is not the application), and
# the part whose row it points at.
ID_LINKS = {("offer_revisions", "offer_id"): "offer"}
