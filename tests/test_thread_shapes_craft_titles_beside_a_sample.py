"""The craft's own titles name the job beside its work sample.

"Art test - Licensing Illustrator", "Design exercise - Junior Copywriter": an illustrator, an
animator, a copywriter or a curator is hired by those titles, which the general list of job
words leaves out because alone they name a gallery's featured artist or a wedding's
photographer as often as a job. Beside the craft's sample in a subject, the title is the
job's, so a short answer under it is the reader's process. Judged by the creative batch's
first look (creative_holdback held back).
"""

from __future__ import annotations

import pytest

from tests.builders import ME, read_alone

STUDIO = "Ines Barros <ines@fernhollow.example>"
ANSWER = "Please find the three poses attached. Thanks!"


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Art test - Licensing Illustrator",
        "Re: Design exercise - Junior Copywriter",
        "Re: 2D Animator: art test",
    ],
)
def test_a_craft_title_beside_its_sample_names_the_job(subject):
    assert read_alone(ME, ANSWER, subject=subject)


@pytest.mark.parametrize(
    "subject",
    [
        # the titles alone, with no sample beside them
        "Re: Featured artist - spring show",
        "Re: Illustrator for the zine",
        # a sample beside no title
        "Re: Weekly design challenge - week 12",
    ],
)
def test_a_craft_title_or_sample_alone_stays_out(subject):
    assert not read_alone(ME, ANSWER, subject=subject, sender=STUDIO)
