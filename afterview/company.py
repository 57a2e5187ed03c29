"""The employer's name and the role, read from senders, display names and wording.

Where the company comes from, most trusted first:

1. a corporate domain on the employer's side (sender, reply-to, invite organiser), when the
   subject, a display name, a signature or the wording names the same organisation: then as
   they spell it ("talent@bigcorp.com" + "Interview with BigCorp" -> "BigCorp"; "cafenova.com"
   + "Café Nova - interview" -> "Café Nova"; "lotusfin" signed "Lotus Finance"). A platform
   sending for the employer is not the employer's domain ("Olivar Energia" <no-reply@
   factorialhr.com>, "Acme via Rakuna", a job board's "Cashier at Sunnyside Market"), and a
   staffing agency's mail is about the client it names;
2. a company the subject names ("... opportunity at Onyx Insurance", "Müller & Söhne GmbH |
   Application received", "Acme Corp. Project Manager Interview") or the text calls the
   client ("my client, Société Lumière"): an agency recruiter writes from the agency's
   domain about its client;
3. the corporate domain on its own ("talent@acme-robotics.com" -> "Acme Robotics"), its
   organisation read with the Public Suffix List ("careers@acme.com.vn" -> "Acme", not "Com");
4. an ATS sender's display name ("Acme Recruiting <no-reply@greenhouse.io>", "Acme via
   Lever", "Ana from Acme");
5. hiring wording ("Thank you for applying to Acme", "your application at Acme", "the
   Senior Engineer position at Acme"), weaker phrases ("interview with X") last;
6. the ATS tenant in a sender or job link ("acme.bamboohr.com", "jobs.lever.co/acme",
   "acme@myworkday.com").

Names are kept as written, legal suffix included, an abbreviated one always with its full
stop ("Globex Inc", "Globex Inc." -> "Globex Inc."). A vendor, job board or mail provider
("Greenhouse", "Gmail", "LinkedIn") is never the company: mail they send is read for the
employer it names ("Your application was sent to Acme").

The role comes from a subject ("Interview: Product Designer", "Data Analyst opportunity at
X", the company's name taken out first), else from wording ("for the Senior Data Engineer
position", "applying for Staff Engineer"); a role has at least one title word (ROLE_WORDS).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import Any

from afterview import senders
from afterview.detect import canonical_address
from afterview.literals import holds_any, literal_finder
from afterview.model import Address, Message

# Registrable domains reserved for documentation and tests (RFC 2606): mail from
# "acme.example.com" stands for Acme's own, so the label before them names the organisation.
_DOCUMENTATION_DOMAINS = frozenset({"example.com", "example.net", "example.org"})

_NOT_A_COMPANY = frozenset(
    {
        "the", "our", "your", "us", "we", "you", "this", "that", "a", "an", "team", "recruiting",
        "recruitment", "hiring", "talent", "careers", "jobs", "hr", "people", "candidate",
        "interview", "application", "position", "role", "company", "me", "i", "it", "them",
        "no-reply", "noreply", "notifications", "hiring team", "recruiting team", "talent team",
        "human resources", "mailer-daemon", "postmaster", "calendar", "google calendar",
    }
)  # fmt: skip

# Labels of an ATS host that are infrastructure, not a tenant ("us.greenhouse-mail.io").
_NOT_A_TENANT = re.compile(
    r"(?:www|mail|email|e|em|us|eu|uk|ca|au|app|apps|api|hire|jobs|careers|boards|job-boards"
    r"|apply|ats|notify|notifications?|no-?reply|reply|messages|mg|send|bounce|wd\d+|[a-z]{1,2}\d+)"
)

# Legal forms written as abbreviations. Every name ending in one is given as "Acme Corp."
# (the abbreviation's full stop), however the mail spelt it: "Acme Corp", "Acme Corp." and
# "Acme Corp. Project Manager Interview" all read "Acme Corp.".
_ABBREVIATED_FORM = re.compile(r"\b(?:Inc|Co|Corp|Ltd|Bros|Pty|S\.A|B\.V|N\.V)\.?$")
# Legal forms that mark a capitalised run as a company wherever a subject has it.
_LEGAL_FORMS = (
    r"(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|LLP|GmbH|AG|PLC|Plc|S\.A|SA|SAS|B\.V|N\.V|Pty)"
)

# A word of a company name: capitalised, with full stops only inside ("Booking.com",
# "S.A"), so a sentence's full stop ends the name ("applying to Acme. We" -> "Acme").
_NAME_WORD = r"[A-Z0-9](?:[\w&'’+-]|\.(?=\w))*"
# A company name as written: up to five capitalised words, with "&", "of", "and" between
# them ("Bank of Springfield", "Müller & Söhne GmbH"). Lower-case brands are not trusted.
# "I" is never part of a name: "Greyhawk Security and I'd like" ends at "Security".
_NAME = rf"(?P<co>{_NAME_WORD}(?:\s+(?:(?:&|of|and|de|for)\s+)?(?!I\b){_NAME_WORD}){{0,4}})"

# Display names of ATS senders that carry the company.
_DISPLAY_PATTERNS = tuple(
    re.compile(p)
    for p in (
        # "Acme via Lever", "Acme Recruiting (via Talview)", "Acme via Mercer | Mettl"
        r"^(?P<co>.+?)\s+\(?(?:via|through)\s+(?P<via>[^()]+?)\)?$",
        # "Thornbury Advisory Graduate Recruitment": the team of one kind of hire, too
        r"^(?:The\s+)?(?P<co>.+?[^,])\s+(?:(?:Graduate|Campus|Early\s+Careers?)\s+)?"
        r"(?:Recruiting|Recruitment|Talent(?:\s+Acquisition)?|Hiring"
        r"|Careers?|Jobs|People(?:\s+Ops)?|HR|Human\s+Resources|Staffing)(?:\s+Team)?$",
        r"^(?:The\s+)?(?P<co>.+?)\s+Team$",  # "The Acme Team"
        r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:from|at|@)\s+(?P<co>.+)$",  # "Ana from Acme"
        # "Elin Berg, Nordvik Energi": a first and last name, then the company ("Doe, Jane",
        # a surname first, has one word before the comma)
        r"^[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,\s+(?P<co>[A-Z].*)$",
        # "Dana Whitfield (Lumenstack)": a person, the company in brackets (a marketplace's
        # relay writes "Dana Whitfield (Lumenstack) via Hired"); not "Jane Doe (she/her)"
        r"^[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+\((?P<co>[A-Z][^()]*)\)$",
    )
)
_PERSON_COMMA, _PERSON_BRACKETS = _DISPLAY_PATTERNS[-2:]
_PERSON_AND_COMPANY = (_PERSON_COMMA, _PERSON_BRACKETS)
_HIRING_TOOL_NAMES = frozenset(
    name.lower()
    for table in (senders.ATS_DOMAINS, senders.SCHEDULING_DOMAINS, senders.ASSESSMENT_DOMAINS)
    for name in table.values()
)
# A display name that is itself a company: one word, or ending in a corporate word.
_COMPANY_LOOKING = re.compile(
    r"^[A-Z0-9][\w&'’.+-]*$|\b(?:Inc|LLC|Ltd|GmbH|Labs|Technologies|Systems|Group|Software"
    r"|Health|Bank|Capital|Partners|AI|\.io|\.com)\.?$"
)

# Wording that introduces the employer's name. Matched on lower-cased text (fast, no
# case-folding in the regex engine); the name after it is then read, capitalised, from the
# original. Group "team" marks triggers that need "... team" after the name.
_TRIGGER_WORDING = (
    # an agency names its client: the employer, whoever sends the mail
    r"(?:(?P<client>(?:my|our|the) client,?|a client of ours,?"
    r"|on behalf of(?: (?:my|our) client,?)?)"
    r"|thank(?:s| you) for (?:your )?(?:applying|application|interest)\s+(?:to|at|with|in)"
    r"|your (?:application|candidacy|interest)\s+(?:to|at|with|in)"
    # job boards: "Your application was sent to Acme" / "was viewed by Acme" (LinkedIn),
    # "has been submitted to Acme" (Indeed)
    r"|(?:application|resume|résumé|cv)\s+(?:was|has been)\s+(?:(?:sent|submitted)\s+to"
    r"|viewed\s+by)"
    r"|(?:position|role|opening|opportunity|job|vacancy)\s+(?:at|with)"
    r"|(?:applying|applied)\s+(?:to|at|with)"
    # weaker: "interview with" may name a person, "here at" the sender's own firm
    r"|(?P<weak>here at|team at|careers at|hiring at|interview(?:ing)? (?:with|at)"
    r"|(?P<team>interest in|join|joining)(?:\s+the)?))"
    r"\s+(?:(?:joining|working (?:at|with|for))\s+)?"
)
# Every trigger ends in one of these words right before a capitalised name: finding those
# spots first (capitals after a space, then the word before) leaves the wording regex a few
# short windows instead of every position of the text.
# The last word of every trigger, and the word before it (for those that are not alone).
_TRIGGER_LAST = frozenset(
    {"to", "at", "with", "in", "of", "by", "client", "client,", "join", "joining", "ours", "ours,"}
)
_TRIGGER_LAST_ALONE = frozenset({"client", "client,", "join", "joining", "ours", "ours,"})
_TRIGGER_SECOND_LAST = frozenset(
    """applying application interest candidacy position role opening opportunity job vacancy
    applied here team careers hiring interview interviewing behalf joining working in join
    my our sent submitted viewed""".split()
)
_TRIGGER_ENDING_HERE = re.compile(r"(?<![\w'])" + _TRIGGER_WORDING + r"\Z")
_TRIGGER_WINDOW = 70
# A word that can end a trigger (as lower() reads it: ASCII letters fold, nothing else
# does), whole, then whitespace and a capital or digit. The look-ahead on the words' first
# letters lets the engine pass over other words at once.
_TRIGGER_LAST_WORDS = sorted(_TRIGGER_LAST | {"the"}, key=len, reverse=True)
_TRIGGER_FIRST_LETTERS = "".join(sorted({w[0] for w in _TRIGGER_LAST_WORDS}))
_TRIGGER_LAST_BEFORE_CAPITAL = re.compile(
    rf"(?<!\S)(?=(?ai:[{_TRIGGER_FIRST_LETTERS}]))(?ai:"
    + "|".join(re.escape(word) for word in _TRIGGER_LAST_WORDS)
    + r")\s+(?=[A-Z0-9])"
)
_NAME_AT = re.compile(_NAME)
# Subjects say "Account Executive II at Willow Payments": a name after "at" ends the subject.
_SUBJECT_AT_NAME = re.compile(r"\s(?:at|@)\s+" + _NAME + r"[\s!?]*$")
# ATS subjects lead with the company: "Müller & Söhne GmbH | Application received: ..."
_SUBJECT_NAME_FIRST = re.compile(
    r"^" + _NAME + r"\s+[|–—-]\s+(?i:(?:your\s+)?application|interview|phone screen|next steps"
    r"|thank you|update on)"
)
# "Acme Corp. Project Manager Interview": a capitalised run ending in a legal form names
# the company anywhere in a subject. Stage words the run may begin with are taken off it.
_SUBJECT_LEGAL_NAME = re.compile(
    rf"(?<![\w.])(?P<co>(?:{_NAME_WORD}\s+(?:&\s+)?){{0,3}}{_NAME_WORD}\s+{_LEGAL_FORMS})"
    r"(?![\w-])"
)
# What every _SUBJECT_LEGAL_NAME match holds (its _LEGAL_FORMS, by their shortest prefixes
# among them: "Co" for "Corp" and "Corporation", "SA" for "SAS").
_LEGAL_FORM_LITERALS = (
    "Inc", "Co", "Ltd", "Limited", "LLC", "LLP", "GmbH", "AG", "PLC", "Plc", "S.A", "SA", "B.V",
    "N.V", "Pty",
)  # fmt: skip


def _has_legal_form(subject: str) -> bool:
    return holds_any(subject, _LEGAL_FORM_LITERALS)


_NOT_NAME_START = frozenset(
    """re fwd fw interview interviews phone video technical onsite on-site final virtual first
    second third round screen screening application applications your invitation invite update
    next steps thank thanks you reminder confirmed confirmation scheduled new offer from with
    at for""".split()
)
_TEAM_AFTER = re.compile(r"\s+team\b", re.IGNORECASE)

# Job links name the ATS tenant: a slug, the company's own choice of spelling lost.
_TENANT_LINK = re.compile(
    r"(?:(?:job-)?boards\.greenhouse\.io|jobs\.lever\.co|jobs\.ashbyhq\.com|apply\.workable\.com"
    r"|jobs\.smartrecruiters\.com)/(?P<slug>[\w-]+)"
    r"|(?P<sub>[\w-]+)\.(?:wd\d+\.)?(?:myworkdayjobs\.com|bamboohr\.com|recruitee\.com"
    r"|teamtailor\.com|breezy\.hr|applytojob\.com|pinpointhq\.com|workable\.com)",
    re.IGNORECASE,
)


def _clean(name: str | None) -> str | None:
    """A name as the thread will show it, or None when it is no company's name.

    Every company name passes here, whatever found it, so they all read alike: outer
    punctuation off, an abbreviated legal form with its full stop ("Acme Corp.").
    """
    if not name:
        return None
    name = name.strip(" \t\"',:;!?-–—()[]").rstrip(".")
    if not name or len(name) > 60 or name.lower() in _NOT_A_COMPANY:
        return None
    if name.lower() in senders.vendor_names():
        return None
    return name + "." if _ABBREVIATED_FORM.search(name) else name


_NOT_ALNUM = re.compile(r"[^a-z0-9]")


def _squash(name: str) -> str:
    """Letters and digits only, accents dropped: "Café Nova" -> "cafenova" (as in a domain)."""
    folded = unicodedata.normalize("NFKD", name.lower())
    return _NOT_ALNUM.sub("", folded.encode("ascii", "ignore").decode())


@lru_cache(maxsize=1)
def _public_suffix_list() -> Callable[[str], Any]:
    """tldextract on the Public Suffix List snapshot shipped inside the package, never the
    network: no list URLs to fetch and no cache directory to read or write. Built on
    first use (importing tldextract and loading the snapshot take ~0.1 s)."""
    import tldextract

    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


def prepare() -> None:
    """Build now what the first reading of a company builds on first use (the Public
    Suffix List: importing tldextract and loading its snapshot, 0.2-0.9 s), so a process
    can pay it while it waits for something else."""
    _public_suffix_list()


@lru_cache(maxsize=8192)
def organisation_label(domain: str) -> str:
    """The label that names the organisation, the one before the public suffix:
    "mail.acme.co.uk" -> "acme", "acme.com.vn" -> "acme", "people@acme.gc.ca" -> "acme".

    A name under no public suffix (a reserved or internal top-level domain such as
    ".example" or ".test") and a documentation domain ("acme.example.com") are read by
    their labels: the one before the last, or before "example.com".
    """
    domain = domain.rpartition("@")[2].lower().strip(".")
    parts = _public_suffix_list()(domain)
    if parts.suffix and parts.domain:
        if parts.subdomain and f"{parts.domain}.{parts.suffix}" in _DOCUMENTATION_DOMAINS:
            return parts.subdomain.rpartition(".")[2]
        return parts.domain
    labels = domain.split(".")
    return labels[-2] if len(labels) >= 2 else labels[0]


_LABEL_PARTS = re.compile(r"[-_]+")

# A domain runs a name's words together ("mariposaevents", "tidewaterlabs"); a person
# writes them apart. Only a last word that says what kind of business it is, and is rarely
# the tail of a one-word brand, is split off ("gitlab", "dropbox", "healthcare" stay whole:
# no "lab", "box" or "care" here), and only after 4 letters at least ("seafoods" stays).
_KIND_WORDS = tuple(
    sorted(
        """events robotics foods labs travel analytics plumbing design health biotech clinics
        clinic studio studios hotels logistics energy capital consulting partners group
        solutions systems technologies technology software media insurance engineering
        manufacturing marketing digital outfitters kitchen bakery coffee apparel realty homes
        construction pharma motors airlines foundation academy hospital dental legal finance
        financial builders brewing brewery farms ventures holdings industries networks
        security retail fitness wellness learning education university college museum
        gallery theatre theater restaurant catering cleaning landscaping roofing electric
        automotive pharmacy veterinary therapy medical bank staffing recruitment recruiting
        personnel resourcing talent placements
        interactive games productions pictures films records publishing entertainment
        animation magazine""".split(),
        key=len,
        reverse=True,
    )
)
# ... and a last word that is no part of the name at all ("tidepoolhq" is Tidepool; a
# magazine's "tidewatermag" is Tidewater, as its masthead and its editors sign it).
_NOT_NAME_ENDINGS = ("careers", "jobs", "hq", "mag")
_NAME_BEFORE_KIND = 4


def _words_of(part: str) -> str:
    """ "mariposaevents" -> "Mariposa Events", "tidepoolhq" -> "Tidepool", else "Acme"."""
    for ending in _NOT_NAME_ENDINGS:
        if part.endswith(ending) and len(part) - len(ending) >= _NAME_BEFORE_KIND:
            return part[: -len(ending)].capitalize()
    for kind in _KIND_WORDS:
        if part.endswith(kind) and len(part) - len(kind) >= _NAME_BEFORE_KIND:
            return f"{part[: -len(kind)].capitalize()} {kind.capitalize()}"
    return part.capitalize()


def _titled(label: str) -> str:
    return " ".join(_words_of(part) for part in _LABEL_PARTS.split(label) if part)


def company_from_domain(address: str) -> str | None:
    """ "talent@acme-robotics.com" -> "Acme Robotics"; None for vendors and mail providers."""
    domain = address.rpartition("@")[2].lower()
    if not domain or senders.names_no_employer(domain):
        return None
    return _clean(_titled(organisation_label(domain)))


@lru_cache(maxsize=8192)
def company_from_display_name(name: str, domain: str = "") -> str | None:
    """ "Acme Recruiting" / "Acme via Lever" / "Ana from Acme" / "Acme" -> "Acme".

    "X via Y" names X when Y is a hiring tool, or the platform sending from `domain`
    ("Acme via Shiftboard" <no-reply@shiftboardmail.example>).
    """
    name = name.strip().strip('"')
    if not name or "@" in name:
        return None
    for pattern in _DISPLAY_PATTERNS:
        m = pattern.match(name)
        if m:
            if "via" in m.groupdict():
                via = m["via"].strip()
                if via.lower() not in _HIRING_TOOL_NAMES and not (
                    domain and _agrees(via, organisation_label(domain))
                ):
                    return None  # "Ana Smith via LinkedIn": a person relayed by a board
                # "Acme Recruiting (via Talview)": the team's company
                return company_from_display_name(m["co"]) or _clean(m["co"])
            if pattern in _PERSON_AND_COMPANY and not _names_a_company_after_a_comma(m["co"]):
                return None  # "Jane Doe, SHRM-CP", "Jane Doe (Senior Recruiter)"
            return _clean(m["co"])
    if _COMPANY_LOOKING.search(name):
        return _clean(name)
    return None


_LOWER_WORD = re.compile(r"[A-Z]?[a-zà-ÿ]{2,}")


def _names_a_company_after_a_comma(words: str) -> bool:
    """What follows "Jane Doe," is a company, not a credential ("SHRM-CP", "PhD"), a title
    ("Senior Recruiter") or a team ("Talent Acquisition"): a name word in lower case
    letters, and no role word."""
    return not _has_role_word(words) and any(
        _LOWER_WORD.fullmatch(word) and _name_word(word) for word in words.split()
    )


def company_from_text(text: str) -> str | None:
    """The company named by hiring wording in `text` (original case), or None."""
    found = _named_in_text(text)
    return found[0] if found else None


@lru_cache(maxsize=4096)
def _named_in_subject(subject: str) -> tuple[str, str] | None:
    """The company a subject names: hiring wording, or "<role> at <Company>" at its end."""
    found = _named_in_text(subject)
    if found and found[1] != "weak":
        return found
    for pattern in (_SUBJECT_AT_NAME, _SUBJECT_NAME_FIRST):
        m = pattern.search(subject)
        name = _clean(m["co"]) if m else None
        if name and pattern is _SUBJECT_NAME_FIRST and _has_role_word(name.rsplit(None, 1)[-1]):
            continue  # "Data Analyst - phone screen": the job leads, not the company
        if name:
            return name, "strong"
    # most subjects hold no legal form, without which the run is not looked for
    m = _SUBJECT_LEGAL_NAME.search(subject) if _has_legal_form(subject) else None
    if m:
        words = m["co"].split()
        while len(words) > 2 and words[0].lower() in _NOT_NAME_START:
            words.pop(0)
        name = _clean(" ".join(words)) if words[0].lower() not in _NOT_NAME_START else None
        if name:
            return name, "strong"
    return found


# After a job's title, its employer: "to Operations Analyst (Req 4411) at Halden"
_ROLE_THEN_AT = re.compile(r"(?:\s*\([^)\n]{0,24}\))?\s+at\s+[A-Z]")


def _named_in_text(text: str) -> tuple[str, str] | None:
    """(name, strength): strength "client" (an agency's client), "strong" or "weak"."""
    weak = None
    low = None
    # Only "... at Acme", "... to Acme", "my client, Acme" can introduce a name: capitals are
    # looked at only after a word that can end a trigger, whole within the window.
    for before in _TRIGGER_LAST_BEFORE_CAPITAL.finditer(text):
        name_at = before.end()
        if before.start() < name_at - _TRIGGER_WINDOW:
            continue
        if low is None:
            low = _same_offsets_lower(text)
        words = low[max(0, name_at - _TRIGGER_WINDOW) : name_at].split()[-6:]
        if words[-1] not in _TRIGGER_LAST_ALONE and (
            len(words) < 2 or words[-2] not in _TRIGGER_SECOND_LAST
        ):
            continue
        trigger = _TRIGGER_ENDING_HERE.search(" ".join(words) + " ")
        if trigger is None:
            continue
        m = _NAME_AT.match(text, name_at)
        if not m:
            continue
        if trigger["team"] and not _TEAM_AFTER.match(text, m.end()):
            continue
        name = _clean(m["co"])
        if not name:
            continue
        if _ROLE_THEN_AT.match(text, m.end()) and _has_role_word(name.rsplit(None, 1)[-1]):
            continue  # "applying to Operations Analyst at Halden": the job, then its employer
        if trigger["client"]:
            return name, "client"
        if not trigger["weak"]:
            return name, "strong"
        weak = weak or (name, "weak")
    return weak


def company_from_tenant(address: str, text: str = "") -> str | None:
    """The ATS tenant: "acme@myworkday.com", "acme.bamboohr.com", "jobs.lever.co/acme"."""
    local, _, domain = address.lower().rpartition("@")
    tool = senders.hiring_tool(domain) if domain else None
    if tool is not None:
        if tool[1] == "Workday" and local and not senders.is_no_reply(address):
            return _clean(_titled(local.partition("+")[0]))
        extra = domain[: -len(tool[0])].rstrip(".")
        if extra:
            first = extra.split(".")[0]
            if not _NOT_A_TENANT.fullmatch(first):
                return _clean(_titled(first))
    if text:
        for m in _TENANT_LINK.finditer(text):
            slug = (m["slug"] or m["sub"] or "").lower()
            if slug and not _NOT_A_TENANT.fullmatch(slug):
                name = _clean(_titled(slug))
                if name:
                    return name
    return None


def find_company(messages: Sequence[Message], candidate: Collection[str] = ()) -> str | None:
    """The employer of a thread, from the employer-side messages (see the module docstring)."""
    mine = frozenset(canonical_address(address) for address in candidate)
    employer = [
        m
        for m in messages
        if canonical_address(m.sender.email) not in mine and not m.is_bounce and not m.is_auto_reply
    ]
    return employer_company(employer, mine)


def employer_company(
    employer: Sequence[Message], mine: frozenset[str], own: Sequence[Message] = ()
) -> str | None:
    """`find_company` given the employer's messages, oldest first, and the candidate's
    canonical addresses (timeline.py has both already); `own`, the candidate's messages,
    spell the employer's domain label where the employer's never do."""
    label = _corporate_label(employer, mine)
    in_subject = None
    seen: set[str] = set()
    for message in employer:  # most threads name it in the first subject: read no further
        subject = _without_reply_prefix(message.subject)
        if subject in seen:
            continue
        seen.add(subject)
        in_subject = _named_in_subject(subject)
        if in_subject:
            break
    if label and in_subject and _agrees(in_subject[0], label):
        return in_subject[0]
    if label:
        for message in employer:
            display = company_from_display_name(message.sender.name)
            if display and _agrees(display, label):
                return _signed_longer(display, label, employer) or display
    else:
        for message in employer:
            if senders.hiring_tool(message.sender.email):
                display = company_from_display_name(message.sender.name) or _tenant_spelled(
                    message.sender
                )
                if display:
                    return display
        # An unlisted platform sending for the employer ("Olivar Energia" <no-reply@
        # factorialhr.com>, "Acme via Rakuna", a job board's "Cashier at Sunnyside Market").
        for message in employer:
            for_employer = _platform_employer(message, employer)
            if for_employer:
                return for_employer
    # The first messages introduce the employer; later ones rarely name it anew.
    in_text = None
    for message in employer[:_TEXTS_READ]:
        in_text = _named_in_text(message.text[:_TEXT_READ])
        if in_text:
            break
    if label:
        if in_text and _agrees(in_text[0], label):
            return in_text[0]
        # A staffing agency or recruiting firm ("ridgeway-staffing", "northgate-search",
        # "Fenwick Dale Search") writes about its client: the company its mail names, then
        # the name its subjects set apart ("Alder Ridge Resorts - VP Sales"), then "interview
        # with X" (which may name a person: "a phone interview with Carla Jensen").
        if _is_agency(label) or ((in_subject or in_text) and _writes_as_a_vendor(employer)):
            client = _agencys_client(employer, label, in_subject, in_text)
            if client:
                return client
        # An agency recruiter writes from the agency's domain about a client it names.
        if in_subject and in_subject[1] != "weak":
            return in_subject[0]
        if in_text and in_text[1] == "client":
            return in_text[0]
        # The client may be named after the client's own ATS notice opened the thread.
        for message in employer[1:_TEXTS_READ]:
            named = _named_in_text(message.text[:_TEXT_READ])
            if named and named[1] == "client":
                return named[0]
        spelled = _spelling_in(label, employer)
        # A firm whose domain says nothing of it signs as one: "Fenwick Dale Search"
        if _spelled_as_an_agency(spelled):
            client = _agencys_client(employer, label, in_subject, in_text)
            if client:
                return client
        # the candidate writes the name the label squashes ("harborlightmedia" in "an
        # internship at Harbor Light Media") where the employer signs with a first name only
        return spelled or (own and _spelling_in(label, own)) or _clean(_titled(label))
    for named in sorted(filter(None, (in_subject, in_text)), key=_strength):
        return named[0]
    for message in employer:
        tenant = company_from_tenant(message.sender.email, message.text)
        if tenant:
            return tenant
    # Last: an ATS's no-reply notices carry the employer as their display name ("Ionic
    # Learning <no-reply@greenhouse.io>"). A recruiter's mail through an ATS comes from a
    # relay address (jane-doe@hire.lever.co) or with a Reply-To to answer them: not here.
    for message in employer:
        sender = message.sender
        if (
            sender.name
            and not message.reply_to
            and (senders.hiring_tool(sender.email) or _platform_no_reply(sender, sender.domain))
            and senders.is_no_reply(sender.email)
        ):
            name = _clean(sender.name.strip().strip('"'))
            if not senders.hiring_tool(sender.email):  # the platform's: "Dockside Freight Careers"
                name = company_from_display_name(sender.name)
            if name and len(name.split()) <= 4 and _CAPITALISED_RUN.fullmatch(name):
                return name
    # A hiring manager writing from a personal address signs with the employer: "Head of
    # Operations | Halden Foods", "Office Manager, Riverside Dental"
    for message in employer[:_TEXTS_READ]:
        signed = _signed_for(message.text)
        if signed:
            return signed
    return None


def _signed_longer(display: str, label: str, employer: Sequence[Message]) -> str | None:
    """A team's display name cut to the domain's word ("Corvane Talent Acquisition" ->
    "Corvane") where the team signs with the whole name ("Talent Acquisition, Corvane
    Therapeutics"): the signature's, when it goes on from the display name's words."""
    plain = label.replace("-", "")
    for message in employer[:_TEXTS_READ]:
        signature = message.signature
        if not signature or plain[:3] not in signature.lower():
            continue
        spelled = _spelled_as(plain, label, signature)
        if not spelled or not spelled.startswith(display + " "):
            continue
        more = spelled[len(display) :]
        # a legal form after the name ("Saffron Systems Pvt Ltd", "Nordlinja Oy") is no more
        # of the name a person writes: the display name stands
        if not _has_legal_form(more) and all(len(word) > 2 for word in more.split()):
            return spelled
    return None


def _agencys_client(
    employer: Sequence[Message],
    label: str,
    in_subject: tuple[str, str] | None,
    in_text: tuple[str, str] | None,
) -> str | None:
    """The client an agency's mail names: the company its wording names, then the name its
    subjects set apart ("Alder Ridge Resorts - VP Sales"), then "interview with X" (which may
    name a person: "a phone interview with Carla Jensen")."""
    named_weak = None
    for named in sorted(filter(None, (in_subject, in_text)), key=_strength):
        if not _agrees(named[0], label):
            if named[1] != "weak":
                return named[0]
            named_weak = named_weak or named[0]
    return _client_is_named(employer) or _client_in_agency_subjects(employer, label) or named_weak


# "Fair question - the client is Brightwell Home Products": an agency's answer naming its
# client ("is" before a capital is everywhere, so no trigger of `_named_in_text` ends in it;
# looked for in an agency's mail alone).
_CLIENT_IS = re.compile(r"\b[Tt]he client is\s+" + _NAME)


def _client_is_named(employer: Sequence[Message]) -> str | None:
    for message in employer[:_TEXTS_READ]:
        text = message.text[:_TEXT_READ]
        at = text.find("client is ")
        if at > 0:
            m = _CLIENT_IS.search(text, max(0, at - 4))
            name = _clean(m["co"]) if m else None
            if name:
                return name
    return None


def written_to_company(own: Sequence[Message], mine: frozenset[str]) -> str | None:
    """The employer of a thread the candidate alone has written (a thank-you, a check-in,
    a withdrawal, no answer yet): the organisation of the corporate address they write to,
    as their text spells it ("Product Analyst position at Kesari Fintech" to
    neha.sharma@kesarifintech.example), or the name their text gives it when it agrees."""
    label = None
    for message in own:
        for address in (*message.to, *message.cc):
            domain = address.domain
            if (
                not domain
                or canonical_address(address.email) in mine
                or senders.names_no_employer(domain)
                or senders.hiring_tool(address.email)
            ):
                continue
            label = organisation_label(domain)
            break
        if label:
            break
    if not label:
        return None
    for message in own[:_TEXTS_READ]:
        named = _named_in_text(message.text[:_TEXT_READ])
        if named and _agrees(named[0], label):
            return named[0]
    return _spelling_in(label, own) or _clean(_titled(label))


# A signature's last lines: a job title, a separator, the organisation
_TITLE_THEN_NAME = re.compile(
    r"(?P<title>[A-Z][A-Za-z &/'-]{1,40}?)\s*(?:\||,|·|–|—| - | at )\s*" + _NAME
)
_SIGNATURE_LINES_READ = 3


def _signed_for(text: str) -> str | None:
    for line in text.rstrip().rsplit("\n", _SIGNATURE_LINES_READ)[-_SIGNATURE_LINES_READ:]:
        m = _TITLE_THEN_NAME.fullmatch(line.strip())
        if m and _has_role_word(m["title"]) and not _has_role_word(m["co"]):
            return _clean(m["co"])
    return None


def signs_for_an_organisation(message: Message) -> bool:
    """The writer's signature gives their title and organisation ("Head of Operations |
    Halden Foods"), in the text or in the signature trimmed from it."""
    return _signed_for(message.text) is not None or (
        bool(message.signature) and _signed_for(message.signature) is not None
    )


_TEXTS_READ = 2
_TEXT_READ = 2_000


def _strength(named: tuple[str, str]) -> int:
    return ("client", "strong", "weak").index(named[1])


def _corporate_label(employer: Sequence[Message], mine: Collection[str]) -> str | None:
    """The organisation label of the corporate addresses on the employer's side: the first,
    or, when several organisations write (a careers office, then the employer), the first
    the thread spells or a sender's display name agrees with."""
    labels: list[str] = []
    seen: set[str] = set()  # domains read (most threads repeat one or two)
    for message in employer:
        addresses = [message.sender, *message.reply_to]
        if message.events:  # (most have none: no comprehension to run)
            addresses += [Address(e.organizer) for e in message.events if e.organizer]
        for address in addresses:
            domain = address.domain
            if domain in seen:
                continue
            if canonical_address(address.email) in mine or address.email in senders.ROBOT_ADDRESSES:
                continue
            if not domain or senders.names_no_employer(domain):
                seen.add(domain)
                continue
            if _platform_no_reply(address, domain):
                continue
            if address is message.sender and _tool_in_its_own_name(message, domain):
                seen.add(domain)
                continue
            if _platform_domain(domain, employer):
                seen.add(domain)  # a platform's in all its mail: its next addresses too
                continue
            seen.add(domain)
            label = organisation_label(domain)
            if label not in labels:
                labels.append(label)
        if len(labels) >= _LABELS_COMPARED:
            break
    if len(labels) <= 1:
        return labels[0] if labels else None
    for label in labels:
        if _spelling_in(label, employer) or any(
            _agrees(display, label)
            for display in map(company_from_display_name, (m.sender.name for m in employer))
            if display
        ):
            return label
    return labels[0]


_LABELS_COMPARED = 3


def _tool_in_its_own_name(message: Message, domain: str) -> bool:
    """A no-reply in its own domain's name whose Reply-To is another organisation's ("Rallly
    <noreply@rallly.co>", Reply-To the recruiter at brightfold.example): a booking or poll
    tool writing for the person who answers, the employer; not the employer itself (a
    company's own no-reply answered by its own recruiter agrees with the Reply-To)."""
    sender = message.sender
    if not message.reply_to or not sender.name or not senders.is_no_reply(sender.email):
        return False
    label = organisation_label(domain)
    if not _agrees(sender.name.strip().strip('"'), label):
        return False
    return any(
        other.domain
        and other.domain != domain
        and not senders.names_no_employer(other.domain)
        and not _agrees(organisation_label(other.domain), label)
        for other in message.reply_to
    )


def _platform_domain(domain: str, employer: Sequence[Message]) -> bool:
    """A platform's domain names the platform in all its mail (reminders that name nobody,
    the invite it organises), once one of its messages shows it sending for another. Asked
    only of a domain `_corporate_label` would take (one that names an employer)."""
    for message in employer:
        sender = message.sender
        if (
            sender.domain == domain
            and (sender.name or senders.is_no_reply(sender.email))
            # the sender's memo first: most senders are no platform whatever the thread says
            and _platform_sender(sender.email, sender.name) is not None
            and _platform_employer(message, employer)
        ):
            return True
    return False


def _platform_no_reply(address: Address, domain: str) -> bool:
    """A no-reply address whose display name is another organisation's ("Dockside Freight
    Careers <no-reply@talentcloudmail.example>"): a platform sending for the employer, whose
    domain names the platform (an ATS or HR suite not listed in senders.py), not the employer."""
    if not address.name or not senders.is_no_reply(address.email):
        return False
    display = company_from_display_name(address.name)
    return display is not None and not _agrees(display, organisation_label(domain))


def _platform_employer(message: Message, employer: Sequence[Message]) -> str | None:
    """The employer a platform's sender writes for, None when the sender is not one.

    - a display name naming another organisation than the domain: "Acme via Shiftboard",
      "Acme Talent Acquisition" <scheduling@radancy-mail.example>, or, from a no-reply,
      any company-looking name;
    - a no-reply's plain display name ("Olivar Energia" <no-reply@factorialhr.com>) that
      the thread writes as an organisation's (`_written_as_organisation`), not a person's;
    - a no-reply in the platform's own name ("Poached" <notifications@poachedjobs.example>)
      whose subject names another company: "Interview invitation: Line Cook at Copper Pot".
    """
    sender = message.sender
    found = _platform_sender(sender.email, sender.name)
    if found is None:
        return None
    if isinstance(found, str):  # only the subject can tell: `found` is the domain's label
        named = _named_in_subject(_without_reply_prefix(message.subject))
        if named and named[1] != "weak" and not _agrees(named[0], found):
            return named[0]
        return None
    name, confirmed = found
    return name if confirmed or _written_as_organisation(name, employer) else None


@lru_cache(maxsize=8192)
def _platform_sender(email: str, name: str) -> tuple[str, bool] | str | None:
    """What `_platform_employer` finds from one sender alone (most threads repeat a few
    senders, each with many subjects): (the employer, True), (a plain display name, False)
    that the thread must still write as an organisation's, None, or the domain's
    organisation label when only the subject can tell (a no-reply whose display name names
    no other organisation)."""
    domain = email.rpartition("@")[2]
    if not domain:
        return None
    label = organisation_label(domain)
    name = name.strip().strip('"')
    no_reply = senders.is_no_reply(email)
    # The domain matters to "X via Y" alone: other names share the memo of the domain-free
    # reading the rest of the module asks for.
    via = "via" in name or "through" in name
    display = company_from_display_name(name, domain if via else "") if name else None
    if display is not None and not _agrees(display, label):
        if no_reply or any(pattern.match(name) for pattern in _DISPLAY_PATTERNS):
            return display, True
        return None
    if not no_reply:
        return None
    plain = _clean(name) if name else None
    if display is None and plain and not _agrees(plain, label):
        if len(plain.split()) <= 5 and _CAPITALISED_RUN.fullmatch(plain):
            return plain, False
        return None
    return label


# Words around a name that make it an organisation's: "at X", "join X", "X Recruitment",
# "X has invited you". A person's name on a no-reply is signed after a sign-off instead.
_ORGANISATION_BEFORE = re.compile(r"(?:\b(?:at|with|to|for|join|joining|from)\s+)$", re.I)
_ORGANISATION_AFTER = re.compile(
    r"^(?:\s+(?:Recruitment|Recruiting|Talent|HR|People|Careers|Human Resources|Hiring|Early"
    r"|University|Team)\b|\s+(?:has|have|is|would)\s|'s\b)"
)


def _written_as_organisation(name: str, messages: Sequence[Message]) -> bool:
    """The thread writes `name` as an organisation's: in a subject, after "at"/"with"/...,
    before a department word, or as a line of its own below a line that is no sign-off
    ("Human Resources" / "Cedar Ridge School District", or the last line of a notice)."""
    if any(name in message.subject for message in messages):
        return True
    for message in messages[:_TEXTS_READ]:
        for text in (message.text[:_TEXT_READ], message.signature):
            at = text.find(name)
            while at != -1:
                end = at + len(name)
                before, after = text[max(0, at - 12) : at], text[end : end + 20]
                if _ORGANISATION_BEFORE.search(before) or _ORGANISATION_AFTER.match(after):
                    return True
                line_start = text.rfind("\n", 0, at) + 1
                line_end = text.find("\n", end)
                whole_line = text[line_start:at].strip() == "" and (
                    text[end : len(text) if line_end == -1 else line_end].strip() == ""
                )
                previous = text[:line_start].rstrip().rpartition("\n")[2].strip()
                if whole_line and previous and not _SIGN_OFF_LINE.match(previous):
                    return True
                at = text.find(name, end)
    return False


_SIGN_OFF_LINE = re.compile(
    r"^(?:best|regards|kind regards|best regards|warm regards|many thanks|thanks|thank you"
    r"|cheers|sincerely|yours sincerely|yours truly|all the best|talk soon|respectfully"
    r"|with gratitude)\b.{0,20}$",
    re.I,
)

# A label that names a staffing agency or recruiting firm, whose mail is about a client.
_AGENCY_WORDS = (
    "staffing", "recruitment", "recruiting", "recruiters", "personnel", "resourcing",
    "headhunters", "talent", "careers", "search", "placements",
    # an executive search or interim firm: "coastlineexec", "hollinsinterim"
    "exec", "interim",
)  # fmt: skip


def is_agency_domain(domain: str) -> bool:
    """A staffing agency's or recruiting firm's domain ("crownpointsearch.example")."""
    return _is_agency(organisation_label(domain))


def _is_agency(label: str) -> bool:
    parts = label.split("-")
    if len(parts) > 1:
        return parts[-1] in _AGENCY_WORDS
    return label.endswith(_AGENCY_WORDS) and not label.endswith("research")


def _spelled_as_an_agency(name: str | None) -> bool:
    """A firm whose name, as the thread spells it, says it recruits: "Fenwick Dale Search",
    "Crestmoor Recruiting" (its domain need not: "fenwickdale")."""
    return name is not None and name.rsplit(None, 1)[-1].lower() in _AGENCY_WORDS


# An IT vendor known by its words, whatever its domain ("zentrixits.example"): the contract
# terms and the consent it asks before putting the reader to its client ("Rate on C2C",
# "the Right to Represent is your consent for us to submit your profile to client").
_VENDOR_WORDS = (
    " c2c", "corp to corp", "corp-to-corp", "right to represent", " rtr", "profile to client",
    "profile to the client", "resume to the client", "implementation partner",
)  # fmt: skip


def _writes_as_a_vendor(employer: Sequence[Message]) -> bool:
    for message in employer[:_TEXTS_READ]:
        low = f" {message.text[:_TEXT_READ].lower()}"
        if holds_any(low, _VENDOR_WORDS):
            return True
    return False


# An agency's subjects set the client apart from the rest: "Interview Confirmation -
# Finance Assistant - Halden Foods", "Update - Bellhaven Manufacturing".
_SUBJECT_PARTS = re.compile(r"\s+[-–—|]\s+")


def _client_in_agency_subjects(employer: Sequence[Message], label: str) -> str | None:
    """A part of an agency's subject that is only a name (capitalised name words, no role,
    stage or day) and not the agency's own."""
    for message in employer:
        for part in _SUBJECT_PARTS.split(_without_reply_prefix(message.subject)):
            part = part.strip(" .:!")
            words = part.split()
            # "Meridian Biologics CFO - final round": the client, then the executive sought
            while len(words) > 1 and _EXECUTIVE_TITLE.fullmatch(words[-1].lower()):
                words.pop()
            part = " ".join(words)
            if (
                1 <= len(words) <= 4
                and _CAPITALISED_RUN.fullmatch(part)
                and all(map(_name_word, words))
                and not _agrees(part, label)
            ):
                name = _clean(part)
                if name:
                    return name
    return None


def _tenant_spelled(sender: Address) -> str | None:
    """A display name that spells the ATS tenant the address names: "Acme Robotics
    <acmerobotics@myworkday.com>" -> "Acme Robotics" (a person's name never squashes to
    the tenant, so it is not taken for the company)."""
    if not sender.name:
        return None
    tenant = company_from_tenant(sender.email)
    if tenant and _squash(sender.name) == _squash(tenant):
        return _clean(sender.name.strip().strip('"'))
    return None


def _agrees(name: str, label: str) -> bool:
    plain = label.replace("-", "")
    spellings = (name, name.replace("&", " and ")) if "&" in name else (name,)
    for spelling in spellings:  # "&" left out of the domain, or written "and" there
        squashed = _squash(spelling)
        if squashed and (squashed.startswith(plain) or plain.startswith(squashed)):
            return True
    return False


_CAPITALISED_RUN = re.compile(r"[A-Z0-9][\w&'’.-]*(?:[ -][A-Z0-9&][\w&'’.-]*){0,3}")


def _spelling_in(label: str, messages: Sequence[Message]) -> str | None:
    """The label as the thread spells it: "bigcorp" -> "BigCorp", "mosaicbank" -> "Mosaic Bank",
    "latticeandloom" -> "Lattice & Loom", "kestrelfin" -> "Kestrel Financial", "tallis" ->
    "Tallis Systems" (the name the label starts, `_spelled_as`).

    Looks for capitalised words that squash to the label in subjects and sender names, then
    in signatures ("Head of Marketing, Orbital Yarn"), then in the first messages' text.
    """
    plain = label.replace("-", "")
    headers = [text for message in messages for text in (message.subject, message.sender.name)]
    for text in headers:
        if plain[:3] in _squash(text):
            spelled = _spelled_as(plain, label, text)
            if spelled:
                return spelled
    texts = [message.signature for message in messages if message.signature]
    texts += [message.text[:_TEXT_READ] for message in messages[:_TEXTS_READ]]
    for text in texts:
        if plain[:3] in text.lower():  # a cheap test first: most texts never spell it
            spelled = _spelled_as(plain, label, text)
            if spelled:
                return spelled
    return None


# Words that follow a company's name without being part of it: "Quarrow Recruiting Team",
# "Acme Interview", "Acme Monday". Role words (ROLE_WORDS) neither.
_NOT_NAME_WORDS = frozenset(
    """recruiting recruitment talent acquisition team teams careers career hr people hiring jobs
    job human resources interview interviews application applications phone screen offer update
    invitation reminder confirmation monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    thanks thank hi hello dear confidential opportunity opportunities vacancy vacancies position
    role urgent""".split()
)


def _name_word(word: str) -> bool:
    low = word.lower().strip(".,'’")
    return low not in _NOT_NAME_WORDS and not _has_role_word(low)


def _spelled_as(plain: str, label: str, text: str) -> str | None:
    """The longest run of capitalised words in `text` that the label spells: squashed,
    the words equal it ("Mosaic Bank", "&" read as "and"), or start with it and go on in
    name words ("Tallis Systems" for "tallis", "Kestrel Financial" for "kestrelfin")."""
    for run in _CAPITALISED_RUN.finditer(text):
        words = run[0].split()
        # A name may go on past the label only to where the capitals end: in "Bluefin
        # Health Technical Interview" the words after "Bluefin Health" may be the stage's.
        whole = not _CAPITAL_NEXT.match(text, run.end())
        if len(words) > 1 and words[-1] == "All" and _RIGHTS_RESERVED.match(text, run.end()):
            # a footer's notice with no full stop before it ("by Oakridge Clinic All rights
            # reserved."): the name ends where the notice begins
            words, whole = words[:-1], True
        if "'" in run[0] or "\u2019" in run[0]:
            # a possessive ends the name: "Corvan Energy's co-op rotations"
            for index, word in enumerate(words):
                if len(word) > 2 and word[-2:] in ("'s", "\u2019s"):
                    words, whole = [*words[:index], word[:-2]], True
                    break
        # initials may stop before "Careers" or "Recruiting Team" (`_initials_after`)
        trailed = whole or _trailers_follow(text, run.end())
        spelled = _run_spelling(
            plain, label, words, [_squash(word) for word in words], whole, trailed
        )
        if spelled is None and "&" in words:  # "latticeandloom" for "Lattice & Loom"
            squashed = [_squash("and" if word == "&" else word) for word in words]
            spelled = _run_spelling(plain, label, words, squashed, whole, trailed)
        if spelled:
            return spelled
    return None


_CAPITAL_NEXT = re.compile(r"[ \t]*[A-Z0-9&]")
_RIGHTS_RESERVED = re.compile(r"[ \t]+rights[ \t]+reserved\b", re.IGNORECASE)
_NEXT_RUN = re.compile(r"[ \t]*(?P<run>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){0,2})")


def _trailers_follow(text: str, end: int) -> bool:
    """The capitals after a run are only what follows a name without being part of it
    ("Lakeside Federal Credit Union | Careers", "Pinebrook High School Recruiting Team"): the
    run is the whole name, as if they were not there."""
    m = _NEXT_RUN.match(text, end)
    if m is None or _CAPITAL_NEXT.match(text, m.end()):
        return False
    return not any(_name_word(word) for word in m["run"].split())


def _run_spelling(
    plain: str, label: str, words: list[str], squashed: list[str], whole: bool, trailed: bool
) -> str | None:
    """`_spelled_as` on one run of words, `squashed` each (letters and digits only);
    `whole`: the run is all the capitalised words there (it may be read past the label);
    `trailed`: that, or only words that follow a name come after it (for initials)."""
    for first in range(len(words)):
        if not squashed[first] or not plain.startswith(squashed[first]):
            continue
        exact = longer = initials = None
        joined = ""
        for last in range(first, len(words)):
            before = joined
            joined += squashed[last]
            if joined == plain:
                exact = last
            elif len(joined) > len(plain) and joined.startswith(plain):
                # the label ends inside this word (an abbreviation, 3 letters of it at
                # least) or before it: a name word goes on with the name
                covered = len(plain) - len(before)
                if not (covered >= 3 or covered <= 0) or not _name_word(words[last]):
                    break
                longer = last
            elif not plain.startswith(joined):
                break
            if words[last][-1] in ".,;:!?":  # a sentence or a list goes on, not the name
                break
            if exact is None and longer is None and trailed:
                initials = _initials_after(plain[len(joined) :], words, last + 1)
                if initials is not None:
                    break
        if initials is not None:
            longer = initials  # the name's last initial, before any "Careers" that follows
        elif longer is not None and not (whole and longer == len(words) - 1):
            longer = None
        end = exact if longer is None else longer
        if end is None and whole:
            end = _middle_words_left_out(plain, words, squashed, first)
        if end is not None:
            candidate = " ".join(words[first : end + 1])
            if candidate not in (label, label.upper()):
                return _clean(candidate)
    return None


def _middle_words_left_out(
    plain: str, words: list[str], squashed: list[str], first: int
) -> int | None:
    """The label as the name's first words and its last, the words between left out of the
    domain ("heartlandjatc" for "Heartland Electrical JATC", "northstarjatc" for "North Star
    Electrical JATC"): the last word's index, or None. The last word must be a name word."""
    last = len(words) - 1
    if last - first < 2 or not _name_word(words[last]) or not plain.endswith(squashed[last]):
        return None
    head = plain[: len(plain) - len(squashed[last])]
    joined = ""
    for index in range(first, last - 1):  # at least one word left out before the last
        joined += squashed[index]
        if joined == head:
            return last
        if not head.startswith(joined):
            return None
    return None


def _initials_after(rest: str, words: list[str], start: int) -> int | None:
    """The label's rest as the initials of the name words from `start` to the run's end
    ("lakeside-fcu" for "Lakeside Federal Credit Union", "pinebrookhs" for "Pinebrook High
    School", "ashgrovecu" for "Ashgrove Credit Union Careers", whose "Careers" is no part of
    the name): the last name word's index, or None."""
    after = words[start:]
    while after and not _name_word(after[-1]):
        after = after[:-1]  # "Careers", "Recruiting", "Team": after the name, not in it
    if len(rest) < _INITIALS or len(rest) != len(after):
        return None
    if "".join(word[0] for word in after).lower() != rest:
        return None
    if not all(_name_word(word) and word.isalpha() for word in after):
        return None
    return start + len(after) - 1


_INITIALS = 2  # "cu", "hs": fewer would be any word's first letter


# --------------------------------------------------------------------------- role

# Words a job title has at least one of ("Senior Data Engineer", "Head of Marketing").
ROLE_WORDS = frozenset(
    """engineer engineers developer designer manager analyst scientist lead director specialist
    architect consultant intern internship associate coordinator administrator head vp president
    officer executive representative assistant technician researcher accountant writer editor
    recruiter strategist programmer sre devops nurse teacher counsel attorney partner advocate
    owner marketer operator planner producer tester qa fellow chef agent controller economist
    statistician clerk physician pharmacist therapist cashier driver mechanic electrician lawyer
    paralegal auditor buyer trader underwriter actuary supervisor receptionist bookkeeper
    dispatcher barista instructor superintendent foreman advisor adviser counselor counsellor
    librarian surveyor negotiator
    cook bartender dishwasher housekeeper welder plumber carpenter caregiver labourer laborer
    apprentice waiter waitress attendant stocker lifeguard hygienist lecturer""".split()
)
# Every role word found in one walk over the text (not every word of it listed first).
_ROLE_WORD_FINDER = literal_finder({word: len(word) for word in ROLE_WORDS})


def _has_role_word(text: str) -> bool:
    """A role word is a whole run of the letters a-z in the lower-cased text: an
    occurrence with no letter a-z either side ("engineers", not "reengineering")."""
    low = text.lower()
    for end, length in _ROLE_WORD_FINDER(low):
        start = end + 1 - length
        if (start == 0 or not "a" <= low[start - 1] <= "z") and (
            end + 1 == len(low) or not "a" <= low[end + 1] <= "z"
        ):
            return True
    return False


_TITLE = r"(?P<role>[A-Z][\w/&+#-]*(?:[ ,]+(?:[A-Z(][\w/&+#()-]*|of|and|&|-|–|I{1,3}|\d)){0,7})"
# Roles are found from lower-cased text (no case-folding in the regex engine) and then read,
# with their capitals, from the original at the same offsets.
# "for the Senior Data Engineer position": find the noun, then the "for the" before it.
_BEFORE_NOUN = re.compile(r"\b(?:for|as|to|about|in)\s+(?:the|our|a|an|this)\s+(?:open\s+)?")
_BEFORE_NOUN_ROLE = re.compile(r"[A-Z][^\n.!?:;\"“”]{1,70}")
_ROLE_LOOKBACK = 90
# "the position of Senior Engineer", "applying for Senior Data Engineer at Acme"
_TITLE_TRIGGERS = re.compile(
    r"\b(?:position|role)\s+(?:of|as|:)\s*(?:an?\s+)?"
    r"|\b(?:applying|applied|application|interview(?:ing)?)\s+for\s+(?:the\s+)?"
)
_TITLE_CUES = ("position", "role", "ing for", "ied for", "ion for", "iew for")
_TITLE_AT = re.compile(_TITLE)
_REPLY_PREFIX = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|wg|sv|tr|invitation|updated invitation|confirmed|reminder"
    r"|accepted|new event)\s*(?:\[\d+\])?\s*:\s*)+",
    re.I,
)
# How its words begin: the two-letter ones whole, the longer ones by three letters ("inv",
# not "in": "Interview ..." subjects are common). A subject whose first three characters
# (after spaces) are ASCII and begin with none of these has no prefix to take off.
_REPLY_PREFIX_HEADS = frozenset({"re", "fw", "aw", "wg", "sv", "tr"})
_REPLY_PREFIX_HEADS_3 = frozenset({"inv", "upd", "con", "acc", "new"})  # "rem...": "re"


