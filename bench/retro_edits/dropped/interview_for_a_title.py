"""`bench/retro_first_look.py --edit` for `detect._interviews_for_a_job`, applied to an old tree.

The reader asked to interview for a job named by its title ("would like to interview you for
Intermediate Frontend Developer", "an interview request for Senior Backend Engineer",
"Position: Business Analyst"): the vetoes a phrase raises (media, research, not a job, job
alert) are dropped; the owner's own side (hiring, interviewing) is not.

DROPPED (shapes_missed_threads): even 16 miss lines gone in 3 threads (hired_marketplace x2,
talview), 3 new (the same moments, now read as a job but at the wrong stage): stage 0.7672 ->
0.7792, action 0.7831 -> 0.7952; odd figures-only unchanged (0.8274 / 0.8336), judged twice
(the second after the guards for awards, series and volunteers). Today's dev: no miss line
gone or new; generated unchanged; its today change and test (9 cases, the 4 positives failing
on main first) are 6f7c4e7, reverted. Dropped as the brief asks when the odd half does not
move: today's books already read these families another way (pay offered beside "interview
request from", Talview's own words).

Measured on top of the eleventh session's shapes: a wrapper ran `eleventh_session.py` then
this script on each old tree, against `eleventh_session.py` alone (even: stage 0.7672,
action 0.7831; odd: 0.8274 / 0.8336).
"""

import sys

path = sys.argv[1] + "/afterview/detect.py"
source = open(path).read()


def replace_once(old: str, new: str) -> None:
    global source
    assert source.count(old) == 1, old[:60]
    source = source.replace(old, new)


replace_once(
    "    if meeting_seen and not ",
    """    if fired.keys() & _SOFT_VETOES and any(
        _interviews_for_a_job(r) for r in readings if not r.mine and not r.automated
    ):
        for name in _SOFT_VETOES:
            fired.pop(name, None)
    if meeting_seen and not """,
)
source += r"""

_SOFT_VETOES = frozenset({"media_interview", "research_interview", "not_a_job", "job_alert"})
_TITLE_NAMED = r"(?:[A-Z][\w&/+#-]*[ \t]+){0,4}[A-Z][a-z]+\b"
_NOT_THE_TITLE_END = (
    r"(?![ \t]+(?i:of|awards?|series|column|feature|episode|podcast|show|magazine|newsletter"
    r"|programs?|programmes?)\b)"
)
_INTERVIEW_FOR_TITLE = re.compile(
    r"\b(?i:interview)(?:\s+you|\s+(?i:request|invitation))?\s+for\s+(?:the\s+|our\s+|an?\s+)?"
    rf"(?:(?i:position|role)\s+of\s+(?:an?\s+)?)?(?P<title>{_TITLE_NAMED}){_NOT_THE_TITLE_END}"
    r"|^[ \t]*(?i:position|role|job title|vacancy)[ \t]*:[ \t]*"
    rf"(?P<line>{_TITLE_NAMED})[ \t]*$",
    re.M,
)
_INTERVIEW_FOR_CUES = ("interview", "position", "role", "job title", "vacancy")


def _interviews_for_a_job(r):
    if not any(cue in r.low for cue in _INTERVIEW_FOR_CUES):
        return False
    from afterview.company import ROLE_WORDS

    for m in _INTERVIEW_FOR_TITLE.finditer((r.message.text or "")[:READ_CHARS]):
        words = (m["title"] or m["line"]).lower().split()
        if "volunteer" not in words and (
            words[-1] in ROLE_WORDS or words[-1].removesuffix("s") in ROLE_WORDS
        ):
            return True
    return False
"""
open(path, "w").write(source)
