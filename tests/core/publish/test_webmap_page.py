"""The published web map in a real browser: Debian's headless Chromium driven by selenium, the folder served by a
local http.server on a loopback port and opened from file://. One browser for the whole module."""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import jsonschema
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from brussels_creative.core.publish import webmap
from brussels_creative.core.sample.generator import generate_sample
from brussels_creative.core.store.ecosystem import EcosystemStore

REPO = Path(__file__).resolve().parents[3]
SCREENSHOT = REPO / "docs" / "web_map.png"  # rewritten only by `make screenshots` (BC_SCREENSHOTS=1)
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,800",
)
STUDIO = "Anaïs Lefèvre Studio"
HUB = "Hub Zénith Central"


TILE = (REPO / "brussels_creative" / "resources" / "web" / "vendor" / "leaflet" / "images" / "layers.png").read_bytes()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the published folders, and any /tiles/z/x/y.png as one small PNG (a tile server on the loopback)."""

    def do_GET(self) -> None:
        """Answer a tile request with the PNG, anything else from the folder."""
        if self.path.startswith("/tiles/"):
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(TILE)))
            self.end_headers()
            self.wfile.write(TILE)
            return
        super().do_GET()

    def log_message(self, *args) -> None:
        """Say nothing per request."""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A sample of 400 entities plus a studio (accents, contacts) member of a hub, published and served."""
    folder = tmp_path_factory.mktemp("webmap_page")
    source = folder / "sample.gpkg"
    with EcosystemStore.create(source) as store:
        generate_sample(store, 400, seed=3)
        common = {"status": "active", "visibility": "public", "verification": "verified", "municipality": "21013",
                  "postcode": "1060"}
        with store.transaction():
            studio = store.add_entity(148_600.0, 168_900.0, name=STUDIO, entity_type="company",
                                      website="https://anais-lefevre.brussels", email="hello@anais-lefevre.brussels",
                                      phone="+32 2 555 01 02", address="Rue de l'Église 12", **common)
            store.set_links("entity_sectors", studio, ["design", "crafts"], primary="design")
            hub = store.add_entity(148_700.0, 169_000.0, name=HUB, entity_type="hub", **common)
            store.add_relationship(studio, hub, "member_of")
    target = folder / "map"
    webmap.publish_web_map(source, target, contact_email="map@example.org", language="fr")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    root = f"http://127.0.0.1:{server.server_address[1]}"
    # The same map with its tile layer on the loopback tile server: the page can reach it.
    online = folder / "online"
    shutil.copytree(target, online)
    data = webmap.read_data_js(target / "data.js")
    data["tiles"] = {"url": root + "/tiles/{z}/{x}/{y}.png", "attribution": "Loopback tiles"}
    (online / "data.js").write_text(webmap.data_js_text(data), encoding="utf-8")
    data = webmap.read_data_js(target / "data.js")
    uuids = webmap.entry_uuids(data)
    yield {
        "folder": target, "data": data, "url": f"{root}/map/index.html", "online": f"{root}/online/index.html",
        "source": source,
        "uuids": uuids, "studio": uuids.index(studio), "hub": uuids.index(hub),
    }
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium with a fresh profile, closed after the module."""
    profile = tempfile.mkdtemp(prefix="bc-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(browser, url: str, language: str = "fr") -> None:
    browser.get(url)
    WebDriverWait(browser, 15).until(lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    browser.execute_script("window.BC_APP.setLanguage(arguments[0])", language)


def _shown(browser) -> int:
    return browser.execute_script("return window.BC_APP.shownCount()")


def _search(browser, text: str) -> None:
    box = browser.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)


def test_the_map_renders_every_entry_without_the_network(site, browser):
    _open(browser, site["url"])
    data = site["data"]
    rendered = browser.execute_script("return window.BC_PERF.rendered")
    assert rendered["entries"] == data["count"] and rendered["clusters"] > 0
    assert browser.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane canvas")  # the municipality polygons
    assert browser.find_element(By.ID, "count").text == f"{data['count']} fiches sur {data['count']}"
    WebDriverWait(browser, 10).until(
        lambda d: "inaccessibles" in d.find_element(By.ID, "background").text)  # no tile server: said, not waited
    assert not browser.find_elements(By.CSS_SELECTOR, ".leaflet-tile-pane img")


def test_the_tile_layer_is_added_and_said_when_reachable(site, browser):
    _open(browser, site["online"], "en")
    WebDriverWait(browser, 10).until(lambda d: "online map tiles (Loopback tiles)" in d.find_element(
        By.ID, "background").text)
    loaded = browser.execute_script(
        "return Array.from(document.querySelectorAll('.leaflet-tile-pane img'))"
        ".filter(function (i) { return i.complete && i.naturalWidth > 0; }).length")
    assert loaded > 0
    assert "Loopback tiles" in browser.find_element(By.CLASS_NAME, "leaflet-control-attribution").text


def test_search_finds_an_entry_with_and_without_accents(site, browser):
    _open(browser, site["url"])
    for query in ("anais lefevre", "ANAÏS LEFÈVRE", "  Anaïs   lefevre studio"):
        _search(browser, query)
        assert _shown(browser) == 1, query
        assert browser.find_element(By.CSS_SELECTOR, "#results button").text.startswith(STUDIO)
    _search(browser, "zzz nothing like this")
    assert _shown(browser) == 0
    browser.find_element(By.ID, "clear").click()
    WebDriverWait(browser, 5).until(lambda d: _shown(d) == site["data"]["count"])


def test_filters_change_the_count_to_the_matching_entries(site, browser):
    _open(browser, site["url"])
    data = site["data"]
    design = [row[0] for row in data["vocab"]["sector"]].index("design")
    expected = sum(design in sectors for sectors in data["sectors"])
    Select(browser.find_element(By.ID, "f-sector")).select_by_value(str(design))
    assert _shown(browser) == expected < data["count"]
    assert browser.find_element(By.ID, "count").text == f"{expected} fiches sur {data['count']}"
    ixelles = [row[0] for row in data["vocab"]["municipality"]].index("21009")
    Select(browser.find_element(By.ID, "f-municipality")).select_by_value(str(ixelles))
    both = sum(design in s and m == ixelles for s, m in zip(data["sectors"], data["muni"], strict=True))
    assert _shown(browser) == both < expected
    assert browser.execute_script("return window.BC_PERF.rendered.entries") == both
    browser.find_element(By.ID, "clear").click()
    WebDriverWait(browser, 5).until(lambda d: _shown(d) == data["count"])


def test_the_card_shows_the_entry_its_links_and_a_permalink(site, browser, tmp_path_factory):
    _open(browser, site["url"])
    _search(browser, "lefevre")
    browser.find_element(By.CSS_SELECTOR, "#results button").click()
    card = browser.find_element(By.ID, "card")
    assert card.is_displayed() and browser.switch_to.active_element == card
    assert card.find_element(By.TAG_NAME, "h2").text == STUDIO
    text = card.text
    for expected in ("Entreprise", "Rue de l'Église 12, 1060 Saint-Gilles", "Design", "Artisanat",
                     "hello@anais-lefevre.brussels", "+32 2 555 01 02", "membre de " + HUB):
        assert expected in text, expected
    website = card.find_element(By.LINK_TEXT, "anais-lefevre.brussels")
    assert website.get_attribute("href") == "https://anais-lefevre.brussels/"
    studio_uuid = site["uuids"][site["studio"]]
    assert browser.execute_script("return location.hash") == f"#entry={studio_uuid}"
    browser.find_element(By.ID, "clear").click()  # the whole map around the card, for the README
    WebDriverWait(browser, 5).until(lambda d: _shown(d) == site["data"]["count"])
    assert browser.find_element(By.CSS_SELECTOR, "#card h2").text == STUDIO
    picture = SCREENSHOT if os.environ.get("BC_SCREENSHOTS") else tmp_path_factory.mktemp("web_map") / "map.png"
    assert browser.save_screenshot(str(picture)) and picture.stat().st_size > 10_000
    card.find_element(By.LINK_TEXT, HUB).click()
    WebDriverWait(browser, 5).until(lambda d: d.find_element(By.CSS_SELECTOR, "#card h2").text == HUB)
    assert "a pour membre " + STUDIO in browser.find_element(By.ID, "card").text
    hub_uuid = site["uuids"][site["hub"]]
    _open(browser, site["url"] + f"#entry={studio_uuid}")
    assert browser.find_element(By.CSS_SELECTOR, "#card h2").text == STUDIO
    assert hub_uuid != studio_uuid


def _schema_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(webmap.CORRECTION_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def test_the_claim_form_produces_a_file_that_validates(site, browser):
    _open(browser, site["url"] + f"#entry={site['uuids'][site['studio']]}")
    browser.find_element(By.ID, "claim-open").click()
    phone = browser.find_element(By.ID, "c-phone")
    assert phone.get_attribute("value") == "+32 2 555 01 02"
    phone.clear()
    phone.send_keys("+32 2 555 99 99")
    browser.find_element(By.ID, "c-claim").click()
    browser.find_element(By.ID, "c-you-name").send_keys("Anaïs Lefèvre")
    browser.find_element(By.ID, "c-you-email").send_keys("anais@example.org")
    browser.find_element(By.ID, "claim-make").click()
    file = json.loads(browser.find_element(By.ID, "claim-output").get_attribute("value"))
    _schema_validator().validate(file)
    data = site["data"]
    assert file["kind"] == "correction" and file["claim"] is True
    assert file["entity_uuid"] == site["uuids"][site["studio"]]
    assert file["proposed"] == {"phone": "+32 2 555 99 99"}
    assert file["submitter"] == {"name": "Anaïs Lefèvre", "email": "anais@example.org"}
    assert file["published_checksum"] == webmap.entry_checksum(webmap.entry_record(data, site["studio"]))
    _the_way_back(site, file)
    mail = browser.find_element(By.ID, "claim-mail").get_attribute("href")
    assert mail.startswith("mailto:map@example.org?subject=")
    assert "%22phone%22%3A%20%22%2B32%202%20555%2099%2099" in mail
    download = browser.find_element(By.ID, "claim-download")
    assert download.get_attribute("href").startswith("blob:") and download.get_attribute("download").endswith(".json")
    browser.find_element(By.ID, "claim-cancel").click()
    # The page's checksum is the Python one for every entry (accents, empty values and lists included).
    checksums = browser.execute_script(
        "return window.BC_DATA.id.map(function (_, i) { return window.BC_APP.entryChecksum(i); })")
    assert checksums == [webmap.entry_checksum(webmap.entry_record(data, i)) for i in range(data["count"])]


def _the_way_back(site, file: dict) -> None:
    """The file the page made, read by import_corrections into a copy of the published ecosystem: the curator
    sees the proposed phone and the claim, and approving them changes the entry."""
    from brussels_creative.core.curation import proposals
    from brussels_creative.core.curation.corrections import import_corrections

    copy = site["source"].with_name("way_back.gpkg")
    shutil.copy(site["source"], copy)
    sent = copy.with_name("correction.json")
    sent.write_text(json.dumps(file, ensure_ascii=False), encoding="utf-8")
    studio = site["uuids"][site["studio"]]
    with EcosystemStore.open(copy) as store:
        result = import_corrections(store, [sent])
        assert result.rejections == []
        pending = proposals.list_proposals(store)
        assert [(p.entity_uuid, p.field, p.current, p.value) for p in pending] == [
            (studio, "phone", "+32 2 555 01 02", "+32 2 555 99 99"),
            (studio, "claim", None, {"name": "Anaïs Lefèvre", "email": "anais@example.org"})]
        for proposal in pending:
            proposals.approve(store, proposal.fid, "curator")
        row = store.connection.execute(
            "SELECT phone, verification, claimed_by FROM entities WHERE uuid = ?", (studio,)).fetchone()
    assert row == ("+32 2 555 99 99", "verified", "Anaïs Lefèvre <anais@example.org>")


def test_add_my_organisation_produces_a_new_entry_file_that_validates(site, browser):
    _open(browser, site["url"], "en")
    browser.find_element(By.ID, "add-org").click()
    browser.find_element(By.ID, "c-you-name").send_keys("Jan Peeters")
    browser.find_element(By.ID, "c-you-email").send_keys("jan@example.org")
    browser.find_element(By.ID, "claim-make").click()
    assert browser.find_element(By.ID, "claim-error").text == "Give the name of the organisation."
    browser.find_element(By.ID, "c-name").send_keys("Nieuw Atelier")
    browser.find_element(By.ID, "c-sectors-music").click()
    Select(browser.find_element(By.ID, "c-municipality")).select_by_visible_text("Schaerbeek")
    browser.find_element(By.ID, "claim-make").click()
    file = json.loads(browser.find_element(By.ID, "claim-output").get_attribute("value"))
    _schema_validator().validate(file)
    assert file["kind"] == "new" and file["entity_uuid"] is None and file["published_checksum"] is None
    assert file["proposed"] == {"name": "Nieuw Atelier", "municipality": "21015", "sectors": ["music"]}
    browser.find_element(By.ID, "claim-cancel").click()


def test_the_language_switch_changes_the_labels(site, browser):
    _open(browser, site["url"])
    labels = {"fr": ("Rechercher par nom", "Secteur", "Musique"), "en": ("Search by name", "Sector", "Music"),
              "nl": ("Zoeken op naam", "Sector", "Muziek")}
    for code in ("en", "nl", "fr"):
        browser.find_element(By.CSS_SELECTOR, f".languages button[data-lang='{code}']").click()
        search, sector, music = labels[code]
        assert browser.find_element(By.CSS_SELECTOR, "label[for='q']").text == search
        assert browser.find_element(By.CSS_SELECTOR, "label[for='f-sector']").text == sector
        options = [o.text for o in Select(browser.find_element(By.ID, "f-sector")).options]
        assert music in options
        assert browser.execute_script("return document.documentElement.lang") == code
        pressed = browser.find_element(By.CSS_SELECTOR, "button[aria-pressed='true']")
        assert pressed.get_attribute("data-lang") == code


def test_opened_from_file_the_page_works_the_same(site, browser):
    _open(browser, (site["folder"] / "index.html").as_uri(), "nl")
    data = site["data"]
    assert browser.find_element(By.ID, "count").text == f"{data['count']} van {data['count']} fiches"
    _search(browser, "zenith")
    assert _shown(browser) == 1
    browser.find_element(By.CSS_SELECTOR, "#results button").click()
    assert browser.find_element(By.CSS_SELECTOR, "#card h2").text == HUB
    assert browser.execute_script("return window.BC_PERF.rendered.entries") == 1


def test_keyboard_labels_and_phone_layout(site, browser):
    _open(browser, site["url"])
    unlabelled = browser.execute_script(
        "return Array.from(document.querySelectorAll('input, select, textarea'))"
        ".filter(function (e) { return !e.labels || !e.labels.length; }).map(function (e) { return e.id; })")
    assert unlabelled == []
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    order = []
    for _ in range(5):
        order.append(browser.switch_to.active_element.get_attribute("id") or
                     browser.switch_to.active_element.get_attribute("data-lang") or
                     browser.switch_to.active_element.get_attribute("class"))
        browser.switch_to.active_element.send_keys(Keys.TAB)
    assert order == ["skip", "fr", "nl", "en", "q"]
    browser.set_window_size(390, 844)
    try:
        time.sleep(0.2)
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        map_box = browser.find_element(By.ID, "map").rect
        assert overflow <= 0 and map_box["height"] > 300 and map_box["width"] >= 370
        assert browser.find_element(By.ID, "q").rect["width"] >= 340
    finally:
        browser.set_window_size(1280, 800)
