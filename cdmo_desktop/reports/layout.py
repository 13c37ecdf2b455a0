"""The page frame every PDF shares: header, footer with "Page X of Y", DRAFT watermark,
metadata, an outline by section, and writing through a temporary file."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from cdmo_desktop.domain.messages import QT_TRANSLATE_NOOP, msg
from cdmo_desktop.reports import fonts, scripts
from cdmo_desktop.reports.styles import ACCENT, MUTED, RULE
from cdmo_desktop.reports.text import clean
from cdmo_desktop.store.files import atomic_path

PAPERS: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm

Progress = Callable[[int, str], None]


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPERS[paper]
    except KeyError:
        raise ValueError(
            msg(
                QT_TRANSLATE_NOOP("messages", "Unknown paper size {paper!r}: use A4 or Letter."),
                paper=paper,
            )
        ) from None


@dataclass(frozen=True)
class PageDecor:
    """What every page shows around the content."""

    title: str
    header_right: str = ""
    confidentiality: str = "Confidential"
    footer_left: str = ""
    watermark: str = ""


def _fit(canv: Canvas, text: str, font: str, size: float, width: float) -> str:
    """`text` shortened with an ellipsis so it fits `width` points."""
    if scripts.width(text, font, size) <= width:
        return text
    while text and scripts.width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class NumberedCanvas(Canvas):
    """Keeps every page until the end, so each can say "Page X of Y".

    Bookmarks are recorded with their page and written when the page really is emitted
    (a bookmark taken on a deferred page would otherwise point at page 1)."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._saved_pages: list[dict[str, Any]] = []
        self._page_bookmarks: list[str] = []

    def bookmarkPage(self, key: str, **kwargs: Any) -> None:
        self._page_bookmarks.append(key)

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._page_bookmarks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            for key in self._page_bookmarks:
                Canvas.bookmarkPage(self, key)
            self._decorate(total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _decorate(self, total: int) -> None:
        d = self._decor
        width, height = self._pagesize
        inner = width - 2 * MARGIN_X
        self.saveState()
        if d.watermark:
            self.setFillColor(colors.HexColor("#C62828"))
            self.setFillAlpha(0.10)
            self.setFont(fonts.BOLD, 110)
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self.drawCentredString(0, -38, d.watermark)
            self.restoreState()
            self.saveState()
        top = height - 13 * mm
        self.setFillColor(colors.HexColor(ACCENT))
        self.setFont(fonts.BOLD, 8.5)
        title = _fit(self, d.title, fonts.BOLD, 8.5, inner * 0.58)
        scripts.draw(self, MARGIN_X, top, title, fonts.BOLD, 8.5)
        self.setFillColor(colors.HexColor(MUTED))
        self.setFont(fonts.REGULAR, 8)
        right = _fit(self, d.header_right, fonts.REGULAR, 8, inner * 0.40)
        scripts.draw(self, width - MARGIN_X, top, right, fonts.REGULAR, 8, "end")
        self.setStrokeColor(colors.HexColor(RULE))
        self.setLineWidth(0.6)
        self.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        bottom = 11 * mm
        self.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
        self.setFont(fonts.REGULAR, 7.5)
        left = _fit(self, d.footer_left, fonts.REGULAR, 7.5, inner * 0.30)
        scripts.draw(self, MARGIN_X, bottom, left, fonts.REGULAR, 7.5)
        centre = _fit(self, d.confidentiality, fonts.REGULAR, 7.5, inner * 0.45)
        scripts.draw(self, width / 2, bottom, centre, fonts.REGULAR, 7.5, "middle")
        self.drawRightString(width - MARGIN_X, bottom, f"Page {self._pageNumber} of {total}")
        self.restoreState()


class ReportDocument(BaseDocTemplate):
    """One frame per page; headings made by `heading()` become outline entries."""

    def __init__(
        self,
        filename: str,
        *,
        paper: str,
        title: str,
        author: str,
        subject: str,
        keywords: Sequence[str] = (),
    ) -> None:
        fonts.register_fonts()
        size = page_size(paper)
        super().__init__(
            filename,
            pagesize=size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=clean(title, 300),
            author=clean(author, 200),
            subject=clean(subject, 300),
            keywords=[clean(k, 100) for k in keywords],
            creator="Partnership Desk",
            producer="Partnership Desk (reportlab)",
            initialFontName=fonts.REGULAR,
            initialFontSize=9.5,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            size[0] - 2 * MARGIN_X,
            size[1] - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    @property
    def content_width(self) -> float:
        return float(self.width)

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            level, text, key = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(text, key, level=level, closed=False)


class Keys:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"section{self.n}"


def heading(text: str, style: Any, level: int, keys: Keys, markup: str | None = None) -> Paragraph:
    """A heading paragraph that also becomes a bookmark in the PDF outline."""
    from xml.sax.saxutils import escape

    plain = clean(text, 200, 1)
    p = Paragraph(markup if markup is not None else escape(plain), style)
    p.outline = (level, plain, keys.next())
    return p


def new_keys() -> Keys:
    return Keys()


def build_pdf(
    out_path: str | os.PathLike[str],
    make_doc: Callable[[str], ReportDocument],
    story: Sequence[Flowable],
    decor: PageDecor,
    progress: Progress | None = None,
) -> Path:
    """Lay out `story` into a temporary file beside `out_path`, then rename it into place.
    On any error the temporary file is removed and `out_path` is left as it was."""
    target = Path(out_path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(
            msg(QT_TRANSLATE_NOOP("messages", "The folder {folder} does not exist."), folder=folder)
        )
    with atomic_path(target) as part:  # owner-only, fsynced, renamed into place
        doc = make_doc(str(part))
        if progress is not None:
            doc.setProgressCallBack(_progress_adapter(progress))
        doc.build(list(story), canvasmaker=functools.partial(NumberedCanvas, decor=decor))
    return target


def _progress_adapter(progress: Progress) -> Callable[[str, int], None]:
    """reportlab's callbacks as (percent, "Laying out page N"): the percent follows the
    flowables laid out, the text the page being filled (a long table fills many pages
    between two flowables, and a page is also where a cancel is noticed)."""
    state = {"total": 1, "done": 0, "page": 1}

    def report() -> None:
        percent = 40 + int(55 * min(state["done"], state["total"]) / state["total"])
        progress(percent, f"Laying out page {state['page']}")

    def on_progress(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = max(1, value)
        elif kind == "PROGRESS":
            state["done"] = value
            report()
        elif kind == "PAGE":
            state["page"] = value
            report()

    return on_progress
