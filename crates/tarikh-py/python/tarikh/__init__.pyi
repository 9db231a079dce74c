"""Type stubs of the ``tarikh`` package."""

import datetime
from typing import Any, Iterable, Literal, Optional, TypedDict, Union

import pandas

__version__: str

DateLike = Union[datetime.date, str, None]

class DateMention(TypedDict):
    """A date expression: «19 ديسمبر 2022» → 2022-12-19."""

    text: str
    start: Optional[str]
    end: Optional[str]
    granularity: Optional[Literal["day", "month", "year", "part-of-month", "part-of-year", "range"]]
    flags: list[str]
    span: list[int]
    span_chars: list[int]

class _EventBase(TypedDict):
    article: str
    row: int
    id: str
    start: str
    end: str
    granularity: Literal["day", "month", "year", "part-of-month", "part-of-year", "range"]
    date_text: str
    date_span: list[int]
    date_span_chars: list[int]
    sentence_span: list[int]
    sentence_span_chars: list[int]
    title: str
    flags: list[str]
    category: Optional[str]
    dateline: Optional[str]
    source: Optional[str]

class Event(_EventBase, total=False):
    """A dated event of an article, as in the JSONL of ``tarikh extract``."""

    sentence: str
    key_words: list[str]
    in_title: bool

EVENT_COLUMNS: list[str]

def find_dates(text: str, dateline: DateLike = None) -> list[DateMention]:
    """The date expressions of ``text``; ``dateline`` places relative ones («أمس»)."""

def extract(
    text: str, published: DateLike = None, title: Optional[str] = None, sentences: bool = False
) -> list[Event]:
    """The dated events of one article («وصل الوفد أمس» with published 2024-05-02 → 2024-05-01)."""

def extract_batch(
    texts: Union[Iterable[Optional[str]], "pandas.Series[Any]", Any],
    published: Optional[Iterable[DateLike]] = None,
    ids: Optional[Iterable[Any]] = None,
    sources: Optional[Iterable[Any]] = None,
    dateline: DateLike = None,
    sentences: bool = False,
    errors: Literal["raise", "skip"] = "raise",
) -> list[list[Event]]:
    """The events of many texts (list, pandas Series, NumPy or Arrow array), on all cores."""

def events_frame(
    texts: Union[Iterable[Optional[str]], "pandas.Series[Any]", Any],
    published: Optional[Iterable[DateLike]] = None,
    ids: Optional[Iterable[Any]] = None,
    sources: Optional[Iterable[Any]] = None,
    dateline: DateLike = None,
    sentences: bool = False,
    errors: Literal["raise", "skip"] = "raise",
) -> "pandas.DataFrame":
    """:func:`extract_batch` as a DataFrame, one row per event."""
