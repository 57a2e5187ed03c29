"""`bench/retro_first_look.py --edit`: letters passing only between the owner and private
people (the owner's own sent to people's own mailboxes, everyone else's sent from one) are
no employer's: `detect._between_private_people`, a hard negative fired where a thread would
read as a job's. Unless a letter says a job's own words (a job named, an employer's or a
candidate's voice) or one of them writes as an employer to the reader (holding the
interview at their home, an offer, a refusal, a recruiter's approach, an invitation to
interview, a title and an organisation signed); old trees without a reading it asks for go
without it.
"""

import sys
from pathlib import Path

path = Path(sys.argv[1]) / "afterview" / "detect.py"
text = path.read_text()
if "def _between_private_people(" in text:
    sys.exit(0)  # already there (today's tree)
WEIGHT = '    "owner_hiring_side": -1.00,'
CONFIDENCE = "    confidence = min(1.0, max(0.0, score))\n"
TOOLS = "\n_TOOL_KINDS = frozenset("
NEGATIVES = "HARD_NEGATIVES = frozenset("
if (
    text.count(WEIGHT) != 1
    or text.count(CONFIDENCE) != 1
    or text.count(TOOLS) != 1
    or text.count(NEGATIVES) != 1
):
    sys.exit(1)
text = text.replace(WEIGHT, '    "between_private_people": -1.00,\n' + WEIGHT)
at = text.index("{", text.index(NEGATIVES)) + 1
text = text[:at] + '"between_private_people", ' + text[at:]
text = text.replace(
    CONFIDENCE,
    "    if score >= THRESHOLD and _between_private_people(readings):\n"
    '        fired["between_private_people"] = ""\n' + CONFIDENCE,
)
HELPER = """

def _a_private_address(email):
    domain = email.rpartition("@")[2]
    return (
        domain.partition(".")[0] == "example"
        or domain == "mail.example"
        or senders.domain_kind(domain).kind == "personal"
    )


_A_JOBS_OWN_WORDS = frozenset(
    {"offer", "rejection", "recruiter_outreach", "employer_voice", "hiring", "happened",
     "thank_you", "own_process", "candidate_voice", "follow_up", "candidate_decides",
     "candidate_references"}
)  # fmt: skip
_BOOKS = frozenset({"interview", "hiring", "hiring_yours", "application"})


def _between_private_people(readings):
    invites = globals().get("_invites_the_reader") or (lambda low: False)
    from afterview import company

    signed_for = getattr(company, "_signed_for", None)
    hosts = globals().get("_owner_hosts_at_home")
    seen = False
    for r in readings:
        if r.automated:
            continue
        message = r.message
        if (
            hosts is not None
            and "cue_home" in r.groups
            and (r.groups | r.subject_groups) & _BOOKS
            and hosts(r.low, not r.mine)
        ):
            return False
        if r.mine:
            me = canonical_address(message.sender.email)
            people = [
                a.email for a in (*message.to, *message.cc) if canonical_address(a.email) != me
            ]
            if (
                not people
                or not all(map(_a_private_address, people))
                or r.groups & _A_JOBS_OWN_WORDS
            ):
                return False
        elif not _a_private_address(message.sender.email) or (
            r.groups & _A_JOBS_OWN_WORDS
            or ("interview" in r.groups and invites(r.low))
            or (
                signed_for is not None
                and (
                    signed_for(message.text) is not None
                    or (
                        bool(getattr(message, "signature", ""))
                        and signed_for(message.signature) is not None
                    )
                )
            )
        ):
            return False
        seen = True
    return seen
"""
at = text.index(TOOLS)
text = text[:at] + HELPER + text[at:]
path.write_text(text)
