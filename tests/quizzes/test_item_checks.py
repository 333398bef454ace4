"""Item-writing checks: each flaw is flagged on a question written with it, and not on a clean one."""

import pytest

from quizzes.item_checks import bank_flaws, question_flaws


def single(stem, key, *distractors):
    choices = [{"text": key, "correct": True}] + [{"text": d, "correct": False} for d in distractors]
    return {"text": stem, "kind": "single", "choices": choices}


def true_false(stem, *, true_key: bool):
    return {
        "text": stem,
        "kind": "true_false",
        "choices": [{"text": "Benar", "correct": true_key}, {"text": "Salah", "correct": not true_key}],
    }


CLEAN = single(
    "Seorang guru PNS diminta menjadi juru kampanye oleh kerabatnya. Apa yang sebaiknya ia lakukan?",
    "Menolak karena dilarang",
    "Menerima bila di luar jam kerja",
    "Menerima asal tanpa seragam",
    "Menerima bila izin atasan",
)


def codes(question):
    return {flaw.code for flaw in question_flaws(question)}


def test_a_clean_question_has_no_flaw():
    assert codes(CLEAN) == set()


@pytest.mark.parametrize(
    ("question", "flaw"),
    [
        (
            single(
                "Seorang PNS diminta hadir di rapat akbar calon. Apa yang tepat?",
                "Menolak hadir, karena ASN dilarang ikut kampanye dalam bentuk apa pun menurut aturan disiplin",
                "Hadir saja",
                "Hadir tanpa seragam",
                "Mewakilkan",
            ),
            "long_key",
        ),
        (
            single(
                "Mana yang merupakan pelanggaran netralitas ASN?",
                "Semua jawaban di atas",
                "Memasang spanduk calon",
                "Membagikan unggahan calon",
                "Menjadi juru kampanye",
            ),
            "all_none_above",
        ),
        (
            single(
                "Mana yang merupakan pelanggaran netralitas ASN?",
                "Memasang spanduk calon",
                "Membagikan unggahan dinas",
                "Menghadiri upacara",
                "Tidak ada jawaban di atas",
            ),
            "all_none_above",
        ),
        (
            single(
                "Seorang PNS menyukai unggahan calon. Bagaimana hukumnya?",
                "Melanggar netralitas",
                "Selalu boleh",
                "Tidak pernah dipersoalkan",
                "Boleh bila akun pribadi",
            ),
            "absolute_distractors",
        ),
        (
            single(
                "Perbuatan berikut melanggar netralitas, kecuali ...",
                "Memberikan suara di TPS",
                "Memasang spanduk calon",
                "Membagikan unggahan calon",
                "Menjadi juru kampanye",
            ),
            "negative_stem",
        ),
        (
            single(
                "Seorang camat memakai mobil dinas untuk mengantar tim kampanye. Pelanggaran apa ini?",
                "Memakai mobil dinas untuk kampanye",
                "Pelanggaran jam kerja",
                "Pelanggaran berpakaian",
                "Pelanggaran administrasi keuangan",
            ),
            "stem_echo",
        ),
    ],
)
def test_each_flaw_is_flagged_on_a_question_written_with_it(question, flaw):
    assert flaw in codes(question)


def test_a_negative_in_capitals_is_emphasised_and_not_flagged():
    assert "negative_stem" not in codes(
        single(
            "Perbuatan berikut melanggar netralitas, KECUALI ...",
            "Memberikan suara di TPS",
            "Memasang spanduk calon",
            "Membagikan unggahan calon",
            "Menjadi juru kampanye",
        )
    )
    assert "negative_stem" not in codes(true_false("Menurut PP 94/2021, PPPK **tidak** wajib netral.", true_key=False))


def test_absolute_words_in_the_key_too_are_not_a_cue():
    question = single("Apa kewajiban ASN?", "Selalu netral", "Selalu berpihak", "Berpihak bila diminta", "Diam saja")
    assert "absolute_distractors" not in codes(question)


def bank(keys_first: int, keys_second: int):
    return [single(f"Soal {n}?", "Kunci", "Pengecoh satu", "Pengecoh dua") for n in range(keys_first)] + [
        {
            "text": f"Soal b{n}?",
            "kind": "single",
            "choices": [
                {"text": "Pengecoh satu", "correct": False},
                {"text": "Kunci", "correct": True},
                {"text": "Pengecoh dua", "correct": False},
            ],
        }
        for n in range(keys_second)
    ]


def bank_codes(questions, **kwargs):
    return {flaw.code for flaw in bank_flaws(questions, **kwargs)}


def test_key_position_imbalance_is_flagged_and_a_balanced_bank_is_not():
    assert "key_position" in bank_codes(bank(8, 1), shuffled=False)
    third = [
        {
            "text": f"Soal c{n}?",
            "kind": "single",
            "choices": [
                {"text": "Pengecoh satu", "correct": False},
                {"text": "Pengecoh dua", "correct": False},
                {"text": "Kunci", "correct": True},
            ],
        }
        for n in range(3)
    ]
    assert "key_position" not in bank_codes(bank(3, 3) + third, shuffled=False)


def test_true_false_balance():
    lopsided = [true_false(f"Pernyataan {n}.", true_key=n == 0) for n in range(8)]
    balanced = [true_false(f"Pernyataan {n}.", true_key=n % 2 == 0) for n in range(8)]
    assert "true_false_balance" in bank_codes(lopsided)
    assert "true_false_balance" not in bank_codes(balanced)


def test_a_bank_that_allows_only_prohibitive_keys_is_flagged():
    strict = [
        single(f"Bolehkah ASN melakukan hal {n}?", "Tidak boleh", "Boleh bila di luar jam kerja", "Boleh asal pribadi")
        for n in range(6)
    ]
    mixed = strict[:4] + [
        single(f"Bolehkah ASN melakukan hal {n}?", "Boleh, karena itu hak pilih", "Tidak boleh", "Dilarang keras")
        for n in range(2)
    ]
    assert "permissive_keys" in bank_codes(strict)
    assert "permissive_keys" not in bank_codes(mixed)
