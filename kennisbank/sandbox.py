"""The template sandbox for maintainer-listed pages (overview pages that call a macro).

Page text in docs/ comes from pull requests, so a template page is untrusted code. Three layers keep it harmless:

1. **An allowlist of names.** A template sees exactly: the project's macros, its own front matter, a read-only view
   of the page (`page`) and `extra`, the values under `extra.publiek` in mkdocs.yml. Whatever mkdocs-macros or MkDocs
   put in the context (config, files, navigation, the plugins, macros_info, ...) never reaches the template: our
   template class ignores the variables it is handed and builds the context from the allowlist each time.
2. **A small language.** Jinja's SandboxedEnvironment refuses attribute walks to Python internals; on top of that,
   only a few statements are allowed (output, if, for, set, include from docs/_includes/), a short list of filters,
   tests and methods, and no macros, blocks, imports or string formatting.
3. **A budget, not a timer.** Loop iterations, calls, includes, the size of values and of the output are counted;
   past a limit the build stops with a clear message. (A wall-clock timer is flaky and does not exist on Windows.)

`install(macros_plugin, sandbox)` is the one place that touches mkdocs-macros' internals: it offers no public way to
replace its Jinja environment. tests/test_sandbox.py fails when mkdocs-macros changes underneath it.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, Template, Undefined, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import LoopContext
from jinja2.sandbox import SandboxedEnvironment

# Statements and expressions a template page may use; anything else is refused before it runs.
ALLOWED_NODES: tuple[type[nodes.Node], ...] = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.If,
    nodes.For,
    nodes.Assign,
    nodes.Include,
    nodes.Const,
    nodes.Name,
    nodes.Tuple,
    nodes.List,
    nodes.Dict,
    nodes.Pair,
    nodes.Keyword,
    nodes.CondExpr,
    nodes.Filter,
    nodes.Test,
    nodes.Call,
    nodes.Getitem,
    nodes.Getattr,
    nodes.Slice,
    nodes.Concat,
    nodes.Compare,
    nodes.Operand,
    nodes.Add,
    nodes.Sub,
    nodes.Mul,
    nodes.Div,
    nodes.FloorDiv,
    nodes.Mod,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.Neg,
    nodes.Pos,
)
STATEMENT_NAMES = {
    nodes.Macro: "macro",
    nodes.CallBlock: "call",
    nodes.FilterBlock: "filter",
    nodes.Block: "block",
    nodes.Extends: "extends",
    nodes.Import: "import",
    nodes.FromImport: "from ... import",
    nodes.AssignBlock: "set ... endset",
    nodes.With: "with",
    nodes.Pow: "**",
}
FILTERS = (
    "lower",
    "upper",
    "capitalize",
    "title",
    "trim",
    "length",
    "count",
    "first",
    "last",
    "default",
    "d",
    "escape",
    "e",
    "int",
    "string",
    "join",
    "list",
    "sort",
    "reverse",
)
TESTS = (
    "defined",
    "undefined",
    "none",
    "number",
    "string",
    "mapping",
    "sequence",
    "iterable",
    "true",
    "false",
    "boolean",
    "even",
    "odd",
    "divisibleby",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "in",
)
SAFE_METHODS: dict[type, frozenset[str]] = {
    str: frozenset({"lower", "upper", "strip", "startswith", "endswith", "capitalize", "title"}),
    dict: frozenset({"items", "keys", "values", "get"}),
    MappingProxyType: frozenset({"items", "keys", "values", "get"}),
}
LOOP_ATTRIBUTES = frozenset({"index", "index0", "first", "last", "length", "revindex", "revindex0"})


@dataclass(frozen=True)
class Limits:
    iterations: int = 10_000  # loop turns, all loops of one page together
    calls: int = 10_000
    includes: int = 20
    value: int = 200_000  # characters and items in any one value a template builds, nested values included
    work: int = 2_000_000  # characters and items that filters, joins and `~` handle, all of one page together
    output: int = 1_000_000  # characters a page may produce
    range: int = 10_000
    integer_bits: int = 256


class TemplateLimitError(SecurityError):
    """A template page went past one of the Limits."""


@dataclass(frozen=True)
class PageView:
    """What a template may know about its page."""

    title: str | None
    url: str
    src: str
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class _Budget:
    limits: Limits
    where: str
    counts: dict[str, int] = field(default_factory=dict)

    def spend(self, what: str, limit: int, amount: int = 1) -> None:
        used = self.counts.get(what, 0) + amount
        self.counts[what] = used
        if used > limit:
            raise TemplateLimitError(
                f"sjabloon {self.where}: te veel {what} (meer dan {limit}); maak de pagina eenvoudiger"
            )

    def size(self, value: Any) -> Any:
        if weight(value, self.limits.value) > self.limits.value:
            raise self.too_big()
        return value

    def too_big(self) -> TemplateLimitError:
        return TemplateLimitError(
            f"sjabloon {self.where}: een waarde wordt te groot (meer dan {self.limits.value} tekens en items, alles "
            "in een lijst meegeteld); maak de pagina eenvoudiger"
        )


def weight(value: Any, limit: int) -> int:
    """Characters and items in `value`, nested values included (a list of 1,000 copies of a long text is as big as
    the text that printing it makes); counting stops just past `limit`."""
    if isinstance(value, (str, bytes)):
        return len(value)
    if isinstance(value, Mapping):
        value = [*value.keys(), *value.values()]
    if not isinstance(value, (list, tuple)):
        return 1
    total = len(value)
    for item in value:
        if total > limit:
            break
        total += weight(item, limit - total)
    return total


class _BoundedCodeGenerator(CodeGenerator):
    """Checks the template's statements against the allowlist, and routes loops, `~` and the lists, tuples and dicts
    it writes through the budget."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:  # noqa: N802
        for child in node.find_all(nodes.Node):
            _check_node(child, self.environment)  # type: ignore[arg-type]  # always a Sandbox here
        super().visit_Template(node, frame)

    def visit_For(self, node: nodes.For, frame: Frame) -> None:  # noqa: N802
        if not getattr(node, "kb_bounded", False):
            node.iter = nodes.Call(nodes.EnvironmentAttribute("kb_iterate"), [node.iter], [], None, None)
            node.kb_bounded = True  # type: ignore[attr-defined]
        super().visit_For(node, frame)

    # A list, tuple or dict a template writes ([a, a], {'x': a}) is weighed as it is made, nested values in full:
    # Python shares `a` between both places, so fifty `{% set a = [a, a] %}` would make 2**50 items for free, and
    # comparing or printing them would run for days. A tuple that is assigned to (`for k, v in ...`) is no value.

    def visit_List(self, node: nodes.List, frame: Frame) -> None:  # noqa: N802
        self._weighed(super().visit_List, node, frame)

    def visit_Tuple(self, node: nodes.Tuple, frame: Frame) -> None:  # noqa: N802
        if node.ctx == "load":
            self._weighed(super().visit_Tuple, node, frame)
        else:
            super().visit_Tuple(node, frame)

    def visit_Dict(self, node: nodes.Dict, frame: Frame) -> None:  # noqa: N802
        self._weighed(super().visit_Dict, node, frame)

    def _weighed(self, visit: Callable[[Any, Frame], None], node: nodes.Expr, frame: Frame) -> None:
        self.write("environment.budget.size(")
        visit(node, frame)
        self.write(")")

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802
        self.write("environment.kb_concat((")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")


