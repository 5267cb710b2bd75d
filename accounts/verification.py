"""Whether the logged-in user's address is verified, as the banner asks on every page.

The answer is kept in the session, so a verified user's pages cost no query: it is worked out
at log-in and when an address is confirmed or changed. While it says "not verified" each page
asks the database again, so a link followed in another browser clears the banner at once.
The digest never relies on it: it asks the database (User.objects.with_verified_email()).
"""

SESSION_KEY = "bowout_email_verified"


def refresh(request, user) -> bool:
    verified = user.has_verified_email()
    request.session[SESSION_KEY] = verified
    return verified


def is_verified(request) -> bool:
    if request.session.get(SESSION_KEY) is True:
        return True
    return refresh(request, request.user)
