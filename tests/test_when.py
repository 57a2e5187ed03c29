"""Date and time expressions, resolved against the message that wrote them."""

from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterview import when

NY = ZoneInfo("America/New_York")
TUESDAY = datetime(2025, 3, 4, 9, 0, tzinfo=NY)  # messages below are "sent" on Tuesday 4 March
WEDNESDAY = datetime(2025, 3, 5, 10, 0, tzinfo=NY)


def local(text: str, zone: str = "America/New_York") -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(zone))


# --------------------------------------------------------------------------- interview times


@pytest.mark.parametrize(
    ("text", "sent", "expected"),
    [
        ("Tuesday, March 11 at 2:00 PM ET", TUESDAY, local("2025-03-11 14:00")),
        ("Thu 3/13 10:30am PST", TUESDAY, local("2025-03-13 10:30", "America/Los_Angeles")),
        ("March 10th, 2pm EST", TUESDAY, local("2025-03-10 14:00")),
        ("tomorrow at 3pm", TUESDAY, local("2025-03-05 15:00")),
        ("on the 12th at 11:00", TUESDAY, local("2025-03-12 11:00")),
        ("Friday 14:00 CET", TUESDAY, local("2025-03-07 14:00", "Europe/Berlin")),
        ("Wednesday at 10am", TUESDAY, local("2025-03-05 10:00")),
        ("Tuesday at 10am", TUESDAY, local("2025-03-11 10:00")),  # the next Tuesday, not today
        ("next Tuesday at 4pm", TUESDAY, local("2025-03-11 16:00")),
        ("2pm on Friday", TUESDAY, local("2025-03-07 14:00")),
        ("12 March at 9:30", TUESDAY, local("2025-03-12 09:30")),
        (
            "Wed, Mar. 12 @ 1:15 p.m. Pacific Time",
            TUESDAY,
            local("2025-03-12 13:15", "America/Los_Angeles"),
        ),
        ("2025-03-14 16:00 UTC", TUESDAY, local("2025-03-14 16:00", "UTC")),
        ("tomorrow at noon", TUESDAY, local("2025-03-05 12:00")),
        ("Monday, March 17, 2025 at 9am CT", TUESDAY, local("2025-03-17 09:00", "America/Chicago")),
        # a date without a year takes the year nearest the message
        ("January 7 at 10am", datetime(2025, 12, 30, 9, tzinfo=NY), local("2026-01-07 10:00")),
    ],
)
def test_interview_time(text, sent, expected):
    found = when.interview_time(f"Your interview is confirmed for {text}. See you then!", sent)
    assert found == expected
    assert found.tzinfo is not None
    assert found.utcoffset() == expected.utcoffset()


def test_a_zone_abbreviation_means_the_region_in_summer_too():
    # "PST" written in July means Pacific time as observed then (UTC-7), as the writer meant.
    found = when.interview_time("Thursday, July 10 at 10am PST", datetime(2025, 7, 7, tzinfo=NY))
    assert found == local("2025-07-10 10:00", "America/Los_Angeles")
    assert found.utcoffset().total_seconds() == -7 * 3600


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "o'clock" makes a bare hour a clock time, read in working hours (1-6 afternoon)
        ("Friday at 3 o'clock", local("2025-03-07 15:00")),
        ("at 9 o’clock on Thursday", local("2025-03-06 09:00")),
        ("Monday 10 March, 11 o'clock", local("2025-03-10 11:00")),
        # the part of the day said in words is the am / pm
        ("Thursday at 3:30 in the afternoon", local("2025-03-06 15:30")),
        ("Friday at 8 in the evening", local("2025-03-07 20:00")),
        ("on Monday, March 10 at 9:15 in the morning", local("2025-03-10 09:15")),
        ("Friday, 2 o'clock in the afternoon", local("2025-03-07 14:00")),
    ],
)
def test_a_clock_time_said_in_words(text, expected):
    assert when.interview_time(f"Could you come in {text}?", TUESDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday at 9am Singapore time", local("2025-03-06 09:00", "Asia/Singapore")),
        ("Friday, 15:00 (Berlin time)", local("2025-03-07 15:00", "Europe/Berlin")),
        ("Monday at 2pm New York time", local("2025-03-10 14:00")),
        ("Wednesday 11:30 Tokyo time", local("2025-03-05 11:30", "Asia/Tokyo")),
        ("Friday at 10:00 EAT", local("2025-03-07 10:00", "Africa/Nairobi")),
        ("Friday at 10:00 (Africa/Lagos)", local("2025-03-07 10:00", "Africa/Lagos")),
        ("Friday at 4:15 PM (America/Denver)", local("2025-03-07 16:15", "America/Denver")),
    ],
)
def test_a_zone_named_by_its_city_or_region_name(text, expected):
    found = when.interview_time(f"Your call is set for {text}.", TUESDAY)
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()


