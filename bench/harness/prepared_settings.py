"""motcua's settings with PostgreSQL server-side binding, so that psycopg prepares a statement on
its fifth use on a connection and PostgreSQL plans it once (`--settings prepared`).

An experiment of the benchmark, not a setting of motcua's: the application's own settings are
untouched. It measures what planning costs: the dossier reads with six joins take longer to plan
than to run.
"""

from motcua.settings import *  # noqa: F403
from motcua.settings import DATABASES

# Django turns psycopg's automatic preparing off (prepare_threshold None) unless it is asked for.
DATABASES["default"].setdefault("OPTIONS", {}).update(server_side_binding=True, prepare_threshold=5)
