"""The Python package (issue 15): find_dates, extract, the batch call over lists, pandas and
Arrow, and the GIL released while the batch runs."""

import datetime as dt
import sys
import threading

import pandas as pd
import pyarrow as pa
import pytest

import tarikh

TEXTS = [
    "عقدت القمة في مينسك يوم 19 ديسمبر 2022 بحضور الرئيسين.",
    "وصل الوفد أمس إلى القاهرة، وسيغادر يوم الخميس المقبل.",
    "لا تاريخ في هذا النص.",
    "وقّعت أستانا ولندن اتفاقية تعاون عسكري في 5 مارس 2025 🙂 ثم في ١٠ أبريل ٢٠٢٥.",
]


def test_find_dates_spans_in_bytes_and_in_python_chars():
    text = TEXTS[3]
    found = tarikh.find_dates(text)
    assert [d["start"] for d in found] == ["2025-03-05", "2025-04-10"]
    raw = text.encode("utf-8")
    for d in found:
        s, e = d["span_chars"]
        assert text[s:e] == d["text"]
        b0, b1 = d["span"]
        assert raw[b0:b1].decode("utf-8") == d["text"]
        assert d["granularity"] == "day" and d["flags"] == []


def test_find_dates_dateline_places_relative_dates():
    unplaced = tarikh.find_dates("وصل الوفد أمس")
    assert [(d["text"], d["start"], d["flags"]) for d in unplaced] == [("أمس", None, ["relative"])]
    for dateline in ("2024-05-02", dt.date(2024, 5, 2), dt.datetime(2024, 5, 2, 23, 0), pd.Timestamp("2024-05-02")):
        placed = tarikh.find_dates("وصل الوفد أمس", dateline=dateline)
        assert placed[0]["start"] == "2024-05-01", dateline
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        tarikh.find_dates("أمس", dateline="غدا")
    with pytest.raises(ValueError, match="a publication date must be"):
        tarikh.find_dates("أمس", dateline=5)


def test_extract_events_with_published_and_title():
    events = tarikh.extract(TEXTS[1], published="2024-05-02", sentences=True)
    assert [e["start"] for e in events] == ["2024-05-01", "2024-05-09"]
    first, second = events
    assert first["dateline"] == "2024-05-02" and "relative" in first["flags"]
    assert first["sentence"] == TEXTS[1][first["sentence_span_chars"][0] : first["sentence_span_chars"][1]]
    assert "key_words" in first and "key_words" not in second, "once per sentence"
    titled = tarikh.extract(TEXTS[0], title="قمة مينسك في 19 ديسمبر 2022")
    assert titled[0]["in_title"] is True and titled[0]["start"] == "2022-12-19"
    assert titled[1].get("in_title") is None and titled[1]["category"] == "summit"
    assert tarikh.extract(TEXTS[2]) == []


def test_batch_is_the_same_over_lists_series_and_arrow():
    published = ["2022-12-20", "2024-05-02", None, dt.date(2025, 3, 1)]
    expected = [tarikh.extract(t, published=p) for t, p in zip(TEXTS, published)]
    as_list = tarikh.extract_batch(TEXTS, published=published)
    assert [[{k: v for k, v in e.items() if k not in ("row", "article")} for e in a] for a in as_list] == [
        [{k: v for k, v in e.items() if k not in ("row", "article")} for e in a] for a in expected
    ]
    assert [e["row"] for a in as_list for e in a] == [1, 2, 2, 4, 4]
    series = tarikh.extract_batch(pd.Series(TEXTS), published=pd.Series(published, dtype=object))
    arrow = tarikh.extract_batch(pa.array(TEXTS), published=pa.array([None if p is None else str(p) for p in published]))
    chunked = tarikh.extract_batch(pa.chunked_array([TEXTS[:2], TEXTS[2:]]), published=published)
    assert series == as_list == arrow == chunked


def test_batch_ids_sources_dateline_and_missing_texts():
    out = tarikh.extract_batch(TEXTS[:2], ids=[10, "b"], sources=["وكالة", None], dateline="2020-01-02")
    assert [e["article"] for e in out[0]] == ["10"] and out[1][0]["article"] == "b"
    assert out[0][0]["source"] == "وكالة" and out[1][0]["source"] is None
    assert out[1][0]["start"] == "2020-01-01", "dateline wins"
    with pytest.raises(ValueError, match=r"texts\[1\]: no text"):
        tarikh.extract_batch(pd.Series(["في 2020", None]))
    assert tarikh.extract_batch(["في مايو 2020", float("nan")], errors="skip")[1] == []
    with pytest.raises(ValueError, match="published has 1 items for 2 texts"):
        tarikh.extract_batch(TEXTS[:2], published=["2020-01-01"])
    with pytest.raises(ValueError, match=r"published\[0\]"):
        tarikh.extract_batch(TEXTS[:1], published=["yesterday"])


def test_events_frame_has_the_event_columns():
    df = tarikh.events_frame(pd.Series(TEXTS), published=["2022-12-20", "2024-05-02", None, None], ids=list("abcd"))
    assert list(df.columns) == tarikh.EVENT_COLUMNS
    assert df["article"].tolist() == ["a", "b", "b", "d", "d"]
    assert df["category"].tolist()[0] == "summit"


def test_the_batch_releases_the_gil():
    # With a switch interval this long, the main thread can run during the call only if the
    # call lets go of the GIL (nothing else would take it from the worker thread).
    big = [t + f" نسخة {i}" for i in range(3000) for t in TEXTS]
    state = {"done": False, "seen_running": None}
    started = threading.Event()

    def work():
        started.set()
        tarikh.extract_batch(big)
        state["done"] = True

    old = sys.getswitchinterval()
    sys.setswitchinterval(100.0)
    try:
        t = threading.Thread(target=work)
        t.start()
        started.wait()
        state["seen_running"] = not state["done"]
        t.join()
    finally:
        sys.setswitchinterval(old)
    assert state["seen_running"] is True
