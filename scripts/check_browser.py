"""Uses the running web app as a person would, in headless Chromium (Debian's chromium and
chromedriver): axe-core (as selenium-axe-python ships it) finds no WCAG 2.1 A/AA violation on any
page, nothing scrolls sideways or gets squeezed at 320 px, pages carry no script and log no console
error, sign-in and a status change work by keyboard alone, and the public, editor and admin flows
(filter, search, timeline, 403, conflict, sign-out) behave. Talks only to the address it is given.
Usage: check_browser.py BASE_URL ADMIN_EMAIL ADMIN_PASSWORD EDITOR_EMAIL EDITOR_PASSWORD [MAIL_DIR
MODERATOR_EMAIL MODERATOR_PASSWORD [EXPERT_EMAIL EXPERT_PASSWORD]].
Prints one line per check and 'N passed, N failed'; exits non-zero on any failure."""
import glob
import json
import os
import sys
import time
import urllib.request
from urllib.parse import parse_qs, urlparse

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.ui import Select, WebDriverWait
from selenium_axe_python import Axe

base, admin_email, admin_password, editor_email, editor_password = sys.argv[1:6]
# Where the test SMTP server writes the mail it receives (scripts/smtp_sink.py), if one runs.
mail_dir = sys.argv[6] if len(sys.argv) > 6 else None
moderator_email, moderator_password = (sys.argv[7:9] + [None, None])[:2]
expert_email, expert_password = (sys.argv[9:11] + [None, None])[:2]
AXE_OPTIONS = json.dumps({"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
REASON = "Lieferverzug beim Dienstleister (Browsertest)"
SAVE_STATUS = "//button[normalize-space()='Status speichern']"
# Elements reaching past the viewport, and text squeezed into a column too narrow to read.
OVERFLOWING = """return Array.from(document.querySelectorAll('body *'))
    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5).slice(0, 5).map(e => e.outerHTML.slice(0, 160))"""
SQUEEZED = """return Array.from(document.querySelectorAll('caption, h1, h2, p, label, li, dt, dd, td, th'))
    .filter(e => e.textContent.trim().length > 12 && e.getClientRects().length && e.getBoundingClientRect().width < 60)
    .map(e => Math.round(e.getBoundingClientRect().width) + ' px wide: ' + e.outerHTML.slice(0, 160))"""
passed, failed = 0, 0


class Abort(Exception):
    """A step of a flow failed; the steps after it would only fail for the same reason."""


def result(ok, name, detail=""):
    global passed, failed
    passed, failed = passed + bool(ok), failed + (not ok)
    print(f"ok   {name}" if ok else f"FAIL {name}" + (f"\n{detail}" if detail else ""))
    return ok


def require(ok, name, detail=""):
    if not result(ok, name, detail):
        raise Abort(name)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=de-DE", "--window-size=1280,900"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    driver.set_page_load_timeout(30)
    return driver


def open_page(driver, path):
    driver.get(base + path)


def path_of(driver):
    url = urlparse(driver.current_url)
    return url.path + ("?" + url.query if url.query else "")


def query_of(driver):
    return parse_qs(urlparse(driver.current_url).query)


def axe_report(violations):
    lines = []
    for v in violations:
        lines.append(f"  [{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
        for node in v["nodes"]:
            lines.append(f"      target {node['target']}: {node['html'][:300]}")
            lines.append("        " + node.get("failureSummary", "").replace("\n", "\n        "))
    return "\n".join(lines)


def audit(driver, label, status=200):
    """What every page must pass: its status, no script, no console error, axe, 320 px reflow."""
    got = driver.execute_script("return performance.getEntriesByType('navigation')[0].responseStatus")
    result(got == status, f"{label}: HTTP {status}", f"  got {got} at {driver.current_url}")
    scripts = driver.find_elements(By.TAG_NAME, "script")
    result(not scripts, f"{label}: no <script> element", f"  {len(scripts)} script elements")
    own_status = f"{driver.current_url.split('#')[0]} - Failed to load resource: the server responded with a status of {status}"
    errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE" and not e["message"].startswith(own_status)]
    result(not errors, f"{label}: no console errors", "\n".join("  " + e for e in errors))
    axe = Axe(driver)
    axe.inject()
    violations = axe.run(options=AXE_OPTIONS)["violations"]
    result(not violations, f"{label}: axe-core WCAG 2.1 A/AA, no violations", axe_report(violations))
    driver.set_window_size(320, 800)
    scroll, inner = driver.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    result(scroll <= inner <= 340, f"{label}: no horizontal scrolling at 320 px",
           f"  scrollWidth {scroll} > innerWidth {inner}; too wide:\n    " + "\n    ".join(driver.execute_script(OVERFLOWING)))
    squeezed = driver.execute_script(SQUEEZED)
    result(not squeezed, f"{label}: no text squeezed into a narrow column at 320 px", "\n".join("  " + e for e in squeezed))
    driver.set_window_size(1280, 900)


def visit(driver, path, label, status=200):
    open_page(driver, path)
    audit(driver, label, status)


def keys(driver, *sequence):
    """Sends keys to whatever has the focus, as a keyboard does."""
    ActionChains(driver).send_keys(*sequence).perform()


def new_page(driver, action):
    """Does what leads to another page and waits until that page has loaded."""
    old = driver.find_element(By.TAG_NAME, "html")
    action()
    WebDriverWait(driver, 15, ignored_exceptions=[WebDriverException]).until(
        lambda d: staleness_of(old)(d) and d.execute_script("return document.readyState") == "complete")


def click(driver, by, selector):
    new_page(driver, driver.find_element(by, selector).click)


def tab_to(driver, name, matches, limit=80):
    """Presses Tab until the focused element matches; returns it."""
    for _ in range(limit):
        keys(driver, Keys.TAB)
        focused = driver.switch_to.active_element
        if matches(focused):
            return focused
    raise Abort(f"keyboard: Tab never reached {name}")


def by_id(ident):
    return lambda e: e.get_attribute("id") == ident


def button(text):
    return lambda e: e.tag_name == "button" and e.text.strip() == text


def signed_in(driver):
    return "Abmelden" in driver.find_element(By.TAG_NAME, "header").text


def sign_in(driver, email, password):
    open_page(driver, "/anmelden")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "passwort").send_keys(password)
    click(driver, By.CSS_SELECTOR, "main form button[type=submit]")


def public_pages(a):
    visit(a, "/", "start page")
    require(a.find_elements(By.CSS_SELECTOR, "main svg[role=img]") and a.find_elements(By.CSS_SELECTOR, "main table"),
            "start page: status chart and table by field")
    visit(a, "/massnahmen", "catalogue")
    visit(a, "/massnahmen?status=verzoegert&sortierung=titel", "catalogue filtered and sorted")
    visit(a, "/massnahmen/1.4", "measure 1.4")
    visit(a, "/berichte", "reports")
    visit(a, "/barrierefreiheit", "accessibility statement")
    visit(a, "/impressum", "imprint")
    visit(a, "/anmelden", "sign-in page")
    visit(a, "/massnahmen/9.99", "404 page", status=404)
    visit(a, "/strategien", "strategies")
    visit(a, "/strategien/smart-city/text", "strategy text, latest version")
    visit(a, "/daten", "open datasets")
    visit(a, "/daten/parkhaus-belegung", "an open dataset with anonymised data")
    visit(a, "/daten/ethik", "ethics register")
    require("Anliegen im Bürgerservice" in a.page_source, "ethics register: the internal dataset is listed")
    visit(a, "/daten/buergerservice-anliegen", "an internal dataset, not found", status=404)
    visit(a, "/daten/anwendungen", "applications")
    visit(a, "/daten/anwendungen/parkhaus-auslastung", "an application whose question is in the discussion")
    require("In der Diskussion" in a.page_source, "applications: the question links its contribution")
    visit(a, "/daten/anwendungen/energie-dashboard", "an application using a restricted dataset")
    require("energieverbrauch-gebaeude" not in a.page_source, "applications: a restricted dataset is not named")
    visit(a, "/daten/indikatoren", "indicators")
    visit(a, "/daten/indikatoren/mobile-arbeit", "an indicator with values, target, forecast and status")
    require("gefährdet" in a.page_source and "<svg" in a.page_source, "indicators: status and chart")
    visit(a, "/daten/indikatoren/smart-city-index-verwaltung", "an indicator within a band")
    visit(a, "/daten/indikatoren/parkhaeuser-voll", "an indicator with a breakdown by district")
    visit(a, "/massnahmen/3.15", "a measure with its indicators")
    require("/daten/indikatoren/mobile-arbeit" in a.page_source, "measure page: links its indicators")
    header_on_one_line(a, "anonymous")


def strategy_text(a):
    """From the text's page, two versions compared with the form, keyboard and all."""
    open_page(a, "/strategien/smart-city/text")
    Select(a.find_element(By.ID, "von")).select_by_value("1")
    Select(a.find_element(By.ID, "zu")).select_by_value("2")
    click(a, By.CSS_SELECTOR, "form.compare button[type=submit]")
    require(path_of(a) == "/strategien/smart-city/text/1/vergleich/2", "compare: the form leads to the comparison",
            f"  at {a.current_url}")
    audit(a, "comparison of versions 1 and 2")
    marks = [e.text for e in a.find_elements(By.CSS_SELECTOR, "del .mark, ins .mark")]
    require(marks and all(m.startswith("[") for m in marks), "comparison: every change is labelled in words")
    visit(a, "/strategien/smart-city/text/1", "strategy text, version 1")
    visit(a, "/strategien/smart-city/text/1/abwaegung", "table of decisions, version 1")
    require("teilweise berücksichtigt" in a.page_source, "table of decisions: the demo's published decisions")
    visit(a, "/strategien/smart-city/text/1/abwaegung?ohne-text=1", "table of decisions without text")


def register_and_confirm(a):
    """Register, receive the confirmation at the SMTP server, open its link, confirm: by keyboard."""
    visit(a, "/registrieren", "registration")
    click(a, By.CSS_SELECTOR, "main form button[type=submit]")
    require(a.find_elements(By.CSS_SELECTOR, ".error-summary a, [role=alert]"), "registration: an empty form is refused")
    audit(a, "registration with errors", status=422)
    a.find_element(By.ID, "email").send_keys("buergerin@example.org")
    a.find_element(By.ID, "anzeigename").send_keys("Jo Beispiel")
    a.find_element(By.ID, "passwort").send_keys("ein-langes-passwort")
    tab_to(a, "the consent box", by_id("einwilligung"))
    keys(a, Keys.SPACE)
    click(a, By.CSS_SELECTOR, "main form button[type=submit]")
    require("Wir haben eine Nachricht" in a.page_source, "registration: the page says to check the mail")
    if mail_dir is None:
        result(False, "registration: no test SMTP server to read the mail from")
        return

    mails = received(lambda m: m["rcptTos"] == ["buergerin@example.org"], "registration: the mail arrived at the SMTP server")
    link = next(line for line in mails[-1]["body"].splitlines() if "/registrieren/bestaetigen?t=" in line).strip()
    require(link.startswith(base), "registration: the mail links to this site", f"  {link}")
    a.get(link)
    audit(a, "confirmation page")
    click(a, By.CSS_SELECTOR, "main form button[type=submit]")
    require("Ihre Adresse ist bestätigt" in a.page_source, "registration: the address is confirmed")
    click(a, By.CSS_SELECTOR, "header a[href='/beteiligung/anmelden']")
    audit(a, "participant sign-in")
    a.find_element(By.ID, "email").send_keys("buergerin@example.org")
    a.find_element(By.ID, "passwort").send_keys("ein-langes-passwort")
    new_page(a, lambda: keys(a, Keys.ENTER))
    require(signed_in(a) and "Jo Beispiel" in a.find_element(By.TAG_NAME, "header").text,
            "participant: signed in, the header names them", f"  at {a.current_url}")
    header_on_one_line(a, "participant")
    comment_and_agree(a)


def received(predicate, what):
    """The mails the test SMTP server received that match, waiting up to 15 s for one."""
    deadline = time.time() + 15
    while time.time() < deadline:
        mails = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(mail_dir, "*.json")))]
        found = [m for m in mails if predicate(m)]
        if found:
            return found
        time.sleep(0.2)
    require(False, what)


