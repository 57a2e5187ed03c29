"""`bench/retro_first_look.py --edit`: what a process is for, named as no job, vetoes it.

`detect._for_another_thing`: someone else's letter names what its application, interview,
offer or selection is for in common words ("your application for a new electricity
connection", "application to adopt Biscuit", "an interview for a school project", "the offer
of a nursery place"), and the thing named is no job, stage, time or employer. Injected into
an old tree self-contained (its own copies of today's job nouns and work-authorisation
words), checked in `detect_readings` only where the thread would read as a job's.
"""

import sys
from pathlib import Path

path = Path(sys.argv[1]) / "afterview" / "detect.py"
text = path.read_text()
if "def _for_another_thing(" in text:
    sys.exit(0)  # already there (today's tree)
CALL_AT = "    confidence = min(1.0, max(0.0, score))\n"
if text.count(CALL_AT) != 1 or "def detect_readings(" not in text:
    sys.exit(1)

HELPER = r'''

_PROCESS_FOR = re.compile(
    r"\b(?:(?:applications?|applying|applied|apply)\s+(?:for|to)|interviews?\s+for"
    r"|offer(?:ed|s)?\s+(?:of|for)|(?:shortlisted|selected|accepted)\s+(?:for|into))\s+"
    r"((?:(?:the|a|an|your|our|this|my|their|his|her|its|these|those|any|some|all|each|new)\s+)*)"
    r"([^.!?;]{1,80})"
)
_KEEPS_A_JOB = frozenset(
    """employment work works working career careers company companies organisation
    organization department firm business staff us you it them me him whom which what
    interview interviews round rounds stage stages step steps next further consideration
    review call calls chat screen screening assessment assessments test tests meeting
    meetings discussion conversation conversations process selection shortlist
    check checks verification background drug onboarding orientation training induction
    shift shifts sponsorship relocation visa participate participation be become
    transfer promotion secondment summer autumn fall winter spring year years
    appointment appointments engagement terms traineeship locum temp talent scheme schemes
    program programs programme programmes project projects client clients requirement
    store stores shop branch site location locations office offices restaurant depot
    warehouse kitchen hotel clinic hospital school
    contract contracts assignment assignments placement placements opportunity opportunities
    today tomorrow tonight week weeks day days morning afternoon evening hour hours minutes
    time times date dates slot slots monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    more other others another both either future similar same following
    hiring hire candidates candidate applicants applicant""".split()
)
_RETRO_JOB_NOUNS = frozenset(
    """position positions role roles job jobs post vacancy vacancies opening openings officers
    advisor adviser counsellor counselor processor teller graduate trainee apprentice
    apprenticeship internships team
    postdoctoral postdoc faculty professorship lectureship tenure""".split()
)
_RETRO_WORK_AUTHORISATION = re.compile(
    r"\bsponsorship\b|\bwork\s+authori[sz]ation\b|\bauthori[sz]ed\s+to\s+work\b"
    r"|\bright\s+to\s+work\b|\bwork\s+(?:permit|visa)\b"
)


def _for_another_thing(readings):
    from afterview.company import ROLE_WORDS

    medical = globals().get("_medical_training")
    for r in readings:
        if r.mine or r.automated:
            continue
        low = r.low
        subject_end = low.find("\n")
        for match in _PROCESS_FOR.finditer(low):
            article, thing = match.groups()
            if match.start() < subject_end < match.end(2):
                thing = thing[: subject_end - match.start(2)]
            if not article and thing.partition(" ")[0].endswith("ing"):
                continue
            words = set(re.findall(r"[a-z]+", thing))
            if words & _KEEPS_A_JOB or words & _RETRO_JOB_NOUNS or words & ROLE_WORDS:
                continue
            if words & {"residency", "fellowship", "fellowships"} and medical and medical(low):
                continue
            if _RETRO_WORK_AUTHORISATION.search(low):
                continue
            said = f"{r.message.subject or ''}\n{(r.message.text or '')[:4000]}"
            at = match.start(2)
            if len(said) != len(low):
                found = re.search(re.escape(thing[:24]), said, re.I)
                at = found.start() if found else -1
            if at >= 0 and said[at].islower():
                return True
    return False
'''
CALL = (
    '    if score >= THRESHOLD and "not_a_job" not in fired and _for_another_thing(readings):\n'
    '        fired["not_a_job"] = ""\n'
)
text = text.replace(CALL_AT, CALL + CALL_AT)
if '"not_a_job": -1.00' not in text:  # the oldest tree: no such signal yet, a veto like these
    text = text.replace(
        '    "research_interview": -1.00,',
        '    "research_interview": -1.00,\n    "not_a_job": -1.00,',
        1,
    )
    text = text.replace(
        '{"job_alert", "media_interview",', '{"not_a_job", "job_alert", "media_interview",', 1
    )
anchor = text.index("\ndef detect_readings(")
text = text[:anchor] + HELPER + text[anchor:]
path.write_text(text)
