"""The citizen pages' forms. Files are checked by content and size before any service runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import User
from motcua.catalog.spec import Component, Level, OnlineLevel
from motcua.catalog.text import fold
from motcua.dossiers.documents import MAX_BYTES, sniff
from motcua.dossiers.models import ApplicantKind
from motcua.dossiers.selectors import ReusableDocument
from motcua.units.models import Agency, AgencyKind
from motcua.web.validators import no_control_characters

ACCEPT = "application/pdf,image/jpeg,image/png"
MAX_SUPPLEMENT_FILES = 10
LEVEL_CHOICES = [
    ("", _("Tất cả các cấp")),
    (Level.PROVINCE.value, _("Cấp tỉnh")),
    (Level.COMMUNE.value, _("Cấp xã")),
]
ONLINE_CHOICES = [
    ("", _("Tất cả")),
    (OnlineLevel.FULL.value, _("Toàn trình")),
    (OnlineLevel.PARTIAL.value, _("Một phần")),
    (OnlineLevel.NONE.value, _("Không trực tuyến")),
]
ONE_OF_TWO = _("Chọn một trong hai: tải tệp lên hoặc dùng lại giấy tờ đã số hóa.")
FILE_OR_PAPER = _("Cần tải tệp lên hoặc chọn giấy tờ đã số hóa để dùng lại.")
RATING_CHOICES = [(1, _("Không hài lòng")), (2, _("Hài lòng")), (3, _("Rất hài lòng"))]


def upload_help() -> str:
    return str(
        _("Tệp PDF, JPG hoặc PNG, tối đa %(mb)s MB.") % {"mb": settings.MOTCUA_MAX_UPLOAD_MB}
    )


def check_upload(upload: UploadedFile) -> None:
    """The same checks as dossiers.documents, before anything is created or stored."""
    size = upload.size or 0
    if size > MAX_BYTES:
        raise forms.ValidationError(
            _("Tệp “%(name)s” quá lớn (%(kb)s KB); tối đa %(mb)s MB."),
            code="file_too_large",
            params={"name": upload.name, "kb": size // 1024, "mb": settings.MOTCUA_MAX_UPLOAD_MB},
        )
    head = upload.read(16)
    upload.seek(0)
    if sniff(head) is None:
        raise forms.ValidationError(
            _("Tệp “%(name)s”: chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp)."),
            code="file_type_invalid",
            params={"name": upload.name},
        )


class DocumentField(forms.FileField):
    """One PDF, JPEG or PNG file; the limits are shown before the upload (help text, accept)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", forms.FileInput(attrs={"accept": ACCEPT}))
        kwargs.setdefault("help_text", upload_help())
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        upload = super().clean(data, initial)
        if upload:
            check_upload(upload)
        return upload


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class DocumentsField(DocumentField):
    """Several files in one input (`multiple` works without JavaScript)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(**kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        uploads = [u for u in (data if isinstance(data, list | tuple) else [data]) if u]
        if not uploads and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        if len(uploads) > MAX_SUPPLEMENT_FILES:
            raise forms.ValidationError(
                _("Gửi tối đa %(n)s tệp một lần."), params={"n": MAX_SUPPLEMENT_FILES}
            )
        return [super(DocumentsField, self).clean(u, initial) for u in uploads]


class PortalForm(forms.Form):
    """Labels without Django's trailing colon."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class SearchForm(PortalForm):
    q = forms.CharField(label=_("Tên hoặc mã thủ tục"), max_length=200, required=False)
    field = forms.ChoiceField(label=_("Lĩnh vực"), required=False)
    level = forms.ChoiceField(label=_("Cấp thực hiện"), choices=LEVEL_CHOICES, required=False)
    online = forms.ChoiceField(label=_("Mức độ trực tuyến"), choices=ONLINE_CHOICES, required=False)

    # The URL contract's parameter names (/thu-tuc?q=&linh-vuc=&cap=&muc-do=).
    NAMES = {"linh-vuc": "field", "cap": "level", "muc-do": "online"}

    def __init__(self, params: Any, fields: list[tuple[str, str]]) -> None:
        super().__init__(params)
        choice = self.fields["field"]
        assert isinstance(choice, forms.ChoiceField)
        choice.choices = [("", _("Tất cả lĩnh vực")), *fields]

    def add_prefix(self, field_name: str) -> str:
        # Render the contract's names in the HTML, keep Python names in cleaned_data.
        return {v: k for k, v in self.NAMES.items()}.get(field_name, field_name)


