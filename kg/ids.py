"""Stable, readable, ASCII IRIs for everything in the graph.

One base, ``https://w3id.org/report-kg/``: the ontology under ``ontology#``, things under ``id/``.
The same thing gets the same IRI in every build and every report:

- a report: ``id/report/zhejiang-2025`` (region slug + year; ``national-2024`` for the State Council)
- a place: ``id/place/330000`` (adcode)
- named things: ``id/programme/qian-wan-gong-cheng-8d4d1a`` (pinyin and a digest of the canonical name)
- structure and text: under the report's IRI (``…/part/2/area/3``, ``…/para/12``, ``…/mention/120-124``)
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from rdflib import URIRef

BASE = "https://w3id.org/report-kg/"
ONTOLOGY = BASE + "ontology#"
ID = BASE + "id/"

_PINYIN_FIX = {"610000": "shaanxi"}  # 陕西 and 山西 share a toneless pinyin


@lru_cache(maxsize=65536)
def pinyin_slug(text: str, max_len: int = 60) -> str:
    """``千万工程`` → ``qian-wan-gong-cheng``; ASCII letters and digits are kept as they are."""
    from pypinyin import Style, lazy_pinyin

    parts = lazy_pinyin(text, style=Style.NORMAL, errors=lambda s: list(s))
    out: list[str] = []
    for p in parts:
        p = p.lower()
        p = re.sub(r"[^a-z0-9]+", "-", p).strip("-")
        if p:
            out.append(p)
    slug = "-".join(out)
    slug = re.sub(r"-{2,}", "-", slug)
    if not slug:
        slug = "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    if len(slug) > max_len:
        slug = slug[:max_len].rstrip("-") + "-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
    return slug


def region_slug(adcode: str) -> str:
    from kg.places import CHINA, admin_table

    if adcode == CHINA.adcode:
        return "national"
    if adcode in _PINYIN_FIX:
        return _PINYIN_FIX[adcode]
    table = admin_table()
    d = table.get(adcode)
    if d is None:
        return adcode
    slug = pinyin_slug(d.short).replace("-", "")
    same = [
        x
        for x in table
        if x.adcode != adcode and x.level == d.level and pinyin_slug(x.short).replace("-", "") == slug
    ]
    return f"{slug}-{adcode}" if same else slug


def report_slug(adcode: str, year: int | None) -> str:
    return f"{region_slug(adcode)}-{year if year else 'undated'}"


def report_iri(report_id: str) -> URIRef:
    return URIRef(f"{ID}report/{report_id}")


def graph_iri(report_id: str) -> URIRef:
    return URIRef(f"{ID}graph/{report_id}")


def place_iri(adcode: str) -> URIRef:
    return URIRef(f"{ID}place/{adcode}")


def entity_iri(kind: str, key: str) -> URIRef:
    """``entity_iri("programme", "千万工程")`` → ``id/programme/qian-wan-gong-cheng-8d4d1a``.

    The pinyin makes it readable; the short digest of the name itself makes it unique, since
    toneless pinyin merges homophones (公示/攻势). The same name gives the same IRI in every build.
    """
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    return URIRef(f"{ID}{kind}/{pinyin_slug(key)}-{digest}")


def sub_iri(parent: URIRef, *path: object) -> URIRef:
    return URIRef(str(parent) + "/" + "/".join(str(p) for p in path))
