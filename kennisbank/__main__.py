"""Command line: build or serve an organisation's own copy, and write the field reference for writers.

    python -m kennisbank bouw voorbeelden/gemeente-voorbeeldstad --site-dir build/gemeente-voorbeeldstad
    python -m kennisbank bouw voorbeelden/gemeente-voorbeeldstad --offline --site-dir build/voorbeeldstad-offline
    python -m kennisbank serve organisaties/mijn-gemeente
    python -m kennisbank velden            (writes VELDEN.md from the schema)

An organisation's mkdocs.yml holds only its own settings (INHERIT, names, colours, contacts, overlay, menu). MkDocs
checks `docs_dir` and `theme.custom_dir` against the folder of that file before any plugin runs, so this wrapper sets
both to the base repository's folders. Plain `mkdocs build -f <organisatie>/mkdocs.yml` therefore needs this wrapper.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def organisation_overrides(config_file: Path) -> dict[str, Any]:
    """The options that point an organisation's config at the base repository's content and theme."""
    from mkdocs.utils.yaml import yaml_load

    with config_file.open(encoding="utf-8") as handle:
        merged = yaml_load(handle)  # with INHERIT resolved: the organisation's settings over the base
    theme = dict(merged.get("theme") or {})
    theme["custom_dir"] = str(ROOT / "overrides")
    return {"docs_dir": str(ROOT / "docs"), "theme": theme}


def config_file(folder: str) -> Path:
    path = Path(folder)
    path = path / "mkdocs.yml" if path.is_dir() else path
    if not path.is_file():
        raise SystemExit(
            f"Fout: {path} bestaat niet; geef de map van je organisatie, bijvoorbeeld organisaties/mijn-gemeente"
        )
    return path.resolve()


def bouw(folder: str, site_dir: str, offline: bool = False) -> None:
    path = config_file(folder)
    if not offline:
        _build(path, site_dir)
        return
    # The offline settings are those of the base's offline.yml, on top of the organisation's own config. MkDocs
    # resolves INHERIT (and this plugin the overlay) from the config's folder, so the file lives there while it builds.
    settings = path.with_name(".kennisbank-offline.yml")
    base = (ROOT / "offline.yml").read_text(encoding="utf-8")
    settings.write_text(base.replace("INHERIT: mkdocs.yml", f"INHERIT: {path.name}", 1), encoding="utf-8")
    try:
        _build(settings, site_dir)
    finally:
        settings.unlink()


def _build(path: Path, site_dir: str) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    try:
        config = load_config(str(path), site_dir=str(Path(site_dir).resolve()), **organisation_overrides(path))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except MkDocsException as error:
        # MkDocs has logged the reasons above; say which file's site was not built.
        raise SystemExit(f"{path}: de site is niet gebouwd ({error})") from None


def serve(folder: str, dev_addr: str) -> None:
    from mkdocs.commands.serve import serve as mkdocs_serve

    path = config_file(folder)
    mkdocs_serve(config_file=str(path), dev_addr=dev_addr, **organisation_overrides(path))


def velden(target: Path) -> None:
    from .fields import reference

    target.write_text(reference(), encoding="utf-8")
    print(f"Geschreven: {target}")


def log_like_mkdocs() -> object:
    """The same console output as the `mkdocs` command (it sets this up in its own CLI module). Keep the returned
    object alive: it removes its handler when it goes."""
    from mkdocs.__main__ import State

    return State()


def main(argv: list[str]) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging = log_like_mkdocs()  # noqa: F841 (kept alive on purpose)
    parser = argparse.ArgumentParser(
        prog="python -m kennisbank", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("bouw", help="bouw de eigen versie van een organisatie")
    build_parser.add_argument("organisatie", help="map met de mkdocs.yml van de organisatie")
    build_parser.add_argument("--site-dir", required=True, help="map voor de gebouwde site")
    build_parser.add_argument("--offline", action="store_true", help="te openen vanaf de schijf (zie make offline)")
    serve_parser = commands.add_parser("serve", help="toon de eigen versie met live reload")
    serve_parser.add_argument("organisatie", help="map met de mkdocs.yml van de organisatie")
    serve_parser.add_argument("--dev-addr", default="127.0.0.1:8000")
    fields_parser = commands.add_parser("velden", help="schrijf VELDEN.md uit het schema")
    fields_parser.add_argument("--doel", type=Path, default=ROOT / "VELDEN.md")
    args = parser.parse_args(argv)
    if args.command == "bouw":
        bouw(args.organisatie, args.site_dir, args.offline)
    elif args.command == "serve":
        serve(args.organisatie, args.dev_addr)
    else:
        velden(args.doel)


if __name__ == "__main__":
    main(sys.argv[1:])
