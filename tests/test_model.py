"""The content model: loading, validation of every bad-input class, and derived relations."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kennisbank import ContentError, load
from kennisbank.model import MAX_BEGRIPPEN
from kennisbank.soorten import SOORTEN

BRONNEN = [
    {"id": "bron-a", "titel": "Bron A", "uitgever": "Uitgever", "soort": "wet", "url": "https://example.org/a"},
    {"id": "bron-b", "titel": "Bron B", "uitgever": "Uitgever", "soort": "onderzoek", "jaar": 2025,
     "url": "https://example.org/b"},
]


def page(id_: str, **fields) -> dict:
    return {"id": id_, "titel": id_.replace("-", " ").capitalize(), "samenvatting": "Eén zin.", "status": "concept",
            "bronnen": ["bron-a"], **fields}


def signalen(barriere: str) -> list[dict]:
    return [{"id": f"{barriere}-een", "tekst": "Bij ons klopt dit."}, {"id": f"{barriere}-twee", "tekst": "Dit ook."}]


def mini_content() -> dict[str, dict]:
    """A small valid knowledge base: src path → front matter."""
    return {
        "barrieres/weerstand.md": page("weerstand", signalen=signalen("weerstand")),
        "barrieres/witte-bubbel.md": page("witte-bubbel", signalen=signalen("witte-bubbel")),
        "oplossingen/omgaan-met-weerstand.md": page(
            "omgaan-met-weerstand", barrieres=["weerstand"], stappen=["draagvlak"], rollen=["manager"]
        ),
        "oplossingen/andere-perspectieven.md": page("andere-perspectieven", barrieres=["witte-bubbel", "weerstand"]),
        "stappenplan/verkennen.md": page(
            "verkennen",
            stap=1,
            checklist=[{"id": "verkennen-perspectief", "tekst": "Gedaan.", "eigenaar": "manager",
                        "oplossingen": ["andere-perspectieven"]}],
        ),
        "stappenplan/draagvlak.md": page(
            "draagvlak", stap=2, checklist=[{"id": "draagvlak-gesprek", "tekst": "Gedaan.", "eigenaar": "manager"}]
        ),
        "rollen/manager.md": page("manager"),
    }


def write(docs: Path, content: dict[str, dict | str], bronnen: list | str = BRONNEN) -> Path:
    (docs / "_data").mkdir(parents=True, exist_ok=True)
    (docs / "_data/bronnen.yml").write_text(bronnen if isinstance(bronnen, str) else yaml.safe_dump(bronnen))
    for soort in SOORTEN:
        (docs / soort.map).mkdir(exist_ok=True)
        (docs / soort.map / "index.md").write_text("# Overzicht\n")
    for src, meta in content.items():
        text = meta if isinstance(meta, str) else "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\nTekst.\n"
        (docs / src).write_text(text, encoding="utf-8")
    return docs


def problems(tmp_path: Path, content: dict, **kwargs) -> list[str]:
    with pytest.raises(ContentError) as raised:
        load(write(tmp_path / "docs", content, **kwargs))
    return [str(p) for p in raised.value.problems]


def test_valid_content_loads_and_derives_reverse_relations(tmp_path):
    kb = load(write(tmp_path / "docs", mini_content()))
    assert [o.id for o in kb.oplossingen_bij_barriere("weerstand")] == ["andere-perspectieven", "omgaan-met-weerstand"]
    assert [o.id for o in kb.oplossingen_bij_barriere("witte-bubbel")] == ["andere-perspectieven"]
    # A solution is part of a step when it lists the step, or when one of the step's checklist items links it.
    assert [s.id for s in kb.stappen_bij_oplossing("andere-perspectieven")] == ["verkennen"]
    assert [s.id for s in kb.stappen_bij_oplossing("omgaan-met-weerstand")] == ["draagvlak"]
    assert [s.id for s in kb.stappen_bij_barriere("weerstand")] == ["verkennen", "draagvlak"]
    assert [b.id for b in kb.barrieres_bij_stap("verkennen")] == ["weerstand", "witte-bubbel"]
    assert [(b.id, [o.id for o in os]) for b, os in kb.oplossingen_voor_rol("manager")] == [
        ("weerstand", ["omgaan-met-weerstand"])
    ]
    assert list(kb.stappen) == ["verkennen", "draagvlak"]  # step order comes from `stap`, not from the file name


def test_unknown_relation_id_names_file_field_value_and_nearest_id(tmp_path):
    content = mini_content()
    content["oplossingen/omgaan-met-weerstand.md"]["barrieres"] = ["weerstnd"]
    assert problems(tmp_path, content) == [
        "docs/oplossingen/omgaan-met-weerstand.md: veld 'barrieres[0]': onbekende barrière 'weerstnd'; "
        "bedoelde je 'weerstand'?"
    ]


def test_unknown_step_and_role_ids_are_reported(tmp_path):
    content = mini_content()
    content["oplossingen/omgaan-met-weerstand.md"].update(stappen=["draagvlak-maken"], rollen=["teamleider"])
    found = problems(tmp_path, content)
    assert len(found) == 2
    assert "veld 'stappen[0]': onbekende stap 'draagvlak-maken'; bedoelde je 'draagvlak'?" in found[0]
    assert "veld 'rollen[0]': onbekende rol 'teamleider'; geldig zijn: 'manager'" in found[1]


def test_unknown_solution_in_checklist_item(tmp_path):
    content = mini_content()
    content["stappenplan/verkennen.md"]["checklist"][0]["oplossingen"] = ["andere-perspectief"]
    assert problems(tmp_path, content) == [
        "docs/stappenplan/verkennen.md: veld 'checklist[0].oplossingen[0]': onbekende oplossing 'andere-perspectief'; "
        "bedoelde je 'andere-perspectieven'?"
    ]


def test_unknown_bron(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"]["bronnen"] = ["bron-a", "bron-aa"]
    assert problems(tmp_path, content) == [
        "docs/barrieres/weerstand.md: veld 'bronnen[1]': onbekende bron 'bron-aa'; bedoelde je 'bron-a'?"
    ]


def test_duplicate_page_id(tmp_path):
    content = mini_content()
    content["oplossingen/weerstand.md"] = page("weerstand", barrieres=["weerstand"])
    content["barrieres/weerstand.md"]["signalen"] = signalen("weerstand")
    assert problems(tmp_path, content) == [
        "docs/oplossingen/weerstand.md: veld 'id': 'weerstand' bestaat al in docs/barrieres/weerstand.md; "
        "kies een andere id"
    ]


def test_duplicate_checklist_item_id_and_step_number(tmp_path):
    content = mini_content()
    content["stappenplan/draagvlak.md"].update(stap=1, checklist=[{"id": "verkennen-perspectief", "tekst": "Ook.",
                                                                   "eigenaar": "manager"}])
    found = problems(tmp_path, content)
    assert found == [
        "docs/stappenplan/verkennen.md: veld 'stap': nummer 1 heeft docs/stappenplan/draagvlak.md al; "
        "elke stap krijgt een eigen nummer",
        "docs/stappenplan/verkennen.md: veld 'checklist[0].id': 'verkennen-perspectief' staat ook in "
        "docs/stappenplan/draagvlak.md (checklist[0]); elke id komt één keer voor. Geef het nieuwe punt een eigen id; "
        "verander de id van een punt dat al op de site staat niet",
    ]


def test_id_must_equal_slug(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"]["id"] = "verzet"
    found = problems(tmp_path, content)
    assert found[0] == "docs/barrieres/weerstand.md: veld 'id': 'verzet' is niet gelijk aan de bestandsnaam; gebruik 'id: weerstand'"


def test_missing_required_field(tmp_path):
    content = mini_content()
    del content["barrieres/weerstand.md"]["samenvatting"]
    assert problems(tmp_path, content) == ["docs/barrieres/weerstand.md: veld 'samenvatting': ontbreekt; dit veld is verplicht"]


@pytest.mark.parametrize(
    ("src", "field", "value", "expected"),
    [
        ("stappenplan/verkennen.md", "stap", "een", "veld 'stap': 'een' is geen geheel getal"),
        ("barrieres/weerstand.md", "status", "klaar", "veld 'status': 'klaar' is ongeldig; kies uit 'concept' of 'gereviewd'"),
        ("barrieres/weerstand.md", "bronnen", "bron-a", "veld 'bronnen': 'bron-a' is geen lijst"),
        ("barrieres/weerstand.md", "titel", 12, "veld 'titel': '12' is geen tekst"),
        ("barrieres/weerstand.md", "gereviewd_op", "gisteren", "veld 'gereviewd_op': 'gisteren' is geen datum"),
    ],
)
def test_wrongly_typed_field(tmp_path, src, field, value, expected):
    content = mini_content()
    content[src][field] = value
    found = problems(tmp_path, content)
    assert len(found) == 1 and found[0].startswith(f"docs/{src}: {expected}")


def test_a_quoted_date_is_that_date(tmp_path):
    """Editors and front matter copied from other sites often quote a date; it is still the date."""
    content = mini_content()
    content["barrieres/weerstand.md"].update(status="gereviewd", gereviewd_op="2025-11-27")
    kb = load(write(tmp_path / "docs", content))
    assert str(kb.barrieres["weerstand"].data.gereviewd_op) == "2025-11-27"


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01"])
def test_a_quoted_date_that_does_not_exist_is_refused(tmp_path, value):
    content = mini_content()
    content["barrieres/weerstand.md"].update(status="gereviewd", gereviewd_op=value)
    assert problems(tmp_path, content) == [
        f"docs/barrieres/weerstand.md: veld 'gereviewd_op': '{value}' is een datum die niet bestaat; schrijf JJJJ-MM-DD"
    ]


def test_misspelt_field_gets_a_suggestion(tmp_path):
    content = mini_content()
    content["oplossingen/omgaan-met-weerstand.md"]["barriers"] = ["weerstand"]
    assert problems(tmp_path, content) == [
        "docs/oplossingen/omgaan-met-weerstand.md: veld 'barriers': onbekend veld; bedoelde je 'barrieres'?"
    ]


def test_reviewed_page_needs_a_review_date(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"]["status"] = "gereviewd"
    assert problems(tmp_path, content) == [
        "docs/barrieres/weerstand.md: veld 'gereviewd_op': ontbreekt; bij status 'gereviewd' hoort een reviewdatum (JJJJ-MM-DD)"
    ]


def test_malformed_yaml_names_file_and_line(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"] = "---\nid: weerstand\ntitel: Weerstand: een titel: met dubbele punten\n---\nTekst\n"
    found = problems(tmp_path, content)
    assert len(found) == 1
    assert found[0].startswith("docs/barrieres/weerstand.md: front matter is geen geldige YAML (regel 3)")


def test_page_without_front_matter(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"] = "Alleen tekst.\n"
    assert problems(tmp_path, content) == [
        "docs/barrieres/weerstand.md: front matter ontbreekt: begin het bestand met een blok tussen twee regels '---'"
    ]


def test_bad_bibliography_entry(tmp_path):
    bronnen = [*BRONNEN, {"id": "bron-c", "titel": "C", "uitgever": "U", "soort": "wet", "url": "http://example.org/c"},
               dict(BRONNEN[0])]  # a copy: the same dict twice would be written as a YAML alias
    found = problems(tmp_path, mini_content(), bronnen=bronnen)
    starts = [n for n, line in enumerate(yaml.safe_dump(bronnen).splitlines(), start=1) if line.startswith("- ")]
    assert found == [
        f"docs/_data/bronnen.yml:{starts[2]}: veld '[2].url': 'http://example.org/c' moet met https:// beginnen",
        f"docs/_data/bronnen.yml:{starts[3]}: veld '[3].id': 'bron-a' komt twee keer voor",
    ]


def test_a_source_of_an_unknown_kind_is_refused_with_the_kinds_that_are_valid(tmp_path):
    bronnen = [dict(BRONNEN[0], soort="blog"), BRONNEN[1]]
    found = problems(tmp_path, mini_content(), bronnen=bronnen)
    assert len(found) == 1 and found[0].startswith("docs/_data/bronnen.yml:1: veld '[0].soort': 'blog'"), found
    assert all(f"'{soort}'" in found[0] for soort in ("wet", "uitspraak", "onderzoek", "nieuws")), found


def test_all_problems_are_reported_in_one_run(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"]["status"] = "klaar"
    content["oplossingen/omgaan-met-weerstand.md"]["barrieres"] = ["weerstnd"]
    content["stappenplan/draagvlak.md"]["checklist"][0]["oplossingen"] = ["niets"]
    content["rollen/manager.md"] = "---\nid: [manager\n---\n"
    found = problems(tmp_path, content)
    assert len(found) == 4, found
    assert {line.split(":")[0] for line in found} == {
        "docs/barrieres/weerstand.md",
        "docs/oplossingen/omgaan-met-weerstand.md",
        "docs/stappenplan/draagvlak.md",
        "docs/rollen/manager.md",
    }


def test_real_content_is_valid_and_connected(kb):
    assert len(kb.barrieres) >= 7 and len(kb.oplossingen) >= 8 and len(kb.stappen) >= 5
    for barriere in kb.barrieres.values():
        assert kb.oplossingen_bij_barriere(barriere.id), f"barrière {barriere.id} heeft geen oplossing"
    for oplossing in kb.oplossingen.values():
        assert kb.stappen_bij_oplossing(oplossing.id), f"oplossing {oplossing.id} zit in geen enkele stap"
    for stap in kb.stappen.values():
        assert len(stap.data.checklist) >= 4, f"stap {stap.id} heeft minder dan 4 checklistpunten"
        assert all(p.oplossingen for p in stap.data.checklist), f"stap {stap.id}: punt zonder oplossing"


def test_staleness_report_lists_unreviewed_and_old_reviews(tmp_path):
    import datetime

    content = mini_content()
    content["barrieres/weerstand.md"].update(status="gereviewd", gereviewd_op=datetime.date(2025, 11, 27))
    content["barrieres/witte-bubbel.md"].update(status="gereviewd", gereviewd_op=datetime.date(2025, 11, 29))
    kb = load(write(tmp_path / "docs", content))
    stale = {e.id: reason for e, reason in kb.niet_recent_gereviewd(datetime.date(2026, 11, 28))}
    assert stale["weerstand"] == "laatst gereviewd op 2025-11-27"
    assert "witte-bubbel" not in stale
    assert stale["manager"] == "nog nooit gereviewd"


def with_new_kinds() -> dict[str, dict]:
    content = mini_content()
    content["recht/awgb.md"] = page("awgb", soort="wet", voor=["manager"])
    content["instrumenten/leidraad.md"] = page("leidraad", soort="gespreksleidraad", voor=["manager"],
                                               oplossingen=["omgaan-met-weerstand"], stappen=["draagvlak"],
                                               recht=["awgb"])
    content["oplossingen/omgaan-met-weerstand.md"]["recht"] = ["awgb"]
    content["stappenplan/verkennen.md"]["checklist"][0]["recht"] = ["awgb"]
    return content


def test_law_and_instrument_relations_are_declared_once_and_derived_both_ways(tmp_path):
    kb = load(write(tmp_path / "docs", with_new_kinds()))
    recht, instrument = kb.recht["awgb"], kb.instrumenten["leidraad"]
    assert [o.id for o in kb.oplossingen_bij_recht("awgb")] == ["omgaan-met-weerstand"]
    assert [(s.id, p.id) for s, p in kb.checklistpunten_bij_recht("awgb")] == [("verkennen", "verkennen-perspectief")]
    assert [i.id for i in kb.instrumenten_bij(recht)] == ["leidraad"]
    assert [i.id for i in kb.instrumenten_bij(kb.oplossingen["omgaan-met-weerstand"])] == ["leidraad"]
    assert [i.id for i in kb.instrumenten_bij(kb.stappen["draagvlak"])] == ["leidraad"]
    assert [i.id for i in kb.instrumenten_bij(kb.rollen["manager"])] == ["leidraad"]
    assert [r.id for r in kb.recht_voor_rol("manager")] == ["awgb"]
    assert [(s.id, p.id) for s, p in kb.checklistpunten_van_rol("manager")] == [
        ("verkennen", "verkennen-perspectief"), ("draagvlak", "draagvlak-gesprek")]
    assert instrument.soort.label == "Instrument"


def test_complete_checklist_instruments_are_derived_through_the_solutions(tmp_path):
    content = with_new_kinds()
    content["stappenplan/draagvlak.md"]["checklist"][0]["oplossingen"] = ["omgaan-met-weerstand"]
    kb = load(write(tmp_path / "docs", content))
    punt = kb.stappen["draagvlak"].data.checklist[0]
    assert [i.id for i in kb.instrumenten_bij_punt(punt)] == ["leidraad"]
    assert kb.instrumenten_bij_punt(kb.stappen["verkennen"].data.checklist[0]) == []


@pytest.mark.parametrize("value", ["Weinig: een middag.", "Het kost een paar weken.", "klein tot groot: wisselt."])
def test_an_estimate_without_a_size_names_the_sizes_that_are_valid(tmp_path, value):
    content = mini_content()
    content["oplossingen/omgaan-met-weerstand.md"]["inschatting"] = value
    found = problems(tmp_path, content)
    assert len(found) == 1 and found[0].startswith("docs/oplossingen/omgaan-met-weerstand.md: veld 'inschatting': "), found
    assert f"'{value[:20]}" in found[0] and "'Klein:', 'Klein tot middel:', 'Middel:'" in found[0], found[0]
    assert found[0].count(value[:20]) == 1, found[0]  # the value once, not once per layer


@pytest.mark.parametrize(("value", "size"), [("Klein: een middag.", "Klein"), ("Klein tot middel: weken.", "Klein tot middel"),
                                             ("Groot : jaren.", "Groot")])
def test_the_size_of_an_estimate_is_its_first_words(tmp_path, value, size):
    content = mini_content()
    content["oplossingen/omgaan-met-weerstand.md"]["inschatting"] = value
    kb = load(write(tmp_path / "docs", content))
    assert kb.oplossingen["omgaan-met-weerstand"].data.omvang == size
    assert kb.oplossingen["andere-perspectieven"].data.omvang is None


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("voor", ["teamleider"], "veld 'voor[0]': onbekende rol 'teamleider'; geldig zijn: 'manager'"),
    ("oplossingen", ["omgaan-met-weerstnd"], "veld 'oplossingen[0]': onbekende oplossing 'omgaan-met-weerstnd'; "
                                             "bedoelde je 'omgaan-met-weerstand'?"),
    ("recht", ["awg"], "veld 'recht[0]': onbekende wet en recht 'awg'; bedoelde je 'awgb'?"),
    ("soort", "spel", "veld 'soort': 'spel' is ongeldig; kies uit 'gespreksleidraad', 'sjabloon', 'werkvorm', "
                      "'meetlijst', 'stappenlijst' of 'opzet'"),
    ("stappen", [], "veld 'stappen': is leeg; noem er minstens één"),
])
def test_bad_instrument_fields(tmp_path, field, value, expected):
    content = with_new_kinds()
    content["instrumenten/leidraad.md"][field] = value
    assert problems(tmp_path, content) == [f"docs/instrumenten/leidraad.md: {expected}"]


def test_a_law_page_is_for_roles_or_for_residents(tmp_path):
    content = with_new_kinds()
    content["recht/awgb.md"]["voor"] = []
    assert problems(tmp_path, content) == [
        "docs/recht/awgb.md: veld 'voor': is leeg; noem de rollen voor wie dit belangrijk is, of zet `inwoners: true`"
    ]
    content["recht/awgb.md"]["inwoners"] = True
    content["recht/klacht.md"] = page("klacht", soort="route", inwoners=True)
    kb = load(write(tmp_path / "docs2", content))
    assert [r.id for r in kb.recht_voor_inwoners()] == ["awgb", "klacht"]
    assert kb.startpagina_inwoners.id == "klacht"
    assert kb.recht_voor_rol("manager") == []


@pytest.mark.parametrize(("voorbeeld", "expected"), [
    ({"tekst": "Iets gebeurde."}, "veld 'voorbeelden[0].soort': ontbreekt; dit veld is verplicht"),
    ({"soort": "echt", "tekst": "Iets."}, "veld 'voorbeelden[0].soort': 'echt' is ongeldig; kies uit 'verzonnen' of "
                                           "'gedocumenteerd'"),
    ({"soort": "gedocumenteerd", "tekst": "Iets."}, "veld 'voorbeelden[0].bron': ontbreekt; een gedocumenteerd "
                                                    "voorbeeld noemt zijn bron (id uit bronnen.yml)"),
    ({"soort": "gedocumenteerd", "tekst": "Iets.", "bron": "bron-aa"},
     "veld 'voorbeelden[0].bron': onbekende bron 'bron-aa'; bedoelde je 'bron-a'?"),
    ({"soort": "verzonnen", "tekst": "Iets.", "barrieres": ["witte-bubbl"]},
     "veld 'voorbeelden[0].barrieres[0]': onbekende barrière 'witte-bubbl'; bedoelde je 'witte-bubbel'?"),
])
def test_every_example_has_a_kind_and_a_documented_one_a_source(tmp_path, voorbeeld, expected):
    content = mini_content()
    content["barrieres/weerstand.md"]["voorbeelden"] = [voorbeeld]
    assert problems(tmp_path, content) == [f"docs/barrieres/weerstand.md: {expected}"]


def test_a_documented_example_also_appears_on_the_other_barriers_it_names(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"]["voorbeelden"] = [
        {"soort": "gedocumenteerd", "tekst": "Een zaak.", "bron": "bron-b", "barrieres": ["witte-bubbel"]}]
    kb = load(write(tmp_path / "docs", content))
    [(voorbeeld, page_)] = kb.voorbeelden_bij(kb.barrieres["witte-bubbel"])
    assert voorbeeld.tekst == "Een zaak." and page_.id == "weerstand"


@pytest.mark.parametrize("line", ["Een voorbeeld bij het Wmo-loket: een inwoner wacht.", "Voorbeeld: de bibliotheek.",
                                  "- Bijvoorbeeld bij de thuiszorg gaat het mis.", "Stel je voor dat een inwoner belt."])
def test_example_like_prose_outside_the_examples_is_flagged_with_file_and_line(tmp_path, line):
    content = mini_content()
    front = "---\n" + yaml.safe_dump(content["barrieres/weerstand.md"], allow_unicode=True) + "---\n"
    content["barrieres/weerstand.md"] = front + "\n## Wat is het?\n\n" + line + "\n"
    number = front.count("\n") + 4
    found = problems(tmp_path, content)
    assert len(found) == 1 and found[0].startswith(f"docs/barrieres/weerstand.md: regel {number}: een voorbeeld in "
                                                   "de lopende tekst")


def test_ordinary_use_of_bijvoorbeeld_is_not_flagged(tmp_path):
    content = mini_content()
    front = "---\n" + yaml.safe_dump(content["barrieres/weerstand.md"], allow_unicode=True) + "---\n"
    content["barrieres/weerstand.md"] = front + "\nJe kunt bijvoorbeeld een collega vragen. Dat is een voorbeeld.\n"
    load(write(tmp_path / "docs", content))


@pytest.mark.parametrize(("signalen_", "expected"), [
    ([{"id": "weerstand-een", "tekst": "Klopt."}], "veld 'signalen': is te kort; noem er minstens 2"),
    ([{"id": f"s{i}", "tekst": "Een."} for i in range(5)],
     "veld 'signalen': is te lang; noem er hoogstens 4"),
    ([{"id": "weerstand-een", "tekst": ""}, {"id": "weerstand-twee", "tekst": "Twee."}],
     "veld 'signalen[0].tekst': is leeg"),
])
def test_bad_signals_are_reported(tmp_path, signalen_, expected):
    content = mini_content()
    content["barrieres/weerstand.md"]["signalen"] = signalen_
    found = problems(tmp_path, content)
    assert found == [f"docs/barrieres/weerstand.md: {expected}"], found


def test_a_signal_id_is_unique(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"]["signalen"][1]["id"] = "weerstand-een"
    assert problems(tmp_path, content) == [
        "docs/barrieres/weerstand.md: veld 'signalen[1].id': 'weerstand-een' staat ook in "
        "docs/barrieres/weerstand.md (signalen[0]); elke id komt één keer voor. Geef het nieuwe punt een eigen id; "
        "verander de id van een punt dat al op de site staat niet"]


def test_a_signal_id_names_its_own_barrier(tmp_path):
    content = mini_content()
    content["barrieres/weerstand.md"]["signalen"][1]["id"] = "weerstnd-twee"
    assert problems(tmp_path, content) == [
        "docs/barrieres/weerstand.md: veld 'signalen[1].id': 'weerstnd-twee' hoort niet bij deze barrière; begin de "
        "id met 'weerstand-' (bijvoorbeeld 'weerstand-twee')"]


HOSTILE = ["<script>alert(1)</script>", "Weerstand<meta http-equiv=refresh content=0>", "&lt;img src=x&gt;",
           "&#60;b&#62;", "{ onclick=alert(1) }", "[klik](javascript:alert(1))", "![x](https://example.org/x.png)",
           "`code`", "tekst\u202eomgekeerd"]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(("src", "path"), [
    ("barrieres/weerstand.md", ("titel",)), ("barrieres/weerstand.md", ("samenvatting",)),
    ("barrieres/weerstand.md", ("signalen", 0, "tekst")), ("stappenplan/verkennen.md", ("checklist", 0, "tekst")),
    ("barrieres/weerstand.md", ("trefwoorden", 0)),
])
def test_markup_in_a_plain_text_field_is_refused_with_file_and_field(tmp_path, value, src, path):
    content = mini_content()
    content["barrieres/weerstand.md"]["trefwoorden"] = ["x"]
    target = content[src]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    found = problems(tmp_path, content)
    field = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(path))
    assert len(found) == 1 and found[0].startswith(f"docs/{src}: veld '{field}': "), found
    assert "platte tekst" in found[0] or "HTML" in found[0] or "stuurteken" in found[0], found


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("field", ["titel", "uitgever", "over"])
def test_markup_in_a_source_field_is_refused(tmp_path, value, field):
    bronnen = [dict(BRONNEN[0], **{field: value}), BRONNEN[1]]
    found = problems(tmp_path, mini_content(), bronnen=bronnen)
    assert len(found) == 1 and found[0].startswith(f"docs/_data/bronnen.yml:1: veld '[0].{field}': "), found


@pytest.mark.parametrize("value", HOSTILE)
def test_markup_in_a_glossary_entry_is_refused(tmp_path, value):
    docs = write(tmp_path / "docs", mini_content())
    (docs / "_data/begrippen.yml").write_text(yaml.safe_dump([{"term": "weerstand", "uitleg": value}]))
    with pytest.raises(ContentError) as raised:
        load(docs)
    assert str(raised.value.problems[0]).startswith("docs/_data/begrippen.yml:1: veld '[0].uitleg': ")


def test_a_glossary_has_at_most_a_few_hundred_terms(tmp_path):
    """Every page looks for every term: the limit keeps that work small, and the message says file, count and limit."""
    docs = write(tmp_path / "docs", mini_content())
    glossary = docs / "_data/begrippen.yml"
    terms = [{"term": f"begrip{i}", "uitleg": "Een korte uitleg."} for i in range(MAX_BEGRIPPEN + 1)]
    glossary.write_text(yaml.safe_dump(terms[:MAX_BEGRIPPEN]))
    assert len(load(docs).begrippen) == MAX_BEGRIPPEN
    glossary.write_text(yaml.safe_dump(terms))
    with pytest.raises(ContentError) as raised:
        load(docs)
    assert [str(p) for p in raised.value.problems] == [
        f"docs/_data/begrippen.yml: heeft {MAX_BEGRIPPEN + 1} begrippen; hoogstens {MAX_BEGRIPPEN}: elke pagina zoekt "
        "naar elk begrip, dus neem alleen woorden op die de lezer uitgelegd moet krijgen"
    ]


def test_vocabulary_gives_each_word_one_role(tmp_path):
    docs = write(tmp_path / "docs", mini_content())
    (docs / "_data/woorden.yml").write_text(yaml.safe_dump([
        {"term": "onboarding", "zoekwoorden": ["inwerken", "nieuwe collega's"]},
        {"term": "training", "varianten": ["inwerken"], "zoekwoorden": ["scholing"]},
    ]))
    with pytest.raises(ContentError) as raised:
        load(docs)
    assert [str(p) for p in raised.value.problems] == [
        "docs/_data/woorden.yml: veld 'varianten (term 'training')': 'inwerken' staat al bij 'onboarding'; elk woord "
        "heeft één plek"]


def test_example_questions_name_a_page_that_exists(tmp_path):
    """docs/_data/voorbeeldvragen.yml: a page that does not exist, or a path outside docs/, is an error that says
    which value and what would be valid; questions must be plain one-line text."""
    docs = write(tmp_path / "docs", mini_content())
    vragen = docs / "_data/voorbeeldvragen.yml"
    vragen.write_text(yaml.safe_dump([{"pagina": "barrieres/weerstand.md", "vragen": ["collega's werken tegen"]}]))
    assert load(docs).voorbeeldvragen == {"barrieres/weerstand.md": ("collega's werken tegen",)}
    vragen.write_text(yaml.safe_dump([
        {"pagina": "barrieres/weerstnd.md", "vragen": ["werken tegen"]},
        {"pagina": "../../geheim.md", "vragen": ["iets"]},
        {"pagina": "barrieres/weerstand.md", "vragen": ["twee\nregels"]},
    ]))
    with pytest.raises(ContentError) as raised:
        load(docs)
    problems = [str(p) for p in raised.value.problems]
    assert ("docs/_data/voorbeeldvragen.yml: veld 'pagina': 'barrieres/weerstnd.md' is geen pagina in docs/; "
            "bedoelde je 'barrieres/weerstand.md'?") in problems
    assert any(p.startswith("docs/_data/voorbeeldvragen.yml:4: veld '[1].pagina'") for p in problems), "\n".join(problems)
    assert any(p.startswith("docs/_data/voorbeeldvragen.yml:7: veld '[2].vragen[0]'") for p in problems), "\n".join(problems)


def raw_page(front_matter: str, body: str = "Tekst.\n") -> str:
    return f"---\n{front_matter}\n---\n\n{body}"


VALID_FRONT = ("id: weerstand\ntitel: Weerstand\nsamenvatting: Een zin.\nstatus: concept\nbronnen: [bron-a]\n"
               "signalen:\n  - id: weerstand-een\n    tekst: Een.\n  - id: weerstand-twee\n    tekst: Twee.")


@pytest.mark.parametrize(("text", "expected"), [
    (raw_page(VALID_FRONT.replace("titel: Weerstand", "titel: Wet: wat mag?")),
     "(regel 3): staat er een dubbele punt in een waarde? Zet de waarde dan tussen aanhalingstekens"),
    (raw_page(VALID_FRONT.replace("\n  - id: weerstand-een", "\n\t- id: weerstand-een")),
     "staat er een tab of een teken als @ of ` aan het begin? Spring in met spaties"),
    (raw_page(VALID_FRONT + "\ngereviewd_op: 2026-02-30"), "front matter bevat een datum die niet bestaat"),
    ("---\n" + VALID_FRONT + "\n\nTekst zonder afsluiting.\n",
     "het blok met velden bovenaan wordt niet afgesloten: zet een regel '---' na het laatste veld"),
    (raw_page(VALID_FRONT.replace("titel: Weerstand", "titel: $titel")), "regel 3: tekst uit het sjabloon ('titel: $titel')"),
    (raw_page(VALID_FRONT + "\nstatus: gereviewd\ngereviewd_op: 2999-01-01".replace("\nstatus: gereviewd", "")),
     "veld 'gereviewd_op': '2999-01-01' ligt in de toekomst"),
    (raw_page(VALID_FRONT + "\ntrefwoorden: [klacht, melding, Klacht]"), "'Klacht' staat er twee keer in"),
    (raw_page(VALID_FRONT, "Tekst.\n\n# Weerstand\n\nMeer.\n"), "'# Weerstand' is een tweede titel"),
])
def test_common_mistakes_in_a_page_get_advice_in_plain_dutch(tmp_path, text, expected):
    content = mini_content()
    content["barrieres/weerstand.md"] = text
    found = problems(tmp_path, content)
    assert any(line.startswith("docs/barrieres/weerstand.md: ") and expected in line for line in found), found
    assert not any("Traceback" in line for line in found)


@pytest.mark.parametrize(("src", "expected"), [
    ("oplossing/buddy.md", "staat niet in een inhoudsmap; bedoelde je docs/oplossingen/?"),
    ("buddy.md", "staat niet in een inhoudsmap; kies uit docs/barrieres/"),
])
def test_a_content_page_outside_its_folder_gets_one_message_that_says_where_it_belongs(tmp_path, src, expected):
    content = mini_content()
    (tmp_path / "docs" / src).parent.mkdir(parents=True, exist_ok=True)
    content[src] = page("buddy", barrieres=["weerstand"])
    found = [line for line in problems(tmp_path, content) if line.startswith(f"docs/{src}")]
    assert len(found) == 1 and expected in found[0], found


def test_a_file_name_with_spaces_gets_no_advice_to_use_an_invalid_id(tmp_path):
    content = mini_content()
    content["barrieres/weerstand bespreken.md"] = page("weerstand-bespreken", signalen=signalen("weerstand-bespreken"))
    found = problems(tmp_path, content)
    assert any("'weerstand bespreken': namen van bestanden en mappen" in line for line in found), found
    assert not any("gebruik 'id: weerstand bespreken'" in line for line in found), found


def test_a_folder_index_with_the_address_of_a_page_is_refused(tmp_path):
    """docs/over/index.md and docs/over.md are both the page over/: one would silently replace the other."""
    content = mini_content()
    content["over.md"] = "# Over\n\nTekst.\n"
    content["over/index.md"] = "# Ook over\n\nAndere tekst.\n"
    (tmp_path / "docs/over").mkdir(parents=True)
    found = problems(tmp_path, content)
    assert found == ["docs/over/index.md: heeft hetzelfde adres als docs/over.md; geef een van beide een andere naam"]


def test_a_name_windows_reserves_is_refused(tmp_path):
    """A file named aux.md cannot be checked out on Windows, where many contributors edit."""
    content = mini_content()
    content["oplossingen/aux.md"] = "# Aux\n"
    found = problems(tmp_path, content)
    assert "docs/oplossingen/aux.md: 'aux' is een naam die Windows niet toestaat; kies een andere naam" in found


def test_a_relation_to_a_page_of_another_kind_says_what_kind_it_is(tmp_path):
    content = mini_content()
    content["oplossingen/omgaan-met-weerstand.md"]["barrieres"] = ["andere-perspectieven"]
    found = problems(tmp_path, content)
    assert ("docs/oplossingen/omgaan-met-weerstand.md: veld 'barrieres[0]': onbekende barrière 'andere-perspectieven'; "
            "dat is een oplossing") in found, found


def test_windows_line_endings_are_fine_and_a_bom_gets_a_clear_message(tmp_path):
    content = mini_content()
    docs = write(tmp_path / "docs", content)
    page = docs / "barrieres/weerstand.md"
    text = page.read_text(encoding="utf-8")
    page.write_bytes(text.replace("\n", "\r\n").encode())
    assert "weerstand" in load(docs).barrieres  # as MkDocs reads it
    page.write_bytes(b"\xef\xbb\xbf" + text.encode())
    with pytest.raises(ContentError) as raised:
        load(docs)
    assert [str(p) for p in raised.value.problems] == [
        "docs/barrieres/weerstand.md: begint met een onzichtbaar teken (BOM); sla het bestand op als 'UTF-8' zonder BOM"]


PUBLISHED_IDS = Path(__file__).parent / "data/gepubliceerde-ids.txt"


def published_id_changes(kb, listed_file: Path) -> list[str]:
    """What changed between the ids readers keep their ticks and answers under (the list) and the content."""
    listed = {line.strip() for line in listed_file.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    where = {item.id: (e.src, veld) for e in kb for veld in ("checklist", "signalen")
             for item in getattr(e.data, veld, [])}
    gone = [f"'{i}' staat op de site (lezers bewaren er hun vinkje of antwoord onder) maar niet meer in de inhoud; "
            f"zet de id terug, of haal hem bewust weg uit tests/data/{listed_file.name}" for i in sorted(listed - where.keys())]
    new = [f"docs/{where[i][0]}: {where[i][1]}-id '{i}' is nieuw; zet hem in tests/data/{listed_file.name}, dan "
           "beschermt de test hem" for i in sorted(where.keys() - listed)]
    return gone + new


def test_ids_readers_keep_their_progress_under_stay(kb):
    assert published_id_changes(kb, PUBLISHED_IDS) == []


def test_a_renamed_checklist_id_is_caught(tmp_path):
    """The list has the old name of an item ('draagvlak-gesprekken'); the content now calls it 'draagvlak-gesprek'."""
    kb = load(write(tmp_path / "docs", mini_content()))
    listed = tmp_path / "ids.txt"
    listed.write_text("# lijst\nverkennen-perspectief\ndraagvlak-gesprekken\nweerstand-een\nweerstand-twee\n"
                      "witte-bubbel-een\nwitte-bubbel-twee\n", encoding="utf-8")
    assert published_id_changes(kb, listed) == [
        "'draagvlak-gesprekken' staat op de site (lezers bewaren er hun vinkje of antwoord onder) maar niet meer in "
        "de inhoud; zet de id terug, of haal hem bewust weg uit tests/data/ids.txt",
        "docs/stappenplan/draagvlak.md: checklist-id 'draagvlak-gesprek' is nieuw; zet hem in tests/data/ids.txt, "
        "dan beschermt de test hem",
    ]


# --- The checklist of a list of steps (an instrument with soort stappenlijst) -------------------------------------

LIST_BODY = "\n## Wanneer gebruik je dit?\n\nTekst.\n\n## Stap 1. Luister\n\nTekst.\n\n## Stap 2. Schrijf op\n\nTekst.\n"


def with_a_list_of_steps(**fields) -> dict[str, dict | str]:
    content = with_new_kinds()
    meta = page("melding", soort="stappenlijst", voor=["manager"], oplossingen=["omgaan-met-weerstand"],
                stappen=["draagvlak"], checklist=[{"id": "melding-luisteren", "stap": 1, "tekst": "Luister."},
                                                   {"id": "melding-opschrijven", "stap": 2, "tekst": "Schrijf op."}])
    meta.update(fields)
    content["instrumenten/melding.md"] = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + LIST_BODY
    return content


def test_a_list_of_steps_carries_a_checklist_linked_to_its_steps(tmp_path):
    kb = load(write(tmp_path / "docs", with_a_list_of_steps()))
    melding = kb.instrumenten["melding"]
    assert [(p.id, p.stap) for p in melding.data.checklist] == [("melding-luisteren", 1), ("melding-opschrijven", 2)]
    assert melding.stapkoppen == {1: "Stap 1. Luister", 2: "Stap 2. Schrijf op"}
    assert [s.id for s in kb.stappen_bij_oplossing("omgaan-met-weerstand")] == ["draagvlak"], "geen stap erbij"
    assert kb.checklistpunten_van_rol("manager") == [(kb.stappen["verkennen"], kb.stappen["verkennen"].data.checklist[0]),
                                                     (kb.stappen["draagvlak"], kb.stappen["draagvlak"].data.checklist[0])]


@pytest.mark.parametrize(("fields", "expected"), [
    ({"soort": "gespreksleidraad"},
     "veld 'checklist': hoort alleen bij een instrument met 'soort: stappenlijst' (dit is een gespreksleidraad); "
     "haal het veld weg, of maak er een stappenlijst van"),
    ({"checklist": [{"id": "melding-bellen", "stap": 3, "tekst": "Bel."}]},
     "veld 'checklist[0].stap': '3': de pagina heeft geen kop '## Stap 3. ...'; stappen op de pagina: 1, 2"),
    ({"checklist": [{"id": "bellen", "stap": 1, "tekst": "Bel."}]},
     "veld 'checklist[0].id': 'bellen' hoort niet bij dit instrument; begin de id met 'melding-' "
     "(bijvoorbeeld 'melding-bellen')"),
    ({"checklist": [{"id": "melding-bellen", "tekst": "Bel."}]},
     "veld 'checklist[0].stap': ontbreekt; dit veld is verplicht"),
    ({"checklist": [{"id": "melding-bellen", "stap": 1, "tekst": "Bel.", "eigenaar": "manager"}]},
     "veld 'checklist[0].eigenaar': onbekend veld; geldig zijn: 'id', 'tekst', 'stap'"),
    ({"checklist": [{"id": "melding-bellen", "stap": 1, "tekst": "<b>Bel</b>"}]},
     "veld 'checklist[0].tekst': '<b>Bel</b>' mag geen HTML bevatten (geen < of >); dit veld is platte tekst"),
])
def test_a_bad_checklist_of_a_list_of_steps_says_file_field_value_and_what_is_valid(tmp_path, fields, expected):
    assert problems(tmp_path, with_a_list_of_steps(**fields)) == [f"docs/instrumenten/melding.md: {expected}"]


@pytest.mark.parametrize("body", [
    LIST_BODY.replace("## Wanneer gebruik je dit?", "### Stap 1. Luister"),  # an earlier heading takes the anchor
    LIST_BODY.replace("## Stap 1. Luister", "## Stap 1. Luister **goed**"),  # markup: another text and anchor
    LIST_BODY.replace("## Stap 1. Luister", "## Stap 1. Luister [hier](https://example.org)"),
])
def test_the_checklist_links_only_to_a_step_heading_it_can_name(tmp_path, body):
    """Red team: the checklist's link to a step is made from the source line. Another heading with the same anchor,
    or markup in the heading, would send it elsewhere or nowhere, without any error."""
    content = with_a_list_of_steps()
    content["instrumenten/melding.md"] = content["instrumenten/melding.md"].replace(LIST_BODY, body)
    found = problems(tmp_path, content)
    assert len(found) == 1 and "veld 'kop van stap 1':" in found[0] and "gewone tekst" in found[0], found


def test_a_checklist_id_is_unique_across_steps_and_lists_of_steps(tmp_path):
    content = with_a_list_of_steps()
    content["stappenplan/draagvlak.md"]["checklist"][0]["id"] = "melding-luisteren"
    assert problems(tmp_path, content) == [
        "docs/stappenplan/draagvlak.md: veld 'checklist[0].id': 'melding-luisteren' staat ook in "
        "docs/instrumenten/melding.md (checklist[0]); elke id komt één keer voor. Geef het nieuwe punt een eigen id; "
        "verander de id van een punt dat al op de site staat niet",
    ]


@pytest.mark.parametrize(("text", "expected"), [
    # A second status low in the front matter: YAML keeps the last one, a reviewer reads the first.
    (raw_page(VALID_FRONT + "\nstatus: gereviewd\ngereviewd_op: 2026-01-05"),
     "front matter is geen geldige YAML (regel 12): het veld 'status' staat twee keer in hetzelfde blok (ook op "
     "regel 5)"),
    (raw_page(VALID_FRONT.replace("tekst: Een.", "tekst: Een.\n    tekst: Iets anders.")),
     "front matter is geen geldige YAML (regel 10): het veld 'tekst' staat twee keer in hetzelfde blok (ook op "
     "regel 9)"),
])
def test_a_field_twice_in_the_front_matter_is_refused_with_file_field_and_line(tmp_path, text, expected):
    """YAML keeps only the last of two equal keys, without a word: the page would say something else than the
    reviewer read. Each message names the file, the field and both lines."""
    content = mini_content()
    content["barrieres/weerstand.md"] = text
    found = problems(tmp_path, content)
    assert len(found) == 1 and found[0].startswith("docs/barrieres/weerstand.md: " + expected), found


def test_a_field_twice_in_a_data_file_is_refused_with_file_field_and_line(tmp_path):
    bronnen = yaml.safe_dump(BRONNEN) + "- id: bron-c\n  titel: C\n  uitgever: U\n  soort: wet\n  url: https://example.org/c\n" \
        "  url: https://tracker.example/c\n"
    line = bronnen.splitlines().index("  url: https://tracker.example/c") + 1
    assert problems(tmp_path, mini_content(), bronnen=bronnen)[0] == (
        f"docs/_data/bronnen.yml: geen geldige YAML (regel {line}): het veld 'url' staat twee keer in hetzelfde blok "
        f"(ook op regel {line - 1}); YAML houdt alleen de laatste, dus haal er één weg")
