"""What an uploaded file really is: its type by content, then a parse that refuses what it hides.

A PDF is read with pypdf without inflating its content or image streams: only its objects are
walked (a bounded number, each reference once) for scripts and embedded files. An image is read by
Pillow: its declared size first (from the header), then its data.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from motcua.errors import DomainError

MAX_IMAGE_PIXELS = 50_000_000  # a 600 dpi A4 scan is 35 million
MAX_PDF_OBJECTS = 50_000  # objects and inner dictionaries: a 200-page scan needs ~2,000
MAX_PDF_OBJECT_STREAM_BYTES = 64 * 1024 * 1024  # the inflated object streams, all together
SIGNATURES = {
    b"%PDF-": "application/pdf",
    b"\xff\xd8\xff": "image/jpeg",
    b"\x89PNG\r\n\x1a\n": "image/png",
}
LABELS = {"application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG"}
JAVASCRIPT_KEYS = frozenset({"/JS", "/JavaScript"})
EMBEDDED_FILE_KEYS = frozenset({"/EmbeddedFiles", "/EF"})
EMBEDDED_FILE_NAMES = frozenset({"/FileAttachment", "/EmbeddedFile"})


def sniff(content: bytes) -> str | None:
    """The content type from the file's first bytes (never from its name)."""
    for magic, content_type in SIGNATURES.items():
        if content.startswith(magic):
            return content_type
    return None


def checked_content_type(content: bytes) -> str:
    """The content type of an upload that officers can open and archive safely, or a refusal."""
    content_type = sniff(content)
    if content_type is None:
        raise DomainError(
            "file_type_invalid",
            "Chỉ nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).",
            message_en="Only PDF, JPEG or PNG files are accepted (checked by content).",
            field="file",
            status=415,
        )
    if content_type == "application/pdf":
        _check_pdf(content)
    else:
        _check_image(content, content_type)
    return content_type


def _unreadable(content_type: str) -> DomainError:
    label = LABELS[content_type]
    return DomainError(
        "file_unreadable",
        f"Không đọc được tệp {label}: tệp bị hỏng hoặc không đầy đủ. Hãy lưu hoặc quét lại tệp.",
        message_en=f"The {label} file cannot be read: it is damaged or incomplete.",
        field="file",
        status=422,
    )


# PDF


def _check_pdf(content: bytes) -> None:
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        encrypted = reader.is_encrypted
    except Exception as error:  # pypdf raises many kinds on hostile input: all mean unreadable
        raise _unreadable("application/pdf") from error
    if encrypted:
        raise DomainError(
            "pdf_encrypted",
            "Tệp PDF được mã hóa hoặc đặt mật khẩu: cán bộ không mở và lưu trữ được. "
            "Hãy bỏ mật khẩu rồi tải lên lại.",
            message_en="The PDF is encrypted or password-protected, so officers could not open "
            "and archive it; remove the password and upload it again.",
            field="file",
            status=422,
        )
    try:
        found = _pdf_findings(reader)  # first: it bounds what pypdf inflates to count the pages
        pages = len(reader.pages) if found is None else 0
    except Exception as error:
        raise _unreadable("application/pdf") from error
    if found is not None:
        raise _pdf_refusal(found)
    if pages > settings.MOTCUA_MAX_UPLOAD_PAGES:
        raise _too_many_pages(pages)


def _object_streams_too_large(reader: PdfReader) -> bool:
    """Inflate the object streams first, within a budget: pypdf would, to read what they hold.

    Each is inflated once (pypdf keeps the result), but a small file can hold many that each
    inflate to pypdf's own limit per stream.
    """
    total = 0
    for number in sorted({stream for stream, _ in reader.xref_objStm.values()}):
        stream = reader.get_object(number)
        if isinstance(stream, StreamObject):
            total += len(stream.get_data())
        if total > MAX_PDF_OBJECT_STREAM_BYTES:
            return True
    return False


def _pdf_findings(reader: PdfReader) -> str | None:
    """The first thing the PDF hides, looking at each object once and at most MAX_PDF_OBJECTS.

    The walk starts from the trailer and from every object of the cross-reference table (a viewer
    repairing a damaged file may use a catalog the trailer does not point to). Stream dictionaries
    are read; their data (page contents, images) is never inflated.
    """
    numbered = sum(len(table) for table in reader.xref.values()) + len(reader.xref_objStm)
    if numbered > MAX_PDF_OBJECTS or _object_streams_too_large(reader):
        return "pdf_too_complex"
    seen: set[tuple[int, int]] = set()
    pending: list[Any] = [reader.trailer, *_every_object(reader)]
    visited = 0
    while pending:
        node = pending.pop()
        if isinstance(node, IndirectObject):
            if (node.idnum, node.generation) in seen:
                continue
            seen.add((node.idnum, node.generation))
            node = node.get_object()
        visited += 1
        if visited > MAX_PDF_OBJECTS:
            return "pdf_too_complex"
        if isinstance(node, DictionaryObject):
            found = _dictionary_findings(node)
            if found is not None:
                return found
            pending.extend(_containers(dict.values(node)))
        elif isinstance(node, ArrayObject):
            pending.extend(_containers(list.__iter__(node)))
        elif isinstance(node, IndirectObject):  # a reference to a reference
            pending.append(node)
    return None


def _every_object(reader: PdfReader) -> list[IndirectObject]:
    numbered = [(idnum, generation) for generation, table in reader.xref.items() for idnum in table]
    numbered += [(idnum, 0) for idnum in reader.xref_objStm]
    return [IndirectObject(idnum, generation, reader) for idnum, generation in numbered]


