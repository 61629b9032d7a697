"""An 18th-century German paper closes a quotation with the low mark it opens every line of it with
(„…kann.„): the full stop before it ends the sentence, so the paragraph under it is not run into
the quotation (a report written here in the Zürcher Zeitung's manner)."""

from paperarchive.api import clean_file
from paperarchive.chars import ends_sentence

_REPORT = """Holland.

Haag, vom 12ten Junii. Die Staaten haben auf die
Vorstellung der Kaufleute folgenden Schluß gefaßt:
„Daß die Schiffe, welche nach der Ostsee fahren,
„von dem Zoll befreyt seyn sollen, so lange der
„Krieg währet, und nicht länger.„

Man erwartet hier täglich Nachrichten aus London,
wo das Parlament über die Handlung berathschlagt.
"""


def test_a_stop_before_the_low_closing_mark_ends_the_sentence():
    assert ends_sentence("„Krieg währet, und nicht länger.„")
    assert not ends_sentence("folgenden Schluß gefaßt: „")  # the mark opening a quotation ends nothing


def test_the_paragraph_after_the_quotation_stands_apart(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(_REPORT, encoding="utf-8")
    paragraphs = [p for a in clean_file(page).page.articles for p in a.paragraphs]
    assert paragraphs[-1].startswith("Man erwartet hier"), paragraphs
    assert paragraphs[-2].endswith("und nicht länger.„"), paragraphs