def _without_reply_prefix(subject: str) -> str:
    """`_REPLY_PREFIX.sub("", subject)`, the regex spared where no prefix can start (most
    subjects; asked about 15,000 times over 10,000 threads, by company naming and roles).
    Beyond ASCII the regex decides: its case folding is not `str.lower`'s."""
    head = subject.lstrip()[:3]
    if head.isascii():
        head = head.lower()
        if head[:2] not in _REPLY_PREFIX_HEADS and head not in _REPLY_PREFIX_HEADS_3:
            return subject
    return _REPLY_PREFIX.sub("", subject)


# The words of a stage in a subject ("Phone interview", "Final round"), and what may follow
# it at the end of one ("Interview invitation"): the subject patterns and _tail_rest's
# shortcuts are all built from these.
_STAGE_QUALIFIERS = (
    "phone", "video", "technical", "onsite", "on-site", "final", "virtual", "first", "second",
)  # fmt: skip
_STAGE_NOUNS = (
    "interview",
    "phone screen",
    "screen",
    "screening",
    "application",
    "applying",
    "round",
)
_TAIL_SUFFIXES = (
    "invitation", "invite", "request", "confirmation", "scheduled", "received", "update",
)  # fmt: skip
_STAGE_WORDS = (
    rf"(?:(?:{'|'.join(map(re.escape, _STAGE_QUALIFIERS))})\s+)?"
    rf"(?:{'|'.join(map(re.escape, _STAGE_NOUNS))})"
)
# "Interview: Product Designer", "Application received - Data Analyst", "Next steps: X"
_SUBJECT_HEAD = re.compile(
    # "Job application: Marketing Assistant", "Job interview - Line Cook"
    r"^(?i:(?:your\s+|we received your\s+|job\s+)?"
    + _STAGE_WORDS
    + r"(?:\s+(?:invitation|invite|request|confirmation|confirmed|scheduled|received|update"
    r"|details|reminder|availability))?|thank you for applying|next\s+steps?"
    r"|invitation to interview|update on your)"
    r"\s*(?:[:|\-–—]|\bfor\b|\bwith\b|\bto\b)\s*(?P<rest>.+)$"
)
# "Backend Engineer interview", "Data Analyst - Application"
_SUBJECT_TAIL = re.compile(
    r"^(?P<rest>.+?)\s*(?:[:|\-–—]\s*)?(?i:"
    + _STAGE_WORDS
    + rf"(?:\s+(?:{'|'.join(_TAIL_SUFFIXES)}))?"
    r"(?:\s+with\s+.+)?)$"
)
# "Security Engineer opportunity at Prism Mobility"
_SUBJECT_OPPORTUNITY = re.compile(
    r"^(?P<rest>.+?)\s+(?i:opportunity|position|role|opening)(?:\s+(?:at|with)\s+.+)?$"
)
_SUBJECT_SEPARATORS = re.compile(r"\s+[|–—]\s+")
_AT_COMPANY = re.compile(r"\s+(?:at|@|with|\|)\s+.*$")
_SUBJECT_PARTS = re.compile(r"\s+[|\-–—]\s+|\s*:\s+")
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|a|an|our|your)\s+)", re.IGNORECASE)
_TRAILING_ROLE_NOUN = re.compile(r"\s+(?:position|role|opening|application)$", re.IGNORECASE)
_NAMED_CANDIDATE = re.compile(r"^[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:for|-|–)\s+(?P<role>.+)$")
# "Sam Seeker / Prism Technologies (Customer Success Manager, Core)": the role in brackets
_PARENTHESISED = re.compile(r"/.*\((?P<role>[^()]+(?:\([^()]*\))?[^()]*)\)\s*$")
_TRAILING_CONNECTOR = re.compile(r"(?:[\s,]+(?:and|or|of|for|in|at|with|&|-|–))+$", re.IGNORECASE)


