"""An editor composes a lesson with every block type and submits it; a moderator approves; a learner reads it."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.models import LessonPage
from tests.support.auth import enrol_totp
from tests.support.builders import UserFactory, build_regulation, listblock
from tests.support.responses import assert_refused_by_admin

COMMENTS = {
    "comments-TOTAL_FORMS": "0",
    "comments-INITIAL_FORMS": "0",
    "comments-MIN_NUM_FORMS": "0",
    "comments-MAX_NUM_FORMS": "1000",
}


def member_of(group_name: str, **fields):
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return enrol_totp(user)


@pytest.fixture
def editor(db):
    return member_of("Editors", nip=None, email="editor@netral.test", first_name="Editor Hukum")


@pytest.fixture
def moderator(db):
    return member_of("Moderators", nip=None, email="moderator@netral.test", first_name="Kabag Hukum")


NO_SOURCE = {"issuer": "", "name": "", "url": "", "date": ""}


def lesson_form(course, regulation):
    clause = regulation.clauses.get(slug="pasal-5-huruf-n")
    image = Image.objects.create(title="Pose dua jari", file=get_test_image_file())
    document = Document.objects.create(title="Salinan SE 800/169/2023", file=ContentFile(b"%PDF-1.4 demo", "se.pdf"))
    body = streamfield(
        [
            ("paragraph", rich_text("<p>Netralitas adalah kewajiban setiap ASN.</p>")),
            (
                "allowed_forbidden",
                {
                    "title": "Di media sosial",
                    "allowed": listblock(["Membaca berita debat"]),
                    "forbidden": listblock(["Menyukai unggahan calon"]),
                    "basis": listblock([str(clause.pk)]),
                    "guidance": NO_SOURCE,
                },
            ),
            (
                "scenario",
                {
                    "situation": "Seorang PNS memakai mobil dinas ke kampanye.",
                    "ruling": "forbidden",
                    "explanation": "Fasilitas negara tidak boleh dipakai untuk kampanye.",
                    "basis": str(clause.pk),
                    "guidance": NO_SOURCE,
                },
            ),
            ("clause_quote", {"clause": str(clause.pk), "note": "Dibahas di materi 3."}),
            ("ruling", {"text": "Memakai fasilitas negara diancam hukuman disiplin berat.", "clause": str(clause.pk)}),
            (
                "guidance",
                {
                    "text": "Keluar dari grup kampanye yang dimasuki tanpa diminta.",
                    "source": {"issuer": "daerah", "name": "Arahan Pj Bupati Batang", "url": "", "date": "2023-10-02"},
                },
            ),
            (
                "figure",
                {
                    "image": {"image": str(image.pk), "decorative": "", "alt_text": "Tangan membentuk huruf V"},
                    "caption": "Pose yang harus dihindari",
                },
            ),
            ("video", {"video": "https://www.youtube.com/watch?v=netral2024", "caption": "Sosialisasi BKD"}),
            ("document", {"document": str(document.pk), "title": "Unduh salinan surat edaran"}),
            ("key_points", {"title": "Poin penting", "points": listblock(["Jangan like unggahan calon."])}),
        ]
    )
    return nested_form_data({"title": "Materi baru: media sosial", "slug": "materi-baru", "body": body}) | COMMENTS


@pytest.mark.django_db
def test_lesson_with_every_block_goes_through_moderation_to_the_learner(client, course, learner, editor, moderator):
    regulation = build_regulation(course.get_parent().get_parent())
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("cms", "lessonpage", course.pk)),
        lesson_form(course, regulation) | {"action-submit": "Kirim"},
    )
    assert response.status_code == 302, response.context["form"].errors
    lesson = LessonPage.objects.get(slug="materi-baru")
    assert not lesson.live
    task_state = lesson.current_workflow_task_state
    assert task_state is not None and task_state.task.name == "Persetujuan moderator"

    # The editor cannot publish; the learner cannot see the draft.
    assert not lesson.permissions_for_user(editor).can_publish()
    client.force_login(learner)
    assert client.get(f"{course.url}materi-baru/").status_code == 404

    client.force_login(moderator)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(lesson.pk, "approve", task_state.pk)),
        {"comment": "Sudah dicek bagian hukum."},
    )
    assert response.status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live

    client.force_login(learner)
    html = client.get(lesson.url).content.decode()
    clause_url = regulation.clauses.get(slug="pasal-5-huruf-n").get_url()
    assert "Netralitas adalah kewajiban setiap ASN." in html
    assert "Menyukai unggahan calon" in html and "Membaca berita debat" in html
    assert "Seorang PNS memakai mobil dinas ke kampanye." in html and "Dilarang" in html
    # The comparison's and the scenario's basis, the quotation's caption and the ruling (Ketentuan).
    assert html.count(f'href="{clause_url}"') == 4
    assert "Arahan Pj Bupati Batang" in html and "Panduan" in html
    assert 'alt="Tangan membentuk huruf V"' in html
    assert 'src="https://www.youtube-nocookie.com/embed/netral2024"' in html
    assert 'href="https://www.youtube.com/watch?v=netral2024"' in html  # the plain link for slow connections
    assert "Unduh salinan surat edaran" in html and "PDF" in html
    assert "Jangan like unggahan calon." in html
    assert client.get(clause_url).status_code == 200


@pytest.mark.django_db
def test_editors_cannot_reach_hr_data(client, editor):
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert_refused_by_admin(client.get("/admin/penyelesaian/"))
    assert_refused_by_admin(client.get(reverse("wagtailusers_users:index")))
    assert not editor.has_perm("tracking.view_completion")
    assert not any(perm.startswith(("employees.", "certificates.")) for perm in editor.get_all_permissions())


@pytest.mark.django_db
def test_editor_chooses_clauses_from_the_regulation_pages(client, course, editor):
    regulation = build_regulation(course.get_parent().get_parent())
    client.force_login(editor)
    lesson = LessonPage.objects.child_of(course).first()
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(lesson.pk,)))
    assert edit.status_code == 200 and "Kartu skenario" in edit.content.decode()

    modal = client.get(reverse("clause_chooser:choose"))
    assert modal.status_code == 200
    assert "PP 94/2021 Pasal 5 Huruf N" in modal.json()["html"]
    results = client.get(reverse("clause_chooser:choose_results"), {"q": "Pasal 8"})
    html = results.content.decode()
    assert "PP 94/2021 Pasal 8" in html and "Pasal 5 Huruf N" not in html
    chosen = client.get(reverse("clause_chooser:chosen", args=(regulation.clauses.first().pk,)))
    assert chosen.json()["result"]["title"] == "PP 94/2021 Pasal 5 Huruf N"
