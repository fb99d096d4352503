"""Swedish lexical analysis: folding, stemming and compounds meeting their parts."""

from __future__ import annotations

from swedish.analysis import compound_parts, tokens, words


def test_accents_fold_so_ocr_spelling_meets_the_real_one():
    assert tokens("förslag") == tokens("forslag")


def test_compound_meets_its_parts_written_apart():
    written_together, written_apart = set(tokens("resurscentrumheder")), set(tokens("Resurscentrum heder"))
    assert written_apart & written_together >= set(tokens("heder")) | set(tokens("centrum"))
    assert set(tokens("heder")) <= set(tokens("hedersrelaterat våld"))


def test_compound_parts_use_linking_s_and_keep_short_words_whole():
    assert compound_parts("hedersrelaterat") == ("heder", "relaterat")
    assert compound_parts("kommunoverlakare")[0] == "kommun"
    assert compound_parts("heder") == ()


def test_a_compound_is_cut_where_both_parts_are_most_even():
    from swedish.analysis import compound_parts

    assert compound_parts("underskoterskeutbildningen") == ("underskoterske", "utbildningen")
    assert compound_parts("gatubelysningen") == ("gata", "belysningen")  # the joining -u of "gata"
    assert compound_parts("hedersfragan") == ("heder", "fragan")


def test_a_letter_hyphened_to_a_word_is_also_one_word():
    # "A-laget" is not any team, "p-platsen" a parking place
    assert words("tränare för A-laget") == ["tranare", "for", "alaget", "laget"]
    assert words("p-platsen") == ["pplatsen", "platsen"] and words("VA-taxan") == ["va", "taxan"]


def test_nouns_in_or_and_el_have_one_stem_in_every_form():
    from swedish.analysis import stem

    assert {stem(w) for w in ("revisor", "revisorn", "revisorns", "revisorer", "revisorerna")} == {"revis"}
    assert stem("nyckeln") == stem("nyckel") and stem("projektorn") == stem("projektor")


def test_a_compound_may_end_in_a_short_word_that_ends_many():
    from swedish.analysis import compound_parts

    assert compound_parts("budgetram") == ("budget", "ram") and compound_parts("tjanstebil") == ("tjanste", "bil")
    assert compound_parts("forslag") == () and compound_parts("program") == ()


def test_letters_and_a_number_joined_by_a_hyphen_are_also_one_word():
    assert "glp1" in words("kostnaden för GLP-1-analoger") and "glp1" in tokens("GLP-1")
    assert "covid19" in words("covid-19") and "glp" in words("GLP-1")