def _clean_role(role: str | None) -> str | None:
    if not role:
        return None
    role = _TRAILING_CONNECTOR.sub("", role.strip(" \t\"'.,:;!?-–—|"))
    role = role.strip(" \t\"'.,:;!?-–—|")
    words = role.split()
    if not words or len(words) > 9 or len(role) > 80:
        return None
    if words[0].lower() in {"interview", "position", "role", "job", "our", "the", "this"}:
        return None
    return role


def _same_offsets_lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # rare: lower-casing changed offsets; keep such characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


_ROLE_NOUNS = ("position", "role", "opening", "opportunity", "job", "vacancy", "req", "requisition")


def _whole_words(low: str, words: Sequence[str]) -> list[int]:
    """Where the words start in `low`, as whole words, in text order (str.find, no regex)."""
    found = []
    for word in words:
        at = low.find(word)
        while at != -1:
            end = at + len(word)
            if (at == 0 or not low[at - 1].isalnum()) and (
                end == len(low) or not low[end].isalnum()
            ):
                found.append(at)
            at = low.find(word, end)
    found.sort()
    return found


def role_from_text(text: str) -> str | None:
    """The role named by wording like "for the Senior Data Engineer position"."""
    low = _same_offsets_lower(text)
    for noun_at in _whole_words(low, _ROLE_NOUNS):
        start = max(0, noun_at - _ROLE_LOOKBACK)
        triggers = list(_BEFORE_NOUN.finditer(low, start, noun_at))
        if not triggers:
            continue
        trigger = triggers[-1]  # the nearest: the words between it and the noun are the role
        m = _BEFORE_NOUN_ROLE.fullmatch(text, trigger.end(), noun_at)
        if m:
            role = _role_or_none(m[0])
            if role:
                return role
    if holds_any(low, _TITLE_CUES):
        for trigger in _TITLE_TRIGGERS.finditer(low):
            m = _TITLE_AT.match(text, trigger.end())
            role = _role_or_none(m["role"]) if m else None
            if role:
                return role
    return None