def _containers(values: Iterable[Any]) -> list[Any]:
    return [v for v in values if isinstance(v, (DictionaryObject, ArrayObject, IndirectObject))]


def _dictionary_findings(node: DictionaryObject) -> str | None:
    keys = set(dict.keys(node))
    names = {_name(dict.get(node, key)) for key in ("/S", "/Subtype", "/Type")}
    if keys & JAVASCRIPT_KEYS or "/JavaScript" in names:
        return "pdf_javascript"
    if keys & EMBEDDED_FILE_KEYS or names & EMBEDDED_FILE_NAMES:
        return "pdf_embedded_file"
    return None


def _name(value: Any) -> str:
    resolved = value.get_object() if isinstance(value, IndirectObject) else value
    return resolved if isinstance(resolved, str) else ""


def _pdf_refusal(code: str) -> DomainError:
    vi, en = {
        "pdf_javascript": (
            "Tệp PDF chứa mã JavaScript nên không được nhận. "
            "Hãy in lại thành PDF (Print to PDF) hoặc quét lại giấy tờ rồi tải lên.",
            "The PDF contains JavaScript, which is not accepted; "
            "print it to a new PDF or scan the paper again.",
        ),
        "pdf_embedded_file": (
            "Tệp PDF có tệp đính kèm bên trong nên không được nhận. "
            "Hãy tải từng giấy tờ lên thành một tệp riêng.",
            "The PDF contains embedded files, which are not accepted; "
            "upload each document as a file of its own.",
        ),
        "pdf_too_complex": (
            "Tệp PDF có cấu trúc quá phức tạp để kiểm tra. "
            "Hãy in lại thành PDF (Print to PDF) hoặc quét lại giấy tờ rồi tải lên.",
            "The PDF is too complex to be checked; print it to a new PDF or scan the paper again.",
        ),
    }[code]
    return DomainError(code, vi, message_en=en, field="file", status=422)


def _too_many_pages(pages: int) -> DomainError:
    limit = settings.MOTCUA_MAX_UPLOAD_PAGES
    return DomainError(
        "pdf_too_many_pages",
        f"Tệp PDF có {pages} trang; tối đa {limit} trang. Hãy tách thành nhiều tệp.",
        message_en=f"The PDF has {pages} pages; the limit is {limit}. Split it into several files.",
        field="file",
        status=413,
    )


# Images


def _check_image(content: bytes, content_type: str) -> None:
    try:
        width, height = _read_image(content, content_type)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _image_too_large(None) from error
    except Exception as error:  # Pillow raises OSError, SyntaxError, ValueError… on bad data
        raise _unreadable(content_type) from error
    if width * height > MAX_IMAGE_PIXELS:
        raise _image_too_large((width, height))


def _read_image(content: bytes, content_type: str) -> tuple[int, int]:
    """The declared size (header only); then, if within the limit, the data is read through.

    WeasyPrint sets Pillow's process-wide LOAD_TRUNCATED_IMAGES when imported, so a truncated JPEG
    decodes without error: its end marker is looked for here.
    """
    with Image.open(io.BytesIO(content), formats=[LABELS[content_type]]) as image:
        width, height = image.size
        if width * height > MAX_IMAGE_PIXELS:
            return width, height  # refused by the caller, never decoded
        if content_type == "image/jpeg":
            # verify() reads nothing of a JPEG: decode it, at 1/8 scale to spare memory.
            image.draft(None, (max(1, width // 8), max(1, height // 8)))
            image.load()
            if not _jpeg_ends(content):
                raise OSError("JPEG without an end-of-image marker after its last scan")
        else:
            image.verify()  # every critical chunk's checksum, up to IEND
    return width, height


def _jpeg_ends(content: bytes) -> bool:
    """Its markers, walked from the start, reach the end-of-image one (what follows is ignored)."""
    at = 2  # after the start-of-image marker
    while at + 1 < len(content):
        if content[at] != 0xFF or content[at + 1] == 0xFF:
            at += 1  # junk or fill bytes before a marker, skipped as Pillow does
            continue
        marker = content[at + 1]
        if marker == 0xD9:
            return True
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            at += 2
            continue
        at += 2 + int.from_bytes(content[at + 2 : at + 4], "big")
        if marker == 0xDA:  # a scan: its coded data runs to the next marker
            at = _after_scan(content, at)
    return False


def _after_scan(content: bytes, at: int) -> int:
    """Inside coded data 0xFF is followed by 0x00 (a stuffed byte) or a restart marker."""
    while (at := content.find(b"\xff", at)) >= 0 and at + 1 < len(content):
        following = content[at + 1]
        if following != 0x00 and not 0xD0 <= following <= 0xD7:
            return at
        at += 2
    return len(content)


def _image_too_large(size: tuple[int, int] | None) -> DomainError:
    limit = MAX_IMAGE_PIXELS // 1_000_000
    declared = f" ({size[0]}×{size[1]} điểm ảnh)" if size else ""
    declared_en = f" ({size[0]}×{size[1]} pixels)" if size else ""
    return DomainError(
        "image_too_large",
        f"Ảnh quá lớn{declared}; tối đa {limit} triệu điểm ảnh. Hãy quét lại với độ phân giải thấp "
        "hơn.",
        message_en=f"The image is too large{declared_en}; the limit is {limit} million pixels. "
        "Scan it again at a lower resolution.",
        field="file",
        status=413,
    )
