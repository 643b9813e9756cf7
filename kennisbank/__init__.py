"""The content model of the knowledge base: schema, loading, validation and relations."""

from .model import ContentError, Entity, Kennisbank, Problem, load

__all__ = ["ContentError", "Entity", "Kennisbank", "Problem", "load"]