def report_and_hide(a, b):
    """The participant reports a comment; a moderator hides it with a reason; its author gets a
    mail saying why, and the page shows the reason in its place."""
    block = "/strategien/smart-city/text/1/abschnitt/hoheit-ueber-daten"
    open_page(a, block)
    links = a.find_elements(By.XPATH, "//li[contains(., 'bestehende Verträge')]//a[contains(@href, '/melden')]")
    require(links, "report: every comment has a Melden link")
    new_page(a, links[0].click)
    audit(a, "report form")
    a.find_element(By.ID, "grund").send_keys("Bitte prüfen (Browsertest).")
    click(a, By.CSS_SELECTOR, "main form button[type=submit]")
    require("Ihre Meldung ist eingegangen" in a.page_source, "report: received")
    if moderator_email is None:
        result(False, "moderation: no moderator account given")
        return
    sign_in(b, moderator_email, moderator_password)
    require(signed_in(b), "moderator: signed in")
    visit(b, "/verwaltung/moderation", "moderation queue")
    require("Bitte prüfen (Browsertest)." in b.page_source, "moderation: the report waits in the queue")
    header_on_one_line(b, "moderator")
    click(b, By.XPATH, "//li[contains(., 'Bitte prüfen (Browsertest).')]//a[contains(@href, '/verwaltung/moderation/')]")
    audit(b, "moderating one contribution")
    b.find_element(By.ID, "grund").send_keys("Ausgeblendet im Browsertest.")
    click(b, By.XPATH, "//button[normalize-space()='Ausblenden']")
    require("Gespeichert" in b.page_source and "ausgeblendet" in b.page_source, "moderation: hidden with a reason")
    visit(b, "/verwaltung/teilnehmende", "participants for moderators")
    click(b, By.XPATH, "//header//button[normalize-space()='Abmelden']")
    if mail_dir is not None:
        mails = received(lambda m: "Ausgeblendet im Browsertest." in m["body"], "moderation: the author got a mail")
        require(mails[0]["rcptTos"] == ["beispiel-2@example.invalid"], "moderation: the mail went to the author",
                f"  to {mails[0]['rcptTos']}")
    open_page(a, block)
    require("Von der Moderation ausgeblendet. Grund: Ausgeblendet im Browsertest." in a.page_source,
            "moderation: the page shows the reason in the contribution's place")
    require("bestehende Verträge?" not in a.page_source, "moderation: the hidden text is not shown")
    audit(a, "block with a hidden contribution")
    visit(a, "/beteiligung/konto", "participant's own account")
    click(a, By.XPATH, "//header//button[normalize-space()='Abmelden']")
    require(not signed_in(a), "participant: signed out")


