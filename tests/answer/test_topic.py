"""answer.topic: which quotes may answer a question about who holds a role."""

from __future__ import annotations

from answer.topic import says_who_holds
from index.support import topic_terms


def test_a_role_and_a_name_count_only_in_the_same_sentence():
    (director,) = topic_terms("direktör")
    names = frozenset({"Susanne", "Carlén"})
    assert not says_who_holds("Susanne Carlén presenterade åtgärdsplanen. … Hälso- och sjukvårdsdirektören har "
                              "avsatt 3,2 miljoner kr.", director, names)
    assert says_who_holds("Hälso- och sjukvårdsdirektör Susanne Carlén har avsatt 3,2 miljoner kr.", director, names)


def test_a_label_is_quoted_with_what_it_introduces():
    from answer.quotes import best_sentences
    from swedish.analysis import tokens

    text = ("Projektet har behov av en styrgrupp.\nAUs förslag till beslut: Skolcheferna utser representanter.\n"
            "Utsedda representanter:\nBodil Gustafsson, Uppvidinge, Marit Persson, Alvesta")
    quote = best_sentences(text, set(tokens("utsedda representanter")), 1)
    assert quote == "Utsedda representanter: … Bodil Gustafsson, Uppvidinge, Marit Persson, Alvesta"


def test_for_a_sum_the_sentence_with_the_sum_is_quoted():
    from answer.quotes import best_sentences
    from swedish.analysis import tokens
    from swedish.wording import MONEY

    text = ("Kommunstyrelsen beslutade att uppföra en gruppbostad på Ekvägen. Förslaget till hyresavtal innebär en "
            "årshyra om 1 480 000 kr. Tillträde planeras till den 1 mars 2027.")
    quote = best_sentences(text, set(tokens("hyran gruppbostaden ekvägen")), 1, wants_figure=MONEY)
    assert "1 480 000 kr" in quote


def test_who_sees_to_it_is_asked_in_any_words_and_a_second_question_is_not_the_task():
    from answer.assignments import _does, asked_task

    assert _does("fix", "Elin Forsgren och Tommy Nordin samordnar julmarknaden.")
    assert asked_task("Vem ansvarar för övningen, och när ska den vara genomförd?") is None


def test_which_company_quotes_the_sentence_naming_one():
    from answer.quotes import best_sentences
    from swedish.analysis import tokens
    from swedish.wording import COMPANY_NAME

    text = ("Daniel Forsberg redovisade gap-analysen mot NIS2. Daniel och Johan Ek från Cybernord AB gick igenom "
            "kraven. Gap-analysen ska kompletteras.")
    assert "Cybernord AB" in best_sentences(text, set(tokens("konsultbolag gap-analysen NIS2")), 1,
                                            wants_figure=COMPANY_NAME)


def test_how_many_counts_the_noun_it_names():
    from answer.topic import _counted
    from index.support import topic_terms

    terms = topic_terms("Hur många elbilar köptes in till hemtjänsten?")
    assert _counted("Hur många elbilar köptes in till hemtjänsten?", terms).word == "elbilar"
    assert _counted("vad kostade bussen", topic_terms("vad kostade bussen")) is None
