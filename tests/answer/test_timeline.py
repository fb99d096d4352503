"""Which bodies' meetings a timeline follows a thread through (answer.timeline)."""

from __future__ import annotations

from answer.timeline import _same_name


def test_a_body_named_with_and_without_its_acronym_is_one_body():
    assert _same_name("Ekbackens skolas föräldraförening (FF), styrelsen") == _same_name(
        "Ekbackens skolas föräldraförening, styrelsen")
    assert _same_name("Verkstadsklubben Hedtorps Gjuteri") == _same_name("Verkstadsklubben Hedtorps gjuteri")
    assert _same_name("Kulturrådet") != _same_name("Kultur- och fritidsnämnden")
