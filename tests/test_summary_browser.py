"""The weekly summary rendered in Debian's Chromium (headless, driven by Playwright): it
loads nothing from the network and runs no script, reads in the light and the dark scheme,
and fits a phone's width. The README's screenshots of it are taken here."""

from __future__ import annotations

from pathlib import Path

import pytest
import time_machine
from sqlalchemy import select

from storage.db import Database
from storage.migrate import upgrade
from storage.models import User
from summary_email import build_summary, render_html
from tests.screenshots import CHROMIUM, keep_screenshot, skip_module_without_chromium
from tests.sync_helpers import FIXED_NOW, client_for, connect, generated_sandbox, settings_for
from worker.sync import Syncer

pytestmark = pytest.mark.browser

skip_module_without_chromium()
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev extra")

SETTINGS_LINK = "https://afterview.example.com/summary/settings?token=example"


@pytest.fixture(scope="module")
def summary_file(tmp_path_factory) -> Path:
    """A generated mailbox (small, with every section) synced, its summary written out."""
    folder = tmp_path_factory.mktemp("summary")
    url = f"sqlite:///{folder / 'afterview.sqlite3'}"
    upgrade(url)
    database = Database.from_url(url)
    try:
        with time_machine.travel(FIXED_NOW, tick=True), generated_sandbox(24, seed=2) as running:
            account_id = connect(running, database)
            with client_for(settings_for(running, database), database, account_id) as client:
                Syncer(database, client, account_id).run(full=True)
        with database.session() as session:
            user = session.scalars(select(User)).one()
            user.timezone = "Europe/London"
            summary = build_summary(session, user, FIXED_NOW, SETTINGS_LINK)
    finally:
        database.dispose()
    assert summary.act_now and summary.interviews and summary.waiting and summary.let_go
    path = folder / "week.html"
    path.write_text(render_html(summary), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def chromium():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox"]
        )
        yield browser
        browser.close()


def open_summary(chromium, summary_file, **options):
    """The summary in a fresh page, with every request it makes recorded (and refused)."""
    page = chromium.new_page(**options)
    requests = []

    def refuse_remote(route):
        requests.append(route.request.url)
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            route.abort()

    page.route("**/*", refuse_remote)
    page.goto(summary_file.as_uri())
    return page, requests


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_summary_renders_loading_nothing_and_running_nothing(chromium, summary_file, scheme):
    page, requests = open_summary(
        chromium, summary_file, viewport={"width": 680, "height": 900}, color_scheme=scheme
    )
    try:
        assert requests == [summary_file.as_uri()]
        assert page.evaluate("document.scripts.length") == 0
        assert page.evaluate("document.images.length") == 0
        headings = page.locator("h2").all_inner_texts()
        assert headings == [
            "What to do now",
            "Interviews coming this week",
            "Still waiting",
            "Time to let these go",
            "The week in numbers",
        ]
        card = page.locator("table.card")
        background = card.evaluate("e => getComputedStyle(e).backgroundColor")
        text = page.locator("h1").evaluate("e => getComputedStyle(e).color")
        if scheme == "dark":
            assert background == "rgb(28, 33, 38)" and text == "rgb(228, 231, 235)"
        else:
            assert background == "rgb(255, 255, 255)" and text == "rgb(31, 41, 51)"
        name = "weekly-summary" if scheme == "light" else "weekly-summary-dark"
        keep_screenshot(page.screenshot(full_page=True), name)
    finally:
        page.close()


def test_the_summary_fits_a_phone(chromium, summary_file):
    page, _ = open_summary(chromium, summary_file, viewport={"width": 360, "height": 740})
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        links = page.locator("a").evaluate_all("links => links.map(a => a.href)")
        assert links[-1] == SETTINGS_LINK
        assert all(link.startswith("https://") for link in links)
    finally:
        page.close()
