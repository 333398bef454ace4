"""Our own rate limits, counted by allauth's limiter in the shared cache (Redis in production), with the rates in
`settings.NETRAL_RATE_LIMITS` written as allauth writes its own ("amount/period/per", per = ip or key)."""

from allauth.core.internal import ratelimit
from django.conf import settings


def allowed(request, action: str, *, key: str | None = None, dry_run: bool = False) -> bool:
    """Count one `action` (unless `dry_run`) and say whether it is still within its limits.

    allauth's public wrapper knows only its own actions and never limits GET requests; the limiter under it takes
    our rates and is told to count GETs too (the verification page answers GETs)."""
    usage = ratelimit.consume(
        request,
        app="netral",
        action=action,
        config=settings.NETRAL_RATE_LIMITS,
        key=key,
        limit_get=True,
        dry_run=dry_run,
    )
    return usage is not None
