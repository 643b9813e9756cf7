"""Link checks on a built site: internal targets and anchors offline, external links optionally online.

MkDocs' own validation (strict build) already checks every Markdown link and anchor, including the ones macros
generate. This checker covers what MkDocs cannot see: links written by the theme, assets, raw HTML and the final
output as a browser gets it.
"""

from __future__ import annotations

import ipaddress
import json
import posixpath
import socket
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import requests
from bs4 import BeautifulSoup
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError, TimeoutError
from urllib3.util import parse_url
from urllib3.util.retry import Retry

# The one place for external links that may use plain http (hosts without https). Keep it empty if you can.
HTTP_ALLOWED: frozenset[str] = frozenset()

LINK_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src", "source": "src"}
IGNORED_SCHEMES = {"mailto", "tel", "data", "javascript"}


@dataclass(frozen=True)
class LinkProblem:
    page: str  # path of the HTML file, relative to the site root
    url: str
    reason: str

    def __str__(self) -> str:
        return f"{self.page}: {self.url}: {self.reason}"


@dataclass
class ParsedPage:
    ids: set[str]
    links: list[str]


def parse_site(site_dir: Path) -> dict[str, ParsedPage]:
    pages = {}
    for path in sorted(site_dir.rglob("*.html")):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        ids = {el["id"] for el in soup.find_all(id=True)} | {el["name"] for el in soup.find_all("a", attrs={"name": True})}
        links = [el[attr] for tag, attr in LINK_ATTRIBUTES.items() for el in soup.find_all(tag, attrs={attr: True})]
        pages[path.relative_to(site_dir).as_posix()] = ParsedPage(ids, links)
    return pages


def is_external(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.scheme or parts.netloc)


def _target_file(site_dir: Path, page: str, path: str) -> Path:
    # Root-relative URLs (the 404 page uses them) assume the site is served at the root of its host.
    base = "" if path.startswith("/") else posixpath.dirname(page)
    resolved = posixpath.normpath(posixpath.join(base, unquote(path).lstrip("/"))).lstrip("/")
    target = site_dir / resolved
    if path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def check_internal(site_dir: Path, pages: dict[str, ParsedPage] | None = None) -> list[LinkProblem]:
    """Every relative href/src must point at an existing file, and every #fragment at an id in that file."""
    pages = pages if pages is not None else parse_site(site_dir)
    problems = []
    for page, parsed in pages.items():
        for url in parsed.links:
            if is_external(url) or urlsplit(url).scheme in IGNORED_SCHEMES:
                continue
            path, fragment = urldefrag(url)
            target = _target_file(site_dir, page, path) if path else site_dir / page
            if not target.is_file():
                problems.append(LinkProblem(page, url, "doel bestaat niet"))
                continue
            if fragment:
                key = target.relative_to(site_dir).as_posix()
                if key in pages and unquote(fragment) not in pages[key].ids:
                    problems.append(LinkProblem(page, url, f"anker '#{fragment}' bestaat niet in {key}"))
    return problems


def external_links(pages: dict[str, ParsedPage]) -> dict[str, list[str]]:
    """External URL → pages that link to it."""
    found: dict[str, list[str]] = defaultdict(list)
    for page, parsed in pages.items():
        for url in parsed.links:
            if is_external(url) and urlsplit(url).scheme not in IGNORED_SCHEMES:
                found[url].append(page)
    return dict(found)


def check_external_format(links: dict[str, list[str]]) -> list[LinkProblem]:
    """External links must be well-formed https URLs (exceptions only via HTTP_ALLOWED)."""
    problems = []
    for url, on_pages in links.items():
        parts = urlsplit(url)
        reason = None
        if parts.scheme == "http" and url not in HTTP_ALLOWED:
            reason = "gebruikt http; gebruik https (of zet de url in HTTP_ALLOWED in tests/linkcheck.py)"
        elif parts.scheme not in {"http", "https"}:
            reason = f"onbekend schema '{parts.scheme}'"
        elif not parts.hostname or "." not in parts.hostname or any(c.isspace() for c in url):
            reason = "geen geldige url"
        if reason:
            problems.append(LinkProblem(on_pages[0], url, reason))
    return problems


@dataclass
class OnlineResult:
    url: str
    ok: bool
    status: int | None
    reason: str


