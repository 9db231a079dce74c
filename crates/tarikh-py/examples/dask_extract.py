#!/usr/bin/env python3
"""Tarikh over a corpus as a Dask distributed job: the same events as `tarikh extract CORPUS`.

usage: dask_extract.py CORPUS.{parquet,jsonl} OUT.jsonl [--scheduler ADDRESS] [--workers N]
                       [--partition-rows N]

Without --scheduler, a LocalCluster of N worker processes (default 2, one thread each) is
started on this machine. With --scheduler tcp://HOST:8786, the job runs on that cluster: every
worker needs the `tarikh` package installed (pip install crates/tarikh-py) and the corpus at a
path (or URL: s3://…, hdfs://…) it can read.

Each partition's articles go through tarikh.extract_batch on the worker (all its cores, without
the GIL). The events come back as JSON lines in the corpus's order, each with the corpus row
number `tarikh extract` gives it, and are written to OUT.jsonl: the same objects as the CLI's.
"""
import argparse
import json
import sys
import time

import dask.dataframe as dd
from dask.distributed import Client, LocalCluster

# The columns, as the CLI guesses them from a generated corpus (scripts/make-corpus).
TEXT, PUBLISHED, SOURCE, ID = "text", "published", "source", "id"


def partition_events(part, offsets, partition_info=None):
    """The events of one partition, as JSON lines (one string per event)."""
    import pandas as pd
    import tarikh

    first = offsets[partition_info["number"]] if partition_info else 0
    batch = tarikh.extract_batch(
        part[TEXT], published=part[PUBLISHED], ids=part[ID], sources=part[SOURCE], errors="skip"
    )
    lines = []
    for i, events in enumerate(batch):
        for e in events:
            e["row"] = first + i + 1  # the row's number in the whole corpus, as the CLI counts
            lines.append(json.dumps(e, ensure_ascii=False, separators=(",", ":")))
    return pd.DataFrame({"event": pd.Series(lines, dtype=object)})


def read(corpus, partition_rows):
    if corpus.endswith(".parquet"):
        ddf = dd.read_parquet(corpus, columns=[ID, TEXT, PUBLISHED, SOURCE])
    else:
        ddf = dd.read_json(corpus, lines=True, blocksize=None)[[ID, TEXT, PUBLISHED, SOURCE]]
    rows = int(ddf.map_partitions(len).sum().compute())
    if partition_rows and rows:
        ddf = ddf.repartition(npartitions=max(1, -(-rows // partition_rows)))
    return ddf


def run(corpus, out, client, partition_rows=2000):
    started = time.time()
    ddf = read(corpus, partition_rows)
    lengths = ddf.map_partitions(len).compute().tolist()
    offsets = [sum(lengths[:i]) for i in range(len(lengths))]
    meta = {"event": "object"}
    events = ddf.map_partitions(partition_events, offsets, meta=meta)
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        # Partitions come back in order; each is written as soon as it is done.
        for part in events.to_delayed():
            for line in client.compute(part).result()["event"]:
                f.write(line + "\n")
                n += 1
    return sum(lengths), n, time.time() - started


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("corpus")
    p.add_argument("out")
    p.add_argument("--scheduler", help="a Dask scheduler's address (default: a local cluster)")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--partition-rows", type=int, default=2000)
    a = p.parse_args(argv)
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    with client:
        rows, events, seconds = run(a.corpus, a.out, client, a.partition_rows)
    print(f"{rows} articles, {events} events in {seconds:.1f} s on {a.scheduler or f'{a.workers} local workers'}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
