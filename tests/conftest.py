"""Shared fixtures: the bundled report read once, and one build of it per test session."""

from __future__ import annotations

import pytest

from helpers import BUNDLED


@pytest.fixture(scope="session")
def bundled_doc():
    from kg.read import read_path

    return read_path(BUNDLED)


@pytest.fixture(scope="session")
def bundled_skeleton(bundled_doc):
    from kg.skeleton import build_skeleton

    return build_skeleton(bundled_doc)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """The bundled report built once into a temporary folder, through the library."""
    from kg.pipeline import BUNDLED_REPORT, build

    out = tmp_path_factory.mktemp("build")
    summary = build([BUNDLED_REPORT], out)
    return out, summary
