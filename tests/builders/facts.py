"""Readable ThreadFacts for policy tests: say what happened in the thread, in order.

    an_interview_thread(company="Acme")
        .interviewed(at=tuesday_2pm, minutes=60)
        .thank_you(at=tuesday_6pm)
        .employer_said(at=thursday, decision_by=friday)
        .build()

Every step returns a new builder, so a shared beginning can branch in several tests.
The employer writes from the recruiter's address unless a step names another sender;
`recruiter=None` makes the employer write from a no-reply address only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from afterview.model import (
    Address,
    CandidateMessage,
    Detection,
    EmployerMessage,
    Stage,
    ThreadFacts,
)

_DECIDED = (Stage.REJECTED, Stage.OFFER)


@dataclass(frozen=True)
class FactsBuilder:
    company: str | None
    recruiter: Address | None
    no_reply: Address
    interview: bool = True
    stage: Stage = Stage.SCHEDULING
    interview_start: datetime | None = None
    interview_end: datetime | None = None
    cancelled: bool = False
    first_message_at: datetime | None = None
    employer: tuple[EmployerMessage, ...] = ()
    candidate: tuple[CandidateMessage, ...] = ()
    contacts: tuple[Address, ...] | None = None  # None: the recruiter and human senders

    # --- the interview -------------------------------------------------------------------
    def interview_booked(self, at: datetime, minutes: int | None = 60) -> FactsBuilder:
        """An interview fixed for `at` (stage scheduled); `minutes=None`: no end known."""
        return self._with_interview(at, minutes, Stage.SCHEDULED)

    def interviewed(self, at: datetime, minutes: int | None = 60) -> FactsBuilder:
        """The interview took place at `at` (stage interviewed); `minutes=None`: no end known."""
        return self._with_interview(at, minutes, Stage.INTERVIEWED)

    def interview_cancelled(self) -> FactsBuilder:
        return replace(self, cancelled=True, stage=self._unless_decided(Stage.SCHEDULING))

    def at_stage(self, stage: Stage) -> FactsBuilder:
        return replace(self, stage=stage)

    # --- the employer --------------------------------------------------------------------
    def employer_said(
        self,
        at: datetime,
        decision_by: datetime | None = None,
        sender: str | Address | None = None,
    ) -> FactsBuilder:
        """A message from the employer's side that asks nothing (an update, a timeline)."""
        return self._employer(EmployerMessage(at, self._sender(sender), decision_by=decision_by))

    def employer_asked(self, at: datetime, sender: str | Address | None = None) -> FactsBuilder:
        """The employer asks the candidate something (documents, references, a question)."""
        return self._employer(EmployerMessage(at, self._sender(sender), asks_candidate=True))

    def employer_proposed_times(
        self, at: datetime, sender: str | Address | None = None
    ) -> FactsBuilder:
        """The employer offers interview slots and asks which one suits."""
        message = EmployerMessage(at, self._sender(sender), asks_candidate=True, is_scheduling=True)
        return replace(self._employer(message), stage=self._unless_decided(Stage.SCHEDULING))

    def rejected(self, at: datetime, sender: str | Address | None = None) -> FactsBuilder:
        message = EmployerMessage(at, self._sender(sender), is_rejection=True)
        return replace(self._employer(message), stage=Stage.REJECTED)

    def offered(self, at: datetime, sender: str | Address | None = None) -> FactsBuilder:
        message = EmployerMessage(at, self._sender(sender), is_offer=True)
        return replace(self._employer(message), stage=Stage.OFFER)

    def with_contacts(self, *emails: str) -> FactsBuilder:
        """Replace the employer contacts extraction would have found."""
        return replace(self, contacts=tuple(Address(email) for email in emails))

    # --- the candidate -------------------------------------------------------------------
    def candidate_wrote(self, at: datetime) -> FactsBuilder:
        """A plain message from the candidate (an answer, a note)."""
        return self._candidate(CandidateMessage(at, self._to()))

    def thank_you(self, at: datetime) -> FactsBuilder:
        return self._candidate(CandidateMessage(at, self._to(), is_thank_you=True))

    def follow_up(self, at: datetime) -> FactsBuilder:
        return self._candidate(CandidateMessage(at, self._to(), is_follow_up=True))

    def withdrew(self, at: datetime) -> FactsBuilder:
        """The candidate withdrawing, or declining the offer."""
        return self._candidate(CandidateMessage(at, self._to(), withdraws=True))

    def accepted_offer(self, at: datetime) -> FactsBuilder:
        return self._candidate(CandidateMessage(at, self._to(), accepts_offer=True))

    # --- the result ----------------------------------------------------------------------
    def build(self) -> ThreadFacts:
        employer = tuple(sorted(self.employer, key=lambda message: message.at))
        candidate = tuple(sorted(self.candidate, key=lambda message: message.at))
        moments = [message.at for message in employer + candidate]
        return ThreadFacts(
            detection=Detection(
                interview=self.interview,
                confidence=0.95 if self.interview else 0.05,
                signals=("builder",),
            ),
            stage=self.stage,
            company=self.company,
            subject=f"Interview with {self.company}" if self.company else "Interview",
            first_message_at=self.first_message_at or (min(moments) if moments else None),
            last_message_at=max(moments) if moments else None,
            interview_start=self.interview_start,
            interview_end=self.interview_end,
            interview_cancelled=self.cancelled,
            employer_messages=employer,
            candidate_messages=candidate,
            employer_contacts=self._contacts(employer),
        )

    # --- helpers -------------------------------------------------------------------------
    def _with_interview(self, at: datetime, minutes: int | None, stage: Stage) -> FactsBuilder:
        return replace(
            self,
            interview_start=at,
            interview_end=at + timedelta(minutes=minutes) if minutes is not None else None,
            cancelled=False,
            stage=self._unless_decided(stage),
        )

    def _unless_decided(self, stage: Stage) -> Stage:
        return self.stage if self.stage in _DECIDED else stage

    def _sender(self, sender: str | Address | None) -> Address:
        if isinstance(sender, Address):
            return sender
        if sender is not None:
            return Address(sender)
        return self.recruiter or self.no_reply

    def _to(self) -> tuple[Address, ...]:
        return (self.recruiter or self.no_reply,)

    def _employer(self, message: EmployerMessage) -> FactsBuilder:
        return replace(self, employer=(*self.employer, message))

    def _candidate(self, message: CandidateMessage) -> FactsBuilder:
        return replace(self, candidate=(*self.candidate, message))

    def _contacts(self, employer: tuple[EmployerMessage, ...]) -> tuple[Address, ...]:
        if self.contacts is not None:
            return self.contacts
        seen: dict[str, Address] = {}
        for address in ([self.recruiter] if self.recruiter else []) + [m.sender for m in employer]:
            if "reply" not in address.email and address.email not in seen:
                seen[address.email] = address
        return tuple(seen.values())


