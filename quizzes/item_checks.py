"""Item-writing checks for editors: the flaws that let a test-wise learner pass without knowing the rules.

Pure functions over plain question dicts, so that the editor's unsaved form, the saved bank and the cue simulation
all use the same rules:

    {"text": "...", "kind": "single" | "multiple" | "true_false", "choices": [{"text": "...", "correct": bool}]}

Per question (`question_flaws`):
- long_key: a key markedly longer than every distractor (at least LONG_KEY_RATIO times the longest distractor and
  LONG_KEY_MIN_CHARS characters more);
- all_none_above: an option "semua jawaban di atas" / "tidak ada jawaban di atas" (or "... pilihan di atas");
- absolute_distractors: absolute words ("selalu", "tidak pernah", "pasti", "semua") in distractors and in no key;
- negative_stem: "tidak", "bukan" or "kecuali" in the stem without emphasis (emphasis = written in CAPITALS, or
  between * * or <b>/<strong>);
- stem_echo: the key repeats at least STEM_ECHO_MIN content words of the stem that no distractor repeats.

Per bank (`bank_flaws`): key position imbalance (single choice, by the order editors wrote the options), true/false
key balance, and the share of permissive keys (a bank whose keys almost never allow anything rewards "always pick
the strictest option").
"""

import re
from collections import Counter
from dataclasses import dataclass

from django.utils.translation import gettext as _

LONG_KEY_RATIO = 1.25
LONG_KEY_MIN_CHARS = 15
STEM_ECHO_MIN = 2
POSITION_EXCESS = 0.2  # flag when one position holds the key this much more often than 1/options
TRUE_FALSE_BAND = (0.3, 0.7)  # acceptable share of "Benar" keys among true/false questions
PERMISSIVE_KEY_MIN = 0.2  # at least this share of keys (where a permissive option exists) should allow
MIN_BANK = 5  # bank checks need at least this many questions of the kind

ABSOLUTE = re.compile(r"\b(selalu|tidak pernah|pasti|semua|semuanya)\b", re.IGNORECASE)
ALL_NONE_ABOVE = re.compile(r"\b(semua|tidak ada)\s+(jawaban|pilihan)(\s+yang\s+benar)?\s+(di\s*atas|tersebut)\b", re.I)
NEGATIVE = re.compile(r"\b(tidak|bukan|kecuali)\b", re.IGNORECASE)
EMPHASIS = re.compile(r"(\*+|_+|<(?:b|strong|em)>)\s*(tidak|bukan|kecuali)\s*(\*+|_+|</(?:b|strong|em)>)", re.I)
# Options that allow the act (the "lenient" wording test-wise learners avoid) and those that forbid it.
PERMISSIVE = re.compile(
    r"^\s*(boleh|diperbolehkan|dibolehkan|diizinkan|dapat dibenarkan|sah\b|tidak (melanggar|dilarang|apa-apa)|"
    r"tidak termasuk pelanggaran|wajar)",
    re.IGNORECASE,
)
PROHIBITIVE = re.compile(r"^\s*(tidak boleh|tidak diperbolehkan|dilarang|melanggar|jangan)", re.IGNORECASE)
WORD = re.compile(r"[a-zA-Z\u00c0-\u024f]+")
STOPWORDS = {
    "adalah", "akan", "bahwa", "dalam", "dengan", "kepada", "karena", "kemudian", "menurut", "untuk", "sebagai",
    "tersebut", "tetapi", "yaitu", "yakni", "setelah", "sebelum", "sedang", "sudah", "belum", "hanya", "paling",
    "pegawai", "seorang", "apakah", "bagaimana", "manakah", "berikut", "tindakan", "perbuatan", "dapat", "harus",
}  # fmt: skip


@dataclass(frozen=True)
class Flaw:
    code: str
    message: str


def is_permissive(text: str) -> bool:
    return bool(PERMISSIVE.match(text)) and not PROHIBITIVE.match(text)


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if len(w) >= 5 and w.lower() not in STOPWORDS}


def _negative_unemphasised(stem: str) -> list[str]:
    emphasised = {m.start(2) for m in EMPHASIS.finditer(stem)}
    return [m.group(0) for m in NEGATIVE.finditer(stem) if not m.group(0).isupper() and m.start() not in emphasised]