_TITLE_WORDS = "|".join(sorted(ROLE_WORDS | {"qa", "sre"}, key=len, reverse=True))
# A title's grade after it: "Software Engineer II", "Analyst 3", "Academic Advisor IV".
_GRADE = r"(?:\s+(?:iv|v|i{1,3}|[1-5]))?"
# A job title named as a job: "hiring a Senior Data Engineer", "need a Staff Backend
# Engineer", "a Product Manager opening" (not a signature's "Technical Recruiter, Acme").
_JOB_TITLE_IN_TEXT = re.compile(
    r"\b(?:hiring|need|needs|seeking|looking for|searching for|recruiting|recruit)\s+(?:an?\s+)?"
    rf"(?:[a-z][\w&/+-]*\s+){{0,4}}(?:{_TITLE_WORDS})s?\b"
    rf"|\b(?:{_TITLE_WORDS})s?{_GRADE}\s+(?:role|position|opening|opportunity|vacancy|job)\b"
)
# A subject that is a job title: "Senior Data Engineer at Orchard Health", "Office Manager -
# phone screen", "Backend Engineer role at Tallis".
_JOB_TITLE_SUBJECT = re.compile(
    rf"^(?:[a-z][\w&/+-]*\s+){{0,4}}(?:{_TITLE_WORDS})\b{_GRADE}"
    r"(?:\s*$|\s*[-–—|:(]|\s+(?:at|@|with|role|position|opening|opportunity)\b)"
)