def comment_and_agree(a):
    """A participant comments on a block with a quote and agrees with it, by keyboard alone."""
    open_page(a, "/strategien/smart-city/text")
    tab_to(a, "the Kommentieren link of the Datenethik block",
           lambda e: e.get_attribute("aria-label") == "Kommentieren: Abschnitt ethikpruefung", limit=250)
    new_page(a, lambda: keys(a, Keys.ENTER))
    require(path_of(a).endswith("/abschnitt/ethikpruefung"), "comment: the link leads to the block's discussion")
    audit(a, "block discussion, signed in")
    tab_to(a, "the quote field", by_id("zitat"))
    keys(a, "Ethikkommission")
    tab_to(a, "the comment field", by_id("kommentar"))
    keys(a, "Wer beruft die Kommission?")
    tab_to(a, "the send button", button("Kommentar senden"))
    new_page(a, lambda: keys(a, Keys.ENTER))
    comments = a.find_elements(By.CSS_SELECTOR, "ol.comments li")
    # Registered without consent to publishing the name: shown without it.
    require(any("Wer beruft die Kommission?" in c.text and "Ethikkommission" in c.text and "ohne Namen" in c.text
                for c in comments), "comment: shown with its quote, without the name (no consent to publish it)")
    click(a, By.XPATH, "//button[@value='agree']")
    require("Zustimmung: 1" in a.page_source, "agree: counted")
    audit(a, "block discussion with a comment")


