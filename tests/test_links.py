"""Links in the built site: internal targets and anchors resolve, external links are well-formed https.

The checker is proved on a fixture site with exactly three planted defects, and the online mode on a local server.
"""

from __future__ import annotations

import posixpath
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from helpers import ROOT, run_mkdocs
from linkcheck import OnlineChecker, check_external_format, check_internal, external_links, parse_site

FIXTURE = Path(__file__).parent / "fixtures/kapotte-site"


@pytest.fixture(scope="module")
def parsed(site):
    return parse_site(site.root)


def test_every_internal_link_and_anchor_resolves(site, parsed):
    assert check_internal(site.root, parsed) == []


def test_checker_saw_pages_assets_and_checklist_anchors(parsed):
    links = [url for page in parsed.values() for url in page.links]
    assert len(parsed) >= 40
    assert any(url.endswith(".css") for url in links), "geen stylesheet gecontroleerd"
    assert any(url.endswith(".js") for url in links), "geen script gecontroleerd"
    assert any("#checklist-" in url for url in links), "geen checklistanker gecontroleerd"


def test_external_links_are_wellformed_https(parsed):
    links = external_links(parsed)
    assert links, "de site heeft geen externe links; klopt de parser nog?"
    assert check_external_format(links) == []


def test_format_check_catches_http_and_malformed_urls():
    problems = check_external_format(
        {"http://example.org/": ["a.html"], "https://exa mple.org/": ["b.html"], "https://example.org/ok": ["c.html"]}
    )
    assert [(p.page, p.url) for p in problems] == [("a.html", "http://example.org/"), ("b.html", "https://exa mple.org/")]


@pytest.fixture(scope="module")
def broken_site_log(tmp_path_factory):
    site_dir = tmp_path_factory.mktemp("kapot")
    strict = run_mkdocs(FIXTURE, site_dir)
    lenient = run_mkdocs(FIXTURE, site_dir, "--no-strict")
    assert lenient.returncode == 0, lenient.stderr
    return strict, site_dir


def test_strict_build_reports_exactly_the_three_planted_defects(broken_site_log):
    strict, _ = broken_site_log
    assert strict.returncode != 0
    warnings = [line for line in strict.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == 3, strict.stderr
    assert any("'verdwenen.md'" in w for w in warnings)
    assert any("'andere.md#bestaat-niet'" in w and "anchor" in w for w in warnings)
    assert any("'nergens.md'" in w for w in warnings)


def test_html_checker_reports_exactly_the_three_planted_defects(broken_site_log):
    _, site_dir = broken_site_log
    problems = check_internal(site_dir)
    assert sorted((p.page, p.url) for p in problems) == [
        ("index.html", "andere/#bestaat-niet"),
        ("index.html", "nergens.md"),
        ("index.html", "verdwenen.md"),
    ], problems
    assert "anker '#bestaat-niet'" in next(str(p) for p in problems if "bestaat-niet" in p.url)


class _Handler(BaseHTTPRequestHandler):
    hits: ClassVar[dict[str, int]] = {}

    def _answer(self, body: bool) -> None:
        self.hits[self.path] = self.hits.get(self.path, 0) + 1
        if self.path == "/slow":
            time.sleep(1.5)
        status, headers = {
            "/ok": (200, {}),
            "/redirect": (301, {"Location": "/ok"}),
            "/to-metadata": (302, {"Location": "http://169.254.169.254/latest/meta-data/"}),
            "/loop": (302, {"Location": "/loop"}),
            "/missing": (404, {}),
            "/error": (500, {}),
            "/slow": (200, {}),
            "/no-head": (405 if self.command == "HEAD" else 200, {}),
        }.get(self.path, (404, {}))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", "2")
        self.end_headers()
        if body:
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self._answer(body=False)

    def do_GET(self):
        self._answer(body=True)

    def log_message(self, *args):
        pass


@pytest.fixture
def local_server():
    _Handler.hits = {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_online_checker_against_local_server(local_server, tmp_path):
    cache = tmp_path / "cache.json"
    checker = OnlineChecker(cache_file=cache, timeout=0.5, retries=2, backoff=0, public_only=False)
    results = {path: checker.check(local_server + path) for path in
               ["/ok", "/redirect", "/missing", "/error", "/slow", "/no-head"]}
    assert results["/ok"].ok and results["/ok"].status == 200
    assert results["/redirect"].ok and results["/redirect"].status == 200
    assert not results["/missing"].ok and results["/missing"].reason == "HTTP 404"
    assert not results["/error"].ok and results["/error"].status == 500
    assert _Handler.hits["/error"] >= 3, "een 500 hoort opnieuw geprobeerd te worden"
    assert not results["/slow"].ok and "binnen 0.5 s" in results["/slow"].reason
    assert results["/no-head"].ok, "een server die HEAD weigert, hoort een GET te krijgen"

    checker.save()
    hits_before = dict(_Handler.hits)
    again = OnlineChecker(cache_file=cache, timeout=0.5, retries=0, public_only=False)
    assert again.check(local_server + "/ok").reason == "uit cache"
    assert not again.check(local_server + "/missing").ok, "fouten worden niet gecachet"
    assert _Handler.hits["/ok"] == hits_before["/ok"]


@pytest.mark.parametrize("url", ["https://127.0.0.1/", "https://localhost:8080/admin", "http://10.0.0.1/",
                                 "https://169.254.169.254/latest/meta-data/", "https://[::1]/", "https://192.168.1.1/",
                                 "https://[64:ff9b::a9fe:a9fe]/", "https://[2002:7f00:1::]/", "https://[::127.0.0.1]/",
                                 "https://[::ffff:10.0.0.1]/"])
def test_online_check_never_opens_a_link_into_a_private_network(url):
    # A pull request chooses the links that `pytest --online` opens on a maintainer's machine.
    result = OnlineChecker(timeout=0.5, retries=0).check(url)
    assert not result.ok and "eigen netwerk" in result.reason


def test_online_check_does_not_follow_a_redirect_into_a_private_network(local_server, monkeypatch):
    import linkcheck

    real = linkcheck._is_public
    # The local test server stands in for a public host; every other address gets the real check.
    monkeypatch.setattr(linkcheck, "_is_public", lambda address: address == "127.0.0.1" or real(address))
    checker = OnlineChecker(timeout=0.5, retries=0)
    result = checker.check(local_server + "/to-metadata")
    assert not result.ok and "169.254.169.254" in result.reason
    assert "meer dan 5 doorverwijzingen" in checker.check(local_server + "/loop").reason
    assert checker.check(local_server + "/redirect").ok


def _resolver(monkeypatch, answers):
    """Let `socket.getaddrinfo` answer for made-up public hosts: host -> a list of addresses, one per lookup (the
    last one repeats). Every other host gets the real lookup (the local test server)."""
    import socket

    real = socket.getaddrinfo
    asked: dict[str, int] = {}

    def fake(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        n = asked[host] = asked.get(host, 0) + 1
        address = answers[host][min(n, len(answers[host])) - 1]
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, int(port or 443)))]

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def test_online_check_asks_the_host_it_checked_not_another_behind_a_backslash(local_server, monkeypatch):
    # Red team: urlsplit reads 'http://127.0.0.1:PORT\\@example.org/' as host example.org (public), but requests
    # (urllib3) ends the host at the backslash and connects to 127.0.0.1. The build and check_external_format accept
    # such a link in a page ([bron](https://169.254.169.254\\@example.org/latest/meta-data/)).
    _resolver(monkeypatch, {"example.org": ["93.184.215.14"]})
    url = local_server + "\\@example.org/ok"
    result = OnlineChecker(timeout=0.5, retries=0).check(url)
    assert sum(_Handler.hits.values()) == 0, f"de controle vroeg een adres in een eigen netwerk op: {_Handler.hits}"
    assert not result.ok


