"""The body's name from a document's heading lines (ingest.bodyname): "Organisation, organ"."""

from __future__ import annotations

import pytest

from ingest import parse_file

HEADINGS = [
    # an abbreviation's full stop inside the name; a date after the meeting kind; an address beside a letterhead;
    # the kind of session after the organ; a page number over the letterhead
    ("avd.md", "# Fackförbundet avd. Åsmark – styrelsemöte 15 oktober 2025\n\n**Närvarande:** Eva Ek\n\n"
               "## 1. Öppnande\nEva öppnade.\n", "Fackförbundet avd. Åsmark, styrelsen"),
    ("adress.txt", "FACKFÖRBUNDET AVDELNING ÅSMARK · Storgatan 14, 652 24 Hallvik\nPROTOKOLL\n"
                   "fört vid sammanträde med avdelningsstyrelsen\nTid: 2024-11-20\n\n1. Öppnande\nEva öppnade.\n",
     "Fackförbundet avdelning Åsmark, avdelningsstyrelsen"),
    ("konst.txt", "Fackförbundet avdelning Åsmark\nProtokoll avdelningsstyrelsen – konstituerande sammanträde\n"
                  "Datum: 2025-03-06\n\n1. Öppnande\nEva öppnade.\n", "Fackförbundet avdelning Åsmark, avdelningsstyrelsen"),
    ("punkter.txt", "Region Åsmark · Läkemedelskommittén · Protokoll 2024-10-17\nDnr RÅ 2024/0877\n"
                    "Sammanträdesdatum: 2024-10-17\n\n1. Öppnande\nMötet öppnades.\n", "Region Åsmark, Läkemedelskommittén"),
    ("nr.txt", "Åsby Orienteringsklubb – Styrelsen\nPROTOKOLL nr 8/2025\nPlats: Klubbstugan\n\n1. Mötets öppnande\n"
               "Ordföranden öppnade mötet.\n", "Åsby Orienteringsklubb – Styrelsen"),
    ("stampel.txt", "Ink. LEN 2025-09-15\nTerapigrupp diabetes – minnesanteckningar\nDatum: 2025-09-11\n\n"
                    "1. Välkommen\nMalin hälsade välkommen.\n", "Terapigrupp diabetes"),
    ("sida.txt", "1\nSAMORDNINGSFÖRBUNDET ÅSMARK\nPROTOKOLL\nFörbundsstyrelsen\n2026-03-20\nTid och plats\n"
                 "Fredagen den 20 mars 2026 kl. 09.00–12.15, Kommunhuset\n§ 1\nÖppnande\nText.\n§ 2\nBudget\nText.\n"
                 "§ 3\nÖvrigt\nText.\n", "Samordningsförbundet Åsmark, Förbundsstyrelsen"),
    # the meeting kind with its number, or before a dash, gives the organ
    ("bolag.txt", "PROTOKOLL\n\nÅsvikens Fjärrvärme AB\nStyrelsemöte nr 3/2025\n\nDatum: 2025-06-12\n\n"
                  "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n", "Åsvikens Fjärrvärme AB, styrelsen"),
    ("ff.md", "# Protokoll styrelsemöte – Lindskolans föräldraförening\n\nDatum: 2025-03-18\n\n"
              "## 1. Välkomna\n\nMaria hälsade välkommen.\n", "Lindskolans föräldraförening, styrelsen"),
    # a document type that names the meeting
    ("arsmote.md", "# Granbo SK – protokoll fört vid ordinarie årsmöte\n\n**Datum:** 2025-03-02\n\n"
                   "**1. Mötets öppnande**\nOrdföranden öppnade mötet.\n", "Granbo SK, årsmötet"),
    ("styrelse.md", "# Styrelsemöte Granbo SK\n\n**När:** 2025-05-07\n\n### Punkt 1 – Öppnande\nMötet öppnades.\n",
     "Granbo SK, styrelsen"),
    ("hembygd.txt", "ÅSBY HEMBYGDSFÖRENING\nStyrelseprotokoll nr 4/2025\n\nTid: 2025-06-02\n\n"
                    "§ 1. Mötets öppnande\nOrdföranden öppnade mötet.\n", "Åsby hembygdsförening, styrelsen"),
    # a letterhead in capitals with the organ after a dash; a week at the end of the name is a date
    ("mbn.txt", "ÅSBY KOMMUN – Miljö- och byggnadsnämnden\nSammanträdesdatum: 2025-11-19\n\n"
                "§ 140 Val av justerare\nLena utses.\n", "Åsby kommun, Miljö- och byggnadsnämnden"),
    ("vc.txt", "VÅRDCENTRALEN ÅSBY\nLedningsgruppen vecka 25\n\nDatum: 2025-06-17\n"
               "Närvarande: Camilla Ryd (verksamhetschef, ordf.), Maja Lind (sekreterare, protokollförare), Ola Ek\n\n"
               "1) Inledning\nCamilla öppnade.\n", "Vårdcentralen Åsby, Ledningsgruppen"),
    # the meeting kind after a dash; the organ after the document type on a line of its own, or in a right column
    ("gk.md", "# Granbo Golfklubb – styrelsemöte\n\n**Datum:** 2025-07-08\n\n## 1. Öppnande\nMötet öppnades.\n",
     "Granbo Golfklubb, styrelsen"),
    ("rtj.txt", "Räddningstjänsten Åsdalen\nKommunalförbund för Åsby och Granbo kommuner\n"
                "SAMMANTRÄDESPROTOKOLL – Direktionen\nSammanträdesdatum: 2025-10-23\n\n§ 38 Val av justerare\nLena utses.\n",
     "Räddningstjänsten Åsdalen, direktionen"),
    ("rtj2.txt", "RÄDDNINGSTJÄNSTEN ÅSDALEN          SAMMANTRÄDESPROTOKOLL\nKommunalförbund                    Direktionen\n\n"
                 "Sammanträdesdatum    2025-12-11\n\n§ 49 Val av justerare\nLena utses.\n",
     "Räddningstjänsten Åsdalen Kommunalförbund, direktionen"),
    ("pro.md", "# PRO Åsby\n\n## Anteckningar från styrelsemötet 11/2 2025\n\nTid och plats: tisdag 11/2 2025\n\n"
               "1. **Öppnande**\n   Mötet öppnades.\n", "PRO Åsby, styrelsen"),
    ("bat.md", "# Åsby Båtklubb – protokoll från styrelsemöte\nStyrelsen sammanträdde tisdagen den 9 september 2025 "
               "kl. 19.00 i klubbstugan.\nMötesordförande: Eva Ek\n\n## 1. Öppnande\nEva öppnade.\n", "Åsby Båtklubb, styrelsen"),
    ("region.txt", "REGION ÅSMARK\nKollektivtrafiknämnden\n\nSAMMANTRÄDESPROTOKOLL\n\nDatum: 2025-06-12\n\n"
                   "§ 81 Val av justerare\nLena utses.\n", "Region Åsmark, Kollektivtrafiknämnden"),
    ("region.html", "<h1>Region Åsmark – Kollektivtrafiknämnden: sammanträdesprotokoll</h1><p>Datum: 2025-03-06</p>"
                    "<h2>§ 28 Val av justerare</h2><p>Lena utses.</p>", "Region Åsmark – Kollektivtrafiknämnden"),
    ("lg.html", "<h1>Ledningsgruppen – protokoll 2025-10-21</h1><p>Norrbäck Värme AB</p><p>Datum: 2025-10-21</p>"
                "<h2>Punkt 1 – Öppnande</h2><p>Mötet öppnades.</p>", "Norrbäck Värme AB, Ledningsgruppen"),
    ("lg.txt", "NORRBÄCK VÄRME AB\nProtokoll – ledningsgruppens möte\n\nDatum: 2024-11-19\n\nPunkt 1 – Öppnande\n"
               "Mötet öppnades.\n", "Norrbäck värme AB, ledningsgruppen"),
    ("amk.txt", "ARBETSMILJÖKOMMITTÉN – NORRBÄCK VÄRME AB\nProtokoll 2/2025\n\nDatum: 16 september 2025\n\n"
                "§ 1 Öppnande\nMötet öppnades.\n", "Norrbäck värme AB, Arbetsmiljökommittén"),
    ("extra.md", "# Protokoll – extra styrelsemöte\n\nFöreningen Backby folkets hus\n\n- **Datum:** 10 juni 2025\n\n"
                 "## 1. Öppnande\n\nMötet öppnades.\n", "Föreningen Backby folkets hus, styrelsen"),
    ("bun.txt", "Barn- och Utbildningsnämnden\nDatum: 2025-03-04\n\n§ 1 Öppnande\nMötet öppnades.\n",
     "Barn- och Utbildningsnämnden"),  # a capitalised organ after "och" is the name, not a right column
    ("au.html", "<h1>Kommunstyrelsens arbetsutskott &ndash; protokoll</h1><p>Tj&auml;rn&aring; kommun</p>"
                "<p>Datum: 2025-08-20</p><h2>&sect; 188 Val av justerare</h2><p>Yvonne utses.</p>",
     "Tjärnå kommun, Kommunstyrelsens arbetsutskott"),  # the kommun under the organ: named as the other way round
    ("kar.md", "# Åsby scoutkår\n\n## Protokoll från kårstyrelsens möte\n\nDatum: 2025-02-11\n\n## 1. Öppnande\nÖppnat.\n",
     "Åsby scoutkår, kårstyrelsen"),
    ("kr.txt", "Åsby församling\tKyrkorådet\tProtokoll 2025-06-17\n\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum\t2025-06-17\n\n"
               "§ 35 Öppnande\nÖppnat.\n", "Åsby församling Kyrkorådet"),  # the page header's document type is no name
    ("webb.html", "<main><p class='meta'>Publicerad 2025-10-21 av Jonas Ek</p><h1>Åsby vägförening – styrelsemöte 7 "
                  "oktober 2025</h1><p>Datum: 2025-10-07</p><h2>1. Öppnande</h2><p>Öppnat.</p></main>",
     "Åsby vägförening, styrelsen"),  # the page's publishing line is no name
    ("klubb.txt", "VERKSTADSKLUBBEN VID ÅSBYVERKEN\nProtokoll, klubbstyrelsens sammanträde\nDatum: 2025-10-21\n\n"
                  "1. Mötets öppnande\nÖppnat.\n", "Verkstadsklubben vid Åsbyverken, klubbstyrelsen"),
]


@pytest.mark.parametrize(("name", "text", "body"), HEADINGS, ids=[case[0] for case in HEADINGS])
def test_the_organisation_and_the_organ_that_met(tmp_path, name, text, body):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = parse_file(path)
    assert result.error is None, result.error
    assert result.meetings[0].body == body


def test_a_signature_table_names_the_secretary():
    from ingest.headerlines import join_sign_off_labels
    row = "______ ______ ______ Ordförande; Gunnel Åkesson | Justerare; Birgitta Holm | Protokollförare; Karin Wallgren"
    assert join_sign_off_labels([row]) == ["Ordförande: Gunnel Åkesson", "Justerare: Birgitta Holm",
                                           "Protokollförare: Karin Wallgren"]
    assert join_sign_off_labels(["Hyresintäkter | 96 500 kr | 84 000 kr"]) == ["Hyresintäkter | 96 500 kr | 84 000 kr"]