def header_on_one_line(driver, role):
    """At 1280 px the header's navigation and account links stay on one line."""
    driver.set_window_size(1280, 900)
    top = driver.execute_script(
        "return [...document.querySelectorAll('header.site nav a, header.site .account > *')]"
        ".map(e => Math.round(e.getBoundingClientRect().top))")
    result(top and max(top) - min(top) <= 12, f"header on one line at 1280 px ({role})", f"  tops {top}")


def browse(a):
    open_page(a, "/")
    click(a, By.CSS_SELECTOR, "header nav a[href='/massnahmen']")
    require(path_of(a) == "/massnahmen", "browse: the start page links to the catalogue")
    total = a.find_element(By.ID, "treffer").text
    Select(a.find_element(By.ID, "feld")).select_by_value("2")
    click(a, By.CSS_SELECTOR, "form.filters button[type=submit]")
    require(query_of(a).get("feld") == ["2"], "filter: the URL carries feld=2 (shareable)", f"  URL {a.current_url}")
    rows = a.find_elements(By.CSS_SELECTOR, "table.catalogue tbody tr")
    count = a.find_element(By.ID, "treffer").text
    require(rows and count.startswith(f"{len(rows)} von ") and count != total, f"filter: the result count says '{count}'",
            f"  {len(rows)} rows, count text '{count}' (unfiltered: '{total}')")
    require(all(r.find_element(By.CSS_SELECTOR, "td").text.startswith("2.") for r in rows), "filter: only measures of field 2")
    open_page(a, "/massnahmen")
    a.find_element(By.ID, "suche").send_keys("Wahl")
    click(a, By.CSS_SELECTOR, "form.filters button[type=submit]")
    require(query_of(a).get("suche") == ["Wahl"], "search: the URL carries suche=Wahl")
    links = a.find_elements(By.CSS_SELECTOR, "table.catalogue a[href='/massnahmen/1.4']")
    require(links and links[0].text == "Digitales Wahlmanagement", "search: 'Wahl' finds 1.4 Digitales Wahlmanagement")
    click(a, By.LINK_TEXT, "Maßnahme")
    require(query_of(a).get("sortierung") == ["titel"] and query_of(a).get("suche") == ["Wahl"], "sort: the header link keeps the search")
    click(a, By.CSS_SELECTOR, "table.catalogue a[href='/massnahmen/1.4']")
    require(path_of(a) == "/massnahmen/1.4" and a.find_elements(By.CSS_SELECTOR, "ol.timeline li"),
            "measure page 1.4 shows its Statusverlauf timeline")
    click(a, By.CSS_SELECTOR, "header .account a[hreflang=en]")
    require(a.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en" and path_of(a) == "/massnahmen/1.4",
            "language switch: English, same page", f"  at {a.current_url}")
    audit(a, "English measure page")
    visit(a, "/", "English start page")
    click(a, By.CSS_SELECTOR, "header .account a[hreflang=de]")
    require(a.find_element(By.TAG_NAME, "html").get_attribute("lang") == "de", "language switch back to German")


