"""The French page as a browser draws it: French numbers in the charts, both CSV conventions, a French README."""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import visit

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
