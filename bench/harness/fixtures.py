"""What the scenarios need from the seeded province: tokens, lanes, codes and search words.

Runs inside the orchestrator after `django.setup()`, through the models (the API is what is
measured, not how its inputs are found).
"""

from __future__ import annotations

import random
import unicodedata
from typing import Any


def _token(user: Any, tokens: dict[int, str]) -> str:
    from motcua.accounts.models import ApiToken

    if user.pk not in tokens:
        _, tokens[user.pk] = ApiToken.issue(user, "bench")
    return tokens[user.pk]


def lanes(count: int, *, seed: int = 1) -> list[dict[str, Any]]:
    """`count` ways a dossier goes, drawn from the seeded online dossiers (so in the province's
    own proportions of procedures and agencies): the procedure, the competent agency, and a token
    for the citizen, the receiving desk, and the competent agency's officer and leader."""
    from motcua.accounts.models import Role, User
    from motcua.dossiers.models import Dossier
    from motcua.dossiers.services import default_reception
    from motcua.units.models import Agency

    staff: dict[tuple[str, int], list[User]] = {}
    for user in User.objects.filter(
        role__in=[Role.DESK, Role.OFFICER, Role.LEADER], is_active=True
    ):
        if user.agency_id:
            staff.setdefault((user.role, user.agency_id), []).append(user)
    citizens = list(User.objects.filter(role=Role.CITIZEN, is_active=True).order_by("pk")[:500])
    rng = random.Random(seed)
    candidates = list(
        Dossier.objects.filter(channel=2)
        .order_by("pk")
        .values_list("version__procedure__code", "competent_agency_id")[:5000]
    )
    rng.shuffle(candidates)
    tokens: dict[int, str] = {}
    out: list[dict[str, Any]] = []
    agencies = {a.pk: a for a in Agency.objects.all()}
    for procedure, competent_id in candidates:
        reception = default_reception(agencies[competent_id])  # where an online dossier goes
        desks = staff.get((Role.DESK, reception.pk))
        officers = staff.get((Role.OFFICER, competent_id))
        leaders = staff.get((Role.LEADER, competent_id))
        if not (desks and officers and leaders):
            continue
        out.append(
            {
                "procedure": procedure,
                "competent": agencies[competent_id].code,
                "reception": reception.code,
                "citizen": _token(rng.choice(citizens), tokens),
                "desk": _token(rng.choice(desks), tokens),
                "officer": _token(rng.choice(officers), tokens),
                "leader": _token(rng.choice(leaders), tokens),
            }
        )
        if len(out) == count:
            break
    if not out:
        raise RuntimeError("no online dossier with a desk, an officer and a leader to copy")
    return out


def tracking_codes(count: int, *, seed: int = 1) -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT setseed(%s)", [1 / (seed + 1)])
        cursor.execute("SELECT code FROM dossiers_dossier ORDER BY random() LIMIT %s", [count])
        return [row[0] for row in cursor.fetchall()]


def admin_token() -> str:
    from motcua.accounts.models import Role, User

    user = User.objects.filter(role=Role.ADMIN, is_active=True).order_by("pk").first()
    if user is None:
        raise RuntimeError("no administrator in the seeded province")
    return _token(user, {})


def plain(text: str) -> str:
    """What a user types without Vietnamese accents: 'Đăng ký khai sinh' → 'dang ky khai sinh'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()


def search_queries(count: int, *, seed: int = 1) -> list[str]:
    """Accent-free beginnings of procedure names, 1 to 4 words: what people type in the box."""
    from motcua.catalog.selectors import current_versions

    names = sorted(current_versions().values_list("name", flat=True))
    rng = random.Random(seed)
    queries = []
    for _ in range(count):
        words = plain(rng.choice(names)).replace(",", " ").split()
        start = rng.randrange(max(1, len(words) - 1))
        queries.append(" ".join(words[start : start + rng.randint(1, 4)]))
    return queries
