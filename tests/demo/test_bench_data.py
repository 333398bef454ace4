"""`manage.py bench_data`: the unit tree, employees, attempts, certificates and completion rows it writes in bulk
agree with each other as the services would have left them."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from certificates.models import Certificate, CertificateSerial
from demo.bench_data import PREFIX, unit_tree
from employees.models import User, WorkUnit
from quizzes.models import Attempt
from tracking.models import Completion


@pytest.mark.django_db
def test_bench_data_is_consistent(capsys):
    call_command("bench_data", employees=200, attempts=1000)
    assert len(unit_tree()) == 785
    units = WorkUnit.objects.filter(code__startswith=f"{PREFIX}.")
    assert units.count() == 785
    # The tree is a valid materialised-path tree: every child's path extends its parent's, numchild is right.
    for unit in units.filter(depth__gt=1)[:50]:
        parent = WorkUnit.objects.get(path=unit.path[: -WorkUnit.steplen])
        assert unit.code.startswith(parent.code) and parent.numchild == parent.get_children().count()
    bench = User.objects.filter(work_unit__code__startswith=f"{PREFIX}.")
    assert bench.count() == 200
    attempts = Attempt.objects.filter(user__in=bench)
    assert attempts.count() == 1000
    assert not attempts.values("user", "quiz").filter(submitted_at__isnull=True).annotate(n=Count("pk")).filter(n__gt=1)
    completions = Completion.objects.filter(user__in=bench)
    assert completions.count() == 200
    passed = set(attempts.filter(passed=True).values_list("user_id", flat=True))
    completed = completions.filter(state=Completion.State.COMPLETED)
    assert set(completed.values_list("user_id", flat=True)) == passed
    assert not completed.filter(certificate__isnull=True).exists()
    assert set(Certificate.objects.filter(user__in=bench).values_list("user_id", flat=True)) == passed
    serials = sorted(Certificate.objects.values_list("serial", flat=True))
    assert serials == list(range(1, len(serials) + 1))
    assert CertificateSerial.objects.get().last == len(serials)
    with pytest.raises(ValueError):
        call_command("bench_data", employees=10, attempts=10)  # loaded already: never twice
