"""Each account's permissions, remembered in the shared cache between requests.

Django's auth backend loads a user's permissions with two queries (direct and through groups) the first time a
request asks `has_perm`, and every request asks: the MFA gate (`employees.middleware.requires_mfa`) and the page
header (`perms.wagtailadmin.access_admin`). `prime(user)` puts the remembered sets on the user object, where the
backend looks first, so those questions cost no query.

Entries carry a version that any change of permissions bumps after its transaction commits (a user's groups or direct
permissions, a group's permissions, a group or permission deleted), plus the user's `is_active` and `is_superuser`
(read with the user on every request): a granted or withdrawn role counts from the next request. Entries also
expire after an hour. NETRAL_PERMISSION_CACHE=0 turns this off.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

log = logging.getLogger("netral")
VERSION_KEY = "netral:permission-version"
SECONDS = 60 * 60
_ATTRIBUTES = ("_user_perm_cache", "_group_perm_cache", "_perm_cache")


def _version() -> int:
    value = cache.get(VERSION_KEY)
    if value is None:
        cache.add(VERSION_KEY, int(time.time() * 1000), None)
        value = cache.get(VERSION_KEY)
    return value


def _bump() -> None:
    try:
        try:
            cache.incr(VERSION_KEY)
        except ValueError:
            cache.set(VERSION_KEY, int(time.time() * 1000), None)
    except Exception:  # noqa: BLE001 (no cache yet, e.g. during the first migrate: nothing cached to drop either)
        log.warning("Permission cache: could not bump the version", exc_info=True)


def bump(**kwargs) -> None:
    if settings.NETRAL_PERMISSION_CACHE:
        transaction.on_commit(_bump)


def prime(user) -> None:
    """Load the user's permission sets from the cache (or compute and remember them): one cache round trip."""
    if not settings.NETRAL_PERMISSION_CACHE or not user.is_authenticated or hasattr(user, "_perm_cache"):
        return
    user_key = f"netral:perms:{user.pk}"
    found = cache.get_many([VERSION_KEY, user_key])
    version = found.get(VERSION_KEY) or _version()
    stamp = (version, user.is_active, user.is_superuser)
    cached = found.get(user_key)
    if cached is not None and cached[0] == stamp:
        for name, value in zip(_ATTRIBUTES, cached[1], strict=True):
            setattr(user, name, value)
        return
    user.get_all_permissions()  # the backend computes the sets and keeps them on the user
    cache.set(user_key, (stamp, tuple(getattr(user, name, set()) for name in _ATTRIBUTES)), SECONDS)


def connect() -> None:
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from .models import User

    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(bump, sender=through, dispatch_uid=f"netral_perms_{through.__name__}")
    for model in (Group, Permission):
        post_delete.connect(bump, sender=model, dispatch_uid=f"netral_perms_delete_{model.__name__}")
    post_save.connect(bump, sender=Permission, dispatch_uid="netral_perms_save_permission")
