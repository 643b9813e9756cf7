"""The template sandbox at unit level: fast, rendering template text directly, for a broad corpus of payloads.

Each payload class from the threat model in test_veiligheid.py: attribute walks to Python internals, format strings,
filters, the objects mkdocs-macros and MkDocs put in the context, include/import traversal, and resource exhaustion.
A payload must either raise (the build then stops with the message) or render without reaching anything secret.
"""

from __future__ import annotations

import os
import secrets

import pytest
from jinja2.exceptions import SecurityError, TemplateError

from kennisbank.sandbox import Limits, PageView, Sandbox, TemplateLimitError


def macro() -> str:
    return "UITVOER-VAN-DE-MACRO"


@pytest.fixture
def sandbox(tmp_path):
    includes = tmp_path / "docs/_includes"
    includes.mkdir(parents=True)
    (includes / "stuk.md").write_text("Een stuk tekst.", encoding="utf-8")
    (includes / "lus.md").write_text("{% include 'lus.md' %}", encoding="utf-8")
    (tmp_path / "geheim.txt").write_text("GEHEIM-BESTAND", encoding="utf-8")
    box = Sandbox({"overzicht": macro}, str(includes), public_extra={"regio": "Voorbeeld"})
    box.set_page(PageView(title="Titel", url="matrix/", src="docs/matrix.md", meta={"titel": "Matrix", "n": 3}))
    return box


def render(sandbox: Sandbox, source: str, **passed) -> str:
    """Render as mkdocs-macros does: it passes its own variables, which the sandbox must ignore."""
    return sandbox.from_string(source).render(**passed)


def test_a_template_sees_exactly_the_allowlisted_names(sandbox):
    """Fails when a name is added: every new name a template can reach must be a deliberate decision."""
    assert sorted(sandbox.context()) == ["extra", "n", "overzicht", "page", "titel"]
    assert sorted(sandbox.globals) == ["range"]
    assert sorted(sandbox.filters) == sorted(["lower", "upper", "capitalize", "title", "trim", "length", "count",
                                              "first", "last", "default", "d", "escape", "e", "int", "string",
                                              "join", "list", "sort", "reverse"])
    assert "attr" not in sandbox.filters and "format" not in sandbox.filters and "map" not in sandbox.filters


def test_macros_front_matter_page_and_extra_work(sandbox):
    out = render(sandbox, "{{ overzicht() }} {{ titel }} {{ page.title }} {{ page.meta.n }} {{ extra.regio }}")
    assert out == "UITVOER-VAN-DE-MACRO Matrix Titel 3 Voorbeeld"


def test_variables_passed_by_mkdocs_macros_never_reach_the_template(sandbox):
    """mkdocs-macros hands every template its config, files, navigation, plugin and more. None may arrive."""
    canary = "kanarie-" + secrets.token_hex(8)
    passed = {name: canary for name in ("config", "files", "navigation", "plugin", "environment", "git", "macros",
                                        "filters", "filters_builtin", "extra", "page", "macros_info", "context")}
    for name in passed:
        if name in ("extra", "page"):
            assert canary not in render(sandbox, f"{{{{ {name} }}}}", **passed)
        else:
            with pytest.raises(TemplateError):
                render(sandbox, f"{{{{ {name} }}}}", **passed)