def _domain(company: str | None) -> str:
    return "".join(ch for ch in (company or "employer").lower() if ch.isalnum()) + ".example"


def an_interview_thread(
    company: str | None = "Acme",
    recruiter: str | None = "jane@{domain}",
    recruiter_name: str = "Jane Doe",
) -> FactsBuilder:
    """A thread detected as interview-related; nothing has happened in it yet."""
    domain = _domain(company)
    person = Address(recruiter.format(domain=domain), recruiter_name) if recruiter else None
    return FactsBuilder(company=company, recruiter=person, no_reply=Address(f"no-reply@{domain}"))


def an_application(
    company: str | None = "Acme", at: datetime | None = None, recruiter: str | None = None
) -> FactsBuilder:
    """The candidate applied at `at` (their application is the thread's first message)."""
    domain = _domain(company)
    thread = FactsBuilder(
        company=company,
        recruiter=Address(recruiter) if recruiter else None,
        no_reply=Address(f"no-reply@{domain}"),
        stage=Stage.APPLIED,
        first_message_at=at,
    )
    return thread.candidate_wrote(at) if at is not None else thread


def not_an_interview(company: str | None = None) -> FactsBuilder:
    """A thread the detector did not take for a job application or interview."""
    return replace(an_interview_thread(company), interview=False, stage=Stage.NONE)
