"""Tarikh (تاريخ): Arabic dates and dated events in news text.

The engine is Tarikh's, in Rust; this package calls it.

>>> import tarikh
>>> [(d["text"], d["start"], d["end"]) for d in tarikh.find_dates("عقدت القمة في 19 ديسمبر 2022")]
[('19 ديسمبر 2022', '2022-12-19', '2022-12-19')]
>>> [e["start"] for e in tarikh.extract("وصل الوفد أمس إلى القاهرة.", published="2024-05-02")]
['2024-05-01']
>>> [len(events) for events in tarikh.extract_batch(["في مايو 2020 بدأ المشروع.", "لا تاريخ هنا."])]
[1, 0]
"""

from ._tarikh import __version__, extract, find_dates
from ._tarikh import extract_batch as _extract_batch

__all__ = ["__version__", "extract", "extract_batch", "events_frame", "find_dates", "EVENT_COLUMNS"]

#: The keys of an event, in the order of the JSONL of ``tarikh extract``. ``sentence`` and
#: ``key_words`` are only on the first event of each sentence.
EVENT_COLUMNS = [
    "article", "row", "id", "start", "end", "granularity", "date_text", "date_span",
    "date_span_chars", "sentence_span", "sentence_span_chars", "title", "flags", "category",
    "dateline", "source", "sentence", "key_words",
]


def _missing(x):
    return x is None or (isinstance(x, float) and x != x) or type(x).__name__ in ("NaTType", "NAType")


def _as_list(values):
    """A list from a list, tuple, pandas Series or Index, NumPy array or Arrow (chunked) array."""
    if values is None or isinstance(values, list):
        return values
    if hasattr(values, "to_pylist"):  # pyarrow.Array, pyarrow.ChunkedArray
        return values.to_pylist()
    if hasattr(values, "tolist"):  # pandas.Series, numpy.ndarray
        return values.tolist()
    return list(values)


def _texts(values):
    return [v if isinstance(v, str) else None for v in _as_list(values)]


def _strings(values):
    if values is None:
        return None
    return [None if _missing(v) else str(v) for v in _as_list(values)]


def _dates(values):
    if values is None:
        return None
    return [None if _missing(v) else v for v in _as_list(values)]


def extract_batch(texts, published=None, ids=None, sources=None, dateline=None, sentences=False, errors="raise"):
    """The events of many articles, on all cores, with the GIL released while they run.

    ``texts``: a list of ``str``, a pandas Series, a NumPy array or an Arrow array. Returns a
    list with, for each text in order, the list of its events (dicts as :func:`extract` gives
    them; ``row`` is the text's position plus 1, ``article`` its id).

    ``published``: each text's publication date (``datetime.date``, ``"YYYY-MM-DD"``, a
    pandas Timestamp, or missing); ``ids`` and ``sources``: each text's id and source;
    ``dateline``: one date for all, which wins over ``published``. A missing text (``None``,
    ``NaN``) raises ``ValueError`` naming its position, or gets no events with
    ``errors="skip"``.

    >>> import tarikh
    >>> out = tarikh.extract_batch(["سافر أمس.", "عاد اليوم."], published=["2021-03-02", "2021-03-05"])
    >>> [[e["start"] for e in events] for events in out]
    [['2021-03-01'], ['2021-03-05']]
    """
    return _extract_batch(
        _texts(texts), _dates(published), _strings(ids), _strings(sources), dateline, sentences, errors
    )


def events_frame(texts, published=None, ids=None, sources=None, dateline=None, sentences=False, errors="raise"):
    """:func:`extract_batch` as a pandas DataFrame: one row per event, the columns of
    :data:`EVENT_COLUMNS` (``sentence`` and ``key_words`` empty but on a sentence's first event).

    >>> import tarikh
    >>> df = tarikh.events_frame(["وقعت الاتفاقية في 5 مارس 2025."], ids=["a1"])
    >>> df[["article", "start", "category"]].values.tolist()
    [['a1', '2025-03-05', 'agreement']]
    """
    import pandas as pd

    batch = extract_batch(texts, published, ids, sources, dateline, sentences, errors)
    rows = [e for events in batch for e in events]
    return pd.DataFrame.from_records(rows, columns=EVENT_COLUMNS)