def wrong_password(a):
    sign_in(a, editor_email, "falsch-falsch-falsch")
    require(a.find_elements(By.CSS_SELECTOR, "[role=alert]") and not signed_in(a), "wrong password: an error, not signed in")
    audit(a, "sign-in page with an error", status=401)


def keyboard_sign_in(a):
    open_page(a, "/anmelden")
    tab_to(a, "the e-mail field", by_id("email"))
    keys(a, editor_email)
    tab_to(a, "the password field", by_id("passwort"))
    keys(a, editor_password)
    tab_to(a, "the sign-in button", button("Anmelden"))
    new_page(a, lambda: keys(a, Keys.ENTER))
    require(path_of(a).startswith("/arbeitsbereich") and signed_in(a),
            "keyboard: signed in as editor with Tab, typing and Enter", f"  at {a.current_url}")


def editor_pages(a):
    audit(a, "workspace")
    header_on_one_line(a, "editor")
    visit(a, "/massnahmen/1.4/bearbeiten", "edit page 1.4")
    Select(a.find_element(By.ID, "status")).select_by_value("verzoegert")
    a.find_element(By.ID, "grund").clear()
    click(a, By.XPATH, SAVE_STATUS)
    described = (a.find_element(By.ID, "grund").get_attribute("aria-describedby") or "").split()
    require(a.find_elements(By.CSS_SELECTOR, ".error-summary a[href='#grund']") and "grund-error" in described,
            "edit: verzögert without a reason is refused, the summary links to the field, the field names its error")
    audit(a, "edit page with a form error", status=422)
    visit(a, "/massnahmen/1.2/bearbeiten", "edit page of another department's measure", status=403)


def keyboard_status_change(a):
    open_page(a, "/massnahmen/1.4/bearbeiten")
    select = Select(tab_to(a, "the status select", by_id("status")))
    keys(a, Keys.HOME)
    require(select.first_selected_option == select.options[0], "keyboard: Home picks the first status")
    keys(a, "verz")
    require(select.first_selected_option.get_attribute("value") == "verzoegert", "keyboard: typing 'verz' picks verzögert")
    date = tab_to(a, "the date field", by_id("seit"))
    keys(a, "05052025")  # the same digits whether the browser shows dd.mm.yyyy or mm/dd/yyyy
    require(date.get_attribute("value") == "2025-05-05", "keyboard: date typed", f"  value {date.get_attribute('value')!r}")
    tab_to(a, "the reason field", by_id("grund"))
    keys(a, REASON)
    tab_to(a, "the save button", button("Status speichern"))
    new_page(a, lambda: keys(a, Keys.ENTER))
    require(path_of(a).startswith("/massnahmen/1.4/bearbeiten?gespeichert"), "keyboard: status saved with Enter", f"  at {a.current_url}")


def public_shows_change(driver, when):
    open_page(driver, "/massnahmen/1.4")
    current = driver.find_element(By.CSS_SELECTOR, "main .current").text
    last = driver.find_elements(By.CSS_SELECTOR, "ol.timeline li")[-1].text
    require("verzögert" in current and "05.05.2025" in current and "verzögert" in last and REASON in last,
            f"public page 1.4 shows verzögert and the reason in the timeline {when}", f"  current: {current}\n  last: {last}")