def test_mst_written_in_summer_from_utc_minus_7_is_arizona_time():
    # Arizona keeps MST all year: "10am MST" from a mailbox at UTC-7 in June is UTC-7, where
    # the same words from Denver's summer clock (UTC-6) mean Mountain time as observed then.
    text = "Thursday, June 12 at 10am MST"
    arizona = when.interview_time(text, datetime(2025, 6, 9, 9, tzinfo=ZoneInfo("America/Phoenix")))
    denver = when.interview_time(text, datetime(2025, 6, 9, 9, tzinfo=ZoneInfo("America/Denver")))
    assert arizona is not None and arizona.utcoffset().total_seconds() == -7 * 3600
    assert denver is not None and denver.utcoffset().total_seconds() == -6 * 3600


def test_a_time_range_gives_the_end():
    spans = when.find_times("Monday, March 17 from 2-3pm ET", TUESDAY)
    assert spans == [when.TimeSpan(local("2025-03-17 14:00"), local("2025-03-17 15:00"))]


def test_an_early_hour_without_am_pm_is_read_in_working_hours():
    # Nobody is interviewed at 2:30 in the night: "Friday at 2:30" is the afternoon, as is
    # "at 3.30" in UK writing; a zero-padded "02:00" is 24-hour writing and stays as written.
    assert when.interview_time("Could we do Friday at 2:30?", TUESDAY) == local("2025-03-07 14:30")
    assert when.interview_time("Friday 7 March at 3.30", TUESDAY) == local("2025-03-07 15:30")
    (span,) = when.find_times("Thursday 1:00-2:00", TUESDAY)
    assert (span.start, span.end) == (local("2025-03-06 13:00"), local("2025-03-06 14:00"))
    assert when.interview_time("Friday at 02:00 UTC", TUESDAY) == local("2025-03-07 02:00", "UTC")
    assert when.interview_time("Friday at 9:30", TUESDAY) == local("2025-03-07 09:30")


def test_a_clock_with_a_dot_is_a_time_where_a_time_is_expected():
    # UK and European writing: "at 14.00", "from 9.30 to 10.15"; "3.50" alone stays a number.
    found = when.find_times("The panel will see you on Friday 7 March at 14.00.", TUESDAY)
    assert [s.start for s in found] == [local("2025-03-07 14:00")]
    (span,) = when.find_times("Thursday 6 March, from 9.30 to 10.15", TUESDAY)
    assert (span.start, span.end) == (local("2025-03-06 09:30"), local("2025-03-06 10:15"))
    assert when.find_times("On Friday 7 March the fee rises to 12.50.", TUESDAY) == []


def test_between_one_time_and_another_is_a_range():
    spans = when.find_times("I'm free on Friday between 2:30 and 5pm ET.", TUESDAY)
    assert spans == [when.TimeSpan(local("2025-03-07 14:30"), local("2025-03-07 17:00"))]
    spans = when.find_times("Thursday, between 1 and 4pm", TUESDAY)
    assert spans == [when.TimeSpan(local("2025-03-06 13:00"), local("2025-03-06 16:00"))]
    # "and" without "between" keeps two times apart
    spans = when.find_times("Would Friday at 10am and 2pm both work?", TUESDAY)
    assert [s.start for s in spans] == [local("2025-03-07 10:00"), local("2025-03-07 14:00")]


def test_a_range_across_noon_starts_in_the_morning():
    (span,) = when.find_times("tomorrow 11-12pm", TUESDAY)
    assert (span.start.time(), span.end.time()) == (time(11), time(12))


def test_several_proposed_times_are_all_found_in_order():
    spans = when.find_times("Would Thursday at 2pm or Friday at 10:30am work?", TUESDAY)
    assert [s.start for s in spans] == [local("2025-03-06 14:00"), local("2025-03-07 10:30")]


