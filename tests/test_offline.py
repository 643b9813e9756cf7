"""The offline/intranet bundle: `make offline` gives a zip that works from disk (file://), search included."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from helpers import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    build = tmp_path_factory.mktemp("offline")
    venv = Path(sys.executable).parents[1]
    result = subprocess.run(["make", "-s", "offline", f"VENV={venv}", f"BUILD_DIR={build}"], cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    unpacked = tmp_path_factory.mktemp("uitgepakt")
    with zipfile.ZipFile(build / "kennisbank-offline.zip") as archive:
        archive.extractall(unpacked)
    return unpacked / "kennisbank-offline"


def test_an_organisation_gets_its_own_bundle(tmp_path):
    venv = Path(sys.executable).parents[1]
    org = ROOT / "voorbeelden/gemeente-voorbeeldstad"
    result = subprocess.run(["make", "-s", "offline", f"VENV={venv}", f"BUILD_DIR={tmp_path}",
                             "ORG=voorbeelden/gemeente-voorbeeldstad"], cwd=ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    with zipfile.ZipFile(tmp_path / "gemeente-voorbeeldstad-offline.zip") as archive:
        names = set(archive.namelist())
        home = archive.read("gemeente-voorbeeldstad-offline/index.html").decode()
        index = archive.read("gemeente-voorbeeldstad-offline/search/search_index.js").decode()
    assert "gemeente-voorbeeldstad-offline/lokaal/meldroute.html" in names  # own page, as a file
    assert "<title>Kennisbank Inclusie – Gemeente Voorbeeldstad</title>" in home
    assert "Meldroute in Voorbeeldstad" in index and "titelwoorden" in index  # the Dutch search's own index
    assert sorted(p.name for p in org.iterdir()) == ["eigen", "mkdocs.yml"], "de tijdelijke instellingen zijn weg"


def test_bundle_contains_the_site_and_no_cdn(bundle):
    assert (bundle / "index.html").is_file() and (bundle / "barrieres/weerstand.html").is_file()
    for page in bundle.rglob("*.html"):
        assert "unpkg.com" not in page.read_text(encoding="utf-8"), page


def test_bundle_works_from_disk_with_search(bundle, chromium):
    page = chromium.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((bundle / "index.html").as_uri())
    page.get_by_role("link", name="Weerstand").first.click()
    assert page.url.endswith("/barrieres/weerstand.html")
    assert page.locator("h1").inner_text() == "Weerstand"
    page.locator("input.md-search__input").click()
    page.keyboard.type("weerstand")
    page.locator(".md-search-result__item").first.wait_for(timeout=10000)
    assert page.locator(".md-search-result__item").count() > 0
    page.locator("input.md-search__input").fill("weerstnd")  # a typo: the Dutch search layer runs offline too
    page.wait_for_function("() => /weerstand/i.test(document.querySelector('.md-search-result__list').textContent)")
    page.goto((bundle / "stappenplan/verkennen.html").as_uri())
    page.locator(".kb-checklist input[type=checkbox]").first.check()
    page.reload()
    assert page.locator(".kb-checklist input[type=checkbox]").first.is_checked()
    assert [url for url in requests if not url.startswith(("file:", "blob:", "data:"))] == []
    page.close()


def test_zelfscan_works_from_disk(bundle, chromium, kb):
    page = chromium.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((bundle / "zelfscan.html").as_uri())
    barriere = next(iter(kb.barrieres.values()))
    page.locator(f"label[for='zs-{barriere.data.signalen[0].id}-4']").click()
    assert page.locator(".kb-zs-volgorde li").first.inner_text().startswith(barriere.titel)
    page.reload()
    assert page.locator(f"#zs-{barriere.data.signalen[0].id}-4").is_checked()
    start = kb.startstap(barriere.id)
    link = page.locator(".kb-zs-top").get_by_role("link", name=f"Stap {start.data.stap}: {start.titel}")
    assert link.get_attribute("href").endswith(".html"), "links in het advies werken vanaf schijf"
    assert [url for url in requests if not url.startswith(("file:", "blob:", "data:"))] == []
    page.close()