class OnlineChecker:
    """HEAD first, GET when a server refuses HEAD; retries on errors and 5xx; successes cached for a while."""

    MAX_REDIRECTS = 5

    def __init__(
        self,
        cache_file: Path | None = None,
        timeout: float = 10.0,
        retries: int = 2,
        backoff: float = 0.5,
        cache_seconds: float = 7 * 24 * 3600,
        public_only: bool = True,
    ):
        self.cache_file = cache_file
        self.public_only = public_only
        self.timeout = timeout
        self.cache_seconds = cache_seconds
        self.cache: dict[str, float] = {}
        if cache_file and cache_file.exists():
            self.cache = json.loads(cache_file.read_text(encoding="utf-8"))
        retry = Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            backoff_factor=backoff,
            status_forcelist=(429, 500, 502, 503, 504),
            allowed_methods=frozenset({"HEAD", "GET"}),
            raise_on_status=False,
            respect_retry_after_header=False,
        )
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "kennisbank-linkcheck (+https://example.org)"
        adapter = (_PublicOnlyAdapter if public_only else HTTPAdapter)(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def check(self, url: str) -> OnlineResult:
        checked = self.cache.get(url)
        if checked and time.time() - checked < self.cache_seconds:
            return OnlineResult(url, True, None, "uit cache")
        result = self._fetch(url)
        if result.ok:
            self.cache[url] = time.time()
        return result

    def _fetch(self, url: str) -> OnlineResult:
        try:
            response = self._follow("HEAD", url)
            if isinstance(response, OnlineResult):
                return response
            if response.status_code >= 400:  # some servers refuse or mishandle HEAD; GET is the real test
                response = self._follow("GET", url)
                if isinstance(response, OnlineResult):
                    return response
        except requests.exceptions.Timeout:
            return self._timed_out(url)
        except requests.exceptions.ConnectionError as error:
            reason = getattr(error.args[0], "reason", None) if error.args else None
            if isinstance(reason, PrivateAddressError):
                return OnlineResult(url, False, None, f"niet opgevraagd: {reason.address}")
            # After the last retry urllib3 wraps a read timeout in a MaxRetryError; report it as the timeout it is.
            if isinstance(reason, TimeoutError):
                return self._timed_out(url)
            return OnlineResult(url, False, None, f"niet bereikbaar: {type(error).__name__}")
        except requests.exceptions.RequestException as error:
            return OnlineResult(url, False, None, f"niet bereikbaar: {type(error).__name__}")
        ok = response.status_code < 400
        return OnlineResult(url, ok, response.status_code, "ok" if ok else f"HTTP {response.status_code}")

    def _follow(self, method: str, url: str) -> requests.Response | OnlineResult:
        """The request, following redirects one by one: every address is checked before it is asked for."""
        for _ in range(self.MAX_REDIRECTS + 1):
            if self.public_only and (refused := _not_public(url)):
                return OnlineResult(url, False, None, refused)
            response = self.session.request(method, url, allow_redirects=False, timeout=self.timeout, stream=True)
            response.close()
            if not response.is_redirect:
                return response
            url = urljoin(url, response.headers["location"])
        return OnlineResult(url, False, None, f"meer dan {self.MAX_REDIRECTS} doorverwijzingen")

    def _timed_out(self, url: str) -> OnlineResult:
        return OnlineResult(url, False, None, f"geen antwoord binnen {self.timeout:g} s")

    def save(self) -> None:
        if self.cache_file:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            self.cache_file.write_text(json.dumps(self.cache, indent=1, sort_keys=True), encoding="utf-8")


def _not_public(url: str) -> str | None:
    """Why a link may not be asked for, or None. A pull request decides which links the online check opens on the
    maintainer's machine: never one into a private network (a router, a cloud metadata service, localhost). This is
    the first check, for a clear message; the connection checks the address it really connects to again."""
    if any(c == "\\" or c.isspace() or not c.isprintable() for c in url):
        return "niet opgevraagd: een backslash, spatie of onzichtbaar teken in het adres"
    try:
        parts = urlsplit(url)
        port = parts.port
        # The host as the request will read it: two parsers that disagree can be made to ask another host.
        if parts.hostname != (parse_url(url).host or "").strip("[]").lower():
            return f"niet opgevraagd: het adres '{url}' is dubbelzinnig"
    except ValueError as error:
        return f"niet opgevraagd: ongeldig adres ({error})"
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return f"niet opgevraagd: alleen http(s) naar een host, niet '{url}'"
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, port or 443)}
    except (socket.gaierror, UnicodeError):
        return f"niet bereikbaar: host '{parts.hostname}' bestaat niet"
    for address in addresses:
        if not _is_public(address):
            return f"niet opgevraagd: {parts.hostname} is een adres in een eigen netwerk ({address}), niet op internet"
    return None


# IPv6 addresses that carry an IPv4 address in their last 32 bits (NAT64, IPv4-compatible).
_EMBEDDING = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("::/96"))


def _is_public(address: str) -> bool:
    """A global address, also for the IPv4 address inside an IPv6 one (mapped, 6to4, NAT64)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is None and any(ip in network for network in _EMBEDDING):
            inner = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if inner is not None and not inner.is_global:
            return False
    return ip.is_global


class PrivateAddressError(NewConnectionError):
    """The connection would reach an address in a private network."""

    def __init__(self, conn: HTTPConnection, address: str):
        self.address = f"{conn.host} is een adres in een eigen netwerk ({address}), niet op internet"
        super().__init__(conn, self.address)


class _PublicOnly:
    """Look the host up once, check every address, and connect to a checked one: a name that answers with a public
    address to the first check and a private one to the request (DNS rebinding) gets nowhere."""

    def _new_conn(self):  # type: ignore[no-untyped-def]
        name = self._dns_host
        addresses = [info[4][0] for info in socket.getaddrinfo(name, self.port, 0, socket.SOCK_STREAM)]
        for address in addresses:
            if not _is_public(address):
                raise PrivateAddressError(self, address)
        self._dns_host = addresses[0]  # connect to the address checked, not to a new answer for the name
        try:
            return super()._new_conn()
        finally:
            self._dns_host = name


class _PublicOnlyHTTPConnection(_PublicOnly, HTTPConnection):
    pass


class _PublicOnlyHTTPSConnection(_PublicOnly, HTTPSConnection):
    pass


class _PublicOnlyHTTPPool(HTTPConnectionPool):
    ConnectionCls = _PublicOnlyHTTPConnection


class _PublicOnlyHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _PublicOnlyHTTPSConnection


class _PublicOnlyAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _PublicOnlyHTTPPool, "https": _PublicOnlyHTTPSPool}
