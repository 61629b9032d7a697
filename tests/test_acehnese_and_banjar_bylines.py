"""Acehnese and Banjar papers' "by" before the writer's name (classify.BY_WORDS): "Lé", "Ulih"."""

from paperarchive.classify import EUROPEAN_BYLINE


def test_acehnese_and_banjar_bylines():
    for line in ("Lé Nurul Hayati", "LÉ ZULFIKAR IBRAHIM", "Ulih Ahmad Fauzan", "ULIH AHMAD FAUZAN"):
        assert EUROPEAN_BYLINE.match(line), line


def test_sentences_opening_on_the_words_are_no_bylines():
    for line in ("Ulih sabab banyu sungai makin karuh", "Lé aneuk muda jinoe leubeh galak", "Le Monde a écrit"):
        assert not EUROPEAN_BYLINE.match(line), line
