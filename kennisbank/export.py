"""Take an instrument with you: the same source as the page, as clean Markdown and as OpenDocument Text.

Both files are made at build time from the page's own Markdown (no front matter), with every link to the site made
absolute (or, when the site has no address, its plain text) and, in an organisation's copy, the organisation's name
at the top. The OpenDocument Text writer is in odt.py.
Nothing here knows MkDocs: the plugin passes the text, the URL of each page and the template.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from .markdown_ext import allowed_link
from .model import FRONT_MATTER

MARKDOWN_LINK = re.compile(r"(!?\[[^\]]*\])\(([^)\s]+)((?:\s+\"[^\"]*\")?)\)")


def body_of(source: str) -> str:
    """The page's own Markdown, without front matter."""
    match = FRONT_MATTER.match(source)
    return source[match.end() :] if match else source


def absolute_links(text: str, here: str, url_of: Callable[[str], str | None]) -> str:
    """Relative links to pages (`../recht/x.md`, `#kop`) become absolute URLs; http(s), mailto and tel links stay as
    they are. A download is opened outside the site (in an office program), so a link that cannot work there becomes
    its text: one with any other scheme (no check of the page runs there), and one to a file `url_of` gives no
    address for (a site without site_url has no address outside itself; a root-relative link leads nowhere)."""

    def text_of(label: str, title: str) -> str:
        # Line breaks in the title stay, so a line of the download has the number of the page's line.
        return label.removeprefix("!")[1:-1] + "\n" * title.count("\n")

    def replace(match: re.Match[str]) -> str:
        label, target, title = match.groups()
        if not allowed_link(target):
            return text_of(label, title)
        if "://" in target or target.startswith(("mailto:", "tel:")):
            return match.group(0)
        path, _, anchor = target.partition("#")
        url = url_of(posixpath.normpath(posixpath.join(posixpath.dirname(here), path)) if path else here)
        return f"{label}({url}{'#' + anchor if anchor else ''}{title})" if url else text_of(label, title)

    return MARKDOWN_LINK.sub(replace, text)
