"""Writes the two binary test minutes (DOCX, PDF) from the text below; their outputs are committed.

    python tests/data/make_documents.py      (needs python-docx and fpdf2: pip install -e ".[dev]")

The DOCX uses Word's own heading numbering (numbers that text extraction loses)
and an attendance table; the PDF has running headers and page marks on every page.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent / "minutes"


def write_docx(path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_heading("Protokoll", level=1)
    document.add_paragraph("Kulturrådet i Åsby kommun")
    document.add_paragraph("Datum: 2024-06-04")
    document.add_paragraph("Tid: 17.30–19.30")
    document.add_paragraph("Plats: Biblioteket, konferensrummet")
    table = document.add_table(rows=5, cols=3)
    rows = [("Namn", "Roll", "Närvarande"), ("Ylva Strand", "ordförande", "ja"), ("Omar Haddad", "ledamot", "ja"),
            ("Kerstin Björk", "ledamot", "nej"), ("Filip Ahl", "sekreterare", "ja")]
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            cell.text = value
    num_id = _heading_numbering(document)
    items = [
        ("Mötets öppnande", ["Ordföranden öppnade mötet."]),
        ("Kulturstipendium 2024", ["Sju ansökningar har kommit in till årets kulturstipendium.",
                                   "Beslut: Kulturrådet beslutar att tilldela stipendiet till keramikern Lova Ek."]),
        ("Sommarens parkteater", ["Föreställningen spelas i Stadsparken 3–7 juli.",
                                  "Omar undersöker om scenen kan lånas från fritidsförvaltningen."]),
        ("Övriga frågor", ["Inga övriga frågor."]),
    ]
    for title, paragraphs in items:
        heading = document.add_heading(title, level=2)
        ppr = heading._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        ilvl, numid = OxmlElement("w:ilvl"), OxmlElement("w:numId")
        ilvl.set(qn("w:val"), "0")
        numid.set(qn("w:val"), str(num_id))
        numpr.extend([ilvl, numid])
        ppr.append(numpr)
        for text in paragraphs:
            document.add_paragraph(text)
    document.add_paragraph("Vid protokollet: Filip Ahl")
    document.save(path)


def _heading_numbering(document) -> int:
    """A decimal numbering definition for headings, as Word makes for 'Heading 2' lists."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>')
    numbering.insert(0, abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


PDF_PAGES = [
    [
        "Östra Dalarnas Idrottsförbund",
        "Protokoll från styrelsemöte",
        "Datum: 20 november 2024",
        "Plats: Förbundskansliet, Falun",
        "Närvarande: Lars Dahl (ordförande), Mia Forsberg, Ali Reza, Sanna Grip",
        "",
        "I. Mötets öppnande",
        "Lars Dahl öppnade mötet och hälsade Sanna Grip välkommen som ny ledamot.",
        "",
        "II. Bidrag till föreningar",
        "Mia redovisade ansökningarna om utvecklingsbidrag. 11 föreningar har sökt totalt",
        "420 000 kr. Styrelsen beslutade att fördela 300 000 kr enligt kansliets förslag.",
    ],
    [
        "III. Utbildning för ledare",
        "Ali presenterade höstens ledarutbildningar. Kursen i barnidrott har 18 anmälda.",
        "Beslut: Förbundet bjuder på kursavgiften för ledare under 25 år.",
        "",
        "IV. Övriga frågor",
        "Sanna tog upp behovet av en gemensam policy mot hot och hat mot domare.",
        "Frågan bordläggs till januarimötet.",
        "",
        "Vid protokollet: Mia Forsberg",
    ],
]


def write_pdf(path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(PDF_PAGES, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 8, "ÖSTRA DALARNAS IDROTTSFÖRBUND", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        for line in lines:
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 8, f"Sida {number} av {len(PDF_PAGES)}", align="R")
    pdf.output(str(path))


if __name__ == "__main__":
    write_docx(HERE / "kulturradet-2024-06-04.docx")
    write_pdf(HERE / "idrottsforbundet-2024-11-20.pdf")
