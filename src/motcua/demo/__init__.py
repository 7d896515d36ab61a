"""Demo data: a fictional province, its catalogue and dossiers."""