def _check_node(node: nodes.Node, environment: Sandbox) -> None:
    where = environment.where
    if not isinstance(node, ALLOWED_NODES):
        name = next((n for t, n in STATEMENT_NAMES.items() if isinstance(node, t)), type(node).__name__)
        raise SecurityError(
            f"sjabloon {where}, regel {node.lineno}: '{name}' is niet toegestaan; een sjabloonpagina "
            "roept alleen de macro's van de kennisbank aan"
        )
    if isinstance(node, nodes.For) and node.recursive:
        raise SecurityError(f"sjabloon {where}, regel {node.lineno}: 'for ... recursive' is niet toegestaan")
    if isinstance(node, nodes.Assign) and not isinstance(node.target, (nodes.Name, nodes.Tuple)):
        raise SecurityError(f"sjabloon {where}, regel {node.lineno}: alleen 'set naam = ...' is toegestaan")
    if isinstance(node, nodes.Filter) and node.name not in FILTERS:
        raise SecurityError(f"sjabloon {where}, regel {node.lineno}: filter '{node.name}' is niet toegestaan")
    if isinstance(node, nodes.Test) and node.name not in TESTS:
        raise SecurityError(f"sjabloon {where}, regel {node.lineno}: test '{node.name}' is niet toegestaan")


class _BoundedTemplate(Template):
    """Renders with the allowlisted context of the current page, whatever variables the caller passes."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        environment: Sandbox = self.environment  # type: ignore[assignment]
        environment.start_page_render()
        produced: list[str] = []
        size = 0
        for chunk in self.generate(environment.context()):
            size += len(chunk)
            if size > environment.limits.output:
                raise TemplateLimitError(
                    f"sjabloon {environment.where}: de pagina wordt te lang (meer dan "
                    f"{environment.limits.output} tekens)"
                )
            produced.append(chunk)
        return "".join(produced)


class Sandbox(SandboxedEnvironment):
    """The Jinja environment for template pages. `page` is set by the plugin before each page is rendered."""

    code_generator_class = _BoundedCodeGenerator
    template_class = _BoundedTemplate
    intercepted_binops = frozenset({"*", "+", "%"})
    intercepted_unops = frozenset()

    def __init__(
        self,
        macros: Mapping[str, Callable[..., Any]],
        includes: str | None,
        public_extra: Mapping[str, Any] | None = None,
        limits: Limits = Limits(),
    ):
        super().__init__(
            loader=FileSystemLoader(includes) if includes else None, undefined=_undefined_for(self), autoescape=False
        )
        self.limits = limits
        self.macros = dict(macros)
        self.public_extra = MappingProxyType(dict(public_extra or {}))
        self.page = PageView(title=None, url="", src="?")
        self.budget = _Budget(limits, "?")
        self.globals.clear()
        self.globals["range"] = self._range
        self.filters = {name: self._bounded(self.filters[name]) for name in FILTERS if name != "join"}
        self.filters["join"] = self._join
        self.tests = {name: self.tests[name] for name in TESTS}

    @property
    def where(self) -> str:
        return self.page.src

    def set_page(self, page: PageView) -> None:
        self.page = page

    def context(self) -> dict[str, Any]:
        """The allowlist: front matter, then the macros (which front matter cannot hide), the page view and extra."""
        return {**dict(self.page.meta), **self.macros, "page": self.page, "extra": self.public_extra}

    def start_page_render(self) -> None:
        self.budget = _Budget(self.limits, self.where)

    # Layer 2: what a template may touch.

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, PageView):
            return attr in ("title", "url", "src", "meta")
        if isinstance(obj, LoopContext):
            return attr in LOOP_ATTRIBUTES
        return attr in SAFE_METHODS.get(type(obj), ())

    def is_safe_callable(self, obj: Any) -> bool:
        if any(obj is m for m in self.macros.values()):
            return True
        if getattr(obj, "__self__", None) is self:
            return getattr(obj, "__func__", None) in (Sandbox._range, Sandbox.kb_iterate)
        owner = getattr(obj, "__self__", None)
        return type(owner) in SAFE_METHODS and getattr(obj, "__name__", "") in SAFE_METHODS[type(owner)]

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        return self.undefined(
            f"onveilige template-expressie in {self.where}: '{attribute}' is niet toegestaan",
            name=attribute,
            obj=obj,
            exc=SecurityError,
        )

    # Layer 3: the budget.

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (Jinja's own)
        __self.budget.spend("aanroepen", __self.limits.calls)
        if isinstance(__obj, Undefined):
            __obj()  # raises the undefined's own error, e.g. "'join' is niet toegestaan"
        if not __self.is_safe_callable(__obj):
            raise SecurityError(f"onveilige template-expressie in {__self.where}: {__obj!r} mag je niet aanroepen")
        return __self.budget.size(__context.call(__obj, *args, **kwargs))

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "%" and isinstance(left, str):
            raise SecurityError(f"sjabloon {self.where}: tekst opmaken met % is niet toegestaan")
        if operator_name == "*":
            self._check_product(left, right)
        result = {"*": operator.mul, "+": operator.add, "%": operator.mod}[operator_name](left, right)
        return self.budget.size(result)

    def _check_product(self, left: Any, right: Any) -> None:
        for sequence, times in ((left, right), (right, left)):
            if (
                isinstance(sequence, (str, bytes, list, tuple))
                and isinstance(times, int)
                and weight(sequence, self.limits.value) * times > self.limits.value
            ):
                raise self._too_big()
        if (
            isinstance(left, int)
            and isinstance(right, int)
            and left.bit_length() + right.bit_length() > self.limits.integer_bits
        ):
            raise TemplateLimitError(f"sjabloon {self.where}: een getal wordt te groot")

    def _too_big(self) -> TemplateLimitError:
        return self.budget.too_big()

    def kb_iterate(self, iterable: Iterable[Any]) -> Iterator[Any]:
        for item in iterable:
            self.budget.spend("herhalingen", self.limits.iterations)
            yield item

    def kb_concat(self, parts: tuple[Any, ...]) -> str:
        for part in parts:
            self.budget.size(part)
        return self._joined([str(p) for p in parts])

    def _join(self, value: Iterable[Any], separator: str = "") -> str:
        self.budget.size(value)
        return self._joined([str(item) for item in self.kb_iterate(value)], separator)

    def _joined(self, texts: list[str], separator: str = "") -> str:
        """`~` and `join`: the text they would make is checked and counted before it is made."""
        length = sum(map(len, texts)) + len(separator) * max(len(texts) - 1, 0)
        if length > self.limits.value:
            raise self._too_big()
        self._work(length)
        return separator.join(texts)

    def _work(self, amount: int) -> None:
        """Each value a filter, join or `~` handles costs its size: a loop of 10,000 turns that sorts a long list
        each turn stops here, instead of taking an hour."""
        self.budget.spend("werk (tekens en items verwerkt)", self.limits.work, amount)

    def _range(self, *args: int) -> range:
        values = range(*args)
        if len(values) > self.limits.range:
            raise TemplateLimitError(f"sjabloon {self.where}: range() met meer dan {self.limits.range} getallen")
        return values

    def _bounded(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """A filter whose input counts as work and whose result is checked against the size limit."""

        first = 1 if hasattr(function, "jinja_pass_arg") else 0  # after the environment or context Jinja passes

        def bounded(*args: Any, **kwargs: Any) -> Any:
            if len(args) > first:
                self._work(weight(args[first], self.limits.value))
            return self.budget.size(function(*args, **kwargs))

        if hasattr(function, "jinja_pass_arg"):
            bounded.jinja_pass_arg = function.jinja_pass_arg  # type: ignore[attr-defined]
        return bounded

    # Includes come from docs/_includes/ only (FileSystemLoader refuses '..' and absolute paths) and are counted.

    def get_template(self, name: Any, parent: Any = None, globals: Any = None) -> Template:
        self.budget.spend("includes", self.limits.includes)
        return super().get_template(name, parent, globals)

    def select_template(self, names: Any, parent: Any = None, globals: Any = None) -> Template:
        self.budget.spend("includes", self.limits.includes)
        return super().select_template(names, parent, globals)


def _undefined_for(sandbox: Sandbox) -> type[StrictUndefined]:
    """StrictUndefined whose message names the page and says what a template may use (one class per sandbox)."""

    class PageUndefined(StrictUndefined):
        @property
        def _undefined_message(self) -> str:
            message = super()._undefined_message
            if self._undefined_exception is SecurityError or self._undefined_hint:
                return message
            return (
                f"sjabloon {sandbox.where}: {message}; een sjabloonpagina kent alleen de macro's "
                f"({', '.join(sorted(sandbox.macros))}), haar eigen front matter, page en extra"
            )

    return PageUndefined


def install(macros_plugin: Any, sandbox: Sandbox) -> None:
    """Make mkdocs-macros render with `sandbox`. mkdocs-macros has no public setter for its Jinja environment; it
    reads `self.env` (the property returning `_env`) in `render()`. tests/test_sandbox.py checks exactly that."""
    macros_plugin._env = sandbox
