"""Assignments, completions and reminder logs move to the tracking app: their tables are renamed (rows kept) and the
models leave this app's state; tracking.0001_initial takes them over."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("certificates", "0005_tracking")]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable(name="assignment", table="tracking_assignment"),
                migrations.AlterModelTable(name="completion", table="tracking_completion"),
                migrations.AlterModelTable(name="reminderlog", table="tracking_reminderlog"),
            ],
            state_operations=[
                migrations.DeleteModel(name="Completion"),
                migrations.DeleteModel(name="ReminderLog"),
                migrations.DeleteModel(name="Assignment"),
            ],
        ),
        migrations.AlterModelOptions(
            name="certificate",
            options={"ordering": ["-issued_at"], "verbose_name": "sertifikat", "verbose_name_plural": "sertifikat"},
        ),
    ]
