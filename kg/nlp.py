"""The spaCy pipeline: ``spacy.blank("zh")`` (character segmentation) plus rule components.

Each component is a class in :mod:`kg.components` registered as a factory with
``@Language.factory("kg_…")``; it adds spans to ``doc.spans[MENTIONS]`` with the entity type as
the span label and what it knows on span extensions:

- ``span._.kg_key``: the resolution key (canonical name; an adcode for an admin division)
- ``span._.kg_attrs``: a dict of further facts (english name, status, level, …)

Patterns and lexicons are data files under ``kg/data`` and ``kg/patterns``, not code.
Component modules are imported lazily, by name, when the pipeline is built.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

MENTIONS = "kg_mentions"  # doc.spans key every entity component writes to
FIGURES = "kg_figures"  # doc.spans key for figures (observations)

#: (factory name, module that registers it), in pipeline order
PIPELINE: list[tuple[str, str]] = [
    ("kg_places", "kg.components.places"),  # Place (first: others read place names)
    ("kg_organizations", "kg.components.orgs_events"),  # Organization
    ("kg_events", "kg.components.orgs_events"),  # Event
    ("kg_programmes", "kg.components.programmes"),  # Programme
    ("kg_projects", "kg.components.projects"),  # Project (after programmes: outranks a programme on the same words)
    ("kg_figures", "kg.components.figures"),  # figures → doc.spans[FIGURES] (keep last)
]

if not Span.has_extension("kg_key"):
    Span.set_extension("kg_key", default=None)
if not Span.has_extension("kg_attrs"):
    Span.set_extension("kg_attrs", default=None)


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once per process."""
    import spacy

    nlp = spacy.blank("zh")
    for factory, module in PIPELINE:
        importlib.import_module(module)
        nlp.add_pipe(factory)
    return nlp


def add_mention(doc: Doc, start_char: int, end_char: int, label: str, key: str | None = None, **attrs) -> Span | None:
    """Add a span by character offsets (character segmentation makes every offset a token edge)."""
    span = doc.char_span(start_char, end_char, label=label, alignment_mode="expand")
    if span is None:
        return None
    span._.kg_key = key
    span._.kg_attrs = dict(attrs) if attrs else {}
    group = doc.spans.get(MENTIONS)
    if group is None:
        doc.spans[MENTIONS] = [span]
    else:
        group.append(span)
    return span


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy joins every token at each access of
    ``doc.text``, which costs a fifth of a second on a national report."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.text
        doc.user_data["kg_text"] = text
    return text
