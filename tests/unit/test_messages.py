"""The domain's and the store's sentences: English through str() (what the CLI prints), the
template and values kept for the window to translate, and they survive pickling."""

from __future__ import annotations

import pickle
from pathlib import Path

from cdmo_desktop.domain.field_labels import FIELD_LABELS, label
from cdmo_desktop.domain.messages import Message, lowered, sentence_case, without_full_stop
from cdmo_desktop.domain.models import Engagement, Partner
from cdmo_desktop.domain.validation import REQUIRED, ValidationError, validate
from cdmo_desktop.store.errors import StoreError, WriteRefused
from tools import translations


def test_a_validation_message_is_the_english_sentence_with_its_template() -> None:
    errors = validate(Partner(name="", website="not a site"))
    assert errors["name"] == "Name is required."
    assert isinstance(errors["name"], Message)
    assert errors["name"].template == REQUIRED
    assert errors["name"].params["field"].template == FIELD_LABELS["name"]


def test_a_field_label_in_mid_sentence_is_lower_case_in_english_only() -> None:
    from datetime import date

    end = Engagement(title="T", start_date=date(2027, 1, 4), end_date=date(2026, 12, 1))
    sentence = validate(end)["end_date"]
    assert sentence == "End date cannot be before start date."
    assert isinstance(sentence, Message)
    other = sentence.params["other"]
    assert other == "start date" and other.template == "Start date" and other.case == "lower"
    assert lowered("Due date") == "due date"
    assert sentence_case(label("due_date")) == "Due date"


def test_a_message_pickles_with_its_template_values_and_case() -> None:
    sentence = validate(Engagement(title=""))["title"]
    back = pickle.loads(pickle.dumps(sentence))
    assert isinstance(sentence, Message) and isinstance(back, Message)
    assert back == sentence == "Title is required."
    assert back.template == sentence.template and back.params == sentence.params
    exc = pickle.loads(pickle.dumps(ValidationError({"title": sentence}, "Engagement")))
    assert str(exc) == "Engagement: Title is required."
    lowered_label = pickle.loads(pickle.dumps(lowered(label("start_date"))))
    assert lowered_label == "start date" and lowered_label.case == "lower"


def test_store_sentences_stay_english_and_keep_what_completes_them() -> None:
    error = StoreError(without_full_stop(label("name")), Path("/tmp/x.cdmo"))
    assert error.sentence() == "The file /tmp/x.cdmo Name."
    missing = StoreError("does not exist")
    assert missing.sentence() == "Does not exist."
    assert isinstance(missing.sentence(), Message)
    refused = WriteRefused.from_constraint("UNIQUE constraint failed")
    assert str(refused) == "Another record already uses the same name or number."
    assert isinstance(refused.args[0], Message)


def test_every_template_of_the_catalogue_has_a_german_translation_with_its_placeholders() -> None:
    import re

    ts = translations.ts_path("de", "messages")
    found = translations.messages(ts)
    assert len(found) > 500
    for _context, source, translation in found:
        assert translation.text, source
        wanted = set(re.findall(r"\{[^{}]*\}", translation.text))
        assert wanted <= set(re.findall(r"\{[^{}]*\}", source)), source


def test_every_label_of_the_closed_lists_is_in_the_catalogue() -> None:
    import inspect

    from cdmo_desktop.domain import enums
    from cdmo_desktop.domain.enum_labels import ENUM_LABELS

    lists = [
        c
        for _name, c in inspect.getmembers(enums, inspect.isclass)
        if issubclass(c, enums.LabelledEnum) and c is not enums.LabelledEnum
    ]
    missing = [f"{c.__name__}.{m.name}" for c in lists for m in c if m.label not in ENUM_LABELS]
    assert not missing, "add to domain/enum_labels.py: " + ", ".join(missing)