def conflict(a, b):
    """A opens the edit page, B saves a status, then A saves: refused with 409, B's status stays."""
    open_page(a, "/massnahmen/1.5/bearbeiten")
    open_page(b, "/massnahmen/1.5/bearbeiten")
    status_b = Select(b.find_element(By.ID, "status"))
    labels = {o.get_attribute("value"): o.text for o in status_b.options}
    before = status_b.first_selected_option.get_attribute("value")
    b_status, a_status = [s for s in ["etabliert", "im-zeitplan", "in-planung"] if s != before][:2]
    status_b.select_by_value(b_status)
    click(b, By.XPATH, SAVE_STATUS)
    require("gespeichert" in b.current_url, f"conflict: browser B sets 1.5 to {labels[b_status]}")
    Select(a.find_element(By.ID, "status")).select_by_value(a_status)
    click(a, By.XPATH, SAVE_STATUS)
    require("Jemand anderes hat diese Maßnahme inzwischen geändert" in a.find_element(By.TAG_NAME, "main").text,
            "conflict: browser A's save is refused, someone else changed the measure")
    audit(a, "conflict page", status=409)
    open_page(b, "/massnahmen/1.5")
    now = b.find_element(By.CSS_SELECTOR, "main .current .status").text
    require(now == labels[b_status], f"conflict: A's change not recorded, 1.5 shows B's {labels[b_status]}", f"  shows '{now}'")


def enter_letter(b):
    """The office enters a letter on version 2 through the form; it stands at its block with its channel."""
    visit(b, "/verwaltung/eingaben/smart-city/2", "admin: entered contributions")
    Select(b.find_element(By.ID, "kanal")).select_by_value("letter")
    today = time.strftime("%Y-%m-%d")
    b.execute_script("arguments[0].value = arguments[1]", b.find_element(By.ID, "eingang"), today)
    b.find_element(By.ID, "quelle").send_keys("Brief vom heutigen Tag (Browsertest)")
    Select(b.find_element(By.ID, "abschnitt")).select_by_value("ethikpruefung")
    b.find_element(By.ID, "text").send_keys("Ein Brief zur Ethikprüfung (Browsertest).")
    click(b, By.CSS_SELECTOR, "main form button[type=submit]")
    require("Ein Brief zur Ethikprüfung (Browsertest)." in b.page_source, "entries: the letter is listed")
    audit(b, "admin: entered contributions after saving")
    visit(b, "/strategien/smart-city/text/2/abschnitt/ethikpruefung", "block with an entered letter")
    require("Eingang per Brief: Brief vom heutigen Tag (Browsertest)" in b.page_source,
            "entries: the block shows the letter with its channel and source")


def cut_decide_and_schedule(b):
    """The office cuts the letter into a segment, decides the segment and sets its publication for later."""
    visit(b, "/verwaltung/abwaegung/smart-city/2", "admin: decisions on version 2")
    links = [e for e in b.find_elements(By.CSS_SELECTOR, "main a") if "in Teile teilen" in e.text]
    require(links, "decisions: contributions can be cut into segments")
    new_page(b, lambda: links[-1].click())
    audit(b, "admin: cutting a contribution")
    b.find_element(By.ID, "wortlaut").send_keys("Ein Brief zur Ethikprüfung")
    click(b, By.CSS_SELECTOR, "main form button[type=submit]")
    require("Teile dieses Beitrags" in b.page_source, "segments: the segment is listed")
    audit(b, "admin: a contribution with its segment")
    visit(b, "/verwaltung/abwaegung/smart-city/2", "admin: decisions with a segment")
    boxes = b.find_elements(By.CSS_SELECTOR, "ul.comments ul.comments input[type=checkbox]")
    require(boxes, "decisions: the segment can be chosen")
    boxes[-1].click()
    Select(b.find_element(By.ID, "ergebnis")).select_by_value("noted")
    b.find_element(By.ID, "begruendung").send_keys("Zur Kenntnis genommen (Browsertest).")
    click(b, By.XPATH, "//button[contains(., 'ausgewählten Beiträge vorbereiten')]")
    later = time.strftime("%Y-%m-%dT%H:%M", time.localtime(time.time() + 3 * 86400))
    b.execute_script("arguments[0].value = arguments[1]", b.find_element(By.ID, "zeitpunkt"), later)
    click(b, By.XPATH, "//button[contains(., 'Entscheidungen veröffentlichen')]")
    require("Vorgesehene Veröffentlichungen" in b.page_source, "decisions: the publication is set for later")
    audit(b, "admin: decisions with a publication set")


def correct_event(b):
    """The office corrects the demo's forum; the version's page shows it corrected."""
    visit(b, "/verwaltung/abwaegung/smart-city/1", "admin: decisions on version 1")
    links = [e for e in b.find_elements(By.CSS_SELECTOR, "main a") if "korrigieren" in e.text]
    require(links, "decisions: the event can be corrected")
    new_page(b, lambda: links[0].click())
    audit(b, "admin: correcting an event")
    field = b.find_element(By.ID, "teilnehmende")
    field.clear()
    field.send_keys("47")
    b.find_element(By.ID, "grund").send_keys("Nachgezählt (Browsertest)")
    click(b, By.CSS_SELECTOR, "main form button[type=submit]")
    visit(b, "/strategien/smart-city/text/1", "version 1 with a corrected event")
    require("Korrigiert am" in b.page_source and "47 Teilnehmende" in b.page_source,
            "events: the version's page shows the corrected event")