def test_numeric_dates_are_day_first_from_a_european_offset():
    sent = datetime(2025, 3, 4, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    found = when.interview_time("am 12/03 um 14:00", sent)
    assert found == local("2025-03-12 14:00", "Europe/Berlin")


def test_an_offset_after_the_time():
    found = when.interview_time("Friday at 2pm UTC+2", TUESDAY)
    assert found is not None and found.utcoffset().total_seconds() == 2 * 3600


@pytest.mark.parametrize(
    "text",
    [
        "We have 3 rounds of interviews.",
        "Call me at 555-1234.",
        "2-3 people from the team will join.",
        "The role pays 120.50 per hour.",
        "See you at 3",  # no am/pm, no minutes: too ambiguous
        "Friday at 3 in the lobby",
        "The team is at 4 o'clockwise positions",
        "at 2pm",  # a time with no day is not an interview time
        "February 30 at 2pm",
    ],
)
def test_no_interview_time(text):
    assert when.find_times(text, TUESDAY) == []


def test_a_naive_message_date_is_read_as_utc():
    found = when.interview_time("tomorrow at 3pm", datetime(2025, 3, 4, 9))
    assert found == local("2025-03-05 15:00", "UTC")


# --------------------------------------------------------------------------- decision dates


def end_of(day: str, zone: str = "America/New_York") -> datetime:
    return datetime.combine(datetime.fromisoformat(day).date(), time(23, 59, 59), ZoneInfo(zone))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We'll get back to you by Friday.", end_of("2025-03-07")),
        ("You'll hear from us by end of week.", end_of("2025-03-07")),
        ("We will make a decision by the end of next week.", end_of("2025-03-14")),
        ("Expect to hear back within two weeks.", end_of("2025-03-19")),
        ("We'll update you in the next few days.", end_of("2025-03-10")),  # 3 business days
        ("We'll be in touch next week.", end_of("2025-03-14")),
        ("We'll let you know by March 20.", end_of("2025-03-20")),
        ("We should have feedback early next week.", end_of("2025-03-11")),
        ("You'll hear back in 5-7 business days.", end_of("2025-03-14")),  # the upper bound
        ("We'll get back to you within 10 days.", end_of("2025-03-15")),
        ("We'll reach out in a couple of days.", end_of("2025-03-07")),
        ("We'll follow up with you by tomorrow.", end_of("2025-03-06")),
        ("We hope to have a decision by 3/21.", end_of("2025-03-21")),
        ("We'll be in touch by the 18th.", end_of("2025-03-18")),
        ("You will hear from us within 48 hours.", end_of("2025-03-07")),
        ("We aim to share an update by the end of the month.", end_of("2025-03-31")),
        ("We'll get back to you in a week or two.", end_of("2025-03-19")),
        ("The team will make a decision by next Monday.", end_of("2025-03-10")),
        ("You can expect to hear from us by end of day Friday.", end_of("2025-03-07")),
        ("We expect to make a decision within the next week.", end_of("2025-03-12")),
        ("We will decide within 2 weeks.", end_of("2025-03-19")),
    ],
)
def test_decision_by(text, expected):
    found = when.decision_by(f"Thanks for meeting with us. {text} Best, Ana", WEDNESDAY)
    assert found == expected
    assert found.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize(
    "text",
    [
        "Please send your availability by Friday.",  # the candidate's deadline
        "Please complete the assessment within 3 days.",
        "We'll be in touch soon.",  # vague: the policy's default wait applies
        "We'll get back to you in the coming weeks.",
        "Thanks for meeting with us on Monday.",
        "See you by Friday!",  # not about a decision
    ],
)
def test_no_decision_date(text):
    assert when.decision_by(text, WEDNESDAY) is None


def test_the_latest_of_several_stated_dates_wins():
    text = "We'll get back to you by Friday, and expect a final decision within two weeks."
    assert when.decision_by(text, WEDNESDAY) == end_of("2025-03-19")


