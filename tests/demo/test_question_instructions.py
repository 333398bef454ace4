"""One instruction per multiple-choice question: the quiz form says "Pilih semua jawaban yang benar." under every
multiple-choice question (templates/quizzes/attempt_form.html), so the demo's question texts must not say it again."""

import re

from demo.questions import QUESTIONS

INSTRUCTION = re.compile(r"pilih (semua|satu|jawaban)", re.I)


def test_the_demo_questions_leave_the_answering_instruction_to_the_quiz_form():
    multiple = [item for item in QUESTIONS if item["kind"] == "multiple"]
    assert len(multiple) >= 5
    assert [item["text"] for item in QUESTIONS if INSTRUCTION.search(item["text"])] == []