def names_a_job(text: str) -> bool:
    """The text names a job as one: a title someone is hiring for, or a title's opening."""
    low = text.lower()
    return _has_role_word(low) and _JOB_TITLE_IN_TEXT.search(low) is not None


@lru_cache(maxsize=8192)
def subject_is_a_job(subject: str) -> bool:
    """The subject is a job title: "Senior Data Engineer at Orchard Health", "Office Manager -
    phone screen", or one of its parts is: "Westbury Health - Chief Strategy Officer" (the
    other ways of naming one: `role_from_subject`)."""
    low = subject.lower()
    if not _has_role_word(low) and not (" - " in low and _EXECUTIVE_TITLE.search(low)):
        return False
    low = _without_reply_prefix(low).strip()
    if low[:1] in "cfjtqsu":  # "Checking in - Patient Access Coordinator": a follow-up's or a
        courtesy = _COURTESY_HEAD.match(low)  # thanks' head before the title is its subject
        if courtesy:
            low = courtesy["rest"]
    if _JOB_TITLE_SUBJECT.match(low) is not None:
        return True
    return _a_part_is_a_title(low)


# A search firm's or an agency's subject sets the client, the job and the step apart with
# dashes, in any order: "Westbury Health - Chief Strategy Officer", "Kestrel - VP Operations -
# offer", "Vice President for Student Affairs - Halvorsen College". A part that is wholly a
# title names the job, its field after "of", "for" or a comma ("Director of Supply Chain",
# "Director, Finance Transformation"), an executive's letters ("COO", "SVP Product") too.
_EXECUTIVE_TITLES = "ceo|cfo|coo|cto|cmo|cio|cro|chro|cpo|svp|evp|avp"
_EXECUTIVE_TITLE = re.compile(rf"\b(?:{_EXECUTIVE_TITLES})\b")
_PART_SPLIT = re.compile(r"\s+[-–—|]\s+")
# The words before a title in a part are the title's own ("chief strategy", "non-executive"),
# not a meeting's ("lunch with the ceo", "note from our cfo": no job named).
_TITLE_OWN_WORD = (
    r"(?!(?:with|from|by|to|the|our|your|my|and|meeting|call|lunch|dinner|note|update|message"
    r"|email|search|for|of)\b)[a-z][\w&/+-]*\s+"
)
_FIELD = r"[\w&/+-]+(?:\s+[\w&/+-]+){0,3}"
_TITLE_PART = re.compile(
    rf"(?:{_TITLE_OWN_WORD}){{0,4}}(?:{_TITLE_WORDS}|{_EXECUTIVE_TITLES}){_GRADE}"
    rf"(?:\s+(?:of|for)\s+{_FIELD}|,\s+{_FIELD}"
    # "VP Sales", "SVP Product": a vice-president's field follows the letters
    rf"|(?<=vp)\s+{_FIELD})?"
)