def test_a_decision_date_is_the_end_of_the_day_in_the_messages_zone():
    sent = datetime(2025, 3, 5, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    found = when.decision_by("We'll get back to you by Friday.", sent)
    assert found == end_of("2025-03-07", "Europe/London")


def test_end_of_week_written_on_a_friday_is_that_day():
    friday = datetime(2025, 3, 7, 9, tzinfo=NY)
    assert when.decision_by("We'll have an update by end of week.", friday) == end_of("2025-03-07")


def test_deadline_reads_any_deadline_without_decision_wording():
    assert when.deadline("Please reply by Friday.", WEDNESDAY) == end_of("2025-03-07")


def test_add_business_days_skips_weekends():
    friday = datetime(2025, 3, 7).date()
    assert when.add_business_days(friday, 1) == datetime(2025, 3, 10).date()
    assert when.add_business_days(friday, 10) == datetime(2025, 3, 21).date()


_DATE_PIECES = st.sampled_from(
    ["tuesday", "tue", "thurs", "sept", "march", "may", "10", "3/12", "2025-03-12", "12.03.",
     "the", "12th", "of", "today", "tonight", "tomorrow", "next", "coming", "this", "2026",
     " ", ", ", ".", "/", "-", "at", "2pm", "in", "by", "é", "٣", "x", "next tuesday",
     "coming friday", "this wednesday", "november 10", "nov 3", "dec 3", "aug 5th", "april 1",
     "jan 2", "oct 9", "sat", "sunday", "mon", "fri", "the 4th", "10 june", "7 of july",
     "friday", "wednesday", "feb 2", "fri, march 3", "wed 3/12"]
)  # fmt: skip


@given(st.lists(_DATE_PIECES, max_size=12).map(" ".join))
def test_the_date_pattern_look_ahead_only_skips_where_no_date_starts(text):
    # _DATE checks a date's first character before trying the forms; without that check
    # it must find exactly the same dates, or a first character is missing from the set.
    plain = re.compile(r"\b(?:" + when._DATE_FORMS + ")")
    assert [m.span() for m in when._DATE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("would tuesday at 2pm work?", True),
        ("2 p.m. works", True),
        ("friday, april 17 at 10:00 am ct", True),
        ("14h30 in the lobby", True),
        ("let's meet at noon", True),
        ("around midday", True),
        ("call me on 555-0144 about the 3 roles", False),
        ("the meeting is on april 17", False),
        ("", False),
    ],
)
def test_mentions_a_time_sees_a_clock_time_and_nothing_else(text, says):
    assert when.mentions_a_time(text) is says


# ----- dev's seventh growth: a decision sentence wrapped over a line, a time it will take


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hard-wrapped paragraph: the sentence goes on past the line break
        ("Thanks for meeting with us. We hope to reach a decision by the end of\nthe month.",
         end_of("2025-03-31")),
        ("Thanks again. You should hear back from us\nwithin two weeks.", end_of("2025-03-19")),
        # how long the decision will take: "it'll take us about two weeks to decide"
        ("Thanks for meeting with us. It'll take us about two weeks to decide.",
         end_of("2025-03-19")),
        ("Our decision usually takes 3-4 days.", end_of("2025-03-09")),
    ],
)  # fmt: skip
def test_decision_by_over_a_wrapped_line_and_from_a_time_it_takes(text, expected):
    assert when.decision_by(text, WEDNESDAY) == expected


def test_a_new_line_starting_a_capitalised_line_still_ends_the_sentence():
    text = "We'll make a decision soon\nFriday the 14th: the office is closed"
    assert when.decision_by(text, WEDNESDAY) is None


def test_how_long_the_interview_takes_is_no_decision_date():
    text = "The interview will take about 2 hours; we'll share feedback afterwards."
    assert when.decision_by(text, WEDNESDAY) is None


# --------------------------------------------------------------------------- second round


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare hour right after a day and "at" is a time of day, read in working hours
        ("Can we talk Thursday at 10?", local("2025-03-06 10:00")),
        ("Would tomorrow at 4 suit you?", local("2025-03-05 16:00")),
        ("I could do the 20th at 1 if that helps.", local("2025-03-20 13:00")),
        ("Monday at 12 Eastern would be ideal.", local("2025-03-10 12:00")),
        ("The manager can ring you at 5 on Friday.", local("2025-03-07 17:00")),
        # "say N?" put as a question beside a day
        ("Could you pop in on Friday? Say 9?", local("2025-03-07 09:00")),
    ],
)
def test_a_bare_hour_that_the_words_make_a_time(text, expected):
    assert when.interview_time(text, TUESDAY) == expected
    assert when.mentions_a_time(text.lower(), hours=True)
    assert not when.mentions_a_time(text.lower())  # detection counts clock times only


@pytest.mark.parametrize(
    "text",
    [
        "On Friday at 2 of our stores the tills are new.",  # a count after "at"
        "We visit Monday at 3 sites across town.",
        "Interviews run Thursday at 2-3 locations.",
        "Say 3 people join from the team?",  # "say" with no day near
        "The Friday rate is at 10.2 percent.",  # a decimal, not an hour
        "Top 3 candidates meet the panel; 2 rounds in all.",
    ],
)
def test_a_number_that_only_looks_like_a_bare_hour(text):
    assert when.find_times(text, TUESDAY) == []


