"""OpenDocument Text from an instrument's Markdown: the open standard Dutch government uses. odfdo (a Python library)
writes it, so no office program or other system tool is needed. A module of its own because odfdo and its lxml cost
about 9 MB and 50 ms to import: the plugin imports this only when the site has an instrument to download.
"""

from __future__ import annotations

import html as html_entities
import io
import re
import xml.etree.ElementTree as etree
from typing import Any

import markdown
from odfdo import Cell, Document, Header, Link, List, ListItem, Paragraph, Row, Span, Style, Table

from .markdown_ext import allowed_link

BOLD, ITALIC = "KennisbankVet", "KennisbankCursief"
# XML 1.0 has no place for these control characters, and only five named entities (HTML has &nbsp; and many more).
NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
NAMED_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]*);")


def odt(text: str, title: str) -> bytes:
    """OpenDocument Text from Markdown: headings, paragraphs, lists, tables, links, bold and italic."""
    document = Document("text")
    document.body.clear()
    document.insert_style(Style("text", name=BOLD, bold=True), automatic=True)
    document.insert_style(Style("text", name=ITALIC, italic=True), automatic=True)
    document.meta.title = title
    html = markdown.markdown(NOT_IN_XML.sub("", text), extensions=["tables"], output_format="xhtml")
    html = NAMED_ENTITY.sub(lambda m: html_entities.unescape(m.group(0)).replace("&", "&amp;"), html)
    for element in etree.fromstring(f"<div>{html}</div>"):
        for block in _blocks(element):
            document.body.append(block)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _blocks(element: etree.Element) -> list[Any]:
    tag = element.tag
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        header = Header(int(tag[1]))
        _inline(header, element)
        return [header]
    if tag in ("ul", "ol"):
        return [_list(element)]
    if tag == "table":
        return [_table(element)]
    if tag in ("p", "blockquote", "pre"):
        paragraph = Paragraph()
        _inline(paragraph, element)
        return [paragraph]
    return [block for child in element for block in _blocks(child)]


def _list(element: etree.Element) -> List:
    result = List()
    for li in element.findall("li"):
        item = ListItem()
        paragraph = Paragraph()
        _inline(paragraph, li, skip=("ul", "ol", "p"))
        item.append(paragraph)
        for child in li:
            if child.tag == "p":
                extra = Paragraph()
                _inline(extra, child)
                item.append(extra)
            elif child.tag in ("ul", "ol"):
                item.append(_list(child))
        result.append(item)
    return result


def _table(element: etree.Element) -> Table:
    table = Table("Tabel")
    for tr in element.iter("tr"):
        row = Row()
        for cell_element in tr:
            cell = Cell()
            paragraph = Paragraph()
            _inline(paragraph, cell_element)
            cell.append(paragraph)
            row.append(cell)
        table.append(row)
    return table


def _inline(target: Any, element: etree.Element, skip: tuple[str, ...] = ()) -> None:
    """Text, links and emphasis of `element` into an ODF paragraph or heading."""
    if element.text:
        target.append(element.text)
    for child in element:
        if child.tag in skip:
            continue
        text = "".join(child.itertext())
        if child.tag == "a" and allowed_link(child.get("href", "")):
            target.append(Link(child.get("href", ""), text=text))
        elif child.tag in ("strong", "b"):
            target.append(Span(text, style=BOLD))
        elif child.tag in ("em", "i"):
            target.append(Span(text, style=ITALIC))
        elif child.tag == "br":
            target.append(" ")
        else:
            target.append(text)
        if child.tail:
            target.append(child.tail)
