"""Who sent it: hiring-software domains, job boards, mail platforms and robot addresses.

The lists are data, kept here so they can be maintained without touching the detection
logic. Domains match by suffix on label boundaries: ``us.greenhouse-mail.io`` matches
``greenhouse-mail.io``, ``notgreenhouse.io`` does not. When adding a domain, say in the
comment what the vendor is and what it sends; the value is the vendor's readable name,
used in signal names and to make sure a vendor is never mistaken for the employer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Applicant tracking systems: application confirmations, recruiter mail sent through the
# ATS, rejections and offers. Mail from these is hiring mail unless it is the vendor's own
# marketing (which arrives flagged bulk; detect.py weighs that).
ATS_DOMAINS: dict[str, str] = {
    "greenhouse.io": "Greenhouse",
    "greenhouse-mail.io": "Greenhouse",  # us./eu. relay for recruiter mail and replies
    "lever.co": "Lever",  # hire.lever.co sends candidate mail; jobs.lever.co hosts boards
    "ashbyhq.com": "Ashby",
    "ashby.io": "Ashby",
    "myworkday.com": "Workday",  # tenant@myworkday.com: the local part names the employer
    "myworkdayjobs.com": "Workday",
    "workday.com": "Workday",
    "smartrecruiters.com": "SmartRecruiters",
    "smartrecruitersmail.com": "SmartRecruiters",
    "icims.com": "iCIMS",
    "jobvite.com": "Jobvite",
    "workable.com": "Workable",
    "workablemail.com": "Workable",  # candidate mail relay
    "teamtailor.com": "Teamtailor",
    "teamtailor-mail.com": "Teamtailor",
    "recruitee.com": "Recruitee",
    "bamboohr.com": "BambooHR",
    "breezy.hr": "Breezy HR",
    "breezyhr.com": "Breezy HR",
    "jazzhr.com": "JazzHR",
    "applytojob.com": "JazzHR",  # JazzHR's candidate-facing domain
    "successfactors.com": "SAP SuccessFactors",
    "successfactors.eu": "SAP SuccessFactors",
    "sapsf.com": "SAP SuccessFactors",
    "sapsf.eu": "SAP SuccessFactors",
    "taleo.net": "Oracle Taleo",
    "pinpointhq.com": "Pinpoint",
    "rippling.com": "Rippling",  # Rippling ATS (also HR/payroll mail, still employer-side)
    "rippling-ats.com": "Rippling",
    "gem.com": "Gem",  # recruiter outreach sequences
    "personio.com": "Personio",
    "personio.de": "Personio",
    "comeet.co": "Comeet",
    "comeet.com": "Comeet",
    "dover.com": "Dover",
    "dover.io": "Dover",
    "homerun.co": "Homerun",
    "zohorecruit.com": "Zoho Recruit",
    "zohorecruit.eu": "Zoho Recruit",
    "freshteam.com": "Freshteam",
    "jobscore.com": "JobScore",
    "recruiterbox.com": "Recruiterbox",
    "hire.trakstar.com": "Trakstar Hire",
    "avature.net": "Avature",
    "phenompeople.com": "Phenom",
    "phenom.com": "Phenom",
    "eightfold.ai": "Eightfold",
    "beamery.com": "Beamery",
    "csod.com": "Cornerstone",  # Cornerstone OnDemand recruiting
    "brassring.com": "Kenexa BrassRing",
    "ultipro.com": "UKG",  # recruiting.ultipro.com
    "workforcenow.adp.com": "ADP",  # only the recruiting host: adp.com at large is payroll
    "jobylon.com": "Jobylon",
    "manatal.com": "Manatal",
    "recruitcrm.io": "Recruit CRM",
    "crelate.com": "Crelate",
    "bullhornstaffing.com": "Bullhorn",
    "ceipal.com": "Ceipal",
    "paylocity.com": "Paylocity",  # recruiting module mails from here
    "silkroad.com": "SilkRoad Recruiting",  # OpenHire / SilkRoad Recruiting auto-replies
    "paycomonline.net": "Paycom",
    "hirebridge.com": "Hirebridge",
    "gusto.com": "Gusto",  # Gusto hiring (offer letters)
    "hibob.com": "HiBob",  # Bob Hiring (also HR mail, still employer-side)
    "apploi.com": "Apploi",
    "fountain.com": "Fountain",  # high-volume hiring
    "paradox.ai": "Paradox",  # "Olivia" the recruiting assistant: scheduling by chat
}

# Interview scheduling tools: time pickers, confirmations and reminders.
SCHEDULING_DOMAINS: dict[str, str] = {
    "calendly.com": "Calendly",
    "goodtime.io": "GoodTime",
    "modernloop.io": "ModernLoop",
    "prelude.co": "Prelude",
    "yello.co": "Yello",
    "rooster.jobs": "Rooster",
    "cronofy.com": "Cronofy",
    "youcanbook.me": "YouCanBookMe",
    "hubspot-meetings.com": "HubSpot Meetings",  # rare for hiring; sender alone proves little
}

# Booking tools anyone uses (podcast hosts, support engineers, coaches, salespeople), unlike
# the interview schedulers above: their notice is hiring evidence only when what it books is.
GENERAL_BOOKING_DOMAINS = frozenset(
    {"calendly.com", "cronofy.com", "youcanbook.me", "hubspot-meetings.com"}
)

# Assessments and recorded interviews sent by employers during a hiring process.
ASSESSMENT_DOMAINS: dict[str, str] = {
    "hirevue.com": "HireVue",
    "codesignal.com": "CodeSignal",
    "hackerrank.com": "HackerRank",
    "hackerrankforwork.com": "HackerRank",
    "coderpad.io": "CoderPad",
    "codility.com": "Codility",
    "mettl.com": "Mercer | Mettl",
    "karat.io": "Karat",
    "karat.com": "Karat",
    "testgorilla.com": "TestGorilla",
    "qualified.io": "Qualified",
    "hackerearth.com": "HackerEarth",
    "criteriacorp.com": "Criteria",
    "shl.com": "SHL",
    "pymetrics.ai": "pymetrics",
    "harver.com": "Harver",
    "vervoe.com": "Vervoe",
    "sparkhire.com": "Spark Hire",
    "willo.video": "Willo",
    "myinterview.com": "myInterview",
    "interviewing.io": "interviewing.io",
    "byteboard.dev": "Byteboard",
}

# Job boards and job marketplaces. Their alerts and newsletters are full of the word
# "interview" and are NOT an employer's hiring process: negative evidence when the
# message is bulk or reads like an alert. (Some also relay real recruiter messages, e.g.
# LinkedIn InMail or Wellfound intros, so the domain alone is not a verdict.)
JOB_BOARD_DOMAINS: dict[str, str] = {
    "linkedin.com": "LinkedIn",
    "indeed.com": "Indeed",
    "indeedemail.com": "Indeed",
    "glassdoor.com": "Glassdoor",
    "ziprecruiter.com": "ZipRecruiter",
    "otta.com": "Otta",
    "welcometothejungle.com": "Welcome to the Jungle",
    "wttj.co": "Welcome to the Jungle",
    "wellfound.com": "Wellfound",
    "angel.co": "Wellfound",  # AngelList Talent, Wellfound's old name
    "dice.com": "Dice",
    "monster.com": "Monster",
    "simplyhired.com": "SimplyHired",
    "careerbuilder.com": "CareerBuilder",
    "hired.com": "Hired",
    "builtin.com": "Built In",
    "themuse.com": "The Muse",
    "joinhandshake.com": "Handshake",
    "remoteok.com": "Remote OK",
    "weworkremotely.com": "We Work Remotely",
    "jobright.ai": "Jobright",
    "talent.com": "Talent.com",
    "jooble.org": "Jooble",
    "adzuna.com": "Adzuna",
    "reed.co.uk": "Reed",
    "totaljobs.com": "Totaljobs",
    "stepstone.de": "StepStone",
    "xing.com": "XING",
    "seek.com.au": "SEEK",
    "naukri.com": "Naukri",
    "flexjobs.com": "FlexJobs",
    "levels.fyi": "Levels.fyi",
    "teal.com": "Teal",
    "huntr.co": "Huntr",
}

# Personal mailbox providers: a recruiter may write from one (a person, so a contact), but
# the domain tells nothing about the employer.
PERSONAL_MAIL_DOMAINS: dict[str, str] = {
    "gmail.com": "Gmail",
    "googlemail.com": "Gmail",
    "outlook.com": "Outlook",
    "hotmail.com": "Outlook",
    "live.com": "Outlook",
    "msn.com": "Outlook",
    "yahoo.com": "Yahoo",
    "ymail.com": "Yahoo",
    "aol.com": "AOL",
    "icloud.com": "iCloud",
    "me.com": "iCloud",
    "mac.com": "iCloud",
    "proton.me": "Proton",
    "protonmail.com": "Proton",
    "pm.me": "Proton",
    "gmx.com": "GMX",
    "gmx.de": "GMX",
    "gmx.net": "GMX",
    "web.de": "WEB.DE",
    "yandex.ru": "Yandex",
    "yandex.com": "Yandex",
    "mail.ru": "Mail.ru",
    "qq.com": "QQ",
    "163.com": "NetEase",
    "fastmail.com": "Fastmail",
    "hey.com": "HEY",
    "zoho.com": "Zoho Mail",
}

# Bulk-mail and notification infrastructure: robots, and no employer behind the domain.
BULK_MAIL_DOMAINS: dict[str, str] = {
    "sendgrid.net": "SendGrid",
    "mailgun.org": "Mailgun",
    "amazonses.com": "Amazon SES",
    "mcsv.net": "Mailchimp",
    "mcdlv.net": "Mailchimp",
    "mailchimpapp.net": "Mailchimp",
    "mandrillapp.com": "Mandrill",
    "sparkpostmail.com": "SparkPost",
    "postmarkapp.com": "Postmark",
    "mktomail.com": "Marketo",
    "exacttarget.com": "Salesforce Marketing Cloud",
    "hubspotemail.net": "HubSpot",
    "hs-email.net": "HubSpot",
    "customeriomail.com": "Customer.io",
    "intercom-mail.com": "Intercom",
    "calendar.google.com": "Google Calendar",
    "bounces.google.com": "Google",
    "zoom.us": "Zoom",
    "teams.microsoft.com": "Microsoft Teams",
}

# Whole addresses that are robots even though their domain is a real employer's.
ROBOT_ADDRESSES: frozenset[str] = frozenset(
    {
        "calendar-notification@google.com",
        "calendar-server@google.com",
        "mailer-daemon@googlemail.com",
        "no-reply@accounts.google.com",
        "noreply@zoom.us",
    }
)


def _domain_of(address_or_domain: str) -> str:
    return address_or_domain.rpartition("@")[2].strip().lower().rstrip(".")


_TABLES = (
    ("ats", ATS_DOMAINS),
    ("scheduling", SCHEDULING_DOMAINS),
    ("assessment", ASSESSMENT_DOMAINS),
    ("job_board", JOB_BOARD_DOMAINS),
    ("personal", PERSONAL_MAIL_DOMAINS),
    ("bulk", BULK_MAIL_DOMAINS),
)
_HIRING_KINDS = frozenset({"ats", "scheduling", "assessment"})


class DomainKind(NamedTuple):
    kind: str  # "ats", "scheduling", "assessment", "job_board", "personal", "bulk", or ""
    matched: str = ""  # the listed domain that matched ("greenhouse-mail.io")
    vendor: str = ""  # its readable name ("Greenhouse")


_UNLISTED = DomainKind("")


# Every listed domain, once: where two tables list one domain, the earlier table's kind wins.
_KINDS: dict[str, DomainKind] = {}
for _kind, _table in reversed(_TABLES):
    _KINDS.update({domain: DomainKind(_kind, domain, vendor) for domain, vendor in _table.items()})


@lru_cache(maxsize=16384)
def domain_kind(address_or_domain: str) -> DomainKind:
    """What kind of sender a domain (or an address's domain) is, by suffix match."""
    domain = _domain_of(address_or_domain)
    labels = domain.split(".")
    for start in range(len(labels) - 1):  # never a bare TLD; the longest suffix first
        hit = _KINDS.get(".".join(labels[start:]))
        if hit is not None:
            return hit
    return _UNLISTED


def hiring_tool(address_or_domain: str) -> tuple[str, str] | None:
    """(matched domain, vendor) when the sender is an ATS, scheduling or assessment tool."""
    hit = domain_kind(address_or_domain)
    return (hit.matched, hit.vendor) if hit.kind in _HIRING_KINDS else None


def is_ats(address_or_domain: str) -> bool:
    return domain_kind(address_or_domain).kind == "ats"


def is_scheduling_tool(address_or_domain: str) -> bool:
    return domain_kind(address_or_domain).kind == "scheduling"


def job_board(address_or_domain: str) -> tuple[str, str] | None:
    """(matched domain, board name) when the sender is a job board or marketplace."""
    hit = domain_kind(address_or_domain)
    return (hit.matched, hit.vendor) if hit.kind == "job_board" else None


def is_personal_mail(address_or_domain: str) -> bool:
    return domain_kind(address_or_domain).kind == "personal"


def is_bulk_mailer(address_or_domain: str) -> bool:
    return domain_kind(address_or_domain).kind == "bulk"


def names_no_employer(address_or_domain: str) -> bool:
    """True when the domain belongs to a vendor, board or mail platform, not to an employer."""
    return not _domain_of(address_or_domain) or domain_kind(address_or_domain).kind != ""


def vendor_names() -> frozenset[str]:
    """Every vendor, board and platform name, lower-cased: never a company name."""
    return _VENDOR_NAMES


_VENDOR_NAMES = frozenset(
    name.lower() for _, table in _TABLES for name in table.values()
) | frozenset(
    domain.split(".")[-2] for _, table in _TABLES for domain in table if domain.count(".") == 1
)

# Local parts (before any +tag) that nobody reads. Substring forms catch "jobs-noreply",
# "noreply-careers", "do_not_reply"; whole forms catch role robots like "notifications".
_NO_REPLY_ANYWHERE = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?(?:reply|respond)|dont[-_.]?reply|mailer[-_.]?daemon"
)
_NO_REPLY_WHOLE = re.compile(
    r"(?:postmaster|bounces?(?:[-_.].*)?|notifications?|notify|alerts?|automated|auto[-_.]?"
    r"(?:reply|confirm|mail|mailer|responder)|autoresponder|system|mailer|invitations?"
    r"|calendar[-_.]notification|newsletters?|news|digest|updates?|jobalerts?"
    r"|jobs[-_.]?alerts?|messages[-_.]noreply|inmail[-_.]hit[-_.]reply)"
)


@lru_cache(maxsize=16384)
def is_no_reply(address: str) -> bool:
    """True for addresses that do not reach a person: no-reply, bounces, notifications."""
    address = address.strip().lower()
    if not address or "@" not in address:
        return not address  # an empty address reaches nobody; a bare name is not ours to judge
    if address in ROBOT_ADDRESSES:
        return True
    local, _, domain = address.rpartition("@")
    local = local.partition("+")[0]
    if _NO_REPLY_ANYWHERE.search(local) or _NO_REPLY_WHOLE.fullmatch(local):
        return True
    return domain.startswith(("bounce.", "bounces.", "mailer-daemon."))


@lru_cache(maxsize=16384)
def is_robot(address: str) -> bool:
    """No-reply addresses, hiring-tool relays and job-board senders: not a person to write to.

    Addresses at an ATS or scheduling tool are relays (reply+token@...) or robots even when
    they carry a recruiter's name, so they are never offered as a contact.
    """
    address = address.strip().lower()
    if is_no_reply(address):
        return True
    return domain_kind(address).kind in _ROBOT_KINDS


_ROBOT_KINDS = frozenset({"ats", "scheduling", "assessment", "job_board", "bulk"})
