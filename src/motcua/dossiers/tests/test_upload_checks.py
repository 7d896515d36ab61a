"""An upload is refused for what it is or hides, each with its own code, and nothing is stored."""

from __future__ import annotations

import io
import struct
import threading
import zlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageFile
from pypdf import PdfWriter
from pypdf.actions import JavaScript
from pypdf.annotations import Link
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from motcua.dossiers import uploads
from motcua.dossiers.documents import document_add
from motcua.dossiers.models import Document
from motcua.dossiers.tests.helpers import received
from motcua.dossiers.uploads import checked_content_type
from motcua.errors import DomainError

# Building the files


def pdf_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def blank(pages: int = 3) -> PdfWriter:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    return writer


def js_action() -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('xin chào')"),
        }
    )


def annotation(subtype: str, **entries: object) -> DictionaryObject:
    annot = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject(subtype),
            NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (0, 0, 100, 100)]),
        }
    )
    for key, value in entries.items():
        annot[NameObject("/" + key)] = value
    return annot


def with_catalog(key: str, value: DictionaryObject) -> bytes:
    writer = blank()
    writer.root_object[NameObject(key)] = value
    return pdf_bytes(writer)


def with_annotation(annot: DictionaryObject) -> bytes:
    writer = blank(1)
    writer.add_annotation(0, annot)
    return pdf_bytes(writer)


def normal_pdf() -> bytes:
    return pdf_bytes(blank(3))


def javascript_in_names_tree() -> bytes:
    writer = blank()
    writer.add_open_action(JavaScript("this.print();"))  # the catalog's /Names /JavaScript tree
    return pdf_bytes(writer)


def javascript_on_open() -> bytes:
    return with_catalog("/OpenAction", js_action())


def javascript_in_catalog_actions() -> bytes:
    return with_catalog("/AA", DictionaryObject({NameObject("/WC"): js_action()}))


def javascript_in_page_actions() -> bytes:
    writer = blank()
    writer.pages[1][NameObject("/AA")] = DictionaryObject({NameObject("/O"): js_action()})
    return pdf_bytes(writer)


def javascript_in_annotation_actions() -> bytes:
    actions = DictionaryObject({NameObject("/E"): js_action()})
    return with_annotation(annotation("/Widget", AA=actions))


def javascript_link() -> bytes:
    link = Link(rect=(0, 0, 100, 100), url="https://dichvucong.gov.vn")
    link[NameObject("/A")] = js_action()
    return with_annotation(link)


def attachment() -> bytes:
    writer = blank()
    writer.add_attachment("hoa-don.exe", b"MZ\x90\x00")  # the catalog's /Names /EmbeddedFiles
    return pdf_bytes(writer)


def file_attachment_annotation() -> bytes:
    spec = DictionaryObject({NameObject("/Type"): NameObject("/Filespec")})
    return with_annotation(annotation("/FileAttachment", FS=spec))


def encrypted() -> bytes:
    writer = blank()
    writer.encrypt("mat-khau", algorithm="RC4-128")
    return pdf_bytes(writer)


def encrypted_without_user_password() -> bytes:
    writer = blank()
    writer.encrypt("", "chu-so-huu", algorithm="RC4-128")  # opens, but encrypted all the same
    return pdf_bytes(writer)


