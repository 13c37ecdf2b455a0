"""Reading back the PDFs the reports write: text, fonts, outline, metadata (pypdf)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _fonts_in(resources: Any, seen: set[int], out: dict[str, bool]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            font = ref.get_object()
            name = str(font.get("/BaseFont", "?"))
            out[name] = out.get(name, True) and _embedded(font)
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            obj = ref.get_object()
            key = id(obj)
            if obj.get("/Subtype") == "/Form" and key not in seen:
                seen.add(key)
                _fonts_in(obj.get("/Resources"), seen, out)


def _embedded(font: Any) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font used on any page -> whether its program is embedded in the file."""
    out: dict[str, bool] = {}
    seen: set[int] = set()
    for page in PdfReader(path).pages:
        _fonts_in(page.get("/Resources"), seen, out)
    return out


def outline_titles(path: Path) -> list[str]:
    def walk(items: list[Any]) -> list[str]:
        titles: list[str] = []
        for item in items:
            if isinstance(item, list):
                titles += walk(item)
            else:
                titles.append(str(item.title))
        return titles

    return walk(PdfReader(path).outline)
