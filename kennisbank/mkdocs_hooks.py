"""MkDocs hooks: an organisation's overlay folder and colours, and the Dutch search index.

Listed under `hooks:` in mkdocs.yml. The base site has no `extra.organisatie`, so those hooks do nothing there.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

# MkDocs loads hooks by file path; make the package this file belongs to importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kennisbank.model import ContentError  # noqa: E402
from kennisbank.organisatie import load_organisatie, stylesheet  # noqa: E402
from kennisbank.schema import SECTIONS  # noqa: E402
from kennisbank.zoeken import enrich, load_synoniemen  # noqa: E402

STYLESHEET = "assets/stylesheets/organisatie.css"
# Front-matter `trefwoorden` per page URL, collected while pages are read, written into the search index at the end.
_trefwoorden: dict[str, list[str]] = {}
# URLs of barrier, solution, step and role pages: only those get derived search terms; overview pages mention
# everything already and would otherwise crowd out the page about the subject itself.
_entity_urls: set[str] = set()


def _organisatie(config):
    try:
        return load_organisatie(config.extra, config.config_file_path)
    except ContentError as error:
        raise PluginError(str(error)) from None


def _dutch_search(config) -> bool:
    # `extra.nederlands_zoeken: false` gives plain Material search (the benchmark compares the two).
    return config.extra.get("nederlands_zoeken", True) is not False


def on_config(config):
    _trefwoorden.clear()
    _entity_urls.clear()
    if _dutch_search(config):
        try:
            config["_synoniemen"] = load_synoniemen(Path(config.docs_dir))
        except ContentError as error:
            raise PluginError(str(error)) from None
    organisatie = _organisatie(config)
    if organisatie is not None and organisatie.kleuren is not None:
        config.extra_css.append(STYLESHEET)
    return config


def on_files(files: Files, config) -> Files:
    organisatie = _organisatie(config)
    if organisatie is None or organisatie.overlay is None:
        return files
    overlay = (Path(config.config_file_path).parent / organisatie.overlay).resolve()
    if not overlay.is_dir():
        raise PluginError(f"{config.config_file_path}: extra.organisatie.overlay: map '{overlay}' bestaat niet")
    problems = []
    for path in sorted(p for p in overlay.rglob("*") if p.is_file()):
        src = path.relative_to(overlay).as_posix()
        if src.split("/")[0] in SECTIONS:
            problems.append(f"{path}: eigen pagina's horen in een eigen map, niet in '{src.split('/')[0]}/' "
                            "(die is van de gedeelde inhoud)")
        elif files.get_file_from_path(src) is not None:
            problems.append(f"{path}: '{src}' bestaat al in de gedeelde inhoud; geef je eigen bestand een andere naam")
        else:
            files.append(File(src, str(overlay), config.site_dir, config.use_directory_urls))
    if problems:
        raise PluginError("De eigen map (overlay) heeft fouten:\n" + "\n".join(f"  {p}" for p in problems))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.split("/")[0] in SECTIONS and page.file.name != "index":
        _entity_urls.add(page.url)
    if page.meta.get("trefwoorden"):
        _trefwoorden[page.url] = [str(w).lower() for w in page.meta["trefwoorden"]]
    return markdown


def on_post_build(config) -> None:
    if _dutch_search(config):
        _enrich_search_index(Path(config.site_dir), config["_synoniemen"])
    organisatie = _organisatie(config)
    if organisatie is not None and organisatie.kleuren is not None:
        target = Path(config.site_dir) / STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(stylesheet(organisatie), encoding="utf-8")


def _enrich_search_index(site: Path, synoniemen) -> None:
    path = site / "search/search_index.json"
    if not path.exists():
        return
    index = enrich(json.loads(path.read_text(encoding="utf-8")), synoniemen, _trefwoorden, _entity_urls)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    path.write_text(data, encoding="utf-8")
    offline = path.with_suffix(".js")  # written by Material's offline plugin, which runs before hooks
    if offline.exists():
        offline.write_text(f"var __index = {data}", encoding="utf-8")