# A step of a process named in a part ("Next steps - Data Analyst", "Exit interview - Support
# Engineer") leaves the subject to the readings of steps, which know an exit interview's title
# is no job of the reader's and that "next steps" alone says too little.
_STEP_PARTS = ("interview", "next step", "screen")


def _a_part_is_a_title(low: str) -> bool:
    """A subject of several parts one of which is wholly a job title (see above)."""
    if " - " not in low and " | " not in low and " – " not in low and " — " not in low:
        return False
    if holds_any(low, _STEP_PARTS):
        return False
    parts = _PART_SPLIT.split(low)
    return len(parts) > 1 and any(_TITLE_PART.fullmatch(part.strip(" .:!?")) for part in parts)


# The head a follow-up, a thanks or a status note puts before the job it is about
# ("Following up - Account Manager", "Thank you - Marketing Manager").
_COURTESY_HEAD = re.compile(
    r"(?:(?:just\s+)?checking\s+in|following\s+up|follow[\s-]up|touching\s+base"
    r"|thank\s+you|thanks(?:\s+again)?|quick\s+question|status\s+update|update)"
    r"\s*[:\-–—]\s*(?P<rest>.+)$"
)


def _role_or_none(text: str) -> str | None:
    role = _clean_role(_AT_COMPANY.sub("", text.strip()))
    return role if role and _has_role_word(role) else None


