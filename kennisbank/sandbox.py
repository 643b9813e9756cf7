"""A sandboxed Jinja environment for page content written by contributors.

mkdocs-macros renders pages with a plain Jinja environment and hands every template the whole MkDocs config, the
system environment and the plugin itself. In a pull-request workflow that lets page text read CI secrets or run
code. This module replaces that environment with Jinja's SandboxedEnvironment, which refuses attribute walks to
Python internals, and with a minimal set of names: only the project's own macros, the page's front matter, `extra`
and a read-only view of the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from jinja2 import Environment
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

# Template variables mkdocs-macros provides that give away more than a page needs (config can hold !ENV secrets,
# environment/plugin/git describe the machine and the build), plus our own model object.
HIDDEN_VARIABLES = ("config", "environment", "plugin", "git", "macros", "filters", "filters_builtin", "kennisbank")


class KennisbankSandbox(SandboxedEnvironment):
    """SandboxedEnvironment whose refusals name the page, so a contributor knows where to look."""

    current_file = "?"

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        return self.undefined(
            f"onveilige template-expressie in {self.current_file}: '{attribute}' is niet toegestaan",
            name=attribute,
            obj=obj,
            exc=SecurityError,
        )

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        try:
            return super().call(__context, __obj, *args, **kwargs)
        except SecurityError as error:
            raise SecurityError(f"onveilige template-expressie in {__self.current_file}: {error}") from None


def sandbox_from(plain: Environment, allowed_macros: dict[str, Any]) -> KennisbankSandbox:
    """A sandbox with the same loader, markers and undefined-behaviour as mkdocs-macros' environment."""
    sandbox = KennisbankSandbox(
        loader=plain.loader,
        undefined=plain.undefined,
        block_start_string=plain.block_start_string,
        block_end_string=plain.block_end_string,
        variable_start_string=plain.variable_start_string,
        variable_end_string=plain.variable_end_string,
        comment_start_string=plain.comment_start_string,
        comment_end_string=plain.comment_end_string,
    )
    sandbox.globals.update(allowed_macros)
    return sandbox


@dataclass(frozen=True)
class PageView:
    """What a template may know about its page. mkdocs-macros reads `meta` from it to pass front matter."""

    title: str | None
    url: str
    src: str
    meta: dict[str, Any] = field(default_factory=dict)
