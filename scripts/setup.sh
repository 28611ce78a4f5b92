#!/usr/bin/env bash
# Create .venv and install Rafiq with its development extras. torch 2.13.0 (CPU build) goes first so
# that sentence-transformers does not pull a multi-gigabyte CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -d .venv ] || "$PY" -m venv .venv
. .venv/bin/activate
python -m pip install -q --upgrade pip
python -m pip install -q "torch==2.13.0"
python -m pip install -q -e ".[st,dev]"
