"""mkdocs-macros module: the macros that maintainer-listed overview pages may call.

Every macro belongs to the `kennisbank` plugin, which renders its block from the content model; this module only
registers them. Which pages are templates is listed in mkdocs.yml (`plugins.macros.force_render_paths`). Macro names
differ from front-matter fields on purpose: a front-matter field of the same name would hide the macro.
"""


def define_env(env) -> None:
    for name, macro in env.conf.plugins["kennisbank"].macros().items():
        env.macro(macro, name)
