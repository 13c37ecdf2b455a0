"""Names in Chinese, Japanese, Hindi and Arabic and an emoji print in the PDFs: their faces
are embedded as subsets, no glyph is the missing-glyph box, Arabic is joined and reads
right to left, Devanagari forms its conjuncts; in paragraphs (bold too), table cells, the
page header and the Gantt chart."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream
from sqlmodel import col, select

from cdmo_desktop.domain.models import ActionItem, Client, Engagement, Milestone, Partner, Risk
from cdmo_desktop.reports import chart_adapters, fonts, scripts
from cdmo_desktop.reports.status_report import build_status_report
from cdmo_desktop.store.snapshots import engagement_snapshot, status_report_snapshot
from tests.conftest import DEMO_TODAY
from tests.reports.conftest import form
from tests.reports.pdfcheck import text_of
from tests.reports.test_pdf_charts import chart_pdf

CHINESE = "药明生物"
JAPANESE = "富士フイルム"
HINDI = "डॉ. अनीता शर्मा"
ARABIC = "شركة الدواء"
EMOJI = "🔬"  # Symbola covers Unicode 9 emoji; 🧪 (Unicode 11) is in no shipped face
NAMES = (CHINESE, JAPANESE, HINDI, ARABIC, EMOJI)


@dataclass
class EmbeddedFont:
    base_font: str  # e.g. "AAAAAA+NotoSansArabic-Regular"
    program: bytes  # the FontFile2 stream: a TrueType subset
    to_unicode: dict[int, str]  # character code -> the text it stands for

    @property
    def name(self) -> str:
        return self.base_font.split("+", 1)[-1]

    def glyph_count(self) -> int:
        return int(TTFont(io.BytesIO(self.program))["maxp"].numGlyphs)


def _to_unicode(stream: bytes) -> dict[int, str]:
    pairs = re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", stream)
    return {int(code, 16): chr(int(text, 16)) for code, text in pairs}


def embedded_fonts(path: Path) -> list[EmbeddedFont]:
    """Every font used on any page or in any form drawn on it."""
    found: dict[int, EmbeddedFont] = {}

    def walk(resources: Any) -> None:
        resources = resources.get_object() if resources is not None else {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            found[id(font)] = EmbeddedFont(
                str(font["/BaseFont"]).lstrip("/"),
                descriptor["/FontFile2"].get_object().get_data(),
                _to_unicode(font["/ToUnicode"].get_object().get_data()),
            )
        for ref in (resources.get("/XObject") or {}).values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Form":
                walk(obj.get("/Resources"))

    for page in PdfReader(path).pages:
        walk(page.get("/Resources"))
    return list(found.values())


def missing_glyphs(path: Path) -> dict[str, int]:
    """How often each font draws code 0, its missing-glyph box (.notdef): reportlab draws
    a character that the font has no glyph for as code 0."""
    reader = PdfReader(path)
    counts: dict[str, int] = {}

    def walk(content: Any, resources: Any) -> None:
        resources = resources.get_object()
        names = {k: str(v.get_object()["/BaseFont"]) for k, v in resources.get("/Font", {}).items()}
        forms = resources.get("/XObject", {})
        font = ""
        for operands, op in ContentStream(content, reader).operations:
            if op == b"Tf":
                font = names[operands[0]]
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                shown = operands[0] if op == b"TJ" else operands[-1:]
                for item in shown:
                    raw: bytes = getattr(item, "original_bytes", b"")
                    counts[font] = counts.get(font, 0) + raw.count(b"\x00")
            elif op == b"Do" and forms[operands[0]].get_object().get("/Subtype") == "/Form":
                form = forms[operands[0]].get_object()
                walk(form, form.get("/Resources", resources))

    for page in reader.pages:
        walk(page.get_contents(), page["/Resources"])
    return {font: n for font, n in counts.items() if n}


def milestones_by_start(s: Any, engagement_id: str) -> list[Milestone]:
    query = select(Milestone).where(Milestone.engagement_id == engagement_id)
    return list(s.exec(query.order_by(col(Milestone.planned_start))).all())


def drawn_text(faces: list[EmbeddedFont], name: str) -> set[str]:
    """Every character the faces called `name` (any subset) draw."""
    return {ch for f in faces if f.name == name for ch in f.to_unicode.values()}


@pytest.fixture
def native_report(demo_store, process_id, tmp_path) -> Path:
    """The demo's status report after its partner, client, people and work were given
    native-script names (the demo itself has none)."""
    with demo_store.session() as s:
        e = s.get(Engagement, process_id)
        e.title = f"{CHINESE} 技术转移 · {HINDI}"  # title paragraph (bold) and page header
        s.get(Partner, e.partner_id).name = f"{CHINESE} Biologics"
        s.get(Client, e.client_id).name = ARABIC
        milestones = milestones_by_start(s, process_id)
        milestones[0].name = f"{JAPANESE} 技術移転"  # tables and the Gantt chart
        milestones[1].name = f"{HINDI} review · {ARABIC}"
        for risk in s.exec(select(Risk).where(Risk.engagement_id == process_id)).all():
            risk.owner = HINDI  # risk table cells
        action = s.exec(
            select(ActionItem).where(
                ActionItem.engagement_id == process_id, ActionItem.status == "open"
            )
        ).first()
        assert action is not None
        action.description = f"Book the {EMOJI} microscope for {JAPANESE}"
    summary = f"Agreed with {HINDI} of {ARABIC} and {CHINESE} ({JAPANESE}) {EMOJI}."
    with demo_store.read() as s:
        snapshot = status_report_snapshot(s, process_id, form(summary=summary))
    return build_status_report(snapshot, tmp_path / "native.pdf")


def test_names_print_in_embedded_subset_faces_without_missing_glyphs(native_report):
    faces = embedded_fonts(native_report)
    names = {f.name for f in faces}
    for expected in (
        "DejaVuSans",
        "DroidSansFallback",  # Chinese and Japanese
        "NotoSansDevanagari-Regular",
        "NotoSansDevanagari-Bold",  # the bold title paragraph
        "NotoSansArabic-Regular",
        "Symbola",  # the emoji
    ):
        assert expected in names, names
    for face in faces:
        assert re.fullmatch(r"[A-Z]{6}\+\S+", face.base_font), face.base_font
        assert face.glyph_count() < 400, f"{face.base_font} is not a subset"
    assert missing_glyphs(native_report) == {}
    drawn = {ch for f in faces for ch in f.to_unicode.values()}
    for ch in CHINESE + JAPANESE + EMOJI + "अनीताडॉ":
        assert ch in drawn, ch
    assert set(CHINESE + JAPANESE) <= drawn_text(faces, "DroidSansFallback")
    assert EMOJI in drawn_text(faces, "Symbola")


def test_names_extract_as_text(native_report):
    text = text_of(native_report)
    for words in (CHINESE, f"{JAPANESE} 技術移転", "डॉ. अनीता"):
        assert words in text, words


def test_complex_scripts_are_shaped(native_report):
    faces = embedded_fonts(native_report)
    arabic = drawn_text(faces, "NotoSansArabic-Regular")
    # Joined letters are drawn in their initial, medial or final forms (presentation forms).
    assert any(0xFB50 <= ord(ch) <= 0xFEFF for ch in arabic), arabic
    # "र्म" in शर्मा: the reph is a glyph of its own, with no character of its own.
    assert any(
        0xE000 <= ord(ch) <= 0xF8FF for ch in drawn_text(faces, "NotoSansDevanagari-Regular")
    )


def test_each_character_is_set_in_a_face_that_has_it():
    fonts.register_fonts()
    for name in NAMES:
        for family, run in scripts.runs(name):
            missing = [ch for ch in run if ord(ch) not in fonts.coverage(family)]
            assert not missing, (name, family, missing)
    assert [f for f, _run in scripts.runs(f"Dr. {HINDI}")] == [
        "DejaVuSans",
        "NotoSansDevanagari",
        "DejaVuSans",  # ". " between the Hindi words
        "NotoSansDevanagari",
        "DejaVuSans",
        "NotoSansDevanagari",
    ]


def test_arabic_reads_right_to_left_and_joins():
    fonts.register_fonts()
    assert scripts.visual(f"Client: {ARABIC} (KSA)") == "Client: الدواء شركة (KSA)"
    (piece,) = scripts.pieces("شركة", fonts.REGULAR, 10)
    assert piece.font == "NotoSansArabic"
    # Left to right on the page: final teh marbuta, initial kaf, the sheen-reh ligature.
    assert str(piece.text) == "\ufe94\ufedb\ufd0d"


def test_bold_text_takes_the_bold_fallback_face():
    fonts.register_fonts()
    assert {p.font for p in scripts.pieces(HINDI, fonts.BOLD, 9)} == {
        "DejaVuSans-Bold",
        "NotoSansDevanagari-Bold",
    }
    assert {p.font for p in scripts.pieces(JAPANESE, fonts.BOLD, 9)} == {"DroidSansFallback"}


def test_gantt_labels_print_in_native_scripts(demo_store, process_id, tmp_path):
    with demo_store.session() as s:
        milestones = milestones_by_start(s, process_id)
        milestones[0].name = JAPANESE
        milestones[1].name = HINDI
        milestones[2].name = ARABIC
    with demo_store.read() as s:
        data = engagement_snapshot(s, process_id, DEMO_TODAY)
    chart = chart_adapters.gantt_chart(data, DEMO_TODAY, 493)
    assert chart is not None
    out = chart_pdf([chart[0]], tmp_path / "gantt.pdf")
    faces = embedded_fonts(out)
    assert {"DroidSansFallback", "NotoSansDevanagari-Regular", "NotoSansArabic-Regular"} <= {
        f.name for f in faces
    }
    assert missing_glyphs(out) == {}
    assert JAPANESE in text_of(out)