class ApplicantForm(PortalForm):
    kind = forms.TypedChoiceField(
        label=_("Người nộp là"),
        coerce=int,
        choices=[
            (ApplicantKind.CITIZEN.value, _("Công dân")),
            (ApplicantKind.BUSINESS.value, _("Doanh nghiệp")),
            (ApplicantKind.OTHER.value, _("Tổ chức khác")),
        ],
        initial=ApplicantKind.CITIZEN.value,
    )
    name = forms.CharField(
        label=_("Họ và tên (hoặc tên tổ chức)"),
        max_length=300,
        validators=[no_control_characters],
    )
    id_number = forms.RegexField(
        label=_("Số định danh cá nhân (CCCD) hoặc mã số doanh nghiệp"),
        regex=r"^[0-9A-Za-z]{6,20}$",
        max_length=20,
        required=False,
        error_messages={"invalid": _("Gồm 6 đến 20 chữ số hoặc chữ cái, không dấu cách.")},
    )
    phone = forms.RegexField(
        label=_("Số điện thoại"),
        regex=r"^\+?[0-9 ]{8,20}$",
        max_length=20,
        error_messages={"invalid": _("Số điện thoại gồm 8 đến 20 chữ số.")},
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(label=_("Thư điện tử (nếu có)"), required=False)
    address = forms.CharField(
        label=_("Địa chỉ"), max_length=500, required=False, validators=[no_control_characters]
    )

    @staticmethod
    def initial_for(user: User) -> dict[str, Any]:
        return {
            "name": user.display_name() if user.full_name else "",
            "phone": user.phone,
            "id_number": user.id_number,
            "email": user.email,
        }


@dataclass(frozen=True)
class ComponentInputs:
    component: Component
    file: forms.BoundField
    reuse: forms.BoundField | None
    required: bool


def reuse_choice(document: ReusableDocument) -> str:
    """How a reusable paper reads in the list: its name, the dossier it came with, its date."""
    return str(
        _("%(name)s (hồ sơ %(code)s, ngày %(date)s)")
        % {
            "name": document.name,
            "code": document.dossier_code,
            "date": f"{timezone.localtime(document.issued_at):%d/%m/%Y}",
        }
    )


class SubmitForm(ApplicantForm):
    """Online submission: applicant, competent agency, for each component a file or one of the
    citizen's digitised papers to reuse, the declaration."""

    summary = forms.CharField(
        label=_("Nội dung yêu cầu (trích yếu, nếu cần)"),
        max_length=1000,
        required=False,
        validators=[no_control_characters],
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(
        self,
        *args: Any,
        components: tuple[Component, ...],
        choose_commune: bool,
        reusable: Sequence[ReusableDocument] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if choose_commune:
            self.fields["competent_agency"] = forms.ModelChoiceField(
                label=_("Ủy ban nhân dân cấp xã giải quyết"),
                queryset=Agency.objects.filter(
                    kind=AgencyKind.COMMUNE_COMMITTEE, valid_to__isnull=True
                ).order_by("name"),
                to_field_name="code",
                empty_label=str(_("— Chọn xã, phường —")),
            )
        self.components = components
        self.reusable = tuple(reusable)
        choices = [
            ("", str(_("— Không dùng lại, tải tệp lên —"))),
            *((str(d.id), reuse_choice(d)) for d in self.reusable),
        ]
        for index, component in enumerate(components):
            # With papers to reuse, a required component takes a file or a paper (see clean).
            self.fields[self.file_field(index)] = DocumentField(
                label=component.name,
                required=not (component_optional(component) or self.reusable),
            )
            if self.reusable:
                self.fields[self.reuse_field(index)] = forms.TypedChoiceField(
                    label=_("Dùng lại giấy tờ đã số hóa"),
                    choices=choices,
                    coerce=int,
                    empty_value=None,
                    required=False,
                )
        self.fields["declaration"] = forms.BooleanField(
            label=_(
                "Tôi xin cam đoan các thông tin khai trên là đúng sự thật và chịu trách nhiệm "
                "trước pháp luật về nội dung đã khai."
            ),
            error_messages={"required": _("Cần xác nhận lời cam đoan trước khi nộp hồ sơ.")},
        )

    @staticmethod
    def file_field(index: int) -> str:
        return f"thanh_phan_{index + 1}"

    @staticmethod
    def reuse_field(index: int) -> str:
        return f"dung_lai_{index + 1}"

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for index, component in enumerate(self.components if self.reusable else ()):
            upload, reused = self.file_field(index), self.reuse_field(index)
            if upload in self.errors or reused in self.errors:
                continue
            if data.get(upload) and data.get(reused):
                self.add_error(reused, ONE_OF_TWO)
            elif not (data.get(upload) or data.get(reused) or component_optional(component)):
                self.add_error(upload, FILE_OR_PAPER)
        return data

    def applicant_fields(self) -> list[forms.BoundField]:
        names = ("kind", "name", "id_number", "phone", "email", "address")
        return [self[name] for name in names]

    def file_fields(self) -> list[tuple[Component, forms.BoundField]]:
        return [(c, self[self.file_field(i)]) for i, c in enumerate(self.components)]

    def component_fields(self) -> list[ComponentInputs]:
        """Each component with its file input and, if the citizen has papers, its reuse choice."""
        return [
            ComponentInputs(
                component=c,
                file=self[self.file_field(i)],
                reuse=self[self.reuse_field(i)] if self.reusable else None,
                required=not component_optional(c),
            )
            for i, c in enumerate(self.components)
        ]

    def reuses(self) -> list[tuple[Component, str, int]]:
        """(component, form field, chosen paper id) for each component filled by a reuse."""
        return [
            (c, self.reuse_field(i), self.cleaned_data[self.reuse_field(i)])
            for i, c in enumerate(self.components)
            if self.reusable and self.cleaned_data.get(self.reuse_field(i))
        ]


def component_optional(component: Component) -> bool:
    """The catalogue marks optional components in their name: "Giấy ủy quyền (nếu có)"."""
    return "neu co" in fold(component.name)


class TrackForm(PortalForm):
    code = forms.CharField(label=_("Mã hồ sơ"), max_length=40, required=False)
    factor = forms.RegexField(
        label=_("4 chữ số cuối của số điện thoại hoặc số định danh của người nộp"),
        regex=r"^\d{4}$",
        required=False,
        error_messages={"invalid": _("Nhập đúng 4 chữ số.")},
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "off", "maxlength": 4, "size": 6}
        ),
    )
    NAMES = {"ma": "code", "xac-thuc": "factor"}

    def __init__(self, params: Any) -> None:
        super().__init__(params)

    def add_prefix(self, field_name: str) -> str:
        return {v: k for k, v in self.NAMES.items()}.get(field_name, field_name)


class SupplementForm(PortalForm):
    attachments = DocumentsField(label=_("Giấy tờ bổ sung"))
    note = forms.CharField(
        label=_("Ghi chú cho cán bộ (nếu có)"),
        max_length=2000,
        required=False,
        validators=[no_control_characters],
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class WithdrawForm(PortalForm):
    reason = forms.CharField(
        label=_("Lý do rút hồ sơ"),
        max_length=2000,
        validators=[no_control_characters],
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Cần nhập lý do rút hồ sơ.")},
    )


class RateForm(PortalForm):
    rating = forms.TypedChoiceField(
        label=_("Mức độ hài lòng của bạn"),
        choices=RATING_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Hãy chọn một mức đánh giá.")},
    )
