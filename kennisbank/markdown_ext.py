"""The Python-Markdown side of the build: generated blocks in, unsafe markup out.

Three jobs, one extension:

- **Generated blocks.** The renderers produce HTML from the templates in overrides/kennisbank/. The MkDocs plugin
  puts a placeholder line with an unguessable per-build token in the page's Markdown; `GeneratedBlocks` replaces that
  paragraph with the block's elements while Markdown parses the page. The elements are real tree elements, so
  MkDocs checks and rewrites their links like any other link, and nothing ever goes through Markdown's raw-HTML
  stash. Their text is atomic: it is shown as written, never parsed as Markdown.
- **Safe output.** After all other tree processing, `SafeOutput` inspects what the page became: any raw HTML the
  page's text brought in (Markdown keeps it in its stash), any attribute outside an allowlist (event handlers,
  `style`), any link or image with a scheme other than http(s), mailto or tel, any image from another host, and any
  `title`, `alt` or
  `aria-label` that would become markup once a browser decodes it. Each finding is reported with the text to look
  for in the source; the plugin turns that into file and line and stops the build.
- **Glossary terms only in the text.** abbr marks a glossary term wherever it occurs; `_PlainTermsInHeadingsAndLinks`
  takes the mark away again inside headings and links.
"""

from __future__ import annotations

import html
import re
import secrets
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from markdown import Markdown
from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE, ETX, STX, AtomicString

# Attributes any element may carry: what Markdown itself produces, plus what the project's own templates use.
ALLOWED_ATTRIBUTES = frozenset(
    {
        "id",
        "class",
        "href",
        "src",
        "alt",
        "title",
        "align",
        "start",
        "colspan",
        "rowspan",
        "scope",
        "for",
        "type",
        "name",
        "value",
        "download",
        "role",
        "tabindex",
        "hidden",
        "open",
        "datetime",
        "aria-label",
        "aria-labelledby",
        "aria-describedby",
        "aria-live",
        "data-search-exclude",
        "data-checklist-id",
        "data-stap",
        "data-alle-punten",
        "data-opslag",
        "data-kb",
        "data-versie",
        "data-barriere",
        "data-signaal",
        "data-barrieres",
        "data-rollen",
        "data-tekst",
        "data-teksten",
        "rows",
        "cols",
        "spellcheck",
        "accept",
        "multiple",
        "autocomplete",
    }
)
SAFE_SCHEMES = frozenset({"", "http", "https", "mailto", "tel"})
# Element ids of the theme (Material: __config, __search, __drawer, ...) and of the site's scripts (kb-...): a heading
# of a page may not take one (a heading '{"__config":[]}' broke the page's scripts). Ids of generated blocks on the
# same page are already in the tree when toc makes the headings' ids, so toc gives a heading another one.
RESERVED_IDS = ("__", "kb-")
TEXT_ATTRIBUTES = ("title", "alt", "aria-label")
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
FIRST_TAG = re.compile(r"<\s*/?\s*([A-Za-z][\w-]*|!--)")
INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
MARKDOWN_ESCAPE = re.compile(f"{STX}([0-9]+){ETX}")
# Text pasted from a word processor often starts with spaces or a tab; Markdown then shows it as code.
CODE_BLOCK = (
    "deze tekst wordt een codeblok (een grijs vak met computerletters), omdat de regel met vier spaties of een tab "
    "begint, of tussen ``` staat. Pagina's van de kennisbank hebben geen codeblokken: haal de spaties of de ``` weg"
)


def allowed_link(url: str) -> bool:
    """A link a download may carry: http(s), mailto, tel or a path on the site, also after decoding entities and
    removing the invisible characters a browser ignores ("jav&#x61;script:", "java\tscript:"). Not "//host/share" or
    "\\\\host\\share": an office program may open that as a Windows share, and send the reader's login to it."""
    if "\\" in html.unescape(url):
        return False  # a path on the site is written with '/'; '\\' only makes an address a browser rewrites
    address = urlsplit(_as_browser_reads(url))
    return address.scheme.lower() in SAFE_SCHEMES and not (address.netloc and not address.scheme)


