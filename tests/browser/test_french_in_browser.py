"""The French page as a browser draws it: French numbers in the charts, both CSV conventions, a French README."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import visit, wait_idle

pytestmark = pytest.mark.browser

NNBSP = "\u202f"
FIRST_CHART = "[class*='st-key-chart-employer-familiarity']"


def test_chart_numbers_are_drawn_the_french_way(page, app_url):
    """Test that bar labels and axis ticks read `59 %` (narrow no-break space), not `59%`."""
    visit(page, app_url + "/employers?lang=fr")
    chart = page.locator(FIRST_CHART)
    expect(chart.locator(".bartext").first).to_have_text(f"59{NNBSP}%")
    ticks = chart.locator(".xtick text").all_text_contents()
    assert f"100{NNBSP}%" in ticks, ticks


def test_both_csv_conventions_download_from_a_french_chart(page, app_url):
    """Test the plain CSV and the Statistics Canada French convention: same rows, `;` and decimal comma."""
    visit(page, app_url + "/employers?lang=fr")
    chart = page.locator(FIRST_CHART)
    files = {}
    for name in ("CSV de ce graphique", "CSV à point-virgule et virgule décimale"):
        with page.expect_download() as download_info:
            chart.get_by_role("button", name=name).click()
        download = download_info.value
        files[download.suggested_filename] = open(download.path(), "rb").read().decode("utf-8-sig")
    plain_name, french_name = sorted(files, key=len)
    assert re.fullmatch(r"microcertifications_employer-familiarity_ca_\d{4}-\d{2}-\d{2}\.csv", plain_name)
    assert french_name == plain_name.replace(".csv", "_point-virgule.csv")
    plain = list(csv.DictReader(io.StringIO(files[plain_name])))
    french = list(csv.DictReader(io.StringIO(files[french_name]), delimiter=";"))
    assert len(plain) == len(french) == 2
    assert [row["item"] for row in plain] == [row["item"] for row in french]
    assert plain[0]["ci95_low_percent"] == "52.1" and french[0]["ci95_low_percent"] == "52,1"


def test_the_zip_readme_is_in_french(page, app_url):
    """Test that the zip, built on click outside the page's run, still has its README in French."""
    visit(page, app_url + "/employers?lang=fr")
    with page.expect_download() as download_info:
        page.locator(FIRST_CHART).get_by_role("button", name="CSV avec sources et licence (zip)").click()
    with zipfile.ZipFile(download_info.value.path()) as archive:
        readme = archive.read("README.md").decode("utf-8")
    assert "## Comment citer" in readme and "How to cite" not in readme


def link_filters(url: str) -> dict[str, list[str]]:
    """The filters of a Programs URL, every value of each, the language aside."""
    return {key: values for key, values in parse_qs(urlsplit(url).query).items() if key != "lang"}


def chosen(page, label: str) -> list[str]:
    """The chips a multiselect shows, by its label."""
    box = page.locator("[data-testid=stMultiSelect]").filter(has=page.get_by_text(label, exact=True))
    return box.locator(".react-aria-ComboBox [data-tag]").evaluate_all("tags => tags.map(t => t.ariaLabel)")


def choose(page, label: str, option: str) -> None:
    page.get_by_role("combobox", name=label).click()
    page.keyboard.type(option)  # the list is drawn a screenful at a time: filter it first
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")
    wait_idle(page)


def picked(page, label: str) -> list[str]:
    """The pressed pills of a group of pills, by its label."""
    pills = page.get_by_role("toolbar", name=label, exact=True).get_by_role("button")
    return pills.evaluate_all("pills => pills.filter(p => p.ariaPressed === 'true').map(p => p.innerText.trim())")


def pick(page, label: str, option: str) -> None:
    """Press (or release) one pill of a group of pills, by their labels, and wait for the rerun."""
    page.get_by_role("toolbar", name=label, exact=True).get_by_role("button", name=option, exact=True).click()
    wait_idle(page)


PROGRAM_FILTERS = {"q": ["college"], "field": ["Health", "Transportation"], "mode": ["unknown"]}


def test_a_programs_link_keeps_codes_and_filters_in_both_languages(page, app_url):
    """Test the URL round trip: filters set in English, the switch to French, and the link opened afresh in each."""
    visit(page, app_url + "/programs?lang=en")
    page.get_by_role("textbox", name="Search titles and providers").fill("college")
    page.keyboard.press("Enter")
    wait_idle(page)
    choose(page, "Field", "Health")
    choose(page, "Field", "Transportation")
    pick(page, "Delivery", "Not stated")
    expect(page).to_have_url(re.compile(r"mode=unknown"))
    assert link_filters(page.url) == PROGRAM_FILTERS
    # Holland College's care program and three Ontario transportation programs.
    expect(page.get_by_text("4 matching programs, sorted by title")).to_be_visible()
    # The sidebar's links carry the choice made last (the link back to Programs included).
    programs_link = page.locator(".st-key-site-navigation").get_by_role("link", name="Programs")
    assert link_filters(programs_link.get_attribute("href")) == PROGRAM_FILTERS

    page.locator(".st-key-language-switch").get_by_text("Français", exact=True).click()
    expect(page).to_have_title("Programmes")
    wait_idle(page)
    assert link_filters(page.url) == PROGRAM_FILTERS
    expect(page.get_by_text("4 programmes retenus, triés par titre")).to_be_visible()
    assert chosen(page, "Domaine") == ["Santé", "Transport"]
    assert picked(page, "Mode de prestation") == ["Non précisé"]

    french_link = page.url
    for language, field, mode, count in (
        ("fr", "Domaine", "Mode de prestation", "4 programmes retenus"),
        ("en", "Field", "Delivery", "4 matching programs"),
    ):
        fresh = page.context.new_page()
        visit(fresh, french_link.replace("lang=fr", f"lang={language}"))
        assert link_filters(fresh.url) == PROGRAM_FILTERS
        expect(fresh.get_by_role("textbox")).to_have_value("college")
        assert chosen(fresh, field) == (["Santé", "Transport"] if language == "fr" else ["Health", "Transportation"])
        assert picked(fresh, mode) == (["Non précisé"] if language == "fr" else ["Not stated"])
        expect(fresh.get_by_text(count).first).to_be_visible()
        fresh.close()


def test_a_choice_made_in_french_puts_the_code_in_the_link(page, app_url):
    """Test that a French label never reaches the URL, and that an old link with labels still opens its view."""
    visit(page, app_url + "/programs?lang=fr&price=Price+not+published&hours=Heures+non+publi%C3%A9es")
    expect(page).to_have_url(re.compile(r"price=not-published"))
    assert link_filters(page.url) == {"price": ["not-published"], "hours": ["not-published"]}
    assert picked(page, "Prix") == ["Prix non publié"]
    pick(page, "Mode de prestation", "En ligne")
    expect(page).to_have_url(re.compile(r"mode=online"))
    # The region switch keeps them.
    page.locator("[data-testid=stSidebar]").get_by_role("combobox", name="Région").click()
    page.get_by_role("option", name="Colombie-Britannique", exact=True).click()
    expect(page).to_have_url(re.compile(r"region=BC"))
    wait_idle(page)
    assert link_filters(page.url) == {
        "price": ["not-published"],
        "hours": ["not-published"],
        "mode": ["online"],
        "region": ["BC"],
    }
    assert picked(page, "Mode de prestation") == ["En ligne"]
