"""Formalia repeated in every meeting of a body do not crowd out the meeting-specific passage."""

from __future__ import annotations

from ingest import parse_file
from index.chunks import chunks_for
from index.lexical import LexicalIndex
from swedish.analysis import tokens

FORMALIA = ("Justeraren ska tillsammans med ordföranden granska protokollet och intyga att det stämmer med "
            "vad som beslutades på mötet. Protokollet ska justeras inom två veckor.")


def write_meetings(folder):
    for month in range(1, 5):
        specific = ("§ 4 Digital justering\nStyrelsen beslutar att protokollet ska granskas och justeras "
                    "digitalt med e-legitimation från och med nästa möte.\n" if month == 3 else
                    "§ 4 Städdag\nStäddagen flyttas till en lördag.\n")
        (folder / f"styrelse-2024-0{month}-10.txt").write_text(
            f"Protokoll\nFöreningen Björken, styrelsen\nDatum: 2024-0{month}-10\n\n"
            f"§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Val av justerare\nTill justerare valdes Ida Holm.\n"
            f"{FORMALIA}\n\n§ 3 Ekonomi\nKassan redovisades.\n\n{specific}", encoding="utf-8")


def test_repeated_formalia_are_left_out_of_lexical_search(tmp_path):
    write_meetings(tmp_path)
    chunks = [c for path in sorted(tmp_path.iterdir()) for m in parse_file(path).meetings for c in chunks_for(m, max_chars=1500)]
    query = tokens("granska och justera protokollet")
    with_formalia = LexicalIndex(chunks, drop_boilerplate=False)
    without = LexicalIndex(chunks)
    first = without.chunk(without.search(query, 5)[0][0])
    assert (first.date, first.title) == ("2024-03-10", "Digital justering")
    crowded = [with_formalia.chunk(cid).title for cid, _ in with_formalia.search(query, 5)]
    assert crowded.index("Digital justering") > 0  # the measurement: formalia outranked it before
    assert len(without.boilerplate) == 1
