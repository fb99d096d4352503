"""answer.names: which person a question names."""

from __future__ import annotations

from answer.names import listed_full_name, person_in, unknown_full_name
from ingest.models import AgendaItem, Attendee, Meeting

MEETING = Meeting(id="m1", body="Region Åsmark, Kollektivtrafiknämnden", date="2025-06-12", source="m1.txt",
                  content_hash="x", attendees=[Attendee(name="Jenny Falk"), Attendee(name="Johan Malm"),
                                               Attendee(name="Eva Berg", organisation="Region Åsmark")],
                  items=[AgendaItem(number="1", title="Biljettpriser", text="…", presenter="Region")])


def test_a_listed_person_by_full_or_first_name():
    assert person_in("var Jenny Falk med i juni", [MEETING]) == "Jenny Falk"
    assert unknown_full_name("vad sa Jenny Ek om priserna", [MEETING]) == "Jenny Ek"  # a Jenny, but not Ek


def test_an_organisation_written_like_a_name_is_no_person():
    assert person_in("vad kostar ett kort i Region Åsmark", [MEETING]) is None
    assert unknown_full_name("vad kostar ett kort i Region Åsmark", [MEETING]) is None
    # The organisation written in a list entry ("Eva Berg, Region Åsmark") is not a person the lists name.
    assert listed_full_name("vem är smittskyddsläkare i Region Åsmark", [MEETING]) is None
    # A listed name in the genitive is that person, not an unknown one.
    assert unknown_full_name("hur har Jenny Falks roll förändrats", [MEETING]) is None
