"""Is this a word? Needed to undo line-end hyphenation in Latin-script text.

Two sources, in this order: the page's own vocabulary (a word printed whole
elsewhere on the page, or a compound printed with its hyphen), then the English
word frequencies that ship with pyspellchecker (a maintained, pure-Python package
whose list is built from OpenSubtitles and filtered against dictionaries). The
list is read once, and only when a page has a Latin line-end split to decide.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, cached_property

from ..chars import WIDE_SCRIPT_CLASS

# Letters of any alphabet that spaces words: a Maltese "għall-familji" or a French "février" is one
# word. Not Chinese or Japanese text, which has no words to split at a line end and would make
# a "word" of every run between two marks.
_LETTERS = f"[^\\W\\d_{WIDE_SCRIPT_CLASS}]"
_WORD = re.compile(f"{_LETTERS}+(?:-{_LETTERS}+)*")
# A word in Latin letters, accented ones and the long s too ("pengene", "Oeſterreich", "thường").
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]{2,}")
# The share of a page's Latin words found in the English list: 0.85 and up on every English
# gold page, OCR'd ones too, and 0.09-0.45 on the Danish, German, French or Swahili ones,
# whose short words are English only by chance ("pen", "gene", "hat", "ten").
_ENGLISH_SHARE = 0.65
# A word this frequent in the list is a real word; rarer entries include OCR-like
# fragments ("yester": 61).
_KNOWN_FREQUENCY = 100
# Both halves of a hyphenated compound are words in common use ("ninety": 2418,
# "fashioned": 3455); "nelly" (791) in "Don-/nelly" is a name cut in two, and so are
# "borough" (1197) in "Scar-/borough" and "morn" (1510) in a Creole "morn-/in" ("mornin"):
# before, at 1000, both kept their hyphen (holdout89's and holdout91's pages).
_COMPOUND_PART = 2000
# Two words that a ligature's split could have made are one when the joined word is this many
# times as frequent as the rarer of them: "off er" is "offer" (144940 against 5449), "off ice"
# stays (office 181490, ice 119615).
_LIGATURE_JOIN = 10
# English particles that close up with the word after them: "afternoon", "forenoon", "overcoat".
_CLOSING_PARTICLES = frozenset({"after", "fore", "over", "under", "out", "up", "down", "back", "with", "there", "where", "here", "every", "any", "some", "no"})
# Surname prefixes that print with a capital after them: Mc-/Kinley is McKinley.
_NAME_PREFIXES = frozenset({"Mc", "Mac", "Fitz"})
# A word of a script that joins its syllables with hyphens, its tone marks combining ones
# (Pe̍h-ōe-jī "kò͘-sū", "chi̍t-pah"), or any word of the page, marks and all.
_SYLLABLES = f"(?:{_LETTERS}|[\u0300-\u036f])+"
_MARKED_WORD = re.compile(f"{_SYLLABLES}(?:-{_SYLLABLES})*")
# The share of a page's words printed with a hyphen inside at which the page joins syllables so:
# half of a Pe̍h-ōe-jī page's words; a quarter at most elsewhere (Maltese, its "il-", "tal-"
# articles; Arabizi's "l-", a seventh).
_SYLLABLE_HYPHEN_SHARE = 0.4
_SYLLABLE_HYPHEN_WORDS = 40  # words a page needs for its share to be told


@cache
def english_frequencies() -> Mapping[str, int]:
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency.dictionary


_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")


class Lexicon:
    """Word knowledge for one page: its own words plus a frequency list (lazy)."""

    def __init__(self, page_text: str = "", frequencies: Mapping[str, int] | None = None):
        self._page_text = page_text
        self._frequencies = frequencies

    # The page's words are listed when first asked: only a page with a Latin word split at a line end asks.
    @cached_property
    def _words(self) -> set[str]:
        """The page's words, not counting what its e-mail and web addresses run together: the foot's
        "tsevneeg@hmoobxovxwm.example.com" made "Tsev" / "neeg" (White Hmong "family", two words
        across a line end) one word "Tsevneeg" in the text.

        >>> sorted(Lexicon("Tsev neeg yuav. tsevneeg@hmoob.example.com www.hmoob.example.com/tsevneeg")._words)
        ['neeg', 'tsev', 'yuav']
        """
        return {w.lower() for w in _WORD.findall(_ADDRESS.sub(" ", self._page_text))}

    @cached_property
    def _page_words(self) -> set[str]:
        return {w for w in self._words if "-" not in w}

    @cached_property
    def _page_compounds(self) -> set[str]:
        return {w for w in self._words if "-" in w}

    @cached_property
    def _hyphened_prefixes(self) -> set[str]:
        return {w.split("-", 1)[0] for w in self._page_compounds}

    @cached_property
    def joins_syllables(self) -> bool:
        """The page writes its words' syllables joined by hyphens, as Pe̍h-ōe-jī does (`_SYLLABLE_HYPHEN_SHARE`):
        a hyphen at a line end there is the word's own, not a split's.

        >>> Lexicon(" ".join(["Gín-á iōng Tâi-gí kóng kò͘-sū ê"] * 8)).joins_syllables, Lexicon(" ".join(["a well-known man of the town"] * 8)).joins_syllables
        (True, False)
        """
        words = _MARKED_WORD.findall(_ADDRESS.sub(" ", self._page_text))
        return len(words) >= _SYLLABLE_HYPHEN_WORDS and sum("-" in word for word in words) >= _SYLLABLE_HYPHEN_SHARE * len(words)

    def for_page(self, page_text: str) -> Lexicon:
        return Lexicon(page_text, self._frequencies)

    def _frequency(self, word: str) -> int:
        if self._frequencies is None:
            self._frequencies = english_frequencies()
        return self._frequencies.get(word, 0)

    def is_word(self, word: str) -> bool:
        """A whole word: printed unsplit on this page, or frequent in the word list."""
        word = word.lower()
        return word in self._page_words or self.in_dictionary(word)

    def in_dictionary(self, word: str) -> bool:
        """Frequent in the word list. Used for the pieces of a split word, which the page
        itself always contains (as the fragments being judged)."""
        return self._frequency(word.lower()) >= _KNOWN_FREQUENCY

    @cached_property
    def reads_english(self) -> bool:
        """Most of the page's Latin words are English ones (a page with none counts as English).

        >>> freq = {"the": 9999, "pen": 9999, "gene": 9999, "at": 9999, "is": 9999}
        >>> Lexicon("the pen is at the gene bank", freq).reads_english, Lexicon("at finde pengene", freq).reads_english
        (True, False)
        """
        latin_words = _LATIN_WORD.findall(self._page_text)  # (asked of few pages: found when asked)
        known = sum(self.in_dictionary(word) for word in latin_words)
        return known >= _ENGLISH_SHARE * len(latin_words)

    def keeps_hyphen(self, left: str, right: str) -> bool:
        """A line-end hyphen between `left` and `right` belongs to a compound.

        >>> lex = Lexicon(frequencies={"newspaper": 24728, "news": 190310, "well": 760409, "known": 271537})
        >>> lex.keeps_hyphen("news", "paper"), lex.keeps_hyphen("well", "known")
        (False, True)
        >>> Lexicon("a well-known man", {}).keeps_hyphen("well", "known")
        True
        >>> lex.keeps_hyphen("WHIT", "AKER'S"), lex.keeps_hyphen("Anglo", "American"), lex.keeps_hyphen("WELL", "KNOWN")
        (False, True, True)
        >>> lex.keeps_hyphen("Mc", "Kinley"), Lexicon(frequencies={"don": 18035, "nelly": 791}).keeps_hyphen("Don", "nelly")
        (False, False)
        >>> Lexicon(frequencies={"scar": 12682, "borough": 1197, "morn": 1510, "in": 9999}).keeps_hyphen("Scar", "borough")
        False
        >>> Lexicon("ġbir għall-familji", {}).keeps_hyphen("għall", "passiġġieri")  # the page prints "għall-" joined
        True

        A particle closed up with its word is one word, however rarely the list's corpus used it;
        two nouns listed joined may be a compound still:

        >>> lex = Lexicon("the after- noon of the round- trip", {"after": 1749037, "noon": 12911, "afternoon": 50, "the": 9999, "of": 9999, "round": 9999, "trip": 9999, "roundtrip": 50})
        >>> lex.keeps_hyphen("after", "noon"), lex.keeps_hyphen("round", "trip")
        (False, True)

        On a page not in English two English words are a coincidence, not a compound: Danish
        "at finde pen-⏎gene et andet sted" is "pengene".

        >>> Lexicon("at finde pen- gene et andet sted", {"pen": 9999, "gene": 9999}).keeps_hyphen("pen", "gene")
        False

        On a page that joins its syllables with hyphens every line-end hyphen is a word's own
        (`joins_syllables`): "ū chi̍t-⏎pah gōa miâ" is "chi̍t-pah" (before, "chi̍tpah").

        >>> Lexicon(" ".join(["Gín-á iōng Tâi-gí kóng kò͘-sū ê"] * 8), {}).keeps_hyphen("chi̍t", "pah")
        True
        """
        compound = f"{left}-{right}".lower()
        if compound in self._page_compounds or self.joins_syllables:
            return True
        if (left + right).lower() in self._page_words or left in _NAME_PREFIXES:
            return False  # printed whole elsewhere; Mc-/Kinley
        if right[:1].isupper() and not (left.isupper() and right.isupper()) or any(ch.isdigit() for ch in left + right):
            return True  # Anglo-/American, 1924-/25 (in a line of capitals a capital says nothing: WHIT-/AKER'S)
        if self.is_word(left + right):
            return False
        if self.reads_english and left.lower() in _CLOSING_PARTICLES and self._frequency((left + right).lower()):
            # a particle closed up with its word, listed at the word list's floor (too rare in its
            # corpus to count as frequent): "after-⏎noon" is "afternoon", "fore-⏎noon" "forenoon" (an
            # 1878 weekly); two nouns listed joined may be a compound still ("round-trip")
            return False
        if left.lower() in self._hyphened_prefixes:
            return True  # an article or prefix the page prints with its hyphen: Maltese "għall-", "tal-"
        # A compound joins two common words (well-known, twenty-five, self-government);
        # a rare piece is a syllable or a name cut in two (Don-/nelly).
        return self.reads_english and self._frequency(left.lower()) >= _COMPOUND_PART and self._frequency(right.lower()) >= _COMPOUND_PART

    def joins_split(self, left: str, right: str) -> bool:
        """`left` and `right`, split at a line end with no hyphen, are one word.

        >>> lex = Lexicon(frequencies={"harbor": 6748, "in": 9999, "to": 9999, "into": 9999})
        >>> lex.joins_split("Har", "bor"), lex.joins_split("in", "to")
        (True, False)

        The word list is English: on a page in another language only a word the page prints
        whole joins ("Det⏎er", Nynorsk "it is", is no "deter").

        >>> freq = {"deter": 9999, "the": 9999, "and": 9999}
        >>> Lexicon("Det er nemleg mykje", freq).joins_split("Det", "er"), Lexicon("the Det er and the the", freq).joins_split("Det", "er")
        (False, True)
        """
        if not self.is_word(left + right):
            return False
        if not self.reads_english and (left + right).lower() not in self._page_words:
            return False
        return not (self.in_dictionary(left) and self.in_dictionary(right))

    def joins_ligature_split(self, left: str, right: str) -> bool:
        """`left`, ending in a ligature's letters (fi, fl, ff), and `right`, a space apart in a
        PDF's text layer, are one word: the joined word is one and a half is none, or it is
        far more frequent than the rarer half (`_LIGATURE_JOIN`).

        >>> lex = Lexicon(frequencies={"find": 2110540, "nd": 50, "offer": 144940, "off": 1792847, "er": 5449, "office": 181490, "ice": 119615})
        >>> lex.joins_ligature_split("fi", "nd"), lex.joins_ligature_split("off", "er"), lex.joins_ligature_split("off", "ice")
        (True, True, False)
        >>> Lexicon("the Pathfinder", {}).joins_ligature_split("Pathfi", "nder")
        True
        """
        joined = (left + right).lower()
        if not self.is_word(joined):
            return False
        if not (self.in_dictionary(left) and self.in_dictionary(right)):
            return True
        return self._frequency(joined) >= _LIGATURE_JOIN * min(self._frequency(left.lower()), self._frequency(right.lower()))