def test_online_check_asks_the_address_it_checked_not_a_new_lookup(local_server, monkeypatch):
    # Red team (DNS rebinding): _not_public looks the host up, then requests looks it up again. A name that first
    # answers with a public address and then with 127.0.0.1 (TTL 0) gets past the check.
    _resolver(monkeypatch, {"rebind.example.org": ["93.184.215.14", "127.0.0.1"]})
    port = local_server.rsplit(":", 1)[1]
    result = OnlineChecker(timeout=0.5, retries=0).check(f"http://rebind.example.org:{port}/ok")
    assert sum(_Handler.hits.values()) == 0, f"de controle vroeg een adres in een eigen netwerk op: {_Handler.hits}"
    assert not result.ok


@pytest.mark.parametrize("url", ["https://example.org:99999/", "https://example.org:abc/"])
def test_online_check_reports_a_link_with_a_bad_port_instead_of_crashing(url):
    # Red team: urlsplit(url).port raises ValueError in _not_public, outside the try in _fetch: one such link in a
    # page stops the whole online check (check_external_format and the build let it through).
    result = OnlineChecker(timeout=0.5, retries=0).check(url)
    assert not result.ok


@pytest.mark.online
def test_external_links_are_reachable(parsed):
    checker = OnlineChecker(cache_file=ROOT / ".cache/linkcheck.json")
    links = external_links(parsed)
    failures = [f"{r.url} ({r.reason}) op {links[r.url][0]}" for url in links if not (r := checker.check(url)).ok]
    checker.save()
    assert failures == []


def test_checklist_anchor_links_point_at_checkboxes(site):
    html = site.html("oplossingen/omgaan-met-weerstand/")
    anchors = re.findall(r'href="([^"]*#checklist-[^"]+)"', html)
    assert anchors, "een oplossing die in een checklist staat, linkt naar dat checklistpunt"


def test_generated_links_are_the_relative_path_between_any_two_pages():
    """render.href computes each pair of folders once; for every pair of real pages (and deeper, made-up ones) it
    must give exactly what relpath gives, or a generated link points at the wrong page."""
    from kennisbank.render import href

    pages = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md"))
    pages += ["a/b/c/diep.md", "a/b/andere.md", "a/x.md"]
    for here in pages:
        for target in pages:
            expected = posixpath.relpath(target, posixpath.dirname(here) or ".")
            assert href(here, target) == expected, (here, target)
    assert href("barrieres/weerstand.md", "stappenplan/index.md", "lijst") == "../stappenplan/index.md#lijst"


def test_a_broken_link_in_a_page_is_named_in_dutch_with_its_line_and_the_nearest_page(tmp_path):
    from helpers import copy_project

    project = copy_project(tmp_path / "project")
    page = project / "docs/barrieres/weerstand.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\nLees [dit](../oplossingen/veilig-gesprk.md) en [dat](../oplossingen/veilig-gesprek/)."
                    "\n", encoding="utf-8")
    result = run_mkdocs(project, tmp_path / "site")
    assert result.returncode != 0
    line = len(text.split("\n")) + 1  # the appended line, as the writer's editor counts it
    assert ("de link '../oplossingen/veilig-gesprk.md' wijst naar 'oplossingen/veilig-gesprk.md', en dat bestand "
            "bestaat niet; bedoelde je '../oplossingen/veilig-gesprek.md'?") in result.stderr
    assert "de link '../oplossingen/veilig-gesprek/' wijst naar een adres; schrijf het pad naar het .md-bestand" \
        in result.stderr
    assert f"docs/barrieres/weerstand.md:{line}: de link '../oplossingen/veilig-gesprk.md'" in result.stderr
