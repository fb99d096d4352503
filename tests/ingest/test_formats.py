"""ODT, RTF and HTML minutes (ingest/markup.py): structure kept, parsed like the same minutes as text, and a
damaged file named with its reason in Swedish.

The committed files in tests/data/minutes are written by tests/data/make_formats.py; their items and decisions
are checked against gold by test_gold.py. Here: what the readers must keep on the way (numbers the office suite
generates, lists, tables, pages, encodings, a web page's own content) and files made in the test.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from odf.style import Style
from odf.text import H, OutlineLevelStyle, OutlineStyle, P

from ingest import find_files, parse_file
from ingest.readers import SUPPORTED_SUFFIXES, ReadError, read_pages
from tests.data.make_formats import odt_document, odt_list, rtf_escape, rtf_heading, rtf_paragraph, RTF_HEAD

DATA = Path(__file__).parents[1] / "data" / "minutes"
EKLIDEN = DATA / "bygdegardsforeningen-ekliden-2025-01-21.odt"
BJORKHAGEN = DATA / "hyresgastforeningen-bjorkhagen-2024-10-08.odt"
TRANAN = DATA / "scoutkaren-tranan-karstyrelsen-2025-03-05.rtf"
NORRVIK = DATA / "pensionarsradet-norrvik-2024-11-27.html"
LOVUDDEN = DATA / "samfallighetsforeningen-lovudden-2024-08-14.htm"

# One meeting, written below as text, ODT, RTF and HTML: every format must give the same items and decisions.
MEETING = {
    "body": "Cykelklubben Vinden",
    "fields": ["Datum: 2025-04-02", "Plats: Klubbstugan"],
    "items": [("Mötets öppnande", ["Ordföranden öppnade mötet."]),
              ("Säsongsstart", ["Säsongen börjar med en gemensam tur den 27 april.",
                                "Beslut: Styrelsen beslutar att bjuda på fika efter turen."]),
              ("Nya klubbtröjor", ["Två leverantörer har lämnat offerter.",
                                   "Frågan bordlades till nästa möte."]),
              ("Övriga frågor", ["Inga övriga frågor."])],
}


def meeting(path: Path):
    result = parse_file(path)
    assert result.error is None, result.error
    (found,) = result.meetings
    return found


def shape(found) -> list[tuple]:
    return [(i.number, i.title, [d.text for d in i.decisions]) for i in found.items]


def write_text(path: Path) -> Path:
    lines = [MEETING["body"], *MEETING["fields"], ""]
    for number, (title, paragraphs) in enumerate(MEETING["items"], 1):
        lines += [f"{number}. {title}", *paragraphs, ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def write_odt(path: Path) -> Path:
    doc, styles = odt_document()
    doc.text.addElement(P(stylename=styles["Standard"], text=MEETING["body"]))
    for field in MEETING["fields"]:
        doc.text.addElement(P(stylename=styles["Standard"], text=field))
    for title, paragraphs in MEETING["items"]:  # numbers from the outline numbering only
        doc.text.addElement(H(outlinelevel=2, stylename=styles["Heading_20_2"], text=title))
        for paragraph in paragraphs:
            doc.text.addElement(P(stylename=styles["Text_20_body"], text=paragraph))
    doc.save(str(path))
    return path


def write_rtf(path: Path) -> Path:
    parts = [RTF_HEAD, rtf_paragraph(MEETING["body"]), *map(rtf_paragraph, MEETING["fields"])]
    for number, (title, paragraphs) in enumerate(MEETING["items"], 1):
        parts += [rtf_heading(2, title, number), *map(rtf_paragraph, paragraphs)]
    path.write_bytes(("".join(parts) + "}").encode("ascii"))
    return path


def write_html(path: Path) -> Path:
    # Google Docs' export: each numbered heading in an <ol> of its own, continued with start="N".
    parts = [f"<p>{MEETING['body']}</p>", *(f"<p>{field}</p>" for field in MEETING["fields"])]
    for number, (title, paragraphs) in enumerate(MEETING["items"], 1):
        parts.append(f'<ol class="lst-kix_1-0" start="{number}"><li><h2><span>{title}</span></h2></li></ol>')
        parts += [f"<p><span>{paragraph}</span></p>" for paragraph in paragraphs]
    path.write_text("<html><body>" + "\n".join(parts) + "</body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("writer,name", [(write_odt, "vinden.odt"), (write_rtf, "vinden.rtf"),
                                         (write_html, "vinden.html")])
def test_each_format_parses_like_the_same_minutes_as_text(tmp_path, writer, name):
    as_text = meeting(write_text(tmp_path / "vinden.txt"))
    found = meeting(writer(tmp_path / name))
    assert (found.date, found.body) == (as_text.date, as_text.body) == ("2025-04-02", "Cykelklubben Vinden")
    assert shape(found) == shape(as_text)
    assert [i.number for i in found.items] == ["1", "2", "3", "4"]


def test_odt_outline_numbers_sub_items_tables_lists_and_pages():
    pages = read_pages(EKLIDEN)
    assert len(pages) == 3  # a soft page break, and a heading whose style starts a new page
    assert "## 6. Uthyrningsregler" in pages[1] and pages[2].lstrip().startswith("## 7. Årsmöte 2025")
    found = meeting(EKLIDEN)
    assert (found.date, found.body) == ("2025-01-21", "Bygdegårdsföreningen Ekliden, styrelsen")
    items = {i.number: i for i in found.items}
    assert "4" not in items and items["4.1"].parents == ["Ekonomi"] and items["4.2"].title == "Budget 2025"
    assert all("automatisk numrering" in " ".join(i.flags) for i in found.items)
    assert "Hyresintäkter | 96 500 kr | 84 000 kr" in items["4.1"].text
    decision = items["5"].decisions[0].text  # the automatically numbered "att"-clauses under "Beslut:"
    assert "1. att anta offerten" in decision and "3. att arbetet ska vara klart före midsommar." in decision
    assert "- Nyckeln hämtas och lämnas hos Per-Olof." in items["6"].text
    assert (found.secretary, found.justerare) == ("Stina Wallgren", "Margareta Lindholm, Aisha Rahimi")


def test_odt_numbered_list_continued_across_the_items_text():
    found = meeting(BJORKHAGEN)
    assert [i.number for i in found.items] == [str(n) for n in range(1, 9)]
    assert found.items[3].title == "Skrivelser till hyresvärden"
    assert "a) om fukten i tvättstugan i hus C," in found.items[3].text  # a second list, lettered, its own count
    assert [a.name for a in found.attendees][:2] == ["Gunnel Åström", "Kenneth Palm"]


def test_odt_outline_numbering_with_prefix_and_start_value(tmp_path):
    """A municipal template: headings numbered "§ 45", "§ 46" by the outline style, none of it in the text."""
    doc, styles = odt_document()
    for element in list(doc.styles.childNodes):
        if element.qname[1] == "outline-style":
            doc.styles.removeChild(element)
    outline = OutlineStyle(name="Outline")
    outline.addElement(OutlineLevelStyle(level=1, numformat="1", numprefix="§ ", startvalue=45))
    doc.styles.addElement(outline)
    doc.text.addElement(P(stylename=styles["Standard"], text="Kultur- och fritidsnämnden"))
    doc.text.addElement(P(stylename=styles["Standard"], text="Datum: 2025-02-11"))
    for title, text in [("Val av justerare", "Anna Ek utsågs att justera protokollet."),
                        ("Bidrag till föreningar", "Nämnden beslutar att bevilja bidragen enligt bilaga.")]:
        doc.text.addElement(H(outlinelevel=1, stylename=styles["Heading_20_1"], text=title))
        doc.text.addElement(P(stylename=styles["Text_20_body"], text=text))
    path = tmp_path / "kfn.odt"
    doc.save(str(path))
    found = meeting(path)
    assert [(i.number, i.title) for i in found.items] == [("§ 45", "Val av justerare"),
                                                        ("§ 46", "Bidrag till föreningar")]
    assert found.items[1].decisions[0].text.startswith("Nämnden beslutar att bevilja")


def test_rtf_headings_table_page_break_and_swedish_letters():
    pages = read_pages(TRANAN)
    assert len(pages) == 2 and "## 6. Ny kanot" in pages[1]
    assert "Scoutkåren Tranan – kårstyrelsen" not in "".join(pages)  # the running header is not text
    found = meeting(TRANAN)
    assert found.date == "2025-03-05" and found.body.startswith("Scoutkåren Tranan")
    assert [a.name for a in found.attendees] == ["Johanna Berglund", "Mikael Strand", "Noor Haddad", "Elias Forsberg"]
    assert [a.name for a in found.absentees] == ["Karin Åkesson"]
    items = {i.number: i for i in found.items}
    assert items["5"].title == "Hajk i Trollskogen" and "25–27 april" in items["5"].text
    assert items["5"].decisions[0].text == "Kårstyrelsen beslutar att bevilja 4 000 kr ur aktivitetsfonden till hajken."


def test_rtf_agenda_table_with_paragraphs_in_cells_and_headings_known_by_their_style(tmp_path):
    """Items as table rows whose cells hold several paragraphs; the title's heading style is named only in the
    stylesheet ('heading 1', no \\outlinelevel in the paragraph)."""
    def row(*cells: list[str]) -> str:
        return (r"\trowd\cellx1000\cellx6000\cellx9000" + "".join(
            r"\pard\intbl " + r"\par\pard\intbl ".join(map(rtf_escape, cell)) + r"\cell " for cell in cells)
            + r"\row" + "\n")
    rtf = (r"{\rtf1\ansi\ansicpg1252{\stylesheet{\s0 Normal;}{\s1\b\fs32 heading 1;}}" + "\n"
           + r"\pard\plain\s1 " + rtf_escape("Protokoll, Fritidsnämnden") + r"\par" + "\n"
           + r"\pard\plain Datum: 2025-05-06\par" + "\n"
           + row(["Punkt"], ["Ärende"], ["Föredragande"])
           + row(["1"], ["Mötets öppnande", "Ordföranden öppnade mötet."], ["Ann Ek"])
           + row(["2"], ["Simhallen", "Beslut: Nämnden beslutar att renovera simhallen 2026."], ["Bo Ahl"])
           + r"\pard\plain Vid protokollet: Cia Berg\par}")
    path = tmp_path / "fritid.rtf"
    path.write_text(rtf, encoding="ascii")
    assert read_pages(path)[0].startswith("# Protokoll, Fritidsnämnden")
    found = meeting(path)
    assert [(i.number, i.title, i.presenter) for i in found.items] == [
        ("1", "Mötets öppnande", "Ann Ek"), ("2", "Simhallen", "Bo Ahl")]
    assert "renovera simhallen" in found.items[1].decisions[0].text


def test_html_web_page_agenda_table_ordered_lists_and_only_its_main_content():
    text = read_pages(NORRVIK)[0]
    assert "Till innehållet" not in text and "Storgatan 1" not in text  # skip link and site footer
    found = meeting(NORRVIK)
    assert (found.date, found.body) == ("2024-11-27", "Norrviks kommun, Kommunala pensionärsrådet")
    assert [i.number for i in found.items] == [f"§ {n}" for n in range(41, 49)]  # not the agenda's 1.–8.
    items = {i.number: i for i in found.items}
    assert items["§ 43"].presenter == "Anna-Karin Modig, äldreförvaltningen"
    assert "2. Telefonbokning ska finnas kvar" in items["§ 44"].text
    assert items["§ 44"].decisions[0].text.startswith("Pensionärsrådet beslutar att skicka synpunkterna")


def test_html_page_header_before_its_main_content_names_the_body(tmp_path):
    path = tmp_path / "au.html"
    path.write_text("<html><body><nav>Intranätet › Styrelsen</nav><header><h1>Arbetsutskottet (AU) – "
                    "minnesanteckningar</h1><p>Fackförbundet avdelning Åsmark<br>Datum: torsdag 16 januari 2025</p>"
                    "</header><main><h2>1. Öppnande</h2><p>Eva öppnade.</p><h2>2. Budget</h2><p>Beslut: Budgeten "
                    "fastställdes.</p></main><footer>Publicerad 2025-01-20</footer></body></html>", encoding="utf-8")
    found = meeting(path)
    assert (found.date, found.body) == ("2025-01-16", "Fackförbundet avdelning Åsmark, Arbetsutskottet (AU)")
    assert [i.number for i in found.items] == ["1", "2"]
    assert "Intranätet" not in read_pages(path)[0] and "Publicerad" not in read_pages(path)[0]
    site = tmp_path / "lg.html"  # the site's own header, with its logo, menu and search box, names nothing
    site.write_text("<html><body><header class='site-header'><a class='logo'>Insidan – intranät för Åsby sjukhus</a>"
                    "<nav><a>Nyheter</a></nav><form><input></form></header><main><h1>Minnesanteckningar ledningsgrupp "
                    "Medicinkliniken 2025-05-13</h1><h3>1. Inledning</h3><p>Mikael öppnar.</p><h3>2. Budget</h3>"
                    "<p>Text.</p></main></body></html>", encoding="utf-8")
    assert "Insidan" not in meeting(site).body


def test_word_web_page_in_windows_1252_with_typed_list_numbers():
    found = meeting(LOVUDDEN)
    assert (found.date, found.body) == ("2024-08-14", "Samfällighetsföreningen Lövudden, styrelsen")
    assert [(i.number, i.title) for i in found.items][:3] == [
        ("1", "Mötets öppnande"), ("2", "Godkännande av dagordningen"), ("3", "Vägunderhåll")]
    decision = found.items[2].decisions[0].text
    assert "a) att Ahmed beställer dikesrensning för högst 12 000 kr," in decision
    assert "Dikesrensning | Ahmed Karimi | 30 september" in found.items[5].text


def test_html_unclosed_tags_lettered_lists_and_a_layout_table(tmp_path):
    page = ("<table><tr><td><h1>Protokoll</h1><p>Syföreningen Tråden<p>Datum: 2024-09-03"
            "<ol><li>Mötets öppnande<p>Ordföranden öppnade mötet.<li>Höstmarknaden"
            "<p>Beslut:<ol type=a><li>att marknaden hålls 12 oktober,<li>att Eva bokar lokalen.</ol>"
            "</ol></td></tr></table>")
    path = tmp_path / "traden.htm"
    path.write_text(page, encoding="utf-8")
    lines = read_pages(path)[0].splitlines()
    assert lines[:4] == ["# Protokoll", "Syföreningen Tråden", "Datum: 2024-09-03", "1. Mötets öppnande"]
    assert "b. att Eva bokar lokalen." in lines  # as a browser shows <ol type=a>
    found = meeting(path)
    assert [(i.number, i.title) for i in found.items] == [("1", "Mötets öppnande"), ("2", "Höstmarknaden")]
    assert "a. att marknaden hålls 12 oktober," in found.items[1].decisions[0].text


def test_html_charset_declared_undeclared_or_wrong(tmp_path):
    text = "<p>Föreningen Ängen</p><p>Datum: 2024-01-15</p><h2>1. Årsmöte</h2><p>Beslutades att hålla årsmöte.</p>"
    for name, encoding, head in [("utf8.html", "utf-8", ""), ("ansi.html", "cp1252", ""),
                                 ("deklarerad.htm", "cp1252", "<meta charset=windows-1252>"),
                                 ("fel.html", "cp1252", '<meta charset="utf-8">'),
                                 ("okand.html", "utf-8", '<meta charset="x-hittepa">')]:
        (tmp_path / name).write_bytes((head + text).encode(encoding))
        found = meeting(tmp_path / name)
        assert found.items[0].title == "Årsmöte" and found.body.startswith("Föreningen Ängen")


def damaged_files(tmp_path: Path) -> dict[str, str]:
    """name → the words its reason must contain."""
    (tmp_path / "slump.odt").write_bytes(bytes(range(256)) * 8)
    with zipfile.ZipFile(tmp_path / "utan-innehall.odt", "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    with zipfile.ZipFile(EKLIDEN) as whole, zipfile.ZipFile(tmp_path / "trasig-xml.odt", "w") as package:
        for name in whole.namelist():  # the same package, its content.xml cut off midway
            package.writestr(name, whole.read(name)[:900] if name == "content.xml" else whole.read(name))
    with zipfile.ZipFile(tmp_path / "kalkyl.odt", "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", "<x/>")
    with zipfile.ZipFile(tmp_path / "last.odt", "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("META-INF/manifest.xml", '<manifest:encryption-data manifest:checksum="x"/>')
        package.writestr("content.xml", bytes(range(256)))
    (tmp_path / "inte.rtf").write_text("Protokoll\nDatum: 2024-01-01\n", encoding="utf-8")
    (tmp_path / "avbruten.rtf").write_bytes(TRANAN.read_bytes()[:6000])
    (tmp_path / "binar.html").write_bytes(bytes(range(32)) * 40)
    return {"slump.odt": "ODT-filen slump.odt är skadad", "utan-innehall.odt": "ODT-filen utan-innehall.odt är skadad",
            "trasig-xml.odt": "ODT-filen trasig-xml.odt är skadad", "kalkyl.odt": "kalkyl.odt är inget textdokument",
            "last.odt": "lösenordsskyddad", "inte.rtf": "inte.rtf är ingen RTF-fil",
            "avbruten.rtf": "tar slut mitt i innehållet", "binar.html": "HTML-filen binar.html verkar inte vara text"}


def test_damaged_files_are_named_with_a_swedish_reason_and_what_to_do(tmp_path):
    for name, reason in damaged_files(tmp_path).items():
        result = parse_file(tmp_path / name)
        assert result.documents == [] and reason in result.error, (name, result.error)
        assert any(advice in result.error for advice in ("spara", "kopiera")), result.error
        with pytest.raises(ReadError):
            read_pages(tmp_path / name)


def test_new_suffixes_are_supported_found_in_folders_and_named_when_refused(tmp_path):
    assert {".odt", ".rtf", ".html", ".htm"} <= set(SUPPORTED_SUFFIXES)
    files, _ = find_files([DATA])
    assert {EKLIDEN, BJORKHAGEN, TRANAN, NORRVIK, LOVUDDEN} <= set(files)
    (tmp_path / "protokoll.pages").write_bytes(b"x")
    with pytest.raises(ReadError, match=r"\.pages stöds inte .*\.odt, \.rtf, \.html, \.htm"):
        read_pages(tmp_path / "protokoll.pages")


def test_odt_style_without_heading_number_and_title_paragraph(tmp_path):
    """A 'Title' paragraph is a heading (as in DOCX); headings of a level the outline style leaves unnumbered
    keep their typed numbers and get no generated ones."""
    doc, styles = odt_document()
    doc.automaticstyles.addElement(Style(name="P9", family="paragraph", parentstylename="Title"))
    doc.text.addElement(P(stylename="P9", text="Protokoll"))
    doc.text.addElement(H(outlinelevel=1, stylename=styles["Heading_20_1"], text="3. Ekonomi"))
    doc.text.addElement(odt_list("List_20_1", ["Saldo 12 000 kr"]))
    path = tmp_path / "liten.odt"
    doc.save(str(path))
    assert read_pages(path)[0].splitlines() == ["# Protokoll", "# 3. Ekonomi", "- Saldo 12 000 kr"]
