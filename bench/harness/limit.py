"""The physical limit: pgbench with the SQL of the same requests, and the ratios."""

from __future__ import annotations

from harness import pgbench
from harness.bench import DB, Bench, _slug, write
from harness.procs import Sampler, backends, stop, tree
from harness.report import OpStats, usage_table, verdict
from harness.system import groups


def physical_limit(bench: Bench) -> None:
    """pgbench with the same statements, same concurrency; motcua's rates as ratios of it."""
    from motcua.dossiers.models import Dossier, Event

    stop([bench.services.pop("worker")])  # the raw database: nothing else running
    lane = bench.data["lanes"][0]
    submit, receive, code = pgbench.capture_intake(lane)
    dossier = Dossier.objects.get(code=code)
    event_ids = list(
        Event.objects.filter(dossier=dossier).order_by("seq").values_list("pk", flat=True)
    )
    prefixes = [p for p in bench.data["prefixes"]]
    scripts = {
        f"intake, {name}": pgbench.intake_script(
            submit,
            receive,
            code=code,
            dossier_id=dossier.pk,
            event_ids=event_ids,
            prefixes=prefixes,
            reads=name == "every statement",
        )
        for name in ("writes", "every statement")
    }
    track_code = bench.data["codes"][0]
    page = pgbench.capture_tracking(track_code)
    max_id = Dossier.objects.order_by("-pk").values_list("pk", flat=True).first() or 1
    track_id = Dossier.objects.get(code=track_code).pk
    for name, script in pgbench.tracking_scripts(
        page, code=track_code, dossier_id=track_id, max_id=max_id
    ).items():
        scripts[f"tracking, {name}"] = script
    from django.db import connection

    connection.close()
    results = {}
    usages = {}
    for name, script in scripts.items():
        sampler = Sampler(groups(bench, {}))

        def on_start(pid: int, sampler: Sampler = sampler) -> Sampler:
            sampler.groups["pgbench"] = lambda: tree(pid)
            sampler.groups["PostgreSQL backends of pgbench"] = backends(
                DB, bench.admin_url, "pgbench"
            )
            sampler.start()
            return sampler

        result, started = pgbench.run(
            name,
            script,
            database=DB,
            clients=bench.args.clients,
            seconds=int(bench.args.seconds),
            workdir=bench.logs / "pgbench",
            on_start=on_start,
        )
        started.stop()
        results[name] = result
        usages[name] = started
        print(f"pgbench {name}: {result.tps:,.0f} tps", flush=True)
    plans = pgbench.explain([*submit, *receive, *page])
    connection.close()
    render_limit(bench, results, usages, submit, receive, plans)


def render_limit(
    bench: Bench,
    results: dict[str, pgbench.PgbenchResult],
    usages: dict[str, Sampler],
    submit: list[pgbench.Statement],
    receive: list[pgbench.Statement],
    plans: list[tuple[str, str, bool]],
) -> None:
    intake: OpStats | None = bench.data.get("intake")
    track: OpStats | None = bench.data.get("tracking")
    track_api: OpStats | None = bench.data.get("tracking_api")
    lines = [
        f"pgbench, {bench.args.clients} clients (`-c {bench.args.clients} -j 2 -T"
        f" {int(bench.args.seconds)}`), on the same database while the web server is idle and"
        " the worker stopped. The scripts replay the SQL captured from one online submit and one"
        " desk receive (and one tracking page) through Django's test client: same tables, same"
        " indexes, same transactions; the dossier code, the new rows' ids and the code"
        " sequence's prefix vary as over HTTP. One intake script run = 2 actions.",
        "",
        "| pgbench script | statements | transactions/s | actions or lookups/s | p50 ms | p95 ms |"
        " p99 ms | failed | motcua over HTTP | ratio |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in results.items():
        statements = sum(
            1
            for line in (bench.logs / "pgbench" / f"{_slug(name)}.sql").read_text().splitlines()
            if line.strip() and not line.startswith("\\set")
        )
        if name.startswith("intake"):
            units, ours = r.tps * 2, intake.rate if intake else 0.0
            label = "intake actions/s"
        else:
            units, ours = r.tps, track.rate if track else 0.0
            label = "tracking page/s"
        ratio = ours / units if units else 0.0
        lines.append(
            f"| {name} | {statements} | {r.tps:,.0f} | {units:,.0f} | {r.p50:.2f} | {r.p95:.2f} |"
            f" {r.p99:.2f} | {r.failed} | {ours:,.0f} ({label}) | **{ratio:.0%}** |"
        )
        bench.data.setdefault("ratios", {})[name] = ratio
    if track_api:
        lines += [
            "",
            f"The tracking API (`GET /api/v1/dossiers/{{code}}`) answered {track_api.rate:,.0f}/s:"
            f" {track_api.rate / results['tracking, primary-key select'].tps:.0%} of the"
            " primary-key select.",
        ]
    lines += [
        "",
        "Target: motcua's intake ≥ 40% of the writes-only limit: "
        + verdict(
            [
                (
                    f"{bench.data.get('ratios', {}).get('intake, writes', 0):.0%}",
                    bench.data.get("ratios", {}).get("intake, writes", 0) >= 0.40,
                )
            ]
        )
        + ".",
    ]
    lines += ["", "What pgbench and the server cost during each script:", ""]
    for name, sampler in usages.items():
        lines += [
            f"**{name}**",
            "",
            *usage_table(sampler.last, sampler.seconds, sampler.machine_busy()),
            "",
        ]
    lines += [
        "The statements of one submit and one receive over HTTP, in order (`read` ones are"
        ' replayed only in the "every statement" scripts):',
        "",
        "| request | statement | kind |",
        "|---|---|---|",
        *(f"| submit | `{s.summary}` | {s.kind} |" for s in submit),
        *(f"| receive | `{s.summary}` | {s.kind} |" for s in receive),
        "",
        "The scripts are kept in `var/bench/pgbench/` after a run.",
        "",
        f"Plans of the reads (EXPLAIN, {bench.data['dossier_count']:,} dossiers in the database;"
        " a sequential scan of a table that grows with the dossiers would be marked **seq**):",
        "",
        "| statement | plan | |",
        "|---|---|---|",
        *(f"| `{what}` | {plan} | {'**seq**' if seq else 'ok'} |" for what, plan, seq in plans),
    ]
    write(bench, "pgbench", "The physical limit: pgbench with the same SQL", lines)