@lru_cache(maxsize=8192)
def role_from_subject(subject: str, company: str | None = None) -> str | None:
    """ "Interview: Product Designer", "Backend Engineer interview at Acme" -> the role.

    With `company` known, its name is taken out of the subject first, so "Ionic Labs -
    Engineering Manager - Payments interview" gives "Engineering Manager - Payments".
    """
    if not _has_role_word(subject):
        return None  # no title without a title word: most subjects stop here
    subject = _without_reply_prefix(subject).strip()
    if company:
        subject = _without_company(subject, company)
    if not subject:
        return None
    for part in (subject, *_SUBJECT_SEPARATORS.split(subject)):
        for rest_of in (_head_rest, _tail_rest, _opportunity_rest):
            rest = rest_of(part)
            role = _role_in_subject_rest(rest, company) if rest is not None else None
            if role:
                return role
    # "Request to reschedule interview for Financial Controller", "Panel interview - Claims
    # Analyst": the job after an interview said anywhere in the subject, not only at its head
    later = _INTERVIEW_FOR.search(subject)
    if later:
        return _role_in_subject_rest(later["rest"], company)
    # "Data Analyst application - Olu Adeyemi": a plain hyphen parts the job from the
    # applicant's name (tried last: a hyphen may stand inside a title, "Manager - Payments")
    for part in _SUBJECT_PARTS.split(subject) if " - " in subject else ():
        rest = _tail_rest(part)
        role = _role_in_subject_rest(rest, company) if rest is not None else None
        if role:
            return role
    return None


