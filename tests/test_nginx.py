"""The nginx configuration self-hosters use: security headers, caching, gzip and a real 404, served by real nginx."""

from __future__ import annotations

import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kennisbank.nginx import generate, script_hashes

from helpers import ROOT, free_port

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# Planted after the configuration was generated, as if it slipped past every earlier check.
INJECTED = ('<script>window.__kennisbank_xss = "inline"</script>'
            '<img src="x" alt="" onerror="window.__kennisbank_xss = \'handler\'">')


@pytest.fixture(scope="module")
def served_copy(site, tmp_path_factory):
    """A copy of the built site, with dotfiles and (after generating the configuration) an injected page."""
    copy = tmp_path_factory.mktemp("nginx-site") / "site"
    shutil.copytree(site.root, copy)
    return copy


@pytest.fixture(scope="module")
def nginx(served_copy, tmp_path_factory):
    if not Path(NGINX).exists():
        pytest.fail("nginx ontbreekt: installeer het Debian-pakket nginx (make test doet dat)")
    out = tmp_path_factory.mktemp("nginx")
    port = free_port()
    config = generate(served_copy, out, f"127.0.0.1:{port}")
    (served_copy / ".env").write_text("GEHEIM=1\n", encoding="utf-8")
    (served_copy / ".git").mkdir()
    (served_copy / ".git/config").write_text("[core]\n", encoding="utf-8")
    injected = served_copy / "geinjecteerd/index.html"
    injected.parent.mkdir()
    injected.write_text((served_copy / "over/index.html").read_text(encoding="utf-8")
                        .replace("</article>", INJECTED + "</article>"), encoding="utf-8")
    process = subprocess.Popen([NGINX, "-e", "stderr", "-p", str(out), "-c", config.name],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None:
                pytest.fail(f"nginx start niet:\n{process.stdout.read()}")
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


def fetch(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_security_headers_on_pages(nginx):
    status, headers, _ = fetch(nginx + "barrieres/weerstand/")
    assert status == 200
    csp = headers["Content-Security-Policy"]
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src"))
    directives = {part.split()[0]: part.split()[1:] for part in csp.split(";") if part.strip()}
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in csp
    assert "'self'" in script_src and "'sha256-" in script_src
    assert "'unsafe-inline'" not in directives["style-src"], "alleen stijlattributen, geen <style>-elementen"
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in headers["Permissions-Policy"]
    assert headers["Cache-Control"] == "no-cache"


def test_hashes_cover_every_inline_script(site):
    hashes = script_hashes(site.root)
    assert 3 <= len(hashes) <= 30, hashes  # the theme's few inline scripts, per folder depth


def test_hashed_assets_are_cached_long(nginx, site):
    css = next(p for p in (site.root / "assets/stylesheets").glob("main.*.min.css"))
    status, headers, _ = fetch(nginx + "assets/stylesheets/" + css.name)
    assert status == 200
    assert headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert headers["X-Content-Type-Options"] == "nosniff", "ook deze locatie stuurt de beveiligingskoppen"
    _, own, _ = fetch(nginx + "assets/javascripts/checklist.js")
    assert own["Cache-Control"] == "no-cache", "bestanden zonder hash in de naam mogen niet lang bewaard worden"


def test_gzip(nginx):
    _, headers, _ = fetch(nginx + "barrieres/weerstand/", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"
    _, headers, _ = fetch(nginx + "search/search_index.json", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"


@pytest.mark.parametrize("path", [".env", ".git/config", ".git/", "barrieres/.verborgen"])
def test_dotfiles_are_never_served(nginx, path):
    status, headers, body = fetch(nginx + path)
    assert status == 404 and b"GEHEIM" not in body and b"[core]" not in body
    assert "Content-Security-Policy" in headers


def test_redirects_are_relative(nginx):
    request = urllib.request.Request(nginx + "barrieres")
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(request, timeout=5)
    assert redirect.value.code == 301
    assert redirect.value.headers["Location"] == "/barrieres/"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_real_404_with_the_sites_404_page(nginx, site):
    status, headers, body = fetch(nginx + "bestaat-niet/")
    assert status == 404
    assert "Content-Security-Policy" in headers
    assert body.decode("utf-8") == (site.root / "404.html").read_text(encoding="utf-8")


def test_dockerfile_uses_the_same_configuration():
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM nginxinc/nginx-unprivileged" in dockerfile
    assert "python -m kennisbank.nginx" in dockerfile
    assert "pip install --no-cache-dir --require-hashes -r requirements.txt" in dockerfile
    assert "/out/nginx/kennisbank.conf /etc/nginx/conf.d/default.conf" in dockerfile


@pytest.mark.browser
def test_an_injected_script_does_not_run_behind_the_generated_csp(nginx, chromium):
    page = chromium.new_page()
    refused: list[str] = []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text
            else None)
    page.goto(nginx + "geinjecteerd/")
    page.wait_for_load_state("load")
    assert page.evaluate("window.__kennisbank_xss === undefined"), "het geplante script draaide"
    assert len(refused) >= 2, refused  # the inline script and the event handler were both refused
    page.goto(nginx + "over/")
    assert page.evaluate("typeof __md_get") == "function", "de eigen scripts van het thema draaien wel"
    page.close()


@pytest.mark.browser
def test_pages_render_without_csp_violations(nginx, chromium, site):
    page = chromium.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if "Content Security Policy" in message.text
            or "Refused to" in message.text else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    for path in ["", "barrieres/weerstand/", "stappenplan/verkennen/", "checklist/", "matrix/", "bronnen/", "zelfscan/"]:
        page.goto(nginx + path)
        assert page.locator(".md-content").is_visible()
    page.goto(nginx + "stappenplan/verkennen/")
    assert page.locator(".kb-knoppen").is_visible(), "checklist.js draait onder de CSP"
    page.goto(nginx + "zelfscan/")
    page.locator(".kb-uitspraak label").nth(3).click()
    assert page.locator(".kb-zs-volgorde li").count() == 1, "zelfscan.js draait onder de CSP en leest zijn teksten"
    page.goto(nginx + "matrix/")
    assert page.locator(".kb-matrix-filter").is_visible(), "matrix.js draait onder de CSP"
    page.locator("input.md-search__input").click()
    page.keyboard.type("weerstand")
    page.locator(".md-search-result__item").first.wait_for()
    assert problems == []
    page.close()


def test_markdown_downloads_are_text_in_utf8_compressed_with_the_security_headers(nginx, site):
    download = next(site.root.glob("instrumenten/*/*.md")).relative_to(site.root).as_posix()
    status, headers, _ = fetch(nginx + download, **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Type"] == "text/markdown; charset=utf-8"
    assert headers["Content-Encoding"] == "gzip"
    assert headers["X-Content-Type-Options"] == "nosniff" and "Content-Security-Policy" in headers
