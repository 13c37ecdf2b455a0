"""Every label of a closed list (risk status, phase, RAG, KPI unit, reassessment criterion,
the Schedule's zoom levels ...) is in the German catalogue, so a German window shows no
English choice in a combo box, a column or a badge."""

from __future__ import annotations

import importlib
import pkgutil
from enum import StrEnum

import cdmo_desktop.domain
from cdmo_desktop.domain.enum_labels import ENUM_LABELS
from cdmo_desktop.domain.enums import LabelledEnum
from cdmo_desktop.domain.reassessment import QUESTIONS, SCORE_WORDS, TEXT_CATALOGUE
from cdmo_desktop.domain.timeline import Scale
from tools import translations


def _subclasses(cls: type) -> list[type]:
    found: list[type] = []
    sub: type
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _labels() -> set[str]:
    for module in pkgutil.walk_packages(cdmo_desktop.domain.__path__, "cdmo_desktop.domain."):
        importlib.import_module(module.name)
    enums: list[type[StrEnum]] = [*_subclasses(LabelledEnum), Scale]
    labels = {member.label for cls in enums for member in cls}  # type: ignore[attr-defined]
    return labels | set(SCORE_WORDS.values()) | set(QUESTIONS.values())


def test_every_label_is_marked_for_the_catalogue() -> None:
    marked = set(ENUM_LABELS) | set(TEXT_CATALOGUE)
    missing = sorted(_labels() - marked)
    assert not missing, f"labels not in ENUM_LABELS / TEXT_CATALOGUE: {missing}"


def test_every_label_is_translated_into_german() -> None:
    german: dict[str, str] = {}
    for ts in translations.CATALOGUE.glob("cdmo_de_*.ts"):
        for context, source, translation in translations.messages(ts):
            if context == "messages" and translation.text:
                german[source] = translation.text
    missing = sorted(label for label in _labels() if label not in german)
    assert not missing, f"{len(missing)} labels without German: {missing[:20]}"