def _decoded(url: str) -> str:
    """Markdown's escapes ('\\\\' is kept as STX 92 ETX until the end) and entities decoded."""
    return html.unescape(MARKDOWN_ESCAPE.sub(lambda m: chr(int(m.group(1))), url))


def _as_browser_reads(url: str) -> str:
    """The address decoded, the characters a browser skips removed, and '\\' read as '/' (as browsers do)."""
    return INVISIBLE.sub("", _decoded(url)).replace("\\", "/")


@dataclass(frozen=True)
class Finding:
    message: str  # what is wrong, in Dutch
    needle: str  # text to look for in the page's source, to name the line


class GeneratedBlocks:
    """Placeholder tokens for generated HTML blocks, unguessable by page text, valid for one build."""

    def __init__(self) -> None:
        self.prefix = "kbblok" + secrets.token_hex(16) + "n"
        self.pending: dict[str, str] = {}
        self.elements: set[int] = set()  # the generated elements of the page being converted (by identity)

    def add(self, markup: str) -> str:
        token = f"{self.prefix}{len(self.pending)}"
        while token in self.pending:
            token += "x"
        self.pending[token] = markup
        return token

    def take(self, token: str) -> list[etree.Element] | None:
        markup = self.pending.pop(token, None)
        if markup is None:
            return None
        wrapper = etree.fromstring(f"<div>{markup}</div>")
        self.elements.update(id(element) for element in wrapper.iter())
        for element in wrapper.iter():
            if element.text:
                element.text = AtomicString(element.text)
            if element.tail:
                element.tail = AtomicString(element.tail)
        return list(wrapper)


class _InsertBlock(BlockProcessor):
    def __init__(self, parser: BlockParser, blocks: GeneratedBlocks):
        super().__init__(parser)
        self.blocks = blocks

    def test(self, parent: etree.Element, block: str) -> bool:
        # Asked for every paragraph of every page: look for the prefix before stripping a copy of the paragraph.
        return self.blocks.prefix in block and block.strip() in self.blocks.pending

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        elements = self.blocks.take(blocks.pop(0).strip()) or []
        parent.extend(elements)


class _SafeOutput(Treeprocessor):
    def __init__(self, md: Markdown, report: Callable[[Finding], None], blocks: GeneratedBlocks):
        super().__init__(md)
        self.report = report
        self.blocks = blocks

    def run(self, root: etree.Element) -> None:
        for raw in self.md.htmlStash.rawHtmlBlocks:
            text = raw if isinstance(raw, str) else etree.tostring(raw, encoding="unicode")
            if text.startswith('<div class="highlight">'):  # pymdownx.superfences keeps a ``` block in the stash
                self.report(Finding(CODE_BLOCK, "```"))
            elif not ENTITY.fullmatch(text.strip()):
                tag = FIRST_TAG.search(text)
                shown = f"<{tag.group(1)}>" if tag else text.strip()[:40]
                self.report(
                    Finding(
                        f"HTML is niet toegestaan in een pagina: {shown}. Schrijf gewone tekst of "
                        "Markdown (zie CONTRIBUTING.md)",
                        tag.group(0) if tag else text.strip()[:40],
                    )
                )
        for element in root.iter():
            if element.get("id", "").startswith(RESERVED_IDS) and id(element) not in self.blocks.elements:
                self.report(
                    Finding(
                        f"de kop krijgt het adres '#{element.get('id')}', en dat gebruikt de site zelf; kies een "
                        "andere kop",
                        "".join(element.itertext())[:40],
                    )
                )
            if element.tag == "pre":
                code = "".join(element.itertext()).strip()
                self.report(Finding(CODE_BLOCK, code.splitlines()[0] if code else ""))
            for name, value in element.attrib.items():
                self.check_attribute(element.tag, name, value)
        self.blocks.elements.clear()  # the next page has its own

    def check_attribute(self, tag: str, name: str, value: str) -> None:
        if name not in ALLOWED_ATTRIBUTES:
            self.report(Finding(f"het attribuut '{name}' is niet toegestaan (op <{tag}>)", name))
            return
        if name not in ("href", "src") and name not in TEXT_ATTRIBUTES:
            return  # asked for every attribute of every page: unescape only the values that are checked
        plain = html.unescape(value.replace(AMP_SUBSTITUTE, "&"))
        if name in ("href", "src"):
            written = value.replace(AMP_SUBSTITUTE, "&")  # as in the page's source, also when encoded
            address = urlsplit(_as_browser_reads(written))
            scheme = address.scheme.lower()
            if "\\" in _decoded(written):
                # A browser reads '\' as '/': 'https://10.0.0.1\@example.org/' goes to 10.0.0.1, not example.org.
                self.report(
                    Finding(
                        f"een link met een backslash ('\\') is niet toegestaan ('{written[:60]}'): een browser leest "
                        "die als '/' en gaat dan ergens anders heen dan er lijkt te staan; schrijf '/'",
                        written[:40],
                    )
                )
            if scheme not in SAFE_SCHEMES:  # allowed_link(), with the address at hand for the image check below
                self.report(
                    Finding(
                        f"een link naar '{scheme}:' is niet toegestaan ('{written[:60]}'); gebruik https://, "
                        "mailto:, tel: of een pagina van de site",
                        written[:40],
                    )
                )
            elif name == "src" and (address.netloc or scheme):
                # The site promises readers no requests to other hosts (a picture elsewhere can count who reads).
                self.report(
                    Finding(
                        f"de afbeelding '{plain[:60]}' staat op een andere server en wordt bij elke lezer daar "
                        "opgehaald; zet het bestand in docs/ en verwijs ernaar met een pad",
                        plain[:40],
                    )
                )
        elif "<" in plain or ">" in plain:
            self.report(
                Finding(f"de {name}-tekst '{plain[:40]}' bevat < of >; dat wordt in de browser HTML", value[:20])
            )


