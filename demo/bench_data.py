"""Benchmark data: a regency-shaped unit tree (~785 units), N employees and M quiz attempts, with the completion rows,
certificates and assignments tracking would have written for them. Used by `manage.py bench_data` (dev only).

Rows are written in bulk (PostgreSQL COPY, else executemany), never through save() or the services: no signals, no
PDFs. What the rows say is consistent with the services' rules: an employee with a passed attempt holds one current
certificate and a COMPLETED row pointing at it; one with attempts but no pass is IN_PROGRESS; one without any is
NOT_STARTED; at most one attempt per employee and quiz is open; certificate serials are 1..n without gaps.
"""

import datetime
import json
import random
import secrets
import time
from collections.abc import Callable, Iterable
from decimal import Decimal

from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, models, transaction
from django.utils import timezone

from certificates.models import Certificate, CertificateSerial
from cms.models import CoursePage
from employees.models import EmploymentType, User, WorkUnit
from quizzes.models import Attempt, QuizPage
from tracking.models import Assignment, Completion

PREFIX = "BN"  # every bench unit code starts with it
FIRST = ["Ahmad", "Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Wulan", "Joko", "Ratna", "Eko", "Lestari", "Nur"]
LAST = ["Santoso", "Aminah", "Wijaya", "Pratama", "Sari", "Hidayat", "Kurniawan", "Nugroho", "Putri", "Setiawan"]
GOLONGAN = ["II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]
K = WorkUnit.Kind


def unit_tree() -> list[tuple[str, str, str, str | None]]:
    """(code, name, kind, parent code) of a regency like Batang: Setda, Setwan, Inspektorat, 18 dinas, 6 badan and
    15 kecamatan, with their bagian/bidang, seksi, UPT (puskesmas, schools) and desa/kelurahan: 785 units."""
    units = []

    def add(code, name, kind, parent=None):
        units.append((f"{PREFIX}.{code}" if parent is None else f"{parent}.{code}", name, kind, parent))
        return units[-1][0]

    setda = add("SETDA", "Sekretariat Daerah", K.SETDA)
    for b in range(1, 10):
        bagian = add(f"B{b}", f"Bagian {b} Setda", K.BAGIAN, setda)
        for s in range(1, 3):
            add(f"S{s}", f"Subbagian {s} Bagian {b}", K.SEKSI, bagian)
    setwan = add("SETWAN", "Sekretariat DPRD", K.SETWAN)
    insp = add("INSP", "Inspektorat Daerah", K.INSPEKTORAT)
    for b in range(1, 5):
        add(f"B{b}", f"Bagian {b}", K.BAGIAN, setwan)
        add(f"IRBAN{b}", f"Inspektur Pembantu {b}", K.BIDANG, insp)
    for d in range(1, 19):
        dinas = add(f"DIN{d:02d}", f"Dinas {d}", K.DINAS)
        for b in range(1, 5):
            bidang = add(f"BID{b}", f"Bidang {b} Dinas {d}", K.BIDANG, dinas)
            for s in range(1, 4):
                add(f"S{s}", f"Seksi {s} Bidang {b} Dinas {d}", K.SEKSI, bidang)
        if d == 1:  # health: puskesmas
            for u in range(1, 22):
                add(f"PKM{u:02d}", f"Puskesmas {u}", K.UPT, dinas)
        if d == 2:  # education: schools
            for u in range(1, 28):
                add(f"SD{u:02d}", f"SD Negeri {u}", K.UPT, dinas)
    for b in range(1, 7):
        badan = add(f"BDN{b}", f"Badan {b}", K.BADAN)
        for s in range(1, 5):
            bidang = add(f"BID{s}", f"Bidang {s} Badan {b}", K.BIDANG, badan)
            for t in range(1, 3):
                add(f"S{t}", f"Subbidang {t} Bidang {s} Badan {b}", K.SEKSI, bidang)
    for k in range(1, 16):
        kecamatan = add(f"KEC{k:02d}", f"Kecamatan {k}", K.KECAMATAN)
        for s in range(1, 5):
            add(f"S{s}", f"Seksi {s} Kecamatan {k}", K.SEKSI, kecamatan)
        for v in range(1, 17):
            add(f"KEL{v:02d}", f"Kelurahan {v} Kecamatan {k}", K.KELURAHAN, kecamatan)
    return units


class Writer:
    """Bulk inserts with explicit primary keys (sequences reset at the end): COPY on PostgreSQL."""

    def __init__(self):
        self.postgres = connection.vendor == "postgresql"
        self.models: list[type[models.Model]] = []

    def next_id(self, model) -> int:
        return (model.objects.aggregate(m=models.Max("pk"))["m"] or 0) + 1

    def write(self, model, rows: Iterable[dict], batch: int = 5000) -> int:
        """Insert rows given as {attname: value}; missing fields take their model default."""
        fields = list(model._meta.concrete_fields)
        defaults = {}
        for f in fields:
            if f.has_default():
                defaults[f.attname] = f.get_default
            elif f.null:
                defaults[f.attname] = lambda: None
            elif isinstance(f, (models.CharField, models.TextField, models.FileField)):
                defaults[f.attname] = str
        json_fields = {f.attname for f in fields if isinstance(f, models.JSONField)}
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)

        def values(row):
            out = []
            for f in fields:
                value = row[f.attname] if f.attname in row else defaults[f.attname]()
                if f.attname in json_fields and not isinstance(value, str):
                    value = json.dumps(value)
                elif not self.postgres:
                    value = f.get_db_prep_save(value, connection)
                out.append(value)
            return out

        count = 0
        table = connection.ops.quote_name(model._meta.db_table)
        with connection.cursor() as cursor:
            if self.postgres:
                with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(values(row))
                        count += 1
            else:
                sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
                chunk = []
                for row in rows:
                    chunk.append(values(row))
                    if len(chunk) >= batch:
                        cursor.executemany(sql, chunk)
                        count += len(chunk)
                        chunk = []
                if chunk:
                    cursor.executemany(sql, chunk)
                    count += len(chunk)
        self.models.append(model)
        return count

    def finish(self):
        with connection.cursor() as cursor:
            for sql in connection.ops.sequence_reset_sql(no_style(), list(dict.fromkeys(self.models))):
                cursor.execute(sql)
            if self.postgres:
                cursor.execute("ANALYZE")


