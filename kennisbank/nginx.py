"""Generate the nginx configuration for a built site: `python -m kennisbank.nginx --site site --out build/nginx`.

The Content-Security-Policy allows scripts only from the site itself plus the theme's own inline scripts by their
SHA-256 hash (no 'unsafe-inline'). Those hashes depend on the built HTML (the base URL is part of a script), so the
configuration is generated after each build: by `make nginx`, by the Dockerfile, and by the tests.

Only scripts the theme and the project write are trusted, recognised by their content: every inline script in the
built site must match one of the inline scripts in Material's templates or in overrides/ (with its `{{ ... }}`
values filled in by harmless URL characters). Anything else, e.g. a script that slipped into a page, stops the
generator: it never gets a hash, so it could not run behind this CSP either.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import os
import re
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_DIR = ROOT / "nginx"
EXECUTABLE_TYPES = {"", "text/javascript", "application/javascript", "module"}
SCRIPT_IN_TEMPLATE = re.compile(r"<script>(.*?)</script>", re.DOTALL)
JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
# What a template expression inside a theme script may become: a URL or path, never a quote or a bracket.
TEMPLATE_VALUE = r"[\w./:#?=&-]*"


class UnknownInlineScriptError(ValueError):
    """An inline script the theme and the project did not write."""


def theme_templates() -> list[Path]:
    import material

    return [Path(material.__file__).parent / "templates", ROOT / "overrides"]


def known_scripts(folders: list[Path] | None = None) -> list[re.Pattern[str]]:
    """One pattern per inline script in the theme's templates (and our overrides)."""
    patterns = []
    for folder in folders or theme_templates():
        for template in sorted(folder.rglob("*.html")):
            for body in SCRIPT_IN_TEMPLATE.findall(template.read_text(encoding="utf-8")):
                parts = JINJA.split(body)
                patterns.append(re.compile(TEMPLATE_VALUE.join(re.escape(p) for p in parts), re.DOTALL))
    return patterns


class _InlineScripts(HTMLParser):
    """Collects the text of inline scripts a browser would run (a JSON data block is not run, so needs no hash)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script" and "src" not in attributes and (attributes.get("type") or "") in EXECUTABLE_TYPES:
            self._current = []

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.scripts.append("".join(self._current))
            self._current = None


def script_hashes(site: Path, known: list[re.Pattern[str]] | None = None) -> list[str]:
    """CSP source expressions ('sha256-…') for the theme's inline scripts in the built site. Raises
    UnknownInlineScriptError, naming every page, when an inline script is not one of the theme's."""
    patterns = known if known is not None else known_scripts()
    found, unknown = set(), []
    for page in sorted(site.rglob("*.html")):
        parser = _InlineScripts()
        parser.feed(page.read_text(encoding="utf-8"))
        for script in parser.scripts:
            if any(p.fullmatch(script) for p in patterns):
                found.add(script)
            else:
                unknown.append(f"  {page.relative_to(site).as_posix()}: {' '.join(script.split())[:80]}")
    if unknown:
        raise UnknownInlineScriptError(
            "Inline scripts die niet van het thema zijn; de configuratie wordt niet gemaakt:\n" + "\n".join(unknown)
        )
    return sorted(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in found)


def render(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace(f"@{key}@", value)
    return template


def generate(site: Path, out: Path, listen: str, root: str | None = None) -> Path:
    """Write kennisbank.conf (the server block self-hosters include) and nginx.conf (runs it in the foreground)."""
    hashes = " ".join(script_hashes(site))  # first: an unknown script stops us before anything is written
    out.mkdir(parents=True, exist_ok=True)
    (out / "tmp").mkdir(exist_ok=True)
    server = render(
        (TEMPLATE_DIR / "kennisbank.conf.template").read_text(encoding="utf-8"),
        LISTEN=listen,
        ROOT=str(root or site.resolve()),
        SCRIPT_HASHES=hashes,
    )
    (out / "kennisbank.conf").write_text(server, encoding="utf-8")
    # As root, nginx's workers would run as "nobody" and could not read a private build folder.
    user = "user root;" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""
    main = render(
        (TEMPLATE_DIR / "nginx.conf.template").read_text(encoding="utf-8"), USER=user, PREFIX=str(out.resolve())
    )
    (out / "nginx.conf").write_text(main, encoding="utf-8")
    return out / "nginx.conf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--site", type=Path, default=Path("site"), help="gebouwde site (standaard: site)")
    parser.add_argument("--out", type=Path, default=Path("build/nginx"), help="map voor de configuratie")
    parser.add_argument("--listen", default="127.0.0.1:8080", help="adres en poort (standaard: 127.0.0.1:8080)")
    parser.add_argument("--root", help="pad naar de site zoals nginx het ziet (standaard: --site)")
    args = parser.parse_args()
    if not (args.site / "index.html").is_file():
        parser.error(f"{args.site}/index.html ontbreekt: bouw eerst de site (make build)")
    try:
        print(generate(args.site, args.out, args.listen, args.root))
    except UnknownInlineScriptError as error:
        raise SystemExit(str(error)) from None


if __name__ == "__main__":
    main()
