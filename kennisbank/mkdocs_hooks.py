"""MkDocs hooks for an organisation's own copy: its overlay folder and its colours.

Listed under `hooks:` in mkdocs.yml. The base site has no `extra.organisatie`, so these hooks do nothing there.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

# MkDocs loads hooks by file path; make the package this file belongs to importable.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kennisbank.model import ContentError  # noqa: E402
from kennisbank.organisatie import load_organisatie, stylesheet  # noqa: E402
from kennisbank.schema import SECTIONS  # noqa: E402

STYLESHEET = "assets/stylesheets/organisatie.css"


def _organisatie(config):
    try:
        return load_organisatie(config.extra, config.config_file_path)
    except ContentError as error:
        raise PluginError(str(error)) from None


def on_config(config):
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


def on_post_build(config) -> None:
    organisatie = _organisatie(config)
    if organisatie is not None and organisatie.kleuren is not None:
        target = Path(config.site_dir) / STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(stylesheet(organisatie), encoding="utf-8")