def _nip(i: int) -> str:
    """Unique and NIP-shaped: birth date (1960 onwards, never a demo person's), appointment, sex, serial."""
    birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=i // 1000)
    return f"{birth:%Y%m%d}201503{1 + i % 2}{i % 1000:03d}"


def _paths(tree) -> dict[str, tuple[str, int, int]]:
    """code -> (materialised path, depth, number of children), children in code order (node_order_by)."""
    children: dict[str | None, list[str]] = {}
    for code, _name, _kind, parent in tree:
        children.setdefault(parent, []).append(code)
    last_root = WorkUnit.objects.filter(depth=1).order_by("-path").first()
    taken = WorkUnit._str2int(last_root.path) if last_root else 0
    out = {}

    def walk(parent, parent_path, depth, offset):
        for i, code in enumerate(sorted(children.get(parent, [])), start=1 + offset):
            path = parent_path + WorkUnit._int2str(i).rjust(WorkUnit.steplen, "0")
            out[code] = (path, depth, len(children.get(code, [])))
            walk(code, path, depth + 1, 0)

    walk(None, "", 1, taken)
    return out


def generate(employees: int, attempts: int, *, seed: int = 16, log: Callable[[str], None] = print) -> dict:
    rng = random.Random(seed)
    started = time.perf_counter()
    timings = {}

    def lap(name):
        timings[name] = round(time.perf_counter() - started - sum(timings.values()), 2)
        log(f"  {name}: {timings[name]} s")

    if WorkUnit.objects.filter(code__startswith=f"{PREFIX}.").exists():
        raise ValueError("Bench data is already loaded in this database (units BN.*): start from an empty one.")
    quiz = QuizPage.objects.live().first()
    if quiz is None:
        call_command("seed_demo", verbosity=0)
        quiz = QuizPage.objects.live().first()
        lap("seed_demo")
    course = CoursePage.objects.parent_of(quiz).get()
    writer = Writer()
    now = timezone.now()
    today = timezone.localdate()
    with transaction.atomic():
        # Units.
        tree = unit_tree()
        paths = _paths(tree)
        unit_id = writer.next_id(WorkUnit)
        unit_ids = {code: unit_id + i for i, (code, *_rest) in enumerate(tree)}
        writer.write(
            WorkUnit,
            (
                {
                    "id": unit_ids[code],
                    "path": paths[code][0],
                    "depth": paths[code][1],
                    "numchild": paths[code][2],
                    "code": code,
                    "name": name,
                    "kind": kind,
                }
                for code, name, kind, _parent in tree
            ),
        )
        lap("units")
        # Employees: spread over every unit, more in the leaves (schools, puskesmas, kelurahan, seksi).
        leaves = [code for code in unit_ids if paths[code][2] == 0]
        inner = [code for code in unit_ids if paths[code][2] > 0]
        weights = [3] * len(leaves) + [1] * len(inner)
        placed = rng.choices(leaves + inner, weights=weights, k=employees)
        user_id = writer.next_id(User)
        password = "!bench"  # an unusable password: nobody logs in as a bench employee

        def users():
            for i in range(employees):
                nip = _nip(i)
                pppk = i % 5 == 0
                yield {
                    "id": user_id + i,
                    "password": password,
                    "username": nip,
                    "nip": nip,
                    "first_name": f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}",
                    "is_active": True,
                    "date_joined": now,
                    "employment_type": EmploymentType.PPPK if pppk else EmploymentType.PNS,
                    "golongan": "IX" if pppk else GOLONGAN[i % len(GOLONGAN)],
                    "position": "Pelaksana",
                    "work_unit_id": unit_ids[placed[i]],
                }

        writer.write(User, users())
        lap("employees")
        # Assignments: the demo's regency-wide one stays; three kecamatan were due last week (overdue rows).
        regency = Assignment.objects.filter(course=course, work_unit__isnull=True).order_by("due_date").first()
        regency_due = regency.due_date if regency else today + datetime.timedelta(days=30)
        if regency is None:
            Assignment.objects.bulk_create([Assignment(course=course, due_date=regency_due)])
        late_units = [f"{PREFIX}.KEC{k:02d}" for k in (3, 7, 11)]
        late_due = today - datetime.timedelta(days=7)
        Assignment.objects.bulk_create(
            [Assignment(course=course, work_unit_id=unit_ids[code], due_date=late_due) for code in late_units]
        )
        late_prefixes = tuple(paths[code][0] for code in late_units)
        # Outcomes: 60 % passed, 25 % tried without passing, 15 % not started; attempts spread over those who tried.
        outcome = [rng.choices(("passed", "tried", ""), weights=(60, 25, 15))[0] for _ in range(employees)]
        tried = [i for i in range(employees) if outcome[i]]
        per_user = dict.fromkeys(tried, attempts // max(len(tried), 1))
        for i in rng.sample(tried, min(len(tried), attempts - sum(per_user.values()))):
            per_user[i] += 1
        snapshot = json.dumps(_compact_snapshot(quiz))  # dumped once, not per row
        attempt_id = writer.next_id(Attempt)
        passed_at: dict[int, tuple[datetime.datetime, Decimal]] = {}

        def attempt_rows():
            nonlocal attempt_id
            for i in tried:
                n = per_user[i]
                for number in range(1, n + 1):
                    last = number == n
                    open_ = last and outcome[i] == "tried" and i % 4 == 0  # some are mid-attempt
                    passed = last and outcome[i] == "passed"
                    at = now - datetime.timedelta(days=n - number, minutes=i % 600)
                    score = Decimal(rng.choice((80, 90, 100))) if passed else Decimal(rng.choice((20, 40, 60)))
                    if passed:
                        passed_at[i] = (at, score)
                    yield {
                        "id": attempt_id,
                        "user_id": user_id + i,
                        "quiz_id": quiz.pk,
                        "number": number,
                        "started_at": at - datetime.timedelta(minutes=20),
                        "deadline": None,
                        "saved_at": at,
                        "submitted_at": None if open_ else at,
                        "late": False,
                        "snapshot": snapshot,
                        "answers": "{}",
                        "score": None if open_ else score,
                        "passed": None if open_ else passed,
                    }
                    attempt_id += 1

        written = writer.write(Attempt, attempt_rows())
        lap("attempts")
        # Certificates for the passes, serials gapless after whatever the year already has.
        year = today.year
        counter, _created = CertificateSerial.objects.get_or_create(year=year)
        certificate_id = writer.next_id(Certificate)
        cert_of: dict[int, int] = {}
        regulations = json.dumps(course_regulations(course))
        months = course.certificate_validity_months
        unit_names = {code: name for code, name, _kind, _parent in tree}

        def certificate_rows():
            serial = counter.last
            for n, (i, (at, score)) in enumerate(sorted(passed_at.items(), key=lambda item: item[1][0])):
                serial += 1
                cert_of[i] = certificate_id + n
                yield {
                    "id": certificate_id + n,
                    "number": settings.NETRAL_CERTIFICATE_NUMBER_FORMAT.format(year=year, serial=serial),
                    "year": year,
                    "serial": serial,
                    "code": secrets.token_urlsafe(16),
                    "user_id": user_id + i,
                    "course_id": course.pk,
                    "course_version": course.version,
                    "holder_name": f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}",
                    "holder_nip": _nip(i),
                    "holder_rank": "",
                    "holder_position": "Pelaksana",
                    "holder_unit": unit_names[placed[i]],
                    "course_title": course.title,
                    "jp": course.jp,
                    "score": score,
                    "course_regulations": regulations,
                    "issued_at": at,
                    "expires_on": (at + datetime.timedelta(days=30 * months)).date() if months else None,
                }
            counter.last = serial

        issued = writer.write(Certificate, certificate_rows())
        counter.save(update_fields=["last"])
        lap("certificates")
        # Completion rows: one per employee for the course, in the state the services would have set.
        states = {"passed": Completion.State.COMPLETED, "tried": Completion.State.IN_PROGRESS}

        def completion_rows():
            for i in range(employees):
                late = paths[placed[i]][0].startswith(late_prefixes)
                yield {
                    "id": completion_id + i,
                    "user_id": user_id + i,
                    "course_id": course.pk,
                    "due_date": late_due if late else regency_due,
                    "state": states.get(outcome[i], Completion.State.NOT_STARTED),
                    "certificate_id": cert_of.get(i),
                    "updated_at": now,
                    "own_due_date": False,
                }

        completion_id = writer.next_id(Completion)
        writer.write(Completion, completion_rows())
        lap("completions")
        writer.finish()
        lap("sequences and analyze")
    return {
        "units": len(tree),
        "employees": employees,
        "attempts": written,
        "certificates": issued,
        "completions": employees,
        "seconds": round(time.perf_counter() - started, 1),
        "timings": timings,
        "database": connection.vendor,
    }


def course_regulations(course) -> list[str]:
    from cms.selectors import regulations_cited

    return regulations_cited(course)


def _compact_snapshot(quiz) -> dict:
    """The quiz's questions as a snapshot keeps them (ids, kinds, weights, choice ids and the key), without the
    texts: 1,000,000 full snapshots would be gigabytes that no HR page reads."""
    questions = []
    for question in quiz.questions.prefetch_related("choices"):
        choices = list(question.choices.all())
        questions.append(
            {
                "id": question.pk,
                "text": "",
                "kind": question.kind,
                "scoring": question.scoring,
                "weight": question.weight,
                "choices": [{"id": c.pk, "text": ""} for c in choices],
                "correct": sorted(c.pk for c in choices if c.is_correct),
            }
        )
    return {"pass_mark": quiz.pass_mark, "grace_seconds": quiz.grace_seconds, "questions": questions[:20]}
