"""The hand-written records (`models.Record`) behave as the dataclasses they replace.

Each is checked against a dataclass made at test time from its own fields and defaults
(`dataclasses.make_dataclass`, frozen or not, with slots): construction by position and by
name, defaults, repr, equality, hashing, assignment, pickling, copying and `_replace`.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
import pickle

import pytest

from paperarchive.api import ReadPage
from paperarchive.catalog import FileState, PageRecord, StoredArticle
from paperarchive.decode import Decoded
from paperarchive.highlight import Fragment, Needles
from paperarchive.models import Article, Block, Caption, CleanPage, Fix, FrozenRecord, Kind, PageInfo
from paperarchive.render import Style
from paperarchive.search import Filters, Hit, SearchResults

ARTICLE = Article(title="重阳节", paragraphs=["敬老。"], captions=[Caption("合影", "摄")])
STORED = StoredArticle("p1-01", "p1", "a.txt", "人民日报", "2025-10-29", "2", ARTICLE)
SAMPLES = [
    Block(("重阳", "敬老"), 3, kind=Kind.BODY),
    Fix("join", 4, "a-", "a", removed="-"),
    Caption("Mayor Peters.", "Staff photo"),
    ARTICLE,
    Article(),
    PageInfo("人民日报", "2025-10-29"),
    CleanPage((ARTICLE,), ("第2版",), (Fix("join", 1, "a", "b"),), PageInfo(page="2")),
    PageRecord("p1", "a.txt", 10, 5, "d", "utf-8", 0, PageInfo(), "text", (), (ARTICLE,), label="A2"),
    FileState(10, 5, "d", {0: "p1"}),
    STORED,
    StoredArticle("p1-01", "p1", "a.txt", None, None, None, ARTICLE, parts=(STORED,)),
    Filters(paper="人民日报", date_to="2025"),
    Needles(frozenset({("重阳",)})),
    Fragment("重阳节", ((0, 2),), False, True),
    Hit("p1-01", 1.5, STORED, (Fragment("重阳节", ((0, 2),), False, True),)),
    SearchResults("重阳", 1, (), counts=(("2025", 1),)),
    Style(True, False),
    ReadPage("a.pdf", Decoded("重阳", "utf-8"), CleanPage((ARTICLE,), (), ()), label="ii"),
]


def _as_dataclass(record):
    """The dataclass `record`'s class stands for, and `record` as an instance of it."""
    cls = type(record)
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in parameters] == list(cls._fields)  # the fields in order, every one a parameter
    fields = [(p.name, object) if p.default is p.empty else (p.name, object, dataclasses.field(default=p.default)) for p in parameters]
    model = dataclasses.make_dataclass(cls.__name__, fields, frozen=issubclass(cls, FrozenRecord), slots=True)
    model.__qualname__ = cls.__qualname__
    return model, model(*(getattr(record, name) for name in cls._fields))


def _hash(value):
    try:
        return hash(value)
    except TypeError as error:
        return str(error)


@pytest.mark.parametrize("record", SAMPLES, ids=lambda r: type(r).__name__)
def test_a_record_behaves_as_its_dataclass(record):
    model, twin = _as_dataclass(record)
    assert repr(record) == repr(twin)
    again = type(record)(*(getattr(record, name) for name in record._fields))
    assert record == again and not record != again and again is not record
    assert record != twin and record != object()  # another class is never equal, as between dataclasses
    if isinstance(record, FrozenRecord):
        assert _hash(record) == _hash(again) == _hash(twin)  # a field that cannot hash (an Article) fails both alike
        with pytest.raises(AttributeError):
            setattr(record, record._fields[0], None)
    else:
        with pytest.raises(TypeError):
            hash(record)
    for copied in (pickle.loads(pickle.dumps(record)), copy.copy(record), copy.deepcopy(record)):
        assert type(copied) is type(record) and copied == record and repr(copied) == repr(record)
    last = record._fields[-1]
    changed = record._replace(**{last: "changed"})
    assert repr(changed) == repr(dataclasses.replace(twin, **{last: "changed"}))
    assert getattr(record, last) != "changed"  # the original is kept
    with pytest.raises(TypeError):
        record._replace(no_such_field=1)


def test_defaults_are_the_dataclasses_defaults():
    assert Article().headings == [] and Article().headings is not Article().headings  # a new list each
    assert Article(headings=None).headings is None  # given, even None, it is kept
    assert Block(("a",), 1) == Block(("a",), 1, 0, False, Kind.UNKNOWN, 0, "")
    assert CleanPage((), (), ()).info == PageInfo() and SearchResults("q", None, ()).cut is False
    assert not Needles() and Needles(prefixes=frozenset("重"))