class _PlainTermsInHeadingsAndLinks(Treeprocessor):
    """A glossary term (abbr's <abbr title="...">) inside a heading or a link stays plain text. In a heading it is
    noise, and begrippen.js would make the first use of a term a button there; in a link a button would be a control
    inside a control (WCAG 4.1.2), and the tooltip alone is the term's, not the link's. The first use in the text is
    the one explained. Unwrapped in the tree, right after abbr made it."""

    HOSTS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "a"})

    def run(self, root: etree.Element) -> None:
        found: dict[int, tuple[etree.Element, etree.Element]] = {}
        for host in root.iter():
            if host.tag in self.HOSTS:
                for parent in host.iter():
                    for child in parent:
                        if child.tag == "abbr":
                            found[id(child)] = (parent, child)
        for parent, abbr in found.values():
            _unwrap(parent, abbr)


def _unwrap(parent: etree.Element, element: etree.Element) -> None:
    """Replace `element` in `parent` by its text and children, keeping the text in its place."""
    index = list(parent).index(element)
    parent.remove(element)
    for offset, child in enumerate(element):
        parent.insert(index + offset, child)
    _add_text(parent, index, element.text or "")
    _add_text(parent, index + len(element), element.tail or "")


def _add_text(parent: etree.Element, index: int, text: str) -> None:
    """Add `text` right before the child at `index` of `parent` (after the one before it, or to the parent's text)."""
    if index == 0:
        parent.text = (parent.text or "") + text
    else:
        before = parent[index - 1]
        before.tail = (before.tail or "") + text


class KennisbankExtension(Extension):
    """Registered by the MkDocs plugin (an instance, shared by the pages of one build)."""

    def __init__(self, blocks: GeneratedBlocks, report: Callable[[Finding], None]):
        super().__init__()
        self.blocks = blocks
        self.report = report

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        # Above the paragraph processor (10) and everything else: a placeholder paragraph is ours.
        md.parser.blockprocessors.register(_InsertBlock(md.parser, self.blocks), "kennisbank_blok", 200)
        # Right after abbr (7), before toc (5) makes the headings' ids and table of contents.
        md.treeprocessors.register(_PlainTermsInHeadingsAndLinks(md), "kennisbank_begrippen", 6)
        # After inline (20), attr_list (8), abbr (7) and toc (5); before MkDocs' link rewriting (0).
        md.treeprocessors.register(_SafeOutput(md, self.report, self.blocks), "kennisbank_veilig", 2)
