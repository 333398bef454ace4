from django.db import migrations

import certificates.models


def resalt_each(apps, schema_editor):
    """Until now the salt was published beside the hash, so the NIP behind it could be brute-forced. Give every
    certificate a fresh, never-published salt: its public credential changes on the next request (docs/privacy.md).
    """
    Certificate = apps.get_model("certificates", "Certificate")
    for pk in Certificate.objects.values_list("pk", flat=True).iterator():
        Certificate.objects.filter(pk=pk).update(identity_salt=certificates.models.new_identity_salt())


class Migration(migrations.Migration):
    dependencies = [("certificates", "0008_electronic_signature_and_badge_salt")]

    operations = [migrations.RunPython(resalt_each, migrations.RunPython.noop)]
