"""The `make bench` harness: processes, data, the load generator, pgbench and the tables.

`bench/run.py` drives it. `load.py` runs as its own process and imports no Django, so that its
CPU is measured apart from the server's.
"""