_INTERVIEW_FOR = re.compile(r"\binterviews?\s*(?:\bfor\b|[:|\-–—])\s*(?P<rest>.+)$", re.IGNORECASE)


def _head_rest(part: str) -> str | None:
    m = _SUBJECT_HEAD.match(part)
    return m["rest"] if m else None


def _opportunity_rest(part: str) -> str | None:
    m = _SUBJECT_OPPORTUNITY.match(part)
    return m["rest"] if m else None


# How a part that _SUBJECT_TAIL matches can end (its "with ..." clause aside), the pattern
# without its rest, and the words its stage part can begin with.
_TAIL_ENDINGS = _STAGE_NOUNS + _TAIL_SUFFIXES
_TAIL_SUFFIX = re.compile(_SUBJECT_TAIL.pattern.removeprefix("^(?P<rest>.+?)"))
_TAIL_STAGE_START = re.compile("|".join(map(re.escape, _STAGE_QUALIFIERS + _STAGE_NOUNS)))


def _tail_rest(part: str) -> str | None:
    """`_SUBJECT_TAIL.match(part)["rest"]`, found without the pattern's lazy start trying
    every position (~17 us a subject): the suffix is tried only where a stage word begins,
    from the gap before it, so the first success is the same shortest rest."""
    if not part.isascii() or "\n" in part:  # case folding and "." beyond plain ASCII lines
        m = _SUBJECT_TAIL.match(part)
        return m["rest"] if m else None
    low = part.lower()
    if not (low.endswith(_TAIL_ENDINGS) or "with" in low):
        return None
    for stage in _TAIL_STAGE_START.finditer(low, 1):  # the rest has at least one character
        start = stage.start()
        while start > 1 and (low[start - 1].isspace() or low[start - 1] in ":|-"):
            start -= 1
        for end_of_rest in range(start, stage.start() + 1):
            if _TAIL_SUFFIX.match(part, end_of_rest):
                return part[:end_of_rest]
    return None


def _role_in_subject_rest(rest: str, company: str | None) -> str | None:
    rest = rest.strip()
    named = _NAMED_CANDIDATE.match(rest)  # "Interview: Jane Doe for Product Designer"
    if named:
        rest = named["role"]
    bracketed = _PARENTHESISED.search(rest)
    if bracketed:
        rest = bracketed["role"]
    whole = _subject_role(rest)
    if whole and len(whole.split()) <= 6 and whole != company:
        return whole
    for part in _SUBJECT_PARTS.split(rest):
        role = _subject_role(part)
        if role and role != company:
            return role
    return None


_LEADING_NOISE = re.compile(
    r"^(?:(?:an?\s+)?update on(?:\s+your)?|status of(?:\s+your)?|thank(?:s| you)(?:\s+again)?"
    r"|regarding|re|following up)\b\s*[-:|–—]?\s*",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # a part is read again under "Re:", with the company known or not
def _subject_role(text: str) -> str | None:
    text = _LEADING_NOISE.sub("", text.strip())
    text = _AT_COMPANY.sub("", text)
    text = _LEADING_ARTICLE.sub("", text)
    text = _TRAILING_ROLE_NOUN.sub("", text)
    role = _clean_role(text)
    if not role or not _has_role_word(role):
        return None
    return role


_EDGE = " \t|-–—:"


def _without_company(text: str, company: str) -> str:
    """The subject with the company's name taken off its start or end (plain string work)."""
    if text.startswith(company):
        rest = text[len(company) :]
        rest = rest.removeprefix("'s")
        if not rest or rest[0] in _EDGE:
            text = rest.lstrip(_EDGE)
    if text.endswith(company):
        head = text[: -len(company)].rstrip()
        for joint in (" at", " with", "@", "|", "-", "–", "—", ":"):
            if head.endswith(joint):
                text = head[: -len(joint)].rstrip(_EDGE)
                break
    return text.strip()


def find_role(messages: Sequence[Message], company: str | None = None) -> str | None:
    """The role of a thread: stated in a subject, else in the wording of a message."""
    seen = set()
    for message in messages:
        subject = _without_reply_prefix(message.subject)
        if subject in seen:
            continue
        seen.add(subject)
        role = role_from_subject(subject, company)
        if role:
            return role
    for message in messages:
        role = role_from_text(message.text) or role_from_text(message.subject)
        if role:
            return without_company_prefix(role, company)
    return None


def without_company_prefix(role: str, company: str | None) -> str:
    """ "Granite Games QA Engineer" with company "Granite Games" -> "QA Engineer"."""
    if company and role.startswith(company + " ") and _has_role_word(role[len(company) :]):
        return role[len(company) + 1 :]
    return role
