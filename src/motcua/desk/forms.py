"""Forms of the officer pages: an action, an upload, the walk-in reception."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from motcua.catalog.spec import ProcedureSpec
from motcua.dossiers.documents import MAX_BYTES, sniff
from motcua.dossiers.models import ApplicantKind, Channel, DocumentKind
from motcua.dossiers.services import Applicant
from motcua.units.models import Agency
from motcua.web.validators import no_control_characters

DESK_CHANNELS = (Channel.DIRECT, Channel.POSTAL)


def read_upload(upload: UploadedFile) -> bytes:
    """The file's bytes; one byte more than allowed is enough to refuse it."""
    upload.seek(0)
    return upload.read(MAX_BYTES + 1)


class ScannedFileField(forms.FileField):
    """A PDF, JPEG or PNG (judged by its content, as `document_add` does) within the size limit."""

    def clean(self, data: Any, initial: Any = None) -> Any:
        upload = super().clean(data, initial)
        if not upload:
            return upload
        if upload.size is not None and upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("Tệp quá lớn (%(kb)s KB); tối đa %(mb)s MB.")
                % {"kb": upload.size // 1024, "mb": MAX_BYTES // (1024 * 1024)},
                code="file_too_large",
            )
        upload.seek(0)
        head = upload.read(16)
        upload.seek(0)
        if sniff(head) is None:
            raise forms.ValidationError(
                _("Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)."),
                code="file_type_invalid",
            )
        return upload


class ActionForm(forms.Form):
    """The fields any action may need; the service judges which are required for which."""

    note = forms.CharField(
        label=_("Ghi chú, lý do"),
        required=False,
        max_length=4000,
        validators=[no_control_characters],
    )
    agency = forms.CharField(label=_("Chuyển sang cơ quan"), required=False, max_length=13)
    new_due_at = forms.DateTimeField(label=_("Ngày hẹn trả mới"), required=False)
    online = forms.BooleanField(label=_("Đã thanh toán trực tuyến"), required=False)
    expected_version = forms.IntegerField(
        label=_("Phiên bản hồ sơ"), required=False, min_value=0, max_value=2**31 - 1
    )

    def params(self) -> dict[str, Any]:
        data = self.cleaned_data
        params: dict[str, Any] = {"online": bool(data.get("online"))}
        if data.get("agency"):
            params["agency"] = data["agency"].strip()
        if data.get("new_due_at") is not None:
            params["new_due_at"] = data["new_due_at"]
        return params


class UploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Loại tài liệu"), choices=DocumentKind.choices, initial=DocumentKind.COMPONENT
    )
    name = forms.CharField(
        label=_("Tên tài liệu"), required=False, max_length=500, validators=[no_control_characters]
    )
    component_code = forms.CharField(label=_("Thành phần hồ sơ"), required=False, max_length=100)
    digitised = forms.BooleanField(label=_("Bản số hóa từ giấy"), required=False)
    file = ScannedFileField(label=_("Tệp (PDF, JPEG, PNG)"))


class ProcedurePickForm(forms.Form):
    q = forms.CharField(label=_("Tìm thủ tục (tên hoặc mã)"), required=False, max_length=200)


class ReceptionForm(forms.Form):
    """A walk-in or postal dossier, with one scanned file per component of the procedure."""

    channel = forms.TypedChoiceField(
        label=_("Hình thức nộp"), coerce=int, widget=forms.RadioSelect, initial=Channel.DIRECT
    )
    applicant_name = forms.CharField(
        label=_("Họ và tên chủ hồ sơ"), max_length=300, validators=[no_control_characters]
    )
    applicant_kind = forms.TypedChoiceField(
        label=_("Loại đối tượng"),
        choices=ApplicantKind.choices,
        coerce=int,
        initial=ApplicantKind.CITIZEN,
    )
    applicant_id_number = forms.RegexField(
        label=_("Số giấy tờ (CCCD, mã số doanh nghiệp)"),
        regex=r"^[0-9A-Za-z]*$",
        max_length=20,
        required=False,
        error_messages={"invalid": _("Số giấy tờ chỉ gồm chữ số và chữ cái, không dấu cách.")},
    )
    applicant_phone = forms.RegexField(
        label=_("Số điện thoại"),
        regex=r"^[0-9+ ]*$",
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "inputmode": "tel"}),
        error_messages={"invalid": _("Số điện thoại chỉ gồm chữ số, dấu + và dấu cách.")},
    )
    applicant_email = forms.EmailField(label=_("Thư điện tử"), required=False)
    applicant_address = forms.CharField(
        label=_("Địa chỉ"), max_length=500, required=False, validators=[no_control_characters]
    )
    summary = forms.CharField(
        label=_("Trích yếu hồ sơ"),
        max_length=1000,
        required=False,
        validators=[no_control_characters],
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    competent_agency = forms.ChoiceField(label=_("Cơ quan có thẩm quyền giải quyết"))
    identity_verified = forms.BooleanField(
        label=_("Đã xác thực định danh điện tử (VNeID) của người nộp"), required=False
    )

    def __init__(
        self,
        *args: Any,
        spec: ProcedureSpec,
        agencies: list[Agency],
        default_agency: str = "",
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        offered = {c.channel for c in spec.channels}
        channel = self.fields["channel"]
        assert isinstance(channel, forms.TypedChoiceField)
        channel.choices = [(int(c), c.label) for c in DESK_CHANNELS if int(c) in offered]
        competent = self.fields["competent_agency"]
        assert isinstance(competent, forms.ChoiceField)
        competent.choices = [("", _("— Chọn cơ quan —")), *((a.code, a.name) for a in agencies)]
        competent.initial = default_agency
        self.components = spec.components
        for i, component in enumerate(spec.components):
            self.fields[self.file_field(i)] = ScannedFileField(label=component.name, required=False)

    @staticmethod
    def file_field(index: int) -> str:
        return f"file_{index}"

    def file_fields(self) -> list[forms.BoundField]:
        return [self[self.file_field(i)] for i in range(len(self.components))]

    def applicant_fields(self) -> list[forms.BoundField]:
        return [self[n] for n in self.fields if n.startswith("applicant_")]

    def applicant(self) -> Applicant:
        data = self.cleaned_data
        return Applicant(
            name=data["applicant_name"].strip(),
            kind=data["applicant_kind"],
            id_number=data["applicant_id_number"],
            phone=data["applicant_phone"].strip(),
            email=data["applicant_email"],
            address=data["applicant_address"].strip(),
        )

    def scans(self) -> list[tuple[int, UploadedFile]]:
        """(component index, uploaded file) for each component the desk scanned."""
        return [
            (i, self.cleaned_data[self.file_field(i)])
            for i in range(len(self.components))
            if self.cleaned_data.get(self.file_field(i))
        ]
