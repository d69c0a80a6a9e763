from __future__ import annotations

import re

import pytest

from kg.errors import InputError
from kg.read import read_bytes


def test_read_continuation_markers_become_metadata(bundled_doc):
    assert bundled_doc.continued_from == ["紧接第一版"]
    assert bundled_doc.continues_on == ["下转第四版"]
    assert "紧接第一版" not in bundled_doc.text
    assert "下转第四版" not in bundled_doc.text


@pytest.mark.parametrize("joined", ["实现人员“零伤亡”", "大力发展海上风电", "新兴产业新业态", "促进政府投资科技创新发展，引领撬动市场化基金"])
def test_read_words_split_across_page_breaks_are_joined(bundled_doc, joined):
    assert joined in bundled_doc.text


def test_read_running_header_inside_sentence_is_dropped(bundled_doc):
    assert "政府工作报告" not in bundled_doc.text
    assert "#" not in bundled_doc.text


def test_read_markdown_bold_is_structure_not_text(bundled_doc):
    assert "*" not in bundled_doc.text
    bold = [bundled_doc.text[s:e] for p in bundled_doc.paragraphs for s, e in p.bold]
    assert "全力以赴稳外贸优外资" in bold
    assert "迭代完善“8+4”经济政策体系" in bold


def test_read_markup_tags_are_dropped(bundled_doc):
    assert "<sub>" not in bundled_doc.text
    assert "PM2.5" in bundled_doc.text


def test_read_offsets_map_back_to_the_source(bundled_doc):
    doc = bundled_doc
    same = 0
    for i, c in enumerate(doc.text):
        if c == "\n":
            continue
        src = doc.source_text[doc.source_map[i]]
        # normalisation only changes width/punctuation variants, never the character itself
        assert src == c or (src in ",;:()!?" and c in "，；：（）！？") or (0xFF01 <= ord(src) <= 0xFF5E), (i, c, src)
        same += src == c
    assert same > 0.9 * len(doc.text)


def test_read_sentences_cover_paragraphs_in_order(bundled_doc):
    doc = bundled_doc
    prev_end = -1
    for s in doc.sentences:
        p = doc.paragraphs[s.paragraph]
        assert p.start <= s.start < s.end <= p.end
        assert s.start >= prev_end
        prev_end = s.end
    assert len(doc.sentences) > 150


def test_read_fullwidth_digits_are_normalised():
    doc = read_bytes("国内生产总值增长１２．５％。\n".encode("utf-8"), name="x.txt")
    assert "增长12.5%" in doc.text
    assert doc.source_text[doc.source_map[doc.text.index("1")]] == "１"


@pytest.mark.parametrize(
    "source, text",
    [
        ('深入实施"工业强市、边贸活市"两大战略，打造"中国糖都"。', "深入实施“工业强市、边贸活市”两大战略，打造“中国糖都”。"),
        # an odd number cannot be paired safely; quotes around Latin text are left alone
        ('实施"富民强市"战略，长度为5"。', '实施"富民强市"战略，长度为5"。'),
        ('型号为"ABC"和"DEF"。', '型号为"ABC"和"DEF"。'),
    ],
)
def test_read_straight_quotes_around_chinese_become_chinese_quotes(source, text):
    from kg.components.programmes import find_programmes

    doc = read_bytes((source + "\n").encode("utf-8"), name="x.txt")
    assert doc.text.strip() == text
    # one character for one: offsets still point at the source's quote
    i = doc.text.find("“")
    assert i < 0 or doc.source_text[doc.source_map[i]] == '"'
    if "富民" not in source and "ABC" not in source:
        # the extractor reads the quoted slogans as it reads them in Chinese quotes
        assert "边贸活市" in {c.key for c in find_programmes(doc.text)}


def test_read_wikisource_licence_is_dropped():
    from helpers import corpus
    from kg.read import read_path

    doc = read_path(corpus(2024))
    assert "公有领域" not in doc.text
    assert "Public domain" not in doc.text
    assert doc.text.rstrip().endswith("不懈奋斗！")


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "binary"),
        ("完整的句子。".encode("utf-8")[:-1], "truncated"),
    ],
)
def test_read_bad_input_raises_input_error(data, message):
    with pytest.raises(InputError, match=message):
        read_bytes(data, name="bad.txt")


def test_read_gb18030_is_detected():
    text = "各位代表：现在，我代表省人民政府向大会报告政府工作。全省生产总值增长5.5%左右。" * 5
    doc = read_bytes(text.encode("gb18030"), name="gbk.txt")
    assert "生产总值增长5.5%左右" in doc.text
    assert doc.source.encoding == "gb18030"


def test_read_missing_file_is_one_clear_error(tmp_path):
    from kg.read import read_path

    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.md")


def test_read_heading_lines_of_web_text_are_their_own_paragraphs():
    src = "一、2023年工作回顾\n过去一年，经济回升向好。\n\n（一）大力推进现代化产业体系建设，加快发展新质生产力\n充分发挥创新主导作用。\n"
    doc = read_bytes(src.encode("utf-8"), name="x.txt")
    texts = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert texts[0] == "一、2023年工作回顾"
    assert texts[2] == "（一）大力推进现代化产业体系建设，加快发展新质生产力"
    assert not any(re.search("发展新质生产力充分", t) for t in texts)