ATTRIBUTE_WALKS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ''.__class__ }}",
    "{{ page.__class__.__init__.__globals__ }}",
    "{{ page.meta.__class__.__base__.__subclasses__() }}",
    "{{ overzicht.__globals__['os'].environ }}",
    "{{ overzicht.__code__ }}",
    "{{ range.__self__ }}",
    "{{ page.meta.items.__self__ }}",
    "{{ titel.__class__.__base__ }}",
    "{{ page|attr('__class__') }}",
    "{{ self.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].environ }}",
    "{{ cycler.__init__.__globals__.os.environ }}",
    "{{ joiner.__init__.__globals__['os'].popen('env').read() }}",
    "{{ namespace.__init__.__globals__ }}",
    "{% for x in range(3) %}{{ loop.cycle.__globals__ }}{% endfor %}",
    "{{ overzicht.func_globals }}",
    "{{ titel.encode('utf-8') }}",
    "{{ page.meta.update({'x': 1}) }}",
    "{{ page.meta.pop('titel') }}",
    "{{ page.meta.setdefault('x', 1) }}",
]
FORMAT_STRINGS = [
    "{{ '{0.__class__}'.format(titel) }}",
    "{{ titel.format_map({}) }}",
    "{{ '%s' % titel }}",
    "{{ '%999999999s' % 'a' }}",
    "{{ 'x'|format(1) }}",
    "{{ titel|center(99999999) }}",
    "{{ titel|indent(99999999) }}",
    "{{ titel|wordwrap(1) }}",
    "{{ titel|replace('a', 'b') }}",
    "{{ [titel]|map('upper')|list }}",
    "{{ page|tojson }}",
    "{{ page|pprint }}",
    "{{ {'a': 1}|xmlattr }}",
    "{{ titel.center(99999999) }}",
    "{{ titel.ljust(99999999) }}",
    "{{ titel.zfill(99999999) }}",
]
TRAVERSAL = [
    "{% include '../../geheim.txt' %}",
    "{% include '../geheim.txt' %}",
    "{% include '/etc/hostname' %}",
    "{% include '/proc/self/environ' %}",
    "{% import '../../macros.py' as m %}",
    "{% from 'stuk.md' import x %}",
    "{% extends 'stuk.md' %}",
    "{% include 'lus.md' %}",
]
STATEMENTS = [
    "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "{% call overzicht() %}x{% endcall %}",
    "{% filter upper %}x{% endfilter %}",
    "{% set x %}{{ titel }}{% endset %}",
    "{% block b %}{% endblock %}",
    "{% with a = 1 %}{% endwith %}",
    "{% for x in range(3) recursive %}{{ loop(range(3)) }}{% endfor %}",
    "{% set ns = namespace(a=1) %}",
]
EXHAUSTION = [
    "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
    "{{ range(100000000)|list }}",
    "{{ 'a' * 100000000 }}",
    "{{ [1] * 100000000 }}",
    "{{ 99999999999999999999 * 99999999999999999999 * 99999999999999999999 * 99999999999999999999 }}",
    "{{ 2 ** 100000000 }}",
    "{% set a = 'x' * 100000 %}{% set b = a ~ a ~ a %}{{ b }}",
    "{% set a = 'x' * 100000 %}{% set b = a + a + a %}{{ b }}",
    "{% for i in range(10000) %}{{ 'x' * 100000 }}{% endfor %}",
    "{{ range(10000)|join('x' * 100000) }}",
    "{% for c in 'x' * 200000 %}{% endfor %}",
    # Nested values count in full: 200,000 copies of a 200,000-character text would print as 40 GB.
    '{% set s = "x" * 200000 %}{% set l = [s] * 200000 %}{{ l }}',
    '{% set s = "x" * 200000 %}{% set l = [[s]] * 2 %}{{ l|join }}',
    '{% set s = "x" * 1000 %}{% set l = [s] * 150 %}{% set m = [l] * 150 %}{{ m }}',
    # Work inside a loop counts too: sorting a long list 10,000 times took over an hour.
    '{% set s = "x" * 199999 %}{% for i in range(10000) %}{{ (s|list|sort)|length }}{% endfor %}',
    '{% set s = "x" * 150000 %}{% for i in range(10000) %}{% set t = s ~ "y" %}{% endfor %}',
]


@pytest.mark.parametrize("payload", ATTRIBUTE_WALKS + FORMAT_STRINGS + TRAVERSAL + STATEMENTS + EXHAUSTION)
def test_payload_is_refused(sandbox, payload):
    with pytest.raises(TemplateError):
        render(sandbox, payload)


@pytest.mark.parametrize("payload", EXHAUSTION)
def test_resource_exhaustion_stops_with_a_clear_message_not_a_timer(sandbox, payload):
    with pytest.raises((TemplateLimitError, SecurityError)) as refused:
        render(sandbox, payload)
    assert "docs/matrix.md" in str(refused.value)


@pytest.mark.parametrize("payload", ["{{ (b * 2500000000)|length }}", "{% set c = b * 200001 %}{{ c|length }}"])
def test_binary_values_count_towards_the_size_limit_too(sandbox, payload):
    """The build refuses binary YAML in front matter (model.not_plain_data); this is the second line."""
    sandbox.set_page(PageView(title="Titel", url="matrix/", src="docs/matrix.md", meta={"b": b"x"}))
    with pytest.raises((TemplateLimitError, SecurityError)) as refused:
        render(sandbox, payload)
    assert "docs/matrix.md" in str(refused.value)


def test_the_budget_is_per_page_render(sandbox):
    loop = "{% for i in range(6000) %}{% endfor %}"
    render(sandbox, loop)
    render(sandbox, loop)  # 12,000 turns over two pages: each page has its own 10,000


