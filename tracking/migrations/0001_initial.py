"""The tracking models, taken over from the certificates app (certificates.0006 renamed their tables). Their content
types move with them, so log entries and granted permissions stay attached; the HR permission `view_completion`
moves from the certificate model to the completion model (every group and user that had it keeps it)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

MOVED = ["assignment", "completion", "reminderlog"]


def move_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    ContentType.objects.filter(app_label="certificates", model__in=MOVED).update(app_label="tracking")
    old = Permission.objects.filter(content_type__app_label="certificates", codename="view_completion").first()
    if old is not None:
        completion, _ = ContentType.objects.get_or_create(app_label="tracking", model="completion")
        old.content_type = completion
        old.save(update_fields=["content_type"])


def restore_content_types(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    certificate = ContentType.objects.filter(app_label="certificates", model="certificate").first()
    if certificate is not None:
        Permission.objects.filter(content_type__app_label="tracking", codename="view_completion").update(
            content_type=certificate
        )
    ContentType.objects.filter(app_label="tracking", model__in=MOVED).update(app_label="certificates")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("certificates", "0006_move_tracking_models"),
        ("cms", "0002_content_regulations_progress"),
        ("employees", "0004_import_permission"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name="Assignment",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("employment_type", models.CharField(blank=True, choices=[("", "Semua ASN"), ("pns", "PNS"), ("pppk", "PPPK")], max_length=8, verbose_name="status kepegawaian")),
                        ("due_date", models.DateField(verbose_name="batas waktu")),
                        ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="dibuat")),
                        ("course", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="assignments", to="cms.coursepage", verbose_name="pelatihan")),
                        ("work_unit", models.ForeignKey(blank=True, help_text="Kosongkan untuk semua unit. Unit di bawahnya ikut.", null=True, on_delete=django.db.models.deletion.CASCADE, related_name="assignments", to="employees.workunit", verbose_name="unit kerja")),
                    ],
                    options={"verbose_name": "penugasan pelatihan", "verbose_name_plural": "penugasan pelatihan", "ordering": ["due_date"]},
                ),
                migrations.CreateModel(
                    name="Completion",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("due_date", models.DateField(verbose_name="batas waktu")),
                        ("state", models.CharField(choices=[("not_started", "belum mulai"), ("in_progress", "sedang berjalan"), ("completed", "selesai")], default="not_started", max_length=16, verbose_name="status")),
                        ("needs_renewal", models.BooleanField(default=False, verbose_name="perlu pembaruan")),
                        ("updated_at", models.DateTimeField(auto_now=True, verbose_name="diperbarui")),
                        ("certificate", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="certificates.certificate", verbose_name="sertifikat")),
                        ("course", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="completions", to="cms.coursepage", verbose_name="pelatihan")),
                        ("user", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="completions", to=settings.AUTH_USER_MODEL, verbose_name="pegawai")),
                    ],
                    options={
                        "verbose_name": "penyelesaian",
                        "verbose_name_plural": "penyelesaian",
                        "default_permissions": (),
                        "permissions": [("view_completion", "Dapat melihat laporan penyelesaian pelatihan")],
                        "indexes": [models.Index(fields=["course", "state", "due_date"], name="certificate_course__ca43b9_idx")],
                        "constraints": [models.UniqueConstraint(fields=("user", "course"), name="completion_once_per_course")],
                    },
                ),
                migrations.CreateModel(
                    name="ReminderLog",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("kind", models.CharField(choices=[("due", "batas waktu dekat"), ("digest", "rekap unit")], max_length=16)),
                        ("sent_on", models.DateField(verbose_name="tanggal")),
                        ("sent_at", models.DateTimeField(auto_now_add=True, verbose_name="waktu")),
                        ("detail", models.JSONField(blank=True, default=dict)),
                        ("course", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="cms.coursepage")),
                        ("recipient", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to=settings.AUTH_USER_MODEL)),
                    ],
                    options={
                        "verbose_name": "pengingat terkirim",
                        "verbose_name_plural": "pengingat terkirim",
                        "constraints": [models.UniqueConstraint(fields=("recipient", "course", "kind", "sent_on"), name="reminder_once_a_day")],
                    },
                ),
            ],
        ),
        migrations.RenameIndex(
            model_name="completion", new_name="completion_course_state_due", old_name="certificate_course__ca43b9_idx"
        ),
        migrations.RunPython(move_content_types, restore_content_types),
    ]
