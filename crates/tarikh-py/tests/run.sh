#!/usr/bin/env bash
# The Python package's tests (issue 15): builds the `tarikh` module into a venv under
# crates/tarikh-py/.venv (maturin develop, the dev profile: quick to build, and these tests
# check results, not speed), then runs pytest on its API, its docstring examples, and the
# Dask distributed example against the CLI on a generated corpus of 10,000 articles. Called by
# scripts/test after the Rust tests, which build target/debug/tarikh.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/tests/requirements.txt"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! (cd "$here" && VIRTUAL_ENV="$venv" PATH="$venv/bin:$PATH" maturin develop >"$log" 2>&1); then
  cat "$log" >&2
  echo "tarikh-py: the module did not build" >&2
  exit 1
fi
cd "$root"
TARIKH_BIN="${TARIKH:-$root/target/debug/tarikh}" "$venv/bin/python" -m pytest -q -p no:cacheprovider \
  crates/tarikh-py/tests --doctest-modules --pyargs tarikh