def question_flaws(question: dict) -> list[Flaw]:
    kind = question.get("kind")
    stem = question.get("text") or ""
    choices = [c for c in question.get("choices", []) if (c.get("text") or "").strip()]
    keys = [c["text"].strip() for c in choices if c.get("correct")]
    distractors = [c["text"].strip() for c in choices if not c.get("correct")]
    flaws: list[Flaw] = []
    negatives = _negative_unemphasised(stem)
    if negatives:
        words = ", ".join(sorted({w.lower() for w in negatives}))
        message = _("Pokok soal memuat kata negatif (%(words)s) tanpa penekanan; tulis dengan huruf kapital.")
        flaws.append(Flaw("negative_stem", message % {"words": words}))
    if kind == "true_false" or not keys or not distractors:
        return flaws
    if min(len(k) for k in keys) >= max(
        LONG_KEY_RATIO * max(len(d) for d in distractors), max(len(d) for d in distractors) + LONG_KEY_MIN_CHARS
    ):
        message = _("Kunci jauh lebih panjang daripada semua pengecoh (%(key)s vs. paling panjang %(other)s huruf).")
        lengths = {"key": min(len(k) for k in keys), "other": max(map(len, distractors))}
        flaws.append(Flaw("long_key", message % lengths))
    if any(ALL_NONE_ABOVE.search(c["text"]) for c in choices):
        flaws.append(Flaw("all_none_above", _("Ada pilihan “semua/tidak ada jawaban di atas”.")))
    # "Semua jawaban di atas" is its own flaw, not an absolute word.
    in_distractors = {m.lower() for d in distractors if not ALL_NONE_ABOVE.search(d) for m in ABSOLUTE.findall(d)}
    in_keys = {m.lower() for k in keys for m in ABSOLUTE.findall(k)}
    if in_distractors - in_keys:
        words = ", ".join(sorted(in_distractors - in_keys))
        message = _("Kata mutlak (%(words)s) hanya muncul di pengecoh; peserta menebak dengan menghindarinya.")
        flaws.append(Flaw("absolute_distractors", message % {"words": words}))
    stem_words = _content_words(stem)
    echoed = set.intersection(*[_content_words(k) & stem_words for k in keys])
    echoed -= set().union(*[_content_words(d) for d in distractors])
    if len(echoed) >= STEM_ECHO_MIN:
        message = _("Kunci mengulang kata dari pokok soal yang tidak ada di pengecoh (%(words)s).")
        flaws.append(Flaw("stem_echo", message % {"words": ", ".join(sorted(echoed))}))
    return flaws


def _true_key(question: dict) -> bool | None:
    for choice in question.get("choices", []):
        if choice.get("correct"):
            return (choice.get("text") or "").strip().lower().startswith("benar")
    return None


def bank_flaws(questions: list[dict], *, shuffled: bool = True) -> list[Flaw]:
    flaws: list[Flaw] = []
    singles = [q for q in questions if q.get("kind") == "single" and q.get("choices")]
    positions: Counter = Counter()
    for q in singles:
        index = next((i for i, c in enumerate(q["choices"]) if c.get("correct")), None)
        if index is not None:
            positions[index] += 1
    if sum(positions.values()) >= MIN_BANK:
        options = round(sum(len(q["choices"]) for q in singles) / len(singles))
        total = sum(positions.values())
        position, most = positions.most_common(1)[0]
        if most / total > 1 / max(options, 1) + POSITION_EXCESS:
            spread = ", ".join(f"{chr(65 + i)}: {positions[i]}" for i in range(max(options, max(positions) + 1)))
            if shuffled:
                message = _(
                    "Posisi kunci tidak seimbang (%(spread)s); kuis mengacak pilihan, jadi peserta tidak melihatnya."
                )
            else:
                message = _(
                    "Posisi kunci tidak seimbang (%(spread)s) dan pilihan tidak diacak: peserta dapat menebak posisi."
                )
            flaws.append(Flaw("key_position", message % {"spread": spread}))
    truths = [t for t in (_true_key(q) for q in questions if q.get("kind") == "true_false") if t is not None]
    if len(truths) >= MIN_BANK:
        share = sum(truths) / len(truths)
        if not TRUE_FALSE_BAND[0] <= share <= TRUE_FALSE_BAND[1]:
            message = _("Kunci benar/salah tidak seimbang: %(true)s “Benar” dan %(false)s “Salah”.")
            counts = {"true": sum(truths), "false": len(truths) - sum(truths)}
            flaws.append(Flaw("true_false_balance", message % counts))
    with_permissive = [q for q in questions if q.get("kind") != "true_false" and any(
        is_permissive(c.get("text") or "") for c in q.get("choices", []))]  # fmt: skip
    if len(with_permissive) >= MIN_BANK:
        allowed = sum(
            any(c.get("correct") and is_permissive(c.get("text") or "") for c in q["choices"]) for q in with_permissive
        )
        if allowed / len(with_permissive) < PERMISSIVE_KEY_MIN:
            message = _(
                "Hanya %(allowed)s dari %(total)s soal yang punya pilihan “boleh” berkunci "
                "“boleh”: peserta yang selalu memilih larangan diuntungkan."
            )
            flaws.append(Flaw("permissive_keys", message % {"allowed": allowed, "total": len(with_permissive)}))
    return flaws
