"""Tolerant procedure search: the pure module, then the selector over the cast's catalogue."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import given
from hypothesis import strategies as st

from motcua.catalog.search import Vocabulary, distance, normalise, plan, terms
from motcua.catalog.selectors import procedure_vocabulary, procedures_search, search_plan
from motcua.testing.cast import BIRTH, PERMIT

NAMES = [
    "Đăng ký khai sinh",
    "Đăng ký lại khai sinh",
    "Đăng ký khai tử",
    "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    "Thủ tục quý",
]
VOCABULARY = Vocabulary.build(NAMES)


def test_normalise_folds_accents_and_reads_y_as_i():
    assert normalise("Đăng Ký") == normalise("dang ki") == normalise("đăng kí") == "dang ki"
    assert normalise("Quý") == normalise("qui") == "qui"


def test_terms_drop_punctuation_and_keep_codes():
    assert terms("khai sinh, (bản chính)") == ["khai", "sinh", "ban", "chinh"]
    assert terms("thủ tục 1.001193") == ["thu", "tuc", "1.001193"]
    assert terms("?!") == []


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("sinh", "sinh", 0),
        ("sinj", "sinh", 1),
        ("sin", "sinh", 1),
        ("dnag", "dang", 1),  # two neighbours swapped
        ("giay", "giai", 1),
        ("kitten", "sitting", 3),
    ],
)
def test_distance(a, b, expected):
    assert distance(a, b, 5) == expected


def test_distance_stops_above_the_limit():
    assert distance("abcdefgh", "zzzzzzzz", 2) == 3
    assert distance("a", "abcdef", 1) == 2


@given(st.text("abcdehin", max_size=8), st.text("abcdehin", max_size=8))
def test_distance_is_symmetric_and_zero_only_for_equal_words(a, b):
    assert distance(a, b, 3) == distance(b, a, 3)
    assert (distance(a, b, 3) == 0) == (a == b)


def test_vocabulary_knows_words_and_their_written_form():
    assert "sinh" in VOCABULARY and "ki" in VOCABULARY and "ky" not in VOCABULARY
    assert VOCABULARY.display["ki"] == "ký"
    assert VOCABULARY.begins_a_word("sin") and not VOCABULARY.begins_a_word("xyz")


def test_vocabulary_is_bounded():
    many = [f"tu{chr(97 + i)}{chr(97 + j)}" for i in range(26) for j in range(26)]
    assert len(Vocabulary.build(many, limit=100).counts) == 100


@pytest.mark.parametrize(
    "q", ["khai sinh", "dang ky khai sinh", "đăng kí khai sinh", "Đăng ký khai sinh"]
)
def test_known_words_are_not_corrected(q):
    query = plan(q, VOCABULARY)
    assert query.corrections == () and query.suggestion == ""


@pytest.mark.parametrize(
    ("q", "typed", "meant", "suggestion"),
    [
        ("dang ky khai sinj", "sinj", "sinh", "dang ky khai sinh"),
        ("đăng kí khai snih", "snih", "sinh", "đăng kí khai sinh"),
        ("giây phép xây dưngg", "dungg", "dung", "giây phép xây dựng"),
        ("cap giay phep xay dungx", "dungx", "dung", "cap giay phep xay dung"),
    ],
)
def test_a_word_one_letter_off_is_corrected(q, typed, meant, suggestion):
    query = plan(q, VOCABULARY)
    assert (typed, meant) in query.corrections
    assert meant in query.terms and typed not in query.terms
    assert query.suggestion == suggestion


def test_short_words_prefixes_codes_and_nonsense_are_left_alone():
    assert plan("khai sin", VOCABULARY).terms == ("khai", "sin")  # the start of "sinh"
    assert plan("kha", VOCABULARY).corrections == ()  # too short to guess
    assert plan("1.001193", VOCABULARY).terms == ("1.001193",)
    assert plan("qwertyuiop", VOCABULARY).terms == ("qwertiuiop",)


def test_long_words_may_be_two_edits_off():
    vocabulary = Vocabulary.build(["thanhlap doanhnghiep"])
    assert plan("doanngiep", vocabulary).terms == ("doanhnghiep",)  # 9 letters, 2 edits
    assert plan("thanhlop", vocabulary).terms == ("thanhlap",)  # 8 letters, 1 edit
    assert plan("thnhlop", vocabulary).corrections == ()  # 7 letters: 1 edit at most
    assert plan("dxanxnxiep", vocabulary).corrections == ()  # 3 edits


# --- through the database --------------------------------------------------------------------


def codes(q: str, **filters) -> list[str]:
    return [v.procedure.code for v in procedures_search(q, **filters)]


@pytest.mark.parametrize(
    "q", ["khai sinh", "dang ky khai sinh", "đăng kí khai sinh", "dang ky khai sin", "khai sinj"]
)
def test_every_spelling_finds_the_birth_registration(cast, q):
    assert codes(q) == [BIRTH]


def test_nonsense_finds_nothing(cast):
    assert codes("qwertyuiop") == []
    assert codes("khai tử") == []


def test_codes_fields_and_words_in_field_names_match(cast):
    assert codes("1.009999") == [PERMIT]
    assert codes("hộ tịch") == [BIRTH]
    assert codes("giây phép xây dưng") == [PERMIT]


def test_filters(cast):
    assert codes("", field="XAYDUNG") == [PERMIT]
    assert codes("", level="commune") == [BIRTH]
    assert codes("", level="province") == [PERMIT]
    assert sorted(codes("", online_level="full")) == [BIRTH, PERMIT]
    assert codes("", online_level="none") == []
    assert codes("khai sinh", field="XAYDUNG") == []


def test_the_vocabulary_is_built_once_per_catalogue(cast):
    first = procedure_vocabulary()
    with CaptureQueriesContext(connection) as ctx:
        again = procedure_vocabulary()
    assert again is first and len(ctx.captured_queries) == 1  # the fingerprint only
    assert search_plan("khai sinj").suggestion == "khai sinh"
