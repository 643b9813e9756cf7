"""Take an instrument with you: the same source as the page, as clean Markdown and as OpenDocument Text.

Both files are made at build time from the page's own Markdown (no front matter), with every link made absolute
and, in an organisation's copy, the organisation's name at the top. The OpenDocument Text writer is in odt.py.
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
    """Relative links to pages (`../recht/x.md`) become absolute URLs; http(s), mailto and tel links stay as they are;
    a link with any other scheme becomes its text (a download is opened outside the site, where no check runs)."""

    def replace(match: re.Match[str]) -> str:
        label, target, title = match.groups()
        if not allowed_link(target):
            # Line breaks in the title stay, so a line of the download has the number of the page's line.
            return label.removeprefix("!")[1:-1] + "\n" * title.count("\n")
        if "://" in target or target.startswith(("mailto:", "tel:", "#")):
            return match.group(0)
        path, _, anchor = target.partition("#")
        url = url_of(posixpath.normpath(posixpath.join(posixpath.dirname(here), path)))
        return f"{label}({url}{'#' + anchor if anchor else ''}{title})" if url else match.group(0)

    return MARKDOWN_LINK.sub(replace, text)
