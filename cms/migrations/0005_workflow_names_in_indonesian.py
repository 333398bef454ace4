"""The workflow and its task that Wagtail's migrations create are named in English ("Moderators approval"), and
editors read that name in the admin ("Pengajuan ke Moderators approval"): call them "Persetujuan moderator"."""

from django.db import migrations

OLD, NEW = "Moderators approval", "Persetujuan moderator"


def rename(apps, old, new):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore", "Task").objects.filter(name=old).update(name=new)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0004_rule_update_renewal_deadline"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.RunPython(lambda apps, schema: rename(apps, OLD, NEW), lambda apps, schema: rename(apps, NEW, OLD))
    ]