def keep_dataset(b):
    """The office records a dataset; personal data cannot be opened; kept internal it is saved."""
    visit(b, "/verwaltung/daten", "admin: datasets")
    visit(b, "/verwaltung/daten/neu", "admin: new dataset")
    for field, value in [("kennung", "radzaehlung"), ("titel", "Radzählung (Browsertest)"),
                         ("beschreibung", "Zählstellen für Radverkehr."), ("schlagworte", "Rad, Verkehr"),
                         ("kontakt", "Mobilitätsteam"), ("kontakt-email", "mobil@stadt.example"),
                         ("verteilung-1-adresse", "https://daten.stadt.example/rad.csv"),
                         ("zweck", "Radverkehr planen."), ("rechtsgrundlage", "§ 12 EGovG BW"),
                         ("aufbewahrung", "P5Y"), ("verfahren", "keins"), ("gremium", "Beirat")]:
        b.find_element(By.ID, field).send_keys(value)
    Select(b.find_element(By.ID, "zugang")).select_by_value("open")
    Select(b.find_element(By.ID, "personenbezug")).select_by_value("personal")
    Select(b.find_element(By.ID, "pruefung")).select_by_value("approved")
    b.find_element(By.ID, "geprueft-am").send_keys("01.02.2026")
    click(b, By.CSS_SELECTOR, "main form button[type=submit]")
    require("kann nicht offen sein" in b.page_source, "datasets: personal data cannot be open")
    audit(b, "admin: dataset refused by the publication gate", status=422)
    Select(b.find_element(By.ID, "zugang")).select_by_value("internal")
    click(b, By.CSS_SELECTOR, "main form button[type=submit]")
    require(path_of(b) == "/verwaltung/daten/radzaehlung?gespeichert=1", "datasets: kept internal, it is saved",
            f"  at {b.current_url}")
    audit(b, "admin: a dataset's form with its history")


def finding_to_discussion(b):
    """The office records a finding with a question and puts the question to the open discussion."""
    visit(b, "/verwaltung/anwendungen", "admin: applications")
    visit(b, "/verwaltung/anwendungen/hitzekarte", "admin: an application's form with its findings")
    b.find_element(By.ID, "befund").send_keys("Schattenplätze fehlen an Haltestellen.")
    b.find_element(By.ID, "frage").send_keys("Gehören Schattendächer an Haltestellen in die Strategie?")
    click(b, By.CSS_SELECTOR, "form[action$='/befunde'] button[type=submit]")
    require("befund" in query_of(b), "applications: the finding is recorded", f"  at {b.current_url}")
    audit(b, "admin: application with a new finding")
    links = b.find_elements(By.LINK_TEXT, "Frage zur Diskussion stellen")
    require(links, "applications: the office may put a question to discussion")
    click(b, By.LINK_TEXT, "Frage zur Diskussion stellen")
    audit(b, "admin: putting a question to discussion")
    Select(b.find_element(By.ID, "abschnitt")).select_by_value("smart-city/2/klimaresilienz")
    click(b, By.CSS_SELECTOR, "main form button[type=submit]")
    require("diskussion" in query_of(b), "applications: the question is put", f"  at {b.current_url}")
    visit(b, "/strategien/smart-city/text/2/abschnitt/klimaresilienz", "the block with the data platform's question")
    require("Schattendächer an Haltestellen" in b.page_source, "discussion: the question is a contribution")


def import_values(b):
    """The office pastes indicator values: a preview first, then recorded; the indicator shows them."""
    visit(b, "/verwaltung/indikatoren", "admin: indicators")
    visit(b, "/verwaltung/indikatoren/mobile-arbeit", "admin: an indicator's form")
    visit(b, "/verwaltung/indikatoren/werte", "admin: importing values")
    b.find_element(By.ID, "werte").send_keys("Indikator;Zeitraum;Wert\nmobile-arbeit;2026;7100\n")
    b.find_element(By.ID, "grund").send_keys("Jahreswert 2026 (Browsertest)")
    click(b, By.CSS_SELECTOR, "button[value=vorschau]")
    require("1 neu, 0 geändert, 0 unverändert." in b.page_source, "values: the preview shows what would be added")
    audit(b, "admin: the preview of an import")
    click(b, By.CSS_SELECTOR, "button[value=uebernehmen]")
    require("Erfasst" in b.page_source, "values: recorded")
    visit(b, "/daten/indikatoren/mobile-arbeit", "the indicator with the new value")
    require("Jahreswert 2026 (Browsertest)" in b.page_source, "values: the new value with its reason")