def test_messages_name_the_page_and_what_is_not_allowed(sandbox):
    with pytest.raises(SecurityError, match=r"onveilige template-expressie in docs/matrix.md: '__class__' is niet"):
        render(sandbox, "{{ ''.__class__ }}")
    with pytest.raises(SecurityError, match=r"sjabloon docs/matrix.md, regel 1: 'macro' is niet toegestaan"):
        render(sandbox, "{% macro f() %}{% endmacro %}")
    with pytest.raises(TemplateError, match=r"sjabloon docs/matrix.md: 'config' is undefined; een sjabloonpagina "
                                            r"kent alleen de macro's \(overzicht\)"):
        render(sandbox, "{{ config }}")
    with pytest.raises(TemplateLimitError, match=r"sjabloon docs/matrix.md: te veel herhalingen \(meer dan 10000\)"):
        render(sandbox, "{% for i in range(10000) %}{% for j in range(10) %}{% endfor %}{% endfor %}")


def test_allowed_includes_come_only_from_the_includes_folder(sandbox):
    assert render(sandbox, "{% include 'stuk.md' %}") == "Een stuk tekst."


def test_output_is_capped(tmp_path):
    box = Sandbox({}, None, limits=Limits(output=1000))
    box.set_page(PageView(title=None, url="", src="docs/x.md"))
    with pytest.raises(TemplateLimitError, match="de pagina wordt te lang"):
        box.from_string("{% for i in range(200) %}0123456789{% endfor %}").render()


def test_no_payload_reads_the_environment(sandbox, monkeypatch):
    canary = "kanarie-" + secrets.token_hex(8)
    monkeypatch.setenv("KENNISBANK_CANARY", canary)
    for payload in ATTRIBUTE_WALKS + FORMAT_STRINGS + TRAVERSAL:
        try:
            out = render(sandbox, payload)
        except TemplateError as error:
            out = str(error)
        assert canary not in out and "GEHEIM-BESTAND" not in out, payload
    assert os.environ["KENNISBANK_CANARY"] == canary


def test_the_adapter_still_matches_mkdocs_macros(tmp_path):
    """install() relies on two facts of mkdocs-macros: render() uses the `env` property, and `env` returns `_env`.
    If a new version changes either, this test fails, and templates would silently run outside the sandbox."""
    import inspect

    from mkdocs_macros.plugin import MacrosPlugin

    from kennisbank.sandbox import install

    plugin = MacrosPlugin()
    box = Sandbox({"overzicht": macro}, None)
    box.set_page(PageView(title="T", url="", src="docs/x.md", meta={"titel": "Uit de sandbox"}))
    install(plugin, box)
    assert plugin.env is box
    assert "self.env.from_string(" in inspect.getsource(MacrosPlugin.render)
    assert "return self._env" in inspect.getsource(MacrosPlugin.env.fget)
    plugin._variables = {"config": "GEHEIM", "page": PageView(title="T", url="", src="x", meta={})}
    plugin.load_config({"render_by_default": True, "on_error_fail": True})
    plugin._page = type("P", (), {"file": type("F", (), {"src_path": "x.md"})()})()
    assert plugin.render("{{ overzicht() }} {{ titel }}", force_rendering=True) == "UITVOER-VAN-DE-MACRO Uit de sandbox"


# Fifth review: values a template writes as literals ([...], (...), {...}) ----------------------------------------


def _doubled(name: str, times: int) -> str:
    """A list that holds itself twice, `times` over: a few lines of template, 2**times values when printed or
    compared (Python shares the inner list, so building it costs nothing)."""
    return f"{{% set {name} = [1] %}}" + "".join(f"{{% set {name} = [{name}, {name}] %}}" for _ in range(times))


@pytest.mark.parametrize("payload", [
    _doubled("a", 24) + _doubled("b", 24) + "{{ a == b }}",  # 2**24 comparisons: seconds; 40 levels take days
    _doubled("a", 24) + _doubled("b", 24) + "{{ a in [b] }}",
    "{% set d = {'x': 1} %}{% set e = {'x': 1} %}" + "".join("{% set d = {'a': d, 'b': d} %}{% set e = {'a': e, "
                                                             "'b': e} %}" for _ in range(24)) + "{{ d == e }}",
])
def test_a_literal_that_shares_itself_counts_in_full_before_it_is_used(sandbox, payload):
    """[a, a] is not a call, filter, operator or `~`, so its size is never weighed: fifty lines of a template page
    make a value of millions of items, and comparing it hangs the build without a message (printing it is caught by
    the output limit only after the whole text was made: at 30 levels that is gigabytes)."""
    with pytest.raises(TemplateLimitError) as refused:
        render(sandbox, payload)
    assert "docs/matrix.md" in str(refused.value)
