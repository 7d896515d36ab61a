"""A bare HTTP client for the simulator and valid sample payloads, for tests and benchmarks.

Plain http.client on one keep-alive connection: tests see exactly what the wire carries.
"""

from __future__ import annotations

import http.client
import json
from typing import Any
from urllib.parse import urlsplit

MADONVI = "000.00.00.H99"


def sample_record(code: str, **fields: Any) -> dict[str, Any]:
    """A DongBoHoSoMC record the simulator accepts; `fields` override or add."""
    return {
        "MaHoSo": code,
        "MaTTHC": "1.004227",
        "TenTTHC": "Đăng ký khai sinh",
        "KenhThucHien": 1,
        "ChuHoSo": "Nguyễn Văn An",
        "LoaiDoiTuong": 1,
        "NgayNopHoSo": "20260105080000",
        "NgayTiepNhan": "20260105081500",
        "TrangThaiHoSo": 2,
        "TrichYeuHoSo": "Đăng ký khai sinh cho con",
        "HoSoCoThanhPhanSoHoa": 1,
        **fields,
    }


def sample_step(code: str, at: str, status: int = 4, **fields: Any) -> dict[str, Any]:
    """A CapNhatTienDoHoSoMC step the simulator accepts; `fields` override or add."""
    return {
        "MaHoSo": code,
        "NguoiXuLy": "Trần Thị Bình",
        "ChucDanh": "Chuyên viên",
        "ThoiDiemXuLy": at,
        "PhongBanXuLy": "Phòng Tư pháp",
        "NoiDungXuLy": f"Xử lý bước {status}",
        "TrangThai": status,
        **fields,
    }


class SimClient:
    def __init__(self, url: str, *, timeout: float = 5.0) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.timeout = timeout
        self.session = ""
        self._conn: http.client.HTTPConnection | None = None

    def request(
        self, method: str, path: str, body: Any = None, headers: dict[str, str] | None = None
    ) -> tuple[int, Any]:
        """(HTTP status, decoded JSON). Connection errors propagate after a reconnect is armed."""
        if self._conn is None:
            self._conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        data = None if body is None else json.dumps(body).encode()
        sent = {"Content-Type": "application/json", **(headers or {})}
        try:
            self._conn.request(method, path, body=data, headers=sent)
            response = self._conn.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException):
            self.close()
            raise
        return response.status, json.loads(raw) if raw else None

    def post(self, path: str, body: Any = None, **headers: str) -> Any:
        return self.request("POST", path, {} if body is None else body, headers)[1]

    def get(self, path: str) -> Any:
        return self.request("GET", path)[1]

    def login(self, username: str = "motcua", password: str = "motcua", dstcode: str = "") -> str:
        answer = self.post("/auth", {"username": username, "password": password}, dstcode=dstcode)
        assert answer["error_code"] == 0, answer
        self.session = answer["session"]
        return self.session

    def call(self, service: str, **fields: Any) -> dict[str, Any]:
        """One /integration call with the current session (log in first)."""
        body = {"session": self.session, "madonvi": MADONVI, "service": service, **fields}
        answer: dict[str, Any] = self.post("/integration", body)
        return answer

    def create(self, *records: dict[str, Any]) -> dict[str, Any]:
        return self.call("DongBoHoSoMC", isUpdating="False", data=list(records))

    def update(self, *records: dict[str, Any]) -> dict[str, Any]:
        return self.call("DongBoHoSoMC", isUpdating="True", data=list(records))

    def steps(self, *steps: dict[str, Any]) -> dict[str, Any]:
        return self.call("CapNhatTienDoHoSoMC", data=list(steps))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
