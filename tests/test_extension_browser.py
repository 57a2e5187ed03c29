"""The extension in real Chromium (Debian's, driven by Playwright) against a live server
and the worker, on the sandbox Gmail holding a generated mailbox, the clock pinned.

One browser, one server and one synced mailbox serve the whole module (a real browser
costs seconds to start); each test opens its own popup page. The screenshots the README
shows are taken here (docs/screenshots/)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import redis
import requests
import time_machine
from werkzeug.serving import make_server

from gmail_sandbox.demo import unpacked_extension_id as extension_id
from storage.api_tokens import issue_api_token
from storage.db import Database
from storage.migrate import upgrade
from storage.repository import get_or_create_user
from tests.builders.workers import BurstWorker
from tests.conftest import ROOT, server_config
from tests.screenshots import CHROMIUM, keep_screenshot, skip_module_without_chromium
from tests.sync_helpers import (
    FIXED_NOW,
    KEY,
    ME,
    SYNC_REDIS_URL,
    deliver,
    generated_sandbox,
    mailbox_state,
    recruiter_mail,
    settings_env,
    settings_for,
    wait_for,
)
from worker.queueing import Queues
from worker.runtime import reset_runtimes

pytestmark = pytest.mark.browser

EXTENSION = ROOT / "extension"
QUEUE = "browser-tests"
CLIENT_ID = "afterview-test.apps.googleusercontent.com"
HOSTILE_SUBJECT = "<img src=x onerror=alert(1)> Interview invitation"
POPUP_SIZE = {"width": 400, "height": 600}

skip_module_without_chromium()
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev extra")


# ---- the live system ---------------------------------------------------------------------


@contextmanager
def serving(app, port: int = 0) -> Iterator[Any]:
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def sign_in_over_http(server_url: str) -> str:
    """The sign-in hand-off as a browser follows it (the sandbox consents at once)."""
    with requests.Session() as browser:
        url = f"{server_url}/auth/google/start?extension_id={extension_id()}"
        for _ in range(5):
            answer = browser.get(url, allow_redirects=False)
            assert answer.status_code in (302, 303), answer.text
            url = answer.headers["Location"]
            if ".chromiumapp.org/" in url:
                return parse_qs(urlsplit(url).fragment)["token"][0]
    raise AssertionError("the sign-in never reached the extension")


@dataclass
class Live:
    """Everything the tests talk to, and the worker that runs what the server queues."""

    url: str
    token: str
    database: Database
    queues: Queues
    server: Any
    sandbox: Any

    def api(self, method: str, path: str, token: str | None = None, **kwargs: Any) -> Any:
        headers = {"Authorization": f"Bearer {token or self.token}"}
        answer = requests.request(method, self.url + path, headers=headers, timeout=10, **kwargs)
        answer.raise_for_status()
        return answer.json()

    def work(self) -> None:
        """Run what the server queued, as `afterview worker` would, until none is left."""
        BurstWorker(self.queues.in_order(), connection=self.queues.connection).work(
            burst=True, with_scheduler=False
        )

    def threads(self) -> list[dict[str, Any]]:
        groups = self.api("GET", "/api/threads")["groups"]
        return [thread for group in groups for thread in group["threads"]]


@pytest.fixture(scope="module")
def live(browser, tmp_path_factory) -> Iterator[Live]:
    # The browser starts first: launching it under the pinned clock stalls Playwright for
    # a minute (its Python side times the launch with the patched clock).
    traveller = time_machine.travel(FIXED_NOW, tick=True)  # the mailbox was written then
    traveller.start()
    conn = redis.Redis.from_url(SYNC_REDIS_URL)
    conn.flushdb()
    path = tmp_path_factory.mktemp("browser") / "afterview.sqlite3"
    upgrade(f"sqlite:///{path}")
    database = Database.from_url(f"sqlite:///{path}")
    try:
        with generated_sandbox(threads=40, seed=3) as sandbox, pytest.MonkeyPatch.context() as env:
            deliver(sandbox, recruiter_mail(HOSTILE_SUBJECT, HOSTILE_BODY))
            settings = settings_for(sandbox, database, queue_prefix=QUEUE)
            for name, value in settings_env(settings).items():
                env.setenv(name, value)
            env.setenv("AFTERVIEW_GOOGLE_CLIENT_ID", CLIENT_ID)
            env.setenv("AFTERVIEW_GOOGLE_CLIENT_SECRET", "test-client-secret")
            reset_runtimes()
            from server import create_app

            app = create_app(
                server_config(
                    database,
                    REDIS_URL=SYNC_REDIS_URL,
                    QUEUE_PREFIX=QUEUE,
                    SECRET_KEYS=KEY,
                    EXTENSION_IDS=[extension_id()],
                    GOOGLE_OAUTH_SERVER=sandbox.url,
                )
            )
            with serving(app) as server:
                url = f"http://127.0.0.1:{server.server_port}"
                app.config["PUBLIC_URL"] = url
                queues = Queues(conn, QUEUE)
                live = Live(url, sign_in_over_http(url), database, queues, server, sandbox)
                live.work()  # the first full sync, queued by the sign-in
                yield live
            app.extensions["afterview.db"].dispose()
            app.extensions["afterview.redis"].close()
            reset_runtimes()
    finally:
        database.dispose()
        conn.flushdb()
        conn.close()
        traveller.stop()


HOSTILE_BODY = (
    "Hi,\n\nThank you for applying to the Data Analyst role at Northwind. We would like to "
    "invite you to a video interview with our hiring manager. Could you tell us which times "
    "work for you on Thursday or Friday this week?\n\nBest,\nDana"
)


@dataclass
class Browser:
    context: Any
    worker: Any  # the extension's service worker
    id: str

    def page(self, name: str) -> Any:
        page = self.context.new_page()
        page.set_viewport_size(POPUP_SIZE)
        page.goto(f"chrome-extension://{self.id}/{name}")
        return page

    def storage(self, **values: Any) -> None:
        """Replace what the extension keeps in chrome.storage.local."""
        self.worker.evaluate(
            "async (values) => { await chrome.storage.local.clear();"
            " await chrome.storage.local.set(values); }",
            values,
        )

    def badge(self) -> str:
        return self.worker.evaluate("chrome.action.getBadgeText({})")


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Browser]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            headless=True,
            args=[
                f"--disable-extensions-except={EXTENSION}",
                f"--load-extension={EXTENSION}",
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        worker = (
            context.service_workers[0]
            if context.service_workers
            else context.wait_for_event("serviceworker")
        )
        yield Browser(context, worker, urlsplit(worker.url).hostname)
        context.close()


@pytest.fixture
def signed_in(live, browser) -> Browser:
    browser.storage(serverUrl=live.url, token=live.token, email=ME)
    return browser


@pytest.fixture
def popup(signed_in) -> Iterator[Any]:
    page = signed_in.page("popup.html")
    page.wait_for_selector("main[data-state=list]")
    yield page
    page.close()


def screenshot(page: Any, name: str) -> None:
    keep_screenshot(page.screenshot(), name)


def row(page: Any, thread_id: int) -> Any:
    return page.locator(f'li.thread[data-thread-id="{thread_id}"]')


# ---- the tests ---------------------------------------------------------------------------


def test_the_extension_loads_with_the_id_the_server_allows(browser):
    assert browser.id == extension_id()


def test_signed_out_the_popup_offers_sign_in(browser):
    browser.storage()  # nothing: the default server, no token
    page = browser.page("popup.html")
    page.wait_for_selector("main[data-state=signedOut]")
    assert page.get_by_role("button", name="Sign in with Google").is_visible()
    assert page.locator("#account").text_content() == "Not signed in"
    assert page.locator("[data-field=server]").text_content() == "http://127.0.0.1:8000"
    screenshot(page, "popup-signed-out")
    page.close()


def test_sign_in_runs_chromes_web_auth_flow_to_the_token(live, browser):
    """The real `chrome.identity.launchWebAuthFlow`: server, sandbox consent, hand-off;
    then the sync the sign-in queued shows its progress until the worker has run it."""
    browser.storage(serverUrl=live.url)
    page = browser.page("popup.html")
    page.wait_for_selector("main[data-state=signedOut]")
    page.get_by_role("button", name="Sign in with Google").click()
    page.wait_for_selector(
        "main[data-state=list], main[data-state=signedOut] [role=alert]:not(:empty)"
    )
    stored = browser.worker.evaluate("chrome.storage.local.get(['token', 'email'])")
    assert stored.get("token", "").startswith("afv_"), page.locator("main").text_content()
    assert stored["email"] == ME
    assert page.locator("#account").text_content() == ME
    assert live.api("GET", "/api/summary", token=stored["token"])["actions_due"] >= 1
    # Signing in again from this extension retired the token the module signed in with.
    assert (
        requests.get(
            live.url + "/api/summary", headers={"Authorization": f"Bearer {live.token}"}, timeout=10
        ).status_code
        == 401
    )
    live.token = stored["token"]  # the later tests use the one the extension now holds
    assert page.locator("#notice").text_content().startswith("Syncing")
    live.work()  # the sync this sign-in queued, as the worker would run it
    page.wait_for_selector("#notice[hidden]", state="attached")  # it polls while one runs
    page.close()


POPUP_ORDER = ["Reply", "Thank-you due", "Follow up", "Prepare", "Waiting", "Move on", "Closed"]


def test_the_list_is_grouped_in_the_order_a_person_acts(live, popup):
    titles = popup.locator("section.group h2 [data-field=title]").all_text_contents()
    present = [title for title in POPUP_ORDER + ["Offers"] if title in titles]
    assert titles == present  # the popup's order, whichever groups this mailbox has
    assert titles[:3] == ["Reply", "Follow up", "Prepare"]
    api_ids = sorted(thread["id"] for thread in live.threads())
    shown = popup.locator("li.thread").evaluate_all(
        "rows => rows.map(r => Number(r.dataset.threadId))"
    )
    assert sorted(shown) == api_ids
    summary = live.api("GET", "/api/summary")
    due, week = summary["actions_due"], summary["interviews_this_week"]
    assert week == 2  # the seeded mailbox at the pinned clock
    assert popup.locator("#counts").text_content() == f"{due} to do now · 2 interviews this week"
    screenshot(popup, "popup-list")


def test_a_row_says_what_to_do_why_whom_to_write_to_until_when_and_its_label(live, popup):
    follow_up = next(t for t in live.threads() if t["action"] == "follow_up")
    shown = row(popup, follow_up["id"])
    assert shown.locator("[data-field=company]").text_content() == follow_up["company"]
    assert shown.locator("[data-field=role]").text_content() == follow_up["role"]
    assert shown.locator("[data-field=advice]").text_content() == "Send one polite follow-up"
    assert shown.locator("[data-field=reason]").text_content() == follow_up["reason"]
    assert shown.locator("[data-field=contact]").text_content() == follow_up["contact"]
    # 2026-03-18T21:13Z, read in the user's zone (UTC by default) from the server's clock.
    assert shown.locator("[data-field=until]").text_content() == "until Wed 18 Mar"
    assert shown.locator("[data-field=label]").text_content() == "Afterview/Follow up"
    assert shown.get_by_role("button", name=f"Create draft: {follow_up['company']}").is_visible()


def test_the_popup_follows_the_dark_colour_scheme(popup):
    background = "getComputedStyle(document.body).backgroundColor"
    assert popup.evaluate(background) == "rgb(255, 255, 255)"
    popup.emulate_media(color_scheme="dark")
    assert popup.evaluate(background) == "rgb(31, 31, 31)"


def test_the_list_can_be_used_from_the_keyboard(live, popup, browser):
    browser.context.route("https://mail.google.com/**", lambda route: route.fulfill(body="Gmail"))
    popup.keyboard.press("Tab")  # the header's sync button
    popup.keyboard.press("Tab")  # settings
    popup.keyboard.press("Tab")  # the first thread's link
    focused = popup.evaluate("document.activeElement.closest('li').dataset.threadId")
    first = popup.locator("li.thread").first.get_attribute("data-thread-id")
    assert focused == first
    with browser.context.expect_page() as opened:
        popup.keyboard.press("Enter")
    assert opened.value.url.startswith("https://mail.google.com/")
    opened.value.close()


def test_the_hostile_subject_is_shown_as_text(live, popup):
    hostile = next(t for t in live.threads() if t["subject"] == HOSTILE_SUBJECT)
    subject = row(popup, hostile["id"]).locator("[data-field=subject]")
    assert subject.text_content() == HOSTILE_SUBJECT
    assert subject.locator("img").count() == 0
    assert popup.locator("img").count() == 0


def test_a_thread_opens_in_gmail_in_a_new_tab(live, popup, browser):
    thread = live.threads()[0]
    # No network here: Gmail's page is answered locally; the URL is what matters.
    browser.context.route("https://mail.google.com/**", lambda route: route.fulfill(body="Gmail"))
    with browser.context.expect_page() as opened:
        row(popup, thread["id"]).locator("a.thread-link").click()
    tab = opened.value
    tab.wait_for_load_state()
    assert tab.url == thread["gmail_url"]
    assert tab.url.startswith(
        f"https://mail.google.com/mail/?authuser={ME.replace('@', '%40')}#all/"
    )
    tab.close()


def test_the_badge_shows_the_actions_due_now(live, signed_in):
    due = live.api("GET", "/api/summary")["actions_due"]
    assert due > 0
    assert wait_for(lambda: signed_in.badge() == str(due), what="the badge")


def test_a_dismissed_row_is_gone_after_reload_and_the_badge_follows(live, popup, browser):
    reply = next(
        t for t in live.threads() if t["action"] == "reply" and t["subject"] != HOSTILE_SUBJECT
    )
    row(popup, reply["id"]).get_by_role("button", name=f"Dismiss: {reply['company']}").click()
    popup.wait_for_selector("#notice:has-text('Dismissed.')")
    assert row(popup, reply["id"]).count() == 0
    popup.reload()
    popup.wait_for_selector("main[data-state=list]")
    assert row(popup, reply["id"]).count() == 0
    assert reply["id"] not in {t["id"] for t in live.threads()}
    due = live.api("GET", "/api/summary")["actions_due"]
    assert wait_for(lambda: browser.badge() == (str(due) if due else ""), what="the badge")


def test_a_snoozed_row_leaves_the_list_for_a_week(live, popup):
    waiting = next(t for t in live.threads() if t["action"] in ("wait", "prepare"))
    row(popup, waiting["id"]).get_by_role(
        "button", name=f"Snooze 1 week: {waiting['company']}"
    ).click()
    popup.wait_for_selector("#notice:has-text('Snoozed for a week.')")
    assert row(popup, waiting["id"]).count() == 0
    assert waiting["id"] not in {t["id"] for t in live.threads()}


def drafts_by_thread(sandbox: Any) -> dict[str, str]:
    """Draft id -> Gmail thread id, in the sandbox mailbox."""
    state = mailbox_state(sandbox)
    thread_of = {message["id"]: message["threadId"] for message in state["messages"]}
    return {draft["id"]: thread_of[draft["messageId"]] for draft in state["drafts"]}


def test_a_follow_up_draft_is_written_in_its_gmail_thread(live, popup):
    follow_up = next(t for t in live.threads() if t["action"] == "follow_up")
    before = drafts_by_thread(live.sandbox)
    button = f"Create draft: {follow_up['company']}"
    row(popup, follow_up["id"]).get_by_role("button", name=button).click()
    popup.wait_for_selector("#notice:has-text('Draft requested')")
    live.work()  # the worker writes it into the thread, in Gmail
    new = {k: v for k, v in drafts_by_thread(live.sandbox).items() if k not in before}
    assert list(new.values()) == [follow_up["gmail_thread_id"]]


def test_the_conservative_policy_turns_follow_ups_into_move_on(live, signed_in):
    follow_ups = [t["id"] for t in live.threads() if t["action"] == "follow_up"]
    assert follow_ups
    options = signed_in.page("options.html")
    try:
        options.wait_for_selector("#settings-form:not([hidden])")
        options.get_by_label("Conservative").check()
        options.get_by_role("button", name="Save settings").click()
        options.wait_for_selector("#status:has-text('Settings saved: conservative policy.')")
        popup = signed_in.page("popup.html")
        popup.wait_for_selector("main[data-state=list]")
        moved = popup.locator("section[data-group=move_on] li.thread").evaluate_all(
            "rows => rows.map(r => Number(r.dataset.threadId))"
        )
        assert set(follow_ups) <= set(moved)
        assert popup.locator("section[data-group=follow_up]").count() == 0
        popup.close()
    finally:
        live.api("PUT", "/api/settings", json={"policy": "standard"})
        options.close()


def test_a_user_without_threads_sees_the_empty_view(live, browser):
    with live.database.session() as session:
        user = get_or_create_user(session, "nobody@example.com")
        token = issue_api_token(session, user)
        session.commit()
    browser.storage(serverUrl=live.url, token=token, email="nobody@example.com")
    page = browser.page("popup.html")
    page.wait_for_selector("main[data-state=empty]")
    assert "No interview threads found in the last 12 months" in page.locator("main").text_content()
    assert page.get_by_role("button", name="Sync now").count() == 2  # the header's and the view's
    screenshot(page, "popup-empty")
    page.close()


def test_not_an_interview_takes_the_row_out(live, popup):
    closed = next(t for t in live.threads() if t["action"] == "closed")
    button = f"Not an interview: {closed['company']}"
    row(popup, closed["id"]).get_by_role("button", name=button).click()
    popup.wait_for_selector("#notice:has-text('Marked as not an interview.')")
    assert row(popup, closed["id"]).count() == 0
    assert closed["id"] not in {t["id"] for t in live.threads()}


def test_the_account_is_deleted_from_the_options_page_after_confirmation(live, browser):
    with live.database.session() as session:
        token = issue_api_token(session, get_or_create_user(session, "leaving@example.com"))
        session.commit()
    browser.storage(serverUrl=live.url, token=token, email="leaving@example.com")
    options = browser.page("options.html")
    options.wait_for_selector("#danger:not([hidden])")
    options.get_by_role("button", name="Delete my account…").click()
    options.get_by_role("button", name="Cancel").click()  # the first thought: keep it
    assert live.api("GET", "/api/settings", token=token)["policy"] == "standard"
    options.get_by_role("button", name="Delete my account…").click()
    options.get_by_role("button", name="Delete everything").click()
    options.wait_for_selector("#status:has-text('Deleted the account of leaving@example.com.')")
    assert options.locator("#account-words").text_content() == "Not signed in."
    stored = browser.worker.evaluate("chrome.storage.local.get(null)")
    assert "token" not in stored
    gone = requests.get(
        live.url + "/api/settings", headers={"Authorization": f"Bearer {token}"}, timeout=10
    )
    assert gone.status_code == 401
    options.close()


def test_with_the_server_stopped_the_stored_list_shows_marked_stale(live, signed_in):
    """Last: it stops the server."""
    page = signed_in.page("popup.html")
    page.wait_for_selector("main[data-state=list]")  # fetched, and so stored
    shown = page.locator("li.thread").count()
    live.server.shutdown()
    live.server.server_close()
    page.reload()
    page.wait_for_selector("main[data-state=offline]")
    assert page.locator("li.thread").count() == shown
    assert (
        page.locator("#notice")
        .text_content()
        .startswith("Offline: Cannot reach the Afterview server")
    )
    assert "may be out of date" in page.locator("#notice").text_content()
    assert page.locator("li.thread button").first.is_disabled()
    # Nothing stored either: an error with a way to try again. (An address nothing
    # listens on, rather than the stopped server's random port: the screenshot stays put.)
    signed_in.storage(serverUrl="http://127.0.0.1:9", token=live.token, email=ME)
    page.reload()
    page.wait_for_selector("main[data-state=error]")
    assert page.get_by_role("button", name="Retry").is_visible()
    screenshot(page, "popup-error")
    page.close()
