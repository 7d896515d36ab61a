"""Password hashing: Argon2id with OWASP's parameters for a server that must stay small.

Django's defaults take 100 MiB per hash (memory_cost 102,400 KiB, parallelism 8): eight officers
signing in at once at 7:30 would add 800 MB to a web process. OWASP's password storage cheat sheet
gives m=19 MiB, t=2, p=1 as an equivalent choice. Hashes made with other parameters are rehashed
with these at the next login (Django compares them)."""

from __future__ import annotations

from django.contrib.auth.hashers import Argon2PasswordHasher


class ModestArgon2PasswordHasher(Argon2PasswordHasher):
    memory_cost = 19 * 1024  # KiB
    time_cost = 2
    parallelism = 1
