"""The twelve defects issue 15 found in the demo training are gone: the exact wrong sentence, or the wrong pairing of
a clause and a claim. Read from the demo data (demo/lessons.py, demo/regulations.py, demo/questions.py); no database.
"""

import re

from demo import lessons, questions, regulations

REGULATIONS = {regulation["slug"]: regulation for regulation in regulations.REGULATIONS}
LESSONS = {lesson["slug"]: lesson for lesson in lessons.LESSONS}


def clause(regulation_slug, clause_slug):
    return next(c for c in REGULATIONS[regulation_slug]["clauses"] if c["slug"] == clause_slug)


def strings(value):
    """Every string inside a block's value, for searching."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def lesson_text(slug=None) -> str:
    chosen = [LESSONS[slug]] if slug else lessons.LESSONS
    return " ".join(text for lesson in chosen for _, value in lesson["body"] for text in strings(value))


def blocks(kind=None):
    for lesson in lessons.LESSONS:
        for block_kind, value in lesson["body"]:
            if kind is None or block_kind == kind:
                yield lesson["slug"], block_kind, value


def all_demo_text() -> str:
    parts = [lesson_text()]
    parts += [text for regulation in regulations.REGULATIONS for text in strings(regulation)]
    parts += [text for q in questions.QUESTIONS for text in strings(q)]
    parts += list(strings(regulations.RULE_UPDATE))
    return " ".join(parts)


def question_with(fragment):
    found = [q for q in questions.QUESTIONS if fragment in q["text"]]
    assert len(found) == 1, (fragment, len(found))
    return found[0]


# --- Wrong ----------------------------------------------------------------------------------------------------------


def test_1_the_lesson_says_which_rules_stood_when_the_se_was_signed_and_which_replaced_them():
    assert "Surat edaran ini menerapkan aturan nasional di atas" not in all_demo_text()
    text = lesson_text("dasar-hukum")
    assert "Aturan yang berlaku ketika Surat Edaran Bupati Batang ditandatangani (11 September 2023)" in text
    assert "UU 5/2014" in text and "31 Oktober 2023</b>: UU 20/2023 menggantikan UU 5/2014" in text
    # UU 20/2023 is no longer listed among the rules the SE rests on: it comes after, under "Yang berubah sesudahnya".
    assert text.index("UU 20/2023 menggantikan") > text.index("Yang berubah sesudahnya")


def test_2_the_40_percent_figure_is_kasn_data_published_after_the_se_not_its_cause():
    assert "Karena itu SE 800/169/2023" not in all_demo_text()
    carrying = [(kind, value) for _, kind, value in blocks() if any("40%" in s for s in strings(value))]
    assert len(carrying) == 1
    kind, value = carrying[0]
    assert kind == "guidance" and value["source"]["issuer"] == "kasn" and value["source"]["date"] == "2024-02-23"
    assert "sesudah surat edaran" in value["text"]


def test_3_the_2023_law_dissolves_kasn_and_the_2024_decrees_move_its_functions():
    text = clause("uu-20-2023", "pembubaran-kasn")["text"]
    assert "melalui Perpres" not in text and "membubarkan" in text
    assert {"perpres-91-2024", "perpres-92-2024", "se-menpanrb-4-2024"} <= set(REGULATIONS)
    assert "Pengawasan netralitas ASN beralih ke BKN" in clause("se-menpanrb-4-2024", "pengawasan-bkn")["text"]
    assert regulations.RULE_UPDATE["regulation"] == "se-menpanrb-4-2024"


# --- Unsourced or overstated -----------------------------------------------------------------------------------------


def test_4_the_se_is_said_to_address_asn_as_the_seed_reports_not_every_employee():
    text = all_demo_text()
    assert "berlaku bagi seluruh pegawai Pemkab Batang" not in text
    assert "seluruh pegawai Pemerintah Kabupaten Batang" not in text
    assert "seluruh ASN" in clause("se-bupati-batang-800-169-2023", "pokok-1")["text"]


def test_5_whatsapp_groups_are_not_presented_as_the_se_s_content():
    se = REGULATIONS["se-bupati-batang-800-169-2023"]
    assert "WhatsApp" not in " ".join(strings(se))
    for _, _, value in blocks():
        text = " ".join(strings(value))
        if "se-bupati-batang-800-169-2023" in text or "SE Bupati Batang 800/169/2023" in text:
            assert "WhatsApp" not in text, text[:120]
    # The WhatsApp case is taught from PP 94/2021 (partisan activity in one's unit), as a ruling with its clause.
    whatsapp = [value for _, kind, value in blocks("ruling") if "WhatsApp" in value["text"]]
    assert whatsapp and all(value["clause"] == ("pp-94-2021", "pasal-5-huruf-n") for value in whatsapp)


def test_6_twibbon_is_guidance_with_who_says_so_and_no_sanction_level():
    mentions = [(kind, value) for _, kind, value in blocks() if any("twibbon" in s.lower() for s in strings(value))]
    assert mentions
    for kind, value in mentions:
        assert kind == "guidance", kind
        assert value["source"]["name"] and "berat" not in value["text"] and "sedang" not in value["text"]
    twibbon_questions = [q for q in questions.QUESTIONS if "twibbon" in q["text"].lower()]
    assert twibbon_questions
    for q in twibbon_questions:
        assert q["clause"] is None and q["guidance"]
        assert not any(re.search(r"\b(berat|sedang|ringan)\b", text) for text, _ in q["choices"])


def test_7_campaign_attendance_and_attributes_are_not_all_sedang():
    assert "Ikut kampanye atau memakai atribut: hukuman disiplin sedang." not in all_demo_text()
    rulings = {value["clause"]: value["text"] for _, _, value in blocks("ruling")}
    assert "sedang" in rulings[("pp-94-2021", "pasal-13-huruf-g")]
    assert "berat" in rulings[("skb-netralitas-2022", "disiplin-1")]  # putting up props
    assert "berat" in rulings[("skb-netralitas-2022", "disiplin-4")]  # attending with a partisan act


def test_8_a_plain_photo_at_a_pengajian_is_not_pinned_on_a_photo_clause():
    photo_clauses = {("skb-netralitas-2022", "etik-5"), ("skb-netralitas-2022", "disiplin-7")}
    gesture = re.compile(r"jari|gestur|berpose|atribut", re.IGNORECASE)
    plain = [q for q in questions.QUESTIONS if "pengajian" in q["text"] and not gesture.search(q["text"])]
    assert plain
    for q in plain:
        assert q["clause"] not in photo_clauses and "khoiri.com" in q["guidance"]
    scenarios = [v for _, _, v in blocks("scenario") if "pengajian" in v["situation"]]
    assert scenarios
    for value in scenarios:
        assert value["basis"] not in photo_clauses and "khoiri.com" in value["guidance"]["name"]


def test_9_questions_cite_clauses_that_say_what_they_are_used_for():
    assert not [q["text"][:60] for q in questions.QUESTIONS if q["clause"] == ("uu-20-2023", "pembubaran-kasn")]
    blocking = question_with("PPK tidak menindaklanjutinya")
    assert blocking["clause"] == ("peraturan-bkn-1-2023", "pemblokiran-siasn")
    assert "Kemendagri" not in " ".join(text for text, _ in blocking["choices"])  # the PPK's sanction is guidance
    assert question_with("dapat dikenai sanksi oleh Kemendagri")["guidance"]
    reporting = question_with("Ke mana ia dapat melaporkannya")
    assert reporting["clause"] is None and reporting["guidance"]
    voting = question_with("memberikan suaranya secara rahasia")  # was Q2, cited to the neutrality duty
    assert voting["clause"] is None and "Bawaslu" in voting["guidance"]
    poses = question_with("Pose mana yang sebaiknya dihindari")  # was Q15, cited to the photo-with-candidate item
    assert poses["clause"] is None and "BKN" in poses["guidance"]


def test_10_the_private_account_question_rests_on_the_listed_ban_not_on_the_se_s_unseen_text():
    q = question_with("daftar \u201cteman dekat\u201d")
    assert q["clause"] == ("skb-netralitas-2022", "disiplin-6")
    key = next(text for text, correct in q["choices"] if correct)
    assert key.startswith("Dilarang") and "berisiko" not in (key + q["explanation"]).lower()
    assert "SE Bupati Batang" not in q["explanation"]


def test_11_the_regent_s_remarks_and_our_titles_are_labelled_as_such():
    se = REGULATIONS["se-bupati-batang-800-169-2023"]
    assert [c["slug"] for c in se["clauses"]] == ["pokok-1", "pokok-2"]
    assert "Pokok 3" not in all_demo_text()
    assert all("menurut pemberitaan" in c["number"] for c in se["clauses"])
    assert "Diringkas dari pemberitaan, bukan dari naskah resmi" in se["summary"]
    remarks = [v for _, _, v in blocks("guidance") if v["source"]["date"] == "2023-10-02"]
    assert remarks and all("bukan isi surat edaran" in v["source"]["name"] for v in remarks)
    se18 = REGULATIONS["se-menpanrb-18-2023"]
    assert "judul ringkasan kami" in se18["title"] and "Judul di halaman ini adalah ringkasan kami" in se18["summary"]


def test_12_pasal_49_is_not_tagged_as_a_neutrality_duty():
    assert "kewajiban-netralitas" not in clause("uu-20-2023", "pasal-49")["topics"]
