"""Dossiers, their append-only events and their documents."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from motcua.dossiers.lifecycle import STATUS_LABELS, Action

STATUS_CHOICES = [(int(s), labels[0]) for s, labels in STATUS_LABELS.items()]
ACTION_CHOICES = [(a.value, a.label) for a in Action]


class Channel(models.IntegerChoices):
    DIRECT = 1, _("Trực tiếp")
    ONLINE = 2, _("Trực tuyến")
    POSTAL = 3, _("Dịch vụ bưu chính")


class ApplicantKind(models.IntegerChoices):
    CITIZEN = 1, _("Công dân")
    BUSINESS = 2, _("Doanh nghiệp")
    STATE_AGENCY = 3, _("Cơ quan nhà nước")
    OTHER = 4, _("Tổ chức khác")


class Dossier(models.Model):
    code = models.CharField("mã hồ sơ", max_length=40, unique=True)
    version = models.ForeignKey(
        "catalog.ProcedureVersion", on_delete=models.PROTECT, related_name="dossiers"
    )
    channel = models.PositiveSmallIntegerField("kênh", choices=Channel.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="own_dossiers",
    )
    applicant_name = models.CharField("chủ hồ sơ", max_length=300)
    applicant_kind = models.PositiveSmallIntegerField(
        "loại đối tượng", choices=ApplicantKind.choices, default=ApplicantKind.CITIZEN
    )
    applicant_id_number = models.CharField("số giấy tờ", max_length=20, blank=True)
    applicant_phone = models.CharField("điện thoại", max_length=20, blank=True)
    applicant_email = models.EmailField("thư điện tử", blank=True)
    applicant_address = models.CharField("địa chỉ", max_length=500, blank=True)
    summary = models.CharField("trích yếu", max_length=1000, blank=True)
    # "Submit anywhere": where the applicant was helped, where it was received, who decides.
    helped_at = models.ForeignKey(
        "units.Agency", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    received_by_agency = models.ForeignKey(
        "units.Agency", on_delete=models.PROTECT, related_name="received_dossiers"
    )
    competent_agency = models.ForeignKey(
        "units.Agency", on_delete=models.PROTECT, related_name="competent_dossiers"
    )
    holder_agency = models.ForeignKey(
        "units.Agency",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="held_dossiers",
    )
    status = models.PositiveSmallIntegerField("trạng thái", choices=STATUS_CHOICES)
    resume_status = models.PositiveSmallIntegerField(null=True, blank=True)
    step_index = models.PositiveSmallIntegerField("bước", null=True, blank=True)
    step_started_at = models.DateTimeField(null=True, blank=True)
    step_due_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField("ngày nộp", null=True, blank=True)
    received_at = models.DateTimeField("ngày tiếp nhận", null=True, blank=True)
    due_at = models.DateTimeField("ngày hẹn trả", null=True, blank=True)
    ended_at = models.DateTimeField("kết thúc xử lý", null=True, blank=True)
    finished_at = models.DateTimeField("xử lý xong", null=True, blank=True)
    returned_at = models.DateTimeField("đã trả kết quả", null=True, blank=True)
    paused_since = models.DateTimeField(null=True, blank=True)
    pauses = models.JSONField("các khoảng tạm dừng", default=list, blank=True)
    supplement_count = models.PositiveSmallIntegerField(default=0)
    extension_count = models.PositiveSmallIntegerField(default=0)
    extended_to = models.DateTimeField(null=True, blank=True)
    extension_reason = models.CharField(max_length=1000, blank=True)
    approved = models.BooleanField(default=False)
    event_count = models.PositiveIntegerField(default=0)
    rating = models.PositiveSmallIntegerField("đánh giá", null=True, blank=True)
    # Flags the service index (Decision 766) needs.
    fee_total = models.PositiveBigIntegerField("tổng phí, lệ phí", default=0)
    digitised = models.BooleanField("có thành phần số hóa", default=False)
    reused = models.BooleanField("tái sử dụng kết quả số hóa", default=False)
    identity_verified = models.BooleanField("tài khoản xác thực VNeID", default=False)
    paid_online = models.BooleanField("thanh toán trực tuyến", default=False)
    # The pinned units: the applicant's commune as it was when the dossier was received.
    applicant_unit = models.ForeignKey(
        "units.AdministrativeUnit",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The applicant's personal fields were blanked after the retention period (privacy.retention).
    anonymised_at = models.DateTimeField("ẩn danh hóa", null=True, blank=True)
    # Set by every change the service index counts; the worker folds the dossier's new
    # contribution into the stored daily figures and clears it (indicators.aggregates).
    figures_stale = models.BooleanField(default=True, editable=False)

    class Meta:
        verbose_name = "hồ sơ"
        verbose_name_plural = "hồ sơ"
        indexes = [
            models.Index(
                fields=["id"], condition=models.Q(figures_stale=True), name="dossier_figures_stale"
            ),
            # Dossiers received in a period and still open at its end (the on-time rate).
            models.Index(fields=["received_at", "ended_at"], name="dossier_received_ended"),
            models.Index(fields=["status", "due_at"], name="dossier_status_due"),
            models.Index(fields=["holder_agency", "status", "due_at"], name="dossier_holder"),
            # An agency's dossiers of a period, and those still open at its end (service index).
            models.Index(
                fields=["competent_agency", "received_at", "ended_at"], name="dossier_competent_at"
            ),
            models.Index(
                fields=["received_by_agency", "received_at", "ended_at"], name="dossier_received_at"
            ),
            # The desk finds an applicant's earlier papers by identity number (reuse).
            models.Index(fields=["applicant_id_number"], name="dossier_applicant_id"),
        ]

    def __str__(self) -> str:
        return self.code


class Event(models.Model):
    """One action on one dossier. Append-only: never updated, never deleted."""

    dossier = models.ForeignKey(Dossier, on_delete=models.PROTECT, related_name="events")
    seq = models.PositiveIntegerField("thứ tự")
    action = models.CharField("thao tác", max_length=32, choices=ACTION_CHOICES)
    at = models.DateTimeField("thời điểm")
    from_status = models.PositiveSmallIntegerField(null=True, blank=True, choices=STATUS_CHOICES)
    to_status = models.PositiveSmallIntegerField(choices=STATUS_CHOICES)
    step_index = models.PositiveSmallIntegerField(null=True, blank=True)
    step_name = models.CharField(max_length=300, blank=True)
    step_started_at = models.DateTimeField(null=True, blank=True)
    step_due_at = models.DateTimeField(null=True, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_name = models.CharField(max_length=200, blank=True)
    actor_title = models.CharField(max_length=100, blank=True)
    actor_department = models.CharField(max_length=200, blank=True)
    agency = models.ForeignKey(
        "units.Agency", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    note = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = "sự kiện"
        verbose_name_plural = "sự kiện"
        ordering = ["dossier_id", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["dossier", "seq"], name="event_dossier_seq_unique")
        ]

    def __str__(self) -> str:
        return f"{self.dossier_id}#{self.seq} {self.action}"


class DocumentKind(models.TextChoices):
    COMPONENT = "component", _("Thành phần hồ sơ")
    RESULT = "result", _("Kết quả")
    SUPPLEMENT = "supplement", _("Bổ sung")


class Document(models.Model):
    dossier = models.ForeignKey(Dossier, on_delete=models.PROTECT, related_name="documents")
    kind = models.CharField(max_length=12, choices=DocumentKind.choices)
    component_code = models.CharField("mã giấy tờ", max_length=100, blank=True)
    name = models.CharField("tên", max_length=500)
    file = models.FileField(upload_to="documents/%Y/%m/", blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    content_type = models.CharField(max_length=100, blank=True)
    digitised = models.BooleanField("được số hóa", default=False)
    reused_from = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    from_national_store = models.BooleanField("lấy từ kho quốc gia", default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # Past its retention period (privacy.retention): the file is gone, the row stays for the
    # statistics (kind, component, size, SHA-256 are kept).
    purged_at = models.DateTimeField("xóa tệp khi hết hạn lưu trữ", null=True, blank=True)

    class Meta:
        verbose_name = "tài liệu"
        verbose_name_plural = "tài liệu"
        indexes = [
            # Retention deletes a file only when no document points at it any more (reuses share).
            models.Index(fields=["file"], name="document_file"),
        ]

    def __str__(self) -> str:
        return self.name


class CodeSequence(models.Model):
    """Per-prefix counters for dossier codes, bumped atomically (see codes.py)."""

    prefix = models.CharField(max_length=40, primary_key=True)
    value = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.prefix}: {self.value}"
