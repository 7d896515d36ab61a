"""Form 07: the desk's log for a period, as an A4 landscape PDF and as an Excel workbook."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from motcua.clock import VN_TZ
from motcua.desk.printing.log import parse_period
from motcua.desk.printing.tests.helpers import (
    A4_LANDSCAPE,
    assert_size,
    at_officer,
    fetch_pdf,
    text,
)
from motcua.dossiers.services import Applicant, dossier_act, dossier_create
from motcua.dossiers.tests.helpers import received
from motcua.errors import DomainError
from motcua.testing.cast import BIRTH

MARCH = "?tu=2026-03-01&den=2026-03-31"


def vn(month: int, day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=VN_TZ)


@pytest.fixture
def march(cast):
    """Two dossiers at the province centre in March, one in February, one at a commune centre."""
    first = received(cast, at=vn(3, 2))
    late = at_officer(cast, vn(3, 3))
    for hour in (10, 11):  # Decision 766: a second supplement request makes a dossier late
        note = "Thiếu bản vẽ."
        dossier_act(
            code=late.code,
            action="request_supplement",
            actor=cast.officer,
            note=note,
            at=vn(3, 3, hour),
        )
        dossier_act(code=late.code, action="supplement", actor=cast.desk, at=vn(3, 3, hour))
    received(cast, at=vn(2, 27))
    dossier_create(
        actor=cast.commune_desk,
        procedure_code=BIRTH,
        channel=1,
        applicant=Applicant(name="Hà Thị Mai"),
        competent=cast.commune_committee,
        at=vn(3, 2),
    )
    # Received 31 March 23:30 in Vietnam: still March, though it is 16:30 UTC.
    edge = received(cast, at=dt.datetime(2026, 3, 31, 23, 30, tzinfo=VN_TZ))
    dossier_act(code=first.code, action="refuse", actor=cast.desk, note="Sai thẩm quyền.")
    return first, late, edge


def test_the_log_pdf_lists_the_desks_dossiers_of_the_period(cast, client, march):
    first, late, edge = march
    client.force_login(cast.desk)

    response = client.get("/can-bo/so-theo-doi.pdf" + MARCH)

    assert response["Content-Disposition"] == (
        'inline; filename="so-theo-doi-000.00.20.H99-2026-03-01-2026-03-31.pdf"'
    )
    reader = fetch_pdf(client, "/can-bo/so-theo-doi.pdf" + MARCH)
    assert_size(reader, A4_LANDSCAPE)
    content = text(reader)
    for expected in (
        "SỔ THEO DÕI HỒ SƠ",
        "từ ngày 01/03/2026 đến ngày 31/03/2026",
        "TRUNG TÂM PVHCC TỈNH",
        first.code,
        late.code,
        edge.code,
        "Không được tiếp nhận",
        "Quá hạn",  # the dossier asked twice for a supplement
        "Tổng số hồ sơ tiếp nhận: 3",
    ):
        assert expected in content, expected
    assert "Hà Thị Mai" not in content  # another desk's dossier
    assert "-260227-" not in content  # received in February


def test_the_log_workbook_has_a_bold_frozen_header_and_real_dates(cast, client, march):
    first, late, edge = march
    client.force_login(cast.desk)

    response = client.get("/can-bo/so-theo-doi.xlsx" + MARCH)

    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"].startswith("attachment;")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert header[:5] == ["STT", "Mã hồ sơ", "Chủ hồ sơ", "Thủ tục hành chính", "Ngày tiếp nhận"]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["D"].width >= 40
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in rows] == [first.code, late.code, edge.code]
    assert rows[0][4] == dt.datetime(2026, 3, 2, 9, 0)  # VN wall clock, a real date cell
    assert rows[2][4] == dt.datetime(2026, 3, 31, 23, 30)
    assert sheet.cell(row=2, column=5).is_date
    assert rows[0][8] == "Không được tiếp nhận"
    assert rows[1][9] == "Quá hạn"


def test_the_period_defaults_to_the_current_month(cast, client):
    dossier = received(cast)  # now
    client.force_login(cast.desk)

    response = client.get("/can-bo/so-theo-doi.xlsx")

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [dossier.code]


def test_an_admin_may_print_any_agencys_log(cast, client, march):
    client.force_login(cast.admin)

    own = text(fetch_pdf(client, "/can-bo/so-theo-doi.pdf" + MARCH))
    commune = text(fetch_pdf(client, f"/can-bo/so-theo-doi.pdf{MARCH}&co-quan=000.01.31.H99"))

    assert "Tổng số hồ sơ tiếp nhận: 0" in own  # the committee receives no dossier itself
    assert "Hà Thị Mai" in commune


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("&co-quan=000.01.31.H99", 403, "Chỉ quản trị tỉnh và thanh tra được xem"),
        ("&co-quan=000.00.20.H99", 200, ""),  # naming one's own agency is fine
        ("&tu=2026-13-01", 400, "Ngày “2026-13-01” ở tham số “tu” không hợp lệ"),
        ("&den=2026-02-01", 400, "Ngày kết thúc (den) phải từ ngày bắt đầu (tu) trở đi"),
    ],
)
def test_bad_requests_are_refused_with_the_reason(cast, client, query, status, message):
    client.force_login(cast.desk)

    response = client.get("/can-bo/so-theo-doi.pdf" + MARCH + query)

    assert response.status_code == status
    assert message in response.content.decode(errors="replace")


def test_an_unknown_agency_is_a_404_for_an_admin(cast, client):
    client.force_login(cast.admin)

    response = client.get("/can-bo/so-theo-doi.xlsx?co-quan=000.99.99.H99")

    assert response.status_code == 404
    assert "Không tìm thấy cơ quan mã “000.99.99.H99”" in response.content.decode()


@pytest.mark.parametrize("path", ["/can-bo/so-theo-doi.pdf", "/can-bo/so-theo-doi.xlsx"])
def test_citizens_may_not_see_a_log_and_strangers_must_sign_in(cast, client, path):
    assert client.get(path).url == f"/dang-nhap?next={path}"
    client.force_login(cast.citizen)
    assert client.get(path).status_code == 403


def test_a_period_longer_than_a_year_is_refused():
    with pytest.raises(DomainError) as refused:
        parse_period("2025-01-01", "2026-01-02", today=dt.date(2026, 3, 2))
    assert refused.value.field == "den"
    assert parse_period("2024-01-01", "2024-12-31", today=dt.date(2026, 3, 2))  # a leap year
    period = parse_period(None, None, today=dt.date(2026, 2, 10))
    assert (period.first, period.last) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))


def test_a_log_too_long_to_print_points_to_the_workbook(cast, client, monkeypatch):
    monkeypatch.setattr("motcua.desk.printing.log.MAX_PDF_ROWS", 2)
    for day in (2, 3, 4):
        received(cast, at=vn(3, day))
    client.force_login(cast.desk)

    refused = client.get("/can-bo/so-theo-doi.pdf" + MARCH)
    workbook = client.get("/can-bo/so-theo-doi.xlsx" + MARCH)

    assert refused.status_code == 400
    assert "tải sổ theo dõi dạng Excel" in refused.content.decode()
    assert workbook.status_code == 200
