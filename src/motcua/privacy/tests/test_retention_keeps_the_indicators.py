"""Deleting files and blanking applicants after retention changes no figure of the service index:
the report the API serves and the recomputation from the dossiers read the same before and after."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from motcua.dossiers.models import Dossier
from motcua.indicators.aggregates import figures_catch_up_all
from motcua.indicators.report import recomputed_report
from motcua.privacy.retention import retention_apply
from motcua.privacy.tests.helpers import returned, reuse_component, submitted, vn, withdrawn

TODAY = timezone.localdate()
FIRST = dt.date(TODAY.year - 8, 1, 1)


def figures(api, group_by: str = "") -> dict:
    figures_catch_up_all()
    query = {"from": FIRST.isoformat(), "to": TODAY.isoformat(), "group_by": group_by}
    response = api.get("/indicators", **query)
    assert response.status_code == 200, response.content
    return response.json()


def test_the_indicators_before_and_after_apply_are_identical(
    cast, api_as, django_capture_on_commit_callbacks
):
    for year, day in ((TODAY.year - 7, 5), (TODAY.year - 6, 7), (TODAY.year - 1, 4)):
        returned(cast, at=vn(year, 3, day))
        withdrawn(cast, at=vn(year, 3, day + 1), owner=cast.other_citizen)
    old = Dossier.objects.order_by("pk").first()
    live = submitted(cast, at=timezone.now() - dt.timedelta(hours=2))
    reuse_component(cast, into=live, source=old.documents.get(kind="component"))
    api = api_as(cast.admin)
    before = [figures(api), figures(api, "agency"), figures(api, "month")]
    recomputed_before = recomputed_report(first=FIRST, last=TODAY)

    with django_capture_on_commit_callbacks(execute=True):
        outcome = retention_apply()
    assert outcome.purged == 6 and outcome.anonymised == 2  # something did change

    assert [figures(api), figures(api, "agency"), figures(api, "month")] == before
    assert recomputed_report(first=FIRST, last=TODAY) == recomputed_before
    indicators = before[0]["indicators"]
    assert indicators["digitisation_rate"]["numerator"] >= 1  # what is compared is not empty
