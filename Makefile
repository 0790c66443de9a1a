# Drafter — two commands on a fresh machine:
#   make run    set everything up and start the app on the bundled sample corpus
#   make test   set everything up and run all tests, one pytest worker per core (pytest-xdist):
#               every worker has its own temporary folders and its own throwaway PostgreSQL
#               cluster; the only thing they share in the checkout is hypothesis's example
#               database (.hypothesis/), which is made for several processes at once
VENV := .venv
PY := $(VENV)/bin/python
LIBRARY ?= .drafter-library

.PHONY: setup run test lint format bench clean

setup:
	@bash scripts/bootstrap.sh

run: setup
	$(PY) -m drafter gui --library $(LIBRARY) --import-samples corpus

# test writes bytecode even where the shell says not to (PYTHONDONTWRITEBYTECODE): the
# suite starts hundreds of `python -m drafter` children, and each would compile drafter anew
# --durations=25: every CI log names the slowest tests, so the margin under CI's 15 minutes
# can be watched run by run (bench/pytest_cpu.py gives CPU seconds on a loaded machine)
test: setup
	$(PY) -m ruff check drafter tests bench
	$(PY) -m ruff format --check drafter tests bench
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n logical --dist worksteal --durations=25

lint: setup
	$(PY) -m ruff check drafter tests bench
	$(PY) -m ruff format --check drafter tests bench

format: setup
	$(PY) -m ruff format drafter tests bench
	$(PY) -m ruff check --fix drafter tests bench

bench: setup
	$(PY) -m pip install -q -e ".[bench]"
	$(PY) bench/parse_bench.py
	$(PY) bench/search_bench.py --subset 0.25
	$(PY) bench/team_bench.py --subset 0.25
	$(PY) bench/export_bench.py

clean:
	rm -rf $(VENV) $(LIBRARY) .pytest_cache .ruff_cache
