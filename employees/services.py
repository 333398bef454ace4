"""Writes on employees: applying a checked roster, sending activation links, and the self-service activation
request. Views and commands call these; the roster is read and checked in employees.roster."""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.log_actions import log

from .models import RosterImport, User, WorkUnit
from .roster import IMPORTED, RosterPlan

logger = logging.getLogger("netral.employees")


@dataclass
class RosterResult:
    created: list[User]
    updated: int
    unchanged: int
    deactivated: int


def roster_apply(
    plan: RosterPlan,
    *,
    filename: str,
    by: User | None = None,
    deactivate_missing: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> RosterResult:
    """Write a plan without errors, all or nothing, and record who imported what (audit log)."""
    if not plan.ok:
        raise ValueError("A roster with errors is never applied")
    created, updated = [], 0
    with transaction.atomic():
        existing = {user.nip: user for user in User.objects.filter(nip__in=[row.nip for row in plan.rows])}
        for index, row in enumerate(plan.rows, start=1):
            if row.action == "new":
                user = User(nip=row.nip, **row.values)
                user.set_unusable_password()
                user.save()
                created.append(user)
            elif row.action == "updated":
                user = existing[row.nip]
                for name, value in row.values.items():
                    setattr(user, name, value)
                user.is_active = True
                user.save()
                updated += 1
            if progress:
                progress(index, len(plan.rows))
        deactivated = 0
        if deactivate_missing and plan.missing:
            deactivated = User.objects.filter(nip__in=plan.missing, is_active=True).update(is_active=False)
        unchanged = sum(1 for row in plan.rows if row.action == "unchanged")
        counts = {"new": len(created), "updated": updated, "unchanged": unchanged, "deactivated": deactivated}
        record = RosterImport.objects.create(filename=filename, imported_by=by, counts=counts)
        log(instance=record, action=IMPORTED, user=by, data=counts)
    return RosterResult(created=created, updated=updated, unchanged=unchanged, deactivated=deactivated)


def send_activation(user: User, *, base_url: str) -> bool:
    """allauth's password-set link (the reset-from-key flow), in an Indonesian welcome email."""
    if not user.email:
        return False
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    with translation.override("id"):
        body = render_to_string("employees/email/activation.txt", {"user": user, "url": base_url.rstrip("/") + path})
    send_mail("Akun Netral Anda", body, None, [user.email])
    return True


def may_activate(user: User | None, email: str) -> bool:
    """Roster-gated first access: an active employee who never set a password, asking with the address BKD holds."""
    return bool(
        user
        and user.is_active
        and not user.has_usable_password()
        and user.email
        and user.email.lower() == email.strip().lower()
    )


def activation_request(*, nip: str, email: str, base_url: str) -> bool:
    """Send the activation link when the NIP and the email match an employee who may activate; True if sent. The
    caller answers the same whatever this returns (the page tells nobody which NIPs or addresses exist)."""
    user = User.objects.filter(nip=nip, is_active=True).first()
    if not may_activate(user, email):
        return False
    send_activation(user, base_url=base_url)
    logger.info("Activation link sent to user %s on request", user.pk)
    return True


def _current_address(user: User):
    """The EmailAddress row of user.email (the roster's address has none until allauth first syncs it)."""
    from allauth.account.models import EmailAddress

    if not user.email:
        return None
    address, _created = EmailAddress.objects.get_or_create(
        user=user, email__iexact=user.email, defaults={"email": user.email, "primary": True}
    )
    return address


def email_change_request(*, user: User, email: str):
    """A new address, unverified until its owner confirms it; an earlier pending one goes, the current one stays
    (allauth alone would delete the roster's unverified current address). Returns the new EmailAddress."""
    from allauth.account.models import EmailAddress

    with transaction.atomic():
        current = _current_address(user)
        pending = EmailAddress.objects.filter(user=user, verified=False)
        if current:
            pending = pending.exclude(pk=current.pk)
        for address in pending:
            address.remove()
        return EmailAddress.objects.create(user=user, email=email.lower())


def email_verify_by_password_link(*, user: User) -> None:
    """A password set from the emailed link proves the employee reads that mailbox: their one address counts as
    verified (not with a change pending: the link may have gone to the new address)."""
    from allauth.account.models import EmailAddress

    address = _current_address(user)
    if address is None or address.verified:
        return
    if not EmailAddress.objects.filter(user=user).exclude(pk=address.pk).exists():
        address.verified = True
        address.save(update_fields=["verified"])


def unit_save(*, unit: WorkUnit, parent: WorkUnit | None, by: User | None = None) -> WorkUnit:
    """Create a unit under `parent` (None: a top-level unit), or save an existing one and move it (with its
    sub-units) under another parent. The tree's paths are treebeard's; its own methods keep them consistent."""
    with transaction.atomic():
        if unit.pk is None:
            unit = parent.add_child(instance=unit) if parent else WorkUnit.add_root(instance=unit)
            log(unit, "wagtail.create", user=by)
            return unit
        unit.save()
        current = unit.get_parent()
        if parent != current:
            if parent is None:
                unit.move(WorkUnit.get_first_root_node(), "sorted-sibling")
            else:
                unit.move(parent, "sorted-child")
            unit.refresh_from_db()
        log(unit, "wagtail.edit", user=by)
        return unit