def truncated_pdf() -> bytes:
    content = normal_pdf()
    return content[: len(content) // 2]


def not_a_pdf_inside() -> bytes:
    return b"%PDF-1.4\n" + bytes(range(256)) * 20


def image(kind: str, size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (180, 30, 40)).save(out, kind)
    return out.getvalue()


def normal_png() -> bytes:
    return image("PNG")


def normal_jpeg() -> bytes:
    return image("JPEG", (400, 300))


def truncated_jpeg() -> bytes:
    content = image("JPEG", (400, 300))
    return content[: len(content) // 2]


def truncated_png() -> bytes:
    return normal_png()[:-12]  # no IEND


def corrupt_png() -> bytes:
    content = bytearray(normal_png())
    content[60] ^= 0xFF  # inside IDAT: its checksum no longer matches
    return bytes(content)


def png_magic_only() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header declares a huge image (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
        + chunk(b"IEND", b"")
    )


def exe() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48


def six_pages() -> bytes:
    return pdf_bytes(blank(6))


def five_pages() -> bytes:
    return pdf_bytes(blank(5))


def with_a_web_link() -> bytes:
    return with_annotation(Link(rect=(0, 0, 90, 20), url="https://dichvucong.gov.vn"))


def png_bomb() -> bytes:
    return png_declaring(30000, 30000)  # past Pillow's own limit: it refuses to open it


def png_over_the_limit() -> bytes:
    return png_declaring(8000, 7000)  # 56 million pixels: Pillow would open it, we do not


def png_within_the_limit() -> bytes:
    return png_declaring(5000, 5000)  # header and checksums fine: never decoded here


REFUSED = [
    (exe, "file_type_invalid", 415, "PDF, JPEG hoặc PNG"),
    (truncated_pdf, "file_unreadable", 422, "Không đọc được tệp PDF"),
    (not_a_pdf_inside, "file_unreadable", 422, "Không đọc được tệp PDF"),
    (truncated_jpeg, "file_unreadable", 422, "Không đọc được tệp JPEG"),
    (truncated_png, "file_unreadable", 422, "Không đọc được tệp PNG"),
    (corrupt_png, "file_unreadable", 422, "Không đọc được tệp PNG"),
    (png_magic_only, "file_unreadable", 422, "Không đọc được tệp PNG"),
    (javascript_in_names_tree, "pdf_javascript", 422, "JavaScript"),
    (javascript_on_open, "pdf_javascript", 422, "JavaScript"),
    (javascript_in_catalog_actions, "pdf_javascript", 422, "JavaScript"),
    (javascript_in_page_actions, "pdf_javascript", 422, "JavaScript"),
    (javascript_in_annotation_actions, "pdf_javascript", 422, "JavaScript"),
    (javascript_link, "pdf_javascript", 422, "JavaScript"),
    (attachment, "pdf_embedded_file", 422, "tệp đính kèm"),
    (file_attachment_annotation, "pdf_embedded_file", 422, "tệp đính kèm"),
    (encrypted, "pdf_encrypted", 422, "mật khẩu"),
    (encrypted_without_user_password, "pdf_encrypted", 422, "mật khẩu"),
    (six_pages, "pdf_too_many_pages", 413, "6 trang; tối đa 5 trang"),
    (png_bomb, "image_too_large", 413, "tối đa 50 triệu điểm ảnh"),
    (png_over_the_limit, "image_too_large", 413, "8000×7000 điểm ảnh"),
]
ACCEPTED = [
    (normal_pdf, "application/pdf"),
    (five_pages, "application/pdf"),
    (with_a_web_link, "application/pdf"),
    (normal_jpeg, "image/jpeg"),
    (normal_png, "image/png"),
    (png_within_the_limit, "image/png"),
]


def named(value: object) -> str | None:
    return getattr(value, "__name__", None)


@pytest.fixture(autouse=True)
def media(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture(autouse=True)
def five_pages_at_most(settings) -> None:
    settings.MOTCUA_MAX_UPLOAD_PAGES = 5


def stored_files(media: Path) -> list[Path]:
    return [path for path in media.rglob("*") if path.is_file()] if media.exists() else []


# Through the service


@pytest.mark.parametrize(("build", "code", "status", "says"), REFUSED, ids=named)
def test_each_refusal_has_its_code_and_nothing_is_stored(cast, media, build, code, status, says):
    dossier = received(cast)
    with pytest.raises(DomainError) as refused:
        document_add(
            dossier=dossier, actor=cast.desk, kind="component", name="Tờ khai", content=build()
        )
    assert (refused.value.code, refused.value.status, refused.value.field) == (code, status, "file")
    assert says in refused.value.message
    assert refused.value.message_en and refused.value.message_en != refused.value.message
    assert not Document.objects.filter(dossier=dossier).exists()
    assert stored_files(media) == []


@pytest.mark.parametrize(("build", "content_type"), ACCEPTED, ids=named)
def test_normal_files_are_accepted_and_stored(cast, media, build, content_type):
    dossier = received(cast)
    content = build()
    document = document_add(
        dossier=dossier, actor=cast.desk, kind="component", name="Tờ khai", content=content
    )
    assert document.content_type == content_type
    assert [path.read_bytes() for path in stored_files(media)] == [content]


@pytest.mark.parametrize("build", [truncated_jpeg, truncated_png, corrupt_png], ids=named)
def test_damaged_images_are_refused_after_weasyprint_loosened_pillow(monkeypatch, build):
    # Importing WeasyPrint (the printed forms) sets this for the whole process.
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    with pytest.raises(DomainError) as refused:
        checked_content_type(build())
    assert refused.value.code == "file_unreadable"
    assert checked_content_type(normal_jpeg()) == "image/jpeg"


def test_the_page_limit_is_a_setting(settings):
    settings.MOTCUA_MAX_UPLOAD_PAGES = 200
    assert checked_content_type(pdf_bytes(blank(200))) == "application/pdf"
    with pytest.raises(DomainError) as refused:
        checked_content_type(pdf_bytes(blank(201)))
    assert refused.value.code == "pdf_too_many_pages"


# Bounded work on hostile PDFs


def finishes(content: bytes, within: float = 60) -> str:
    """The answer for `content`, failing (not hanging) if the check does not end in time."""
    answer: list[str] = []

    def check() -> None:
        try:
            answer.append(checked_content_type(content))
        except DomainError as error:
            answer.append(error.code)

    worker = threading.Thread(target=check, daemon=True)
    worker.start()
    worker.join(within)
    assert not worker.is_alive(), "the check did not finish"
    return answer[0]


def test_a_reference_cycle_is_walked_once():
    writer = blank(1)
    first = writer._add_object(DictionaryObject())
    second = writer._add_object(DictionaryObject({NameObject("/Next"): first}))
    first.get_object()[NameObject("/Next")] = second
    writer.root_object[NameObject("/Loop")] = first
    assert finishes(pdf_bytes(writer)) == "application/pdf"


def test_too_many_objects_are_refused_before_the_walk(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_PDF_OBJECTS", 2_000)
    writer = blank(1)
    chain = ArrayObject()
    head = writer._add_object(DictionaryObject())
    previous = head
    for _ in range(3_000):  # a long chain that also loops back to its head
        previous = writer._add_object(DictionaryObject({NameObject("/Prev"): previous}))
        chain.append(previous)
    head.get_object()[NameObject("/Prev")] = previous
    writer.root_object[NameObject("/Chain")] = chain
    assert finishes(pdf_bytes(writer)) == "pdf_too_complex"


def test_the_walk_stops_at_its_limit(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_PDF_OBJECTS", 2_000)
    writer = blank(1)  # few objects, but one holds thousands of dictionaries
    many = [DictionaryObject({NameObject("/N"): NumberObject(n)}) for n in range(3_000)]
    writer.root_object[NameObject("/Wide")] = ArrayObject(many)
    assert finishes(pdf_bytes(writer)) == "pdf_too_complex"


def test_nesting_too_deep_for_the_parser_is_unreadable_not_a_500():
    writer = blank(1)
    writer.root_object[NameObject("/Deep")] = TextStringObject("x" * 1000)
    # Same length, so the cross-reference offsets still hold: arrays 501 deep.
    content = pdf_bytes(writer).replace(b"(" + b"x" * 1000 + b")", b"[" * 501 + b"]" * 501)
    assert finishes(content) == "file_unreadable"


def pdf_with_object_streams(*inflated_sizes: int, held: bytes = b"<</Kind/Held>>") -> bytes:
    """A PDF 1.5 whose catalog points at one object in each of several object streams."""
    in_streams = [10 + index for index in range(len(inflated_sizes))]
    refs = b" ".join(b"%d 0 R" % number for number in in_streams)
    objects = {
        1: b"<</Type/Catalog/Pages 2 0 R/Held[" + refs + b"]>>",
        2: b"<</Type/Pages/Kids[]/Count 0>>",
    }
    for index, size in enumerate(inflated_sizes):
        header = b"%d 0 " % in_streams[index]
        data = zlib.compress(header + held + b" " * size, 9)
        objects[3 + index] = (
            b"<</Type/ObjStm/N 1/First %d/Filter/FlateDecode/Length %d>>stream\n"
            % (len(header), len(data))
            + data
            + b"\nendstream"
        )
    out = bytearray(b"%PDF-1.5\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = max(objects) + 1
    offsets[xref] = len(out)
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    rows += [struct.pack(">BIH", 1, offsets[number], 0) for number in range(1, xref + 1)]
    rows += [struct.pack(">BIH", 2, 3 + index, 0) for index in range(len(in_streams))]
    table = b"".join(rows)
    index = b"0 %d %d %d" % (xref + 1, in_streams[0], len(in_streams))
    out += (
        b"%d 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Index[%s]/Root 1 0 R/Length %d>>stream\n"
        % (xref, in_streams[-1] + 1, index, len(table))
        + table
        + b"\nendstream\nendobj\n"
    )
    out += b"startxref\n%d\n%%%%EOF\n" % offsets[xref]
    return bytes(out)


def test_object_streams_are_read_within_a_budget(monkeypatch):
    monkeypatch.setattr(uploads, "MAX_PDF_OBJECT_STREAM_BYTES", 1024 * 1024)
    assert finishes(pdf_with_object_streams(1000, 1000)) == "application/pdf"
    # Each stream is small once compressed; together they inflate past the budget.
    assert finishes(pdf_with_object_streams(*[400_000] * 3)) == "pdf_too_complex"


def test_a_script_inside_an_object_stream_is_found():
    content = pdf_with_object_streams(10, held=b"<</S/JavaScript/JS(app.alert(1))>>")
    assert b"JavaScript" not in content  # compressed: invisible in the file's bytes
    assert finishes(content) == "pdf_javascript"


# Through the HTTP API


def upload(api, dossier, name: str, content: bytes):
    return api.upload(f"/dossiers/{dossier.code}/documents", file=SimpleUploadedFile(name, content))


def test_the_api_names_the_problem_with_a_4xx(cast, api_as, media):
    dossier = received(cast)
    desk = api_as(cast.desk)
    answer = upload(desk, dossier, "to-khai.pdf", javascript_on_open())
    assert answer.status_code == 422
    assert answer.json()["code"] == "pdf_javascript"
    assert answer.json()["field"] == "file"
    assert "JavaScript" in answer.json()["message"]
    desk.headers["Accept-Language"] = "en"
    answer = upload(desk, dossier, "anh.png", png_declaring(30000, 30000))
    assert answer.status_code == 413
    assert answer.json()["code"] == "image_too_large"
    assert "too large" in answer.json()["message"]
    answer = upload(desk, dossier, "to-khai.pdf", encrypted())
    assert (answer.status_code, answer.json()["code"]) == (422, "pdf_encrypted")
    assert "password" in answer.json()["message"]
    assert dossier.documents.count() == 0
    assert stored_files(media) == []


def test_the_api_accepts_a_normal_scan(cast, api_as, media):
    dossier = received(cast)
    answer = upload(api_as(cast.desk), dossier, "giay-to.jpg", normal_jpeg())
    assert answer.status_code == 201, answer.content
    assert dossier.documents.get().content_type == "image/jpeg"
    assert len(stored_files(media)) == 1