@pytest.mark.parametrize(
    ("text", "zone", "expected"),
    [
        # the day first where the writer's offset says so: South Asia, Australia, the Gulf
        ("We can meet on 07/04 at 11:00.", "Asia/Kolkata", "2025-04-07 11:00"),
        ("Could you come in on 08/05 at 2:30pm?", "Australia/Sydney", "2025-05-08 14:30"),
        ("Date: 10/04/2025, Time: 9:00 AM", "Asia/Dubai", "2025-04-10 09:00"),
        # UTC+0 with British spelling, or a day written before its month elsewhere
        ("Our organisation would like to see you on 10/04 at 11:00.", "Europe/London",
         "2025-04-10 11:00"),
        ("Thanks for the call on 3rd March. Shall we meet on 06/03 at 10:00?", "Europe/London",
         "2025-03-06 10:00"),
    ],
)  # fmt: skip
def test_numeric_dates_follow_the_writers_order(text, zone, expected):
    sent = datetime(2025, 3, 4, 9, tzinfo=ZoneInfo(zone))
    assert when.interview_time(text, sent) == local(expected, zone)


def test_numeric_dates_from_utc_without_a_british_word_stay_month_first():
    # servers send in UTC from everywhere: no word of the writer's, the default order stands
    # while both orders give dates in the weeks ahead (5 April or 4 May, sent on 4 March)
    sent = datetime(2025, 3, 4, 9, tzinfo=ZoneInfo("UTC"))
    found = when.interview_time("See you on 04/05/2025 at 11:00.", sent)
    assert found == local("2025-04-05 11:00", "UTC")


def test_a_numeric_date_months_away_gives_way_to_the_other_order_weeks_away():
    # "10/04/2025" sent on 4 March: 4 October is seven months off, 10 April five weeks;
    # mail arranges the weeks ahead (a UK writer's server sends in UTC too)
    sent = datetime(2025, 3, 4, 9, tzinfo=ZoneInfo("UTC"))
    found = when.interview_time("See you on 10/04/2025 at 11:00.", sent)
    assert found == local("2025-04-10 11:00", "UTC")


def test_a_numeric_date_already_past_gives_way_to_the_other_order():
    # "02/04/2025" sent on 4 March: 4 February is over, 2 April is still to come
    found = when.interview_time("Your slot: 02/04/2025 at 10:00am.", TUESDAY)
    assert found == local("2025-04-02 10:00")


def test_a_time_on_that_day_takes_the_date_written_before_it():
    text = (
        "The assessment centre runs on Thursday 13 March in the main hall of our Leeds office."
        " Please arrive at 9:15am on the day."
    )
    assert when.interview_time(text, TUESDAY) == local("2025-03-13 09:15")
    text = (
        "Induction is on 20 March, 2025 for every new starter across the three teams."
        " Doors open at 8:30 am on that day for all."
    )
    assert when.interview_time(text, TUESDAY) == local("2025-03-20 08:30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Could you come by on Friday at quarter past three?", local("2025-03-07 15:15")),
        ("We'll see you tomorrow, half past ten, at reception.", local("2025-03-05 10:30")),
        ("Thursday at quarter to 2 suits the panel.", local("2025-03-06 13:45")),
    ],
)
def test_a_clock_time_in_words_past_and_to_the_hour(text, expected):
    assert when.interview_time(text, TUESDAY) == expected
    assert when.mentions_a_time(text.lower(), hours=True)
    assert not when.mentions_a_time(text.lower())  # detection counts clock times only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your interview is set for Thursday morning at 10.", "2025-03-06 10:00"),
        ("Could you come in Friday afternoon at 2?", "2025-03-07 14:00"),
        ("We'll call you Thursday evening, at 6 if that suits.", "2025-03-06 18:00"),
    ],
)
def test_a_bare_hour_after_the_part_of_a_day_takes_its_half_of_the_day(text, expected):
    assert when.interview_time(text, TUESDAY) == local(expected)


def test_an_agendas_sessions_on_lines_of_their_own_take_the_day_written_above_them():
    text = (
        "Here is your schedule for Thursday, March 6:\n\n"
        "9:30 AM - 10:15 AM: Mark Jennings, Head of Operations\n"
        "- 10:15 AM - 11:00 AM: Priya Nair, Senior Analyst\n"
        "12:00 PM - 1:00 PM: Lunch with the team\n\n"
        "Please arrive at 9:15 and check in at reception."
    )
    spans = when.find_times(text, TUESDAY)
    assert [span.start for span in spans] == [
        local("2025-03-06 09:30"), local("2025-03-06 10:15"), local("2025-03-06 12:00")
    ]  # fmt: skip
    assert spans[-1].end == local("2025-03-06 13:00")


def test_a_time_inside_a_sentence_takes_no_day_from_the_line_above():
    text = (
        "Your call is on Thursday, March 6 at 9:30 AM with our team.\n"
        "Our office reception is staffed from 8:00 AM daily."
    )
    assert when.find_times(text, TUESDAY) == [when.TimeSpan(local("2025-03-06 09:30"), None)]