def expert_review(a, b):
    """An expert rates a block; the public sees nothing until the office publishes it."""
    if not expert_email:
        result(False, "review: no expert account given")
        return
    sign_in(a, expert_email, expert_password)
    require(path_of(a) == "/verwaltung/gutachten", "review: an expert lands on the reviews", f"  at {a.current_url}")
    visit(a, "/verwaltung/gutachten/smart-city/2", "expert: review form")
    Select(a.find_element(By.ID, "abschnitt")).select_by_value("ethikpruefung")
    a.find_element(By.CSS_SELECTOR, "label[for=akzeptanz-4]").click()  # no new page: the radio button is set
    a.find_element(By.CSS_SELECTOR, "label[for=praxistauglichkeit-2]").click()
    a.find_element(By.ID, "begruendung").send_keys("Fristen fehlen (Browsertest).")
    click(a, By.XPATH, "//button[normalize-space()='Bewertung speichern']")
    require("Fristen fehlen (Browsertest)." in a.page_source, "review: the expert sees the saved review")
    audit(a, "expert: review saved")
    sign_out(a)
    open_page(a, "/strategien/smart-city/text/2")
    require("Fristen fehlen" not in a.page_source, "review: the unpublished review is not public")
    visit(b, "/verwaltung/gutachten/smart-city/2", "admin: all reviews")
    box = b.find_element(By.XPATH, "//li[contains(., 'Fristen fehlen (Browsertest).')]//input[@type='checkbox']")
    b.find_element(By.CSS_SELECTOR, f"label[for={box.get_attribute('id')}]").click()
    click(b, By.XPATH, "//button[normalize-space()='Ausgewählte Bewertungen veröffentlichen']")
    visit(a, "/strategien/smart-city/text/2", "strategy text, version 2, with a published review")
    require("Fristen fehlen (Browsertest)." in a.page_source, "review: published, the review is public")
    require(a.find_elements(By.CSS_SELECTOR, "#figures-chart-title"), "figures: the version page has its chart")


def sign_out(a):
    open_page(a, "/arbeitsbereich")
    click(a, By.XPATH, "//header//button[normalize-space()='Abmelden']")
    open_page(a, "/arbeitsbereich")
    require(urlparse(a.current_url).path == "/anmelden", "signed out: the workspace sends to /anmelden", f"  at {a.current_url}")


def wait_for_server():
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/healthz", timeout=2).close()
            return
        except Exception:
            time.sleep(0.2)
    sys.exit(f"FAIL the server at {base} does not answer")


def main():
    wait_for_server()
    a, b = browser(), browser()
    try:
        public_pages(a)
        strategy_text(a)
        register_and_confirm(a)
        report_and_hide(a, b)
        browse(a)
        wrong_password(a)
        keyboard_sign_in(a)
        editor_pages(a)
        keyboard_status_change(a)
        public_shows_change(a, "(signed in)")
        sign_in(b, admin_email, admin_password)
        require(signed_in(b), "signed in as admin in a second browser")
        visit(b, "/verwaltung/benutzer", "admin: users")
        visit(b, "/verwaltung/runde", "admin: update round")
        visit(b, "/verwaltung/postausgang", "admin: outbox")
        visit(b, "/verwaltung/abwaegung/smart-city/1", "admin: decisions on version 1")
        visit(b, "/verwaltung/texte/smart-city", "admin: text editor")
        click(b, By.XPATH, "//button[@value='pruefen']")
        require("Zuordnung der Abschnitte" in b.page_source, "text editor: the matching is shown for checking",
                "  " + " ".join(e.text for e in b.find_elements(By.CSS_SELECTOR, "[role=alert], h1")))
        audit(b, "admin: text editor with the matching")
        header_on_one_line(b, "admin")
        conflict(a, b)
        sign_out(a)
        public_shows_change(a, "after signing out")
        enter_letter(b)
        cut_decide_and_schedule(b)
        correct_event(b)
        keep_dataset(b)
        finding_to_discussion(b)
        import_values(b)
        expert_review(a, b)
    except Abort as e:
        print(f"stopped after a failed step: {e}")
    except Exception as e:  # an element missing, a time-out: the flow cannot go on
        result(False, "flow", f"  {type(e).__name__}: {(str(e) or '-').splitlines()[0]} (browser A at {a.current_url})")
    finally:
        a.quit()
        b.quit()
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)


if __name__ == "__main__":
    main()
