"""A line-end hyphen that ends a compound whose second half is left out, to be read from the
next compound ("Zoll- und Steuerwesen", "pre- and post-war"): the hyphen and its space stay."""

from test_rules import run, texts


def test_a_compounds_hyphen_before_and_or_und_keeps_its_space():
    text = "\n".join(
        [
            "Die vereinigten Ausschüsse des Bundesrats für Zoll-",
            "und Steuerwesen hielten heute eine Sitzung über",
            "die Ein- und Ausfuhr; the pre-",
            "and post-war rates of first-",
            "or second-class fares were read.",
        ]
    )
    blocks, fixes = run(text, "dehyphenate", "join_wrapped_lines")
    paragraph = " ".join(texts(blocks))
    assert "für Zoll- und Steuerwesen" in paragraph
    assert "the pre- and post-war rates of first- or second-class fares" in paragraph
    assert not [f.removed for f in fixes if f.removed]


def test_a_word_split_before_a_syllable_spelled_like_and_or_or_is_joined_as_usual():
    # (the page prints both words whole elsewhere, as a word list would know them)
    text = "the color guard bore the flag, its col-\nor faded, and the hon-\nor of the regiment, an honor"
    blocks, _ = run(text, "dehyphenate", "join_wrapped_lines")
    paragraph = " ".join(texts(blocks))
    assert "its color faded" in paragraph and "the honor of" in paragraph
