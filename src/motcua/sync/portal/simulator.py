"""A stand-in for the National Public Service Portal (DVCQG): a real HTTP service on loopback.

Run it with `motcua portal-sim --port 9000` (or `portal_sim`), or in a test:

    with SimServer(PortalSimulator(seed=1)) as server:
        ...  # talk HTTP to server.url

Stdlib only (no Django inside), HTTP/1.1 keep-alive, Content-Length on every answer. Protocol
answers are HTTP 200 whatever their `error_code`; only faults (503), bodies that are not JSON (400)
and the control endpoints use other HTTP statuses. Messages are Vietnamese with English.

Protocol (as provincial systems implement the portal's; domain README §5)
---------------------------------------------------------------------------
POST /auth  {"username", "password"}, header `dstcode` (checked only when the simulator has one)
    → {"error_code": 0, "session": "<token>"}          (a number 0, as the real portal answers)
    → {"error_code": "401", "message": "Sai tài khoản hoặc mật khẩu"}
    A session lives `session_ttl` seconds.

POST /integration  {"session", "madonvi", "service": NAME, …}
    unknown or expired session → {"error_code": "99", "message": "Phiên làm việc đã hết hạn"}
        (log in again and repeat the call; nothing was done)
    success → {"error_code": "0", "message": "Thành công", …}
    bad input → {"error_code": "-1", "message": "<field>: <what is wrong>",
                 "errors": [{"index": i | null, "field": "...", "message": "..."}]}
        Every record of a batch is checked before anything is stored: a batch is all or nothing.
    unknown service → "-1" naming `service`.

  TraCuuHoSo {"mahoso": CODE} → {"error_code": "0", "result": <stored record> | null}

  DongBoHoSoMC {"isUpdating": "True" | "False", "data": [records]}
    Each record: MaHoSo, MaTTHC, TenTTHC, KenhThucHien (1–3), ChuHoSo, LoaiDoiTuong (1–4),
    NgayNopHoSo, TrangThaiHoSo (1–10) required; dates (NgayNopHoSo, NgayTiepNhan, NgayHenTra,
    NgayTra, NgayKetThucXuLy, NgayTuChoi, and those of DanhSachHoSoBoSung) are `yyyyMMddHHmmss`,
    14 digits and a real instant; TrichYeuHoSo ≤ 1000 characters; HoSoCoThanhPhanSoHoa and
    TaiKhoanDuocXacThucVoiVNeID 0/1; DuocThanhToanTrucTuyen 1/2 or absent; list fields are lists
    of objects. Codes may be numbers or digit strings.
    "False" (create): a code repeated inside the batch → "-1"; any code already stored →
        {"error_code": "2", "message": "Hồ sơ <code> đã tồn tại", "existing": [codes]} and nothing
        of the call is stored (the client should send those as updates).
        → {"error_code": "0", "result": {"created": n}}
    "True" (update): every code must exist ("-1" naming MaHoSo otherwise); the new TrangThaiHoSo
        must be reachable from the stored one through the lifecycle (dossiers.lifecycle.TABLE,
        any number of steps, `resume` = back to any status a pause starts from, staying put is
        fine), else "-1" naming TrangThaiHoSo and the code. Records of one dossier in one batch are
        judged in order. The latest record per MaHoSo is kept.
        → {"error_code": "0", "result": {"updated": n}}

  CapNhatTienDoHoSoMC {"data": [steps]}
    Each step: MaHoSo (stored), NguoiXuLy (≤ 50 characters), ThoiDiemXuLy (date), TrangThai
    (1–10), NoiDungXuLy required; NgayBatDau, NgayKetThucTheoQuyDinh dates if given.
    Idempotent: a step equal on (MaHoSo, ThoiDiemXuLy, TrangThai, NoiDungXuLy, NguoiXuLy) to a
    stored one is acknowledged, not stored again, and counted in stats "duplicate_steps". A step
    earlier than the latest stored step of its dossier is stored but counted in
    "out_of_order_steps".
        → {"error_code": "0", "result": {"stored": n, "duplicates": n}}

  LayHoSoMoi {"limit": n (1–1000, default 100)} → {"error_code": "0", "data": [records]}
    Dossiers filed on the national portal (POST /_sim/inbound), oldest first, until acknowledged.
  XacNhanHoSoMoi {"mahoso": [codes]} → {"error_code": "0", "result": {"acknowledged": n}}
    Acknowledging twice is harmless; a code that never was in the queue → "-1".
    Such dossiers exist on the portal from the moment they are filed: a create of one answers "2",
    and the province sends its updates with isUpdating "True".

Inspection and control (the simulator's own, not the portal's)
----------------------------------------------------------------
GET  /_sim/dossiers/<MaHoSo> → {"record", "steps": [...], "history": [statuses]} or 404
GET  /_sim/stats → {"dossiers", "steps", "duplicate_steps", "out_of_order_steps",
                    "calls": {service | "auth": n}, "errors": {error_code: n}, "faults_injected",
                    "inbound_waiting", "faults": {current settings}}
POST /_sim/faults {"latency_ms": int, "error_rate": 0..1, "timeout_rate": 0..1, "drop_rate": 0..1,
                   "hang_seconds": s, "seed": int, "expire_sessions": true, "already_exists": true}
    Settings persist until changed; only the keys sent change. Per protocol request (/auth,
    /integration): wait latency_ms, then one coin per fault, in this order —
      drop: read the request, do nothing, close the connection without an answer;
      error: do nothing, answer HTTP 503;
      timeout: do the work, then hold the answer hang_seconds (longer than the client waits).
    expire_sessions ends every session now; already_exists makes the next DongBoHoSoMC create
    answer "2" for all its codes (storing nothing). The coins come from a seeded random generator.
POST /_sim/reset → everything forgotten, faults back to the constructor's.
POST /_sim/inbound {MaHoSo, MaTTHC, ChuHoSo, MaCoQuan (the competent agency), and any record field:
                    SoGiayToChuHoSo, SoDienThoai, Email, TrichYeuHoSo, NgayNopHoSo, …}
    → {"error_code": "0", "record": …}; defaults KenhThucHien 2, LoaiDoiTuong 1, TrangThaiHoSo 1,
    NgayNopHoSo now (Asia/Ho_Chi_Minh). 400 with the "-1" shape if invalid, 409 if the code exists.
"""

from __future__ import annotations

from motcua.sync.portal.sim.faults import Faults
from motcua.sync.portal.sim.server import SimServer, serve
from motcua.sync.portal.sim.state import PortalSimulator

__all__ = ["Faults", "PortalSimulator", "SimServer", "serve"]
