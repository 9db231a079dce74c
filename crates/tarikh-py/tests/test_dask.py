"""The distributed example (issue 15): a Dask LocalCluster of two worker processes extracts a
generated corpus of 10,000 articles, and its events equal those of `tarikh extract` on the
same corpus, in the same order."""

import importlib.util
import json
import os
import pathlib
import subprocess
import sys

from dask.distributed import Client, LocalCluster

ROOT = pathlib.Path(__file__).resolve().parents[3]
ARTICLES = 10_000


def load_example():
    path = ROOT / "crates/tarikh-py/examples/dask_extract.py"
    spec = importlib.util.spec_from_file_location("dask_extract", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tarikh_binary():
    # scripts/test builds it (cargo test --workspace) and names it; target/debug otherwise.
    binary = pathlib.Path(os.environ.get("TARIKH_BIN", ROOT / "target/debug/tarikh"))
    assert binary.exists(), f"{binary}: build the CLI first (cargo build)"
    return binary


def test_dask_job_equals_the_cli(tmp_path):
    corpus = tmp_path / "corpus.parquet"
    subprocess.run([sys.executable, ROOT / "scripts/make-corpus", corpus, str(ARTICLES), "--small"], check=True)
    cli = subprocess.run([tarikh_binary(), "extract", corpus], check=True, capture_output=True)
    from_cli = [json.loads(line) for line in cli.stdout.decode("utf-8").splitlines()]
    assert cli.stderr.decode("utf-8").startswith(f"{ARTICLES:,} articles, ")

    out = tmp_path / "events.jsonl"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            rows, events, _ = load_example().run(str(corpus), str(out), client, partition_rows=1500)
    from_dask = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]

    assert rows == ARTICLES
    assert events == len(from_cli) > ARTICLES
    assert from_dask == from_cli
