"""Job titles in the subject as offices outside the US write them (abroad).

South Asian, British and African HR put the grade short with a full stop ("Sr. Executive",
"Asst. Manager", "Dy. Director") and the function after a comma ("Assistant Manager,
Procurement", "Head, Human Resources", "Sr. Executive, Supply Chain - Meghna Foods"). Such a
subject names a job as "Senior Executive - Meghna Foods" does, so a short answer under it is
part of the owner's process, read alone. A comma after a word that is no title ("Thanks,
see you Monday") names nothing.
"""

from __future__ import annotations

import pytest

from afterview.company import subject_is_a_job
from tests.builders import read_alone

ME = "farhana.islam@example.com"


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Sr. Executive, Supply Chain - Karnaphuli Foods Ltd.",
        "Asst. Manager - Karnaphuli Foods",
        "Re: Assistant Manager, Procurement",
        "Head, Human Resources - Karnaphuli Foods",
        "Dy. Director (Finance)",
    ],
)
def test_a_grade_with_a_full_stop_or_a_function_after_a_comma_is_a_title(subject):
    assert subject_is_a_job(subject)


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Thanks, see you Monday",
        "Re: Mr. Rahman's visit - Monday",
        "Re: Dr. Alam, appointment on Monday",
        "Notes, minutes and actions - board meeting",
    ],
)
def test_other_subjects_with_a_full_stop_or_a_comma_name_no_job(subject):
    assert not subject_is_a_job(subject)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Sir,\n\nI confirm my attendance on 14/05/2027 at 11:00 am. Thank you.\n\nFarhana",
        "Dear Sir,\n\nNoted with thanks. I will be there on Sunday at 10.30 am.\n\nFarhana",
    ],
)
def test_a_short_answer_under_such_a_title_is_part_of_the_process(text):
    subject = "Re: Sr. Executive, Supply Chain - Karnaphuli Foods Ltd."
    assert read_alone(ME, text, subject=subject, to="hr@karnaphuli.example", tz="Asia/Dhaka")
