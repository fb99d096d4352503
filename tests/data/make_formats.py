"""Writes five minutes in the formats `ingest/markup.py` reads (two ODT, one RTF, two HTML) and their gold;
the outputs are committed (issue #14, "More formats").

    python tests/data/make_formats.py      (needs odfpy: pip install -e ".[test]")

Each file has the shape a real office suite or web export gives it:

  * bygdegardsforeningen-ekliden-2025-01-21.odt – LibreOffice-style: "Heading 1/2/3" styles whose
    numbers come from the outline numbering (not in the text: "4.1" is generated), an automatically
    numbered list of "att"-clauses, a bullet list, a table and a soft page break.
  * hyresgastforeningen-bjorkhagen-2024-10-08.odt – no heading styles: the agenda items are one
    automatically numbered list, broken by the items' text and continued (text:continue-list), with a
    second "a)"-list inside an item.
  * scoutkaren-tranan-karstyrelsen-2025-03-05.rtf – Word-style RTF: stylesheet with "heading 1/2",
    \\outlinelevel, list numbers in {\\listtext}, an attendance table, a running header and a page break;
    Swedish letters as \\'e5-escapes.
  * pensionarsradet-norrvik-2024-11-27.html – a web page from a municipality's site: navigation, the
    agenda as an <ol>, the items as rows of a table (§ | Ärende | Föredragande) with an <ol> in one cell.
  * samfallighetsforeningen-lovudden-2024-08-14.htm – Word's "Spara som webbsida", windows-1252, headings
    whose numbers Word writes as text inside <![if !supportLists]>, a page break and an action table.

All organisations, people and places are invented. Gold (gold/<file>.json) follows the conventions of
make_converted_docx.py: "number" as the reader sees it without a trailing dot, "title" as written, a
section that only holds sub-items is not an item, "decision" when THIS meeting decided something in the item.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
MINUTES = HERE / "minutes"
GOLD = HERE / "gold"


def write_gold(name: str, date: str, body: str, items: list[tuple[str, str, bool]]) -> None:
    meetings = [{"date": date, "body": body,
                 "items": [{"number": n, "title": t, "decision": d} for n, t, d in items]}]
    (GOLD / f"{name}.json").write_text(json.dumps({"meetings": meetings}, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")


# --- ODT -------------------------------------------------------------------------------------------

def odt_document():
    """An empty text document with LibreOffice's paragraph, heading, list and outline styles."""
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties, ParagraphProperties, Style, TextProperties
    from odf.text import ListLevelStyleBullet, ListLevelStyleNumber, ListStyle, OutlineLevelStyle, OutlineStyle

    doc = OpenDocumentText()
    styles = {}
    for name, display, parent, extra in [
        ("Standard", None, None, {}), ("Text_20_body", "Text body", "Standard", {}),
        ("Heading", None, "Standard", {}), ("Title", None, "Heading", {}),
        ("Heading_20_1", "Heading 1", "Heading", {"defaultoutlinelevel": "1"}),
        ("Heading_20_2", "Heading 2", "Heading", {"defaultoutlinelevel": "2"}),
        ("Heading_20_3", "Heading 3", "Heading", {"defaultoutlinelevel": "3"}),
        ("List_20_Paragraph", "List Paragraph", "Standard", {}),
    ]:
        style = Style(name=name, family="paragraph", **({"displayname": display} if display else {}),
                      **({"parentstylename": parent} if parent else {}), **extra)
        if name.startswith(("Heading", "Title")):
            style.addElement(TextProperties(fontweight="bold", fontsize="14pt" if name != "Title" else "20pt"))
        doc.styles.addElement(style)
        styles[name] = style
    numbering = ListStyle(name="Numbering_20_123", displayname="Numbering 123")
    for level in (1, 2):
        entry = ListLevelStyleNumber(level=level, numformat="1", numsuffix=".", displaylevels=level)
        entry.addElement(ListLevelProperties(spacebefore=f"{0.64 * level:.2f}cm", minlabelwidth="0.64cm"))
        numbering.addElement(entry)
    letters = ListStyle(name="Numbering_20_abc", displayname="Numbering abc")
    letters.addElement(ListLevelStyleNumber(level=1, numformat="a", numsuffix=")"))
    bullets = ListStyle(name="List_20_1", displayname="List 1")
    bullets.addElement(ListLevelStyleBullet(level=1, bulletchar="•"))
    for list_style in (numbering, letters, bullets):
        doc.styles.addElement(list_style)
    outline = OutlineStyle(name="Outline")
    outline.addElement(OutlineLevelStyle(level=1, numformat=""))
    outline.addElement(OutlineLevelStyle(level=2, numformat="1", numsuffix=".", displaylevels=1))
    outline.addElement(OutlineLevelStyle(level=3, numformat="1", displaylevels=2))
    doc.styles.addElement(outline)
    automatic = Style(name="P1", family="paragraph", parentstylename="Heading_20_2")
    automatic.addElement(ParagraphProperties(breakbefore="page"))
    doc.automaticstyles.addElement(automatic)
    styles["P1"] = automatic
    return doc, styles


def odt_list(style: str, entries: list[str], *, ident: str | None = None, continues: str | None = None,
             paragraph_style=None):
    from odf.namespaces import XMLNS
    from odf.text import List, ListItem, P

    kwargs = {"stylename": style}
    if continues:
        kwargs["continuelist"] = continues
    element = List(**kwargs)
    if ident:
        element.setAttrNS(XMLNS, "id", ident)
    for entry in entries:
        item = ListItem()
        item.addElement(P(stylename=paragraph_style, text=entry) if paragraph_style else P(text=entry))
        element.addElement(item)
    return element


def odt_table(name: str, rows: list[list[str]]):
    from odf.table import Table, TableColumn, TableRow, TableCell
    from odf.text import P

    table = Table(name=name)
    table.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
    for row in rows:
        element = TableRow()
        for value in row:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            element.addElement(cell)
        table.addElement(element)
    return table


def write_ekliden(path: Path) -> None:
    from odf.text import H, P, SoftPageBreak

    doc, s = odt_document()
    add = doc.text.addElement
    add(H(outlinelevel=1, stylename=s["Heading_20_1"], text="Protokoll från styrelsemöte"))
    for line in ["Bygdegårdsföreningen Ekliden", "Datum: 2025-01-21", "Tid: 18.30–20.45",
                 "Plats: Bygdegården, lilla salen",
                 "Närvarande: Margareta Lindholm (ordförande), Henrik Sjödin (kassör), Aisha Rahimi, "
                 "Per-Olof Nyberg, Stina Wallgren (sekreterare)",
                 "Frånvarande: Tomas Ek"]:
        add(P(stylename=s["Standard"], text=line))

    def heading(title: str, level: int = 2, style: str | None = None) -> None:
        add(H(outlinelevel=level, stylename=s[style or f"Heading_20_{level}"], text=title))

    def text(*paragraphs: str) -> None:
        for paragraph in paragraphs:
            add(P(stylename=s["Text_20_body"], text=paragraph))

    heading("Mötets öppnande")
    text("Ordföranden hälsade alla välkomna och öppnade mötet.")
    heading("Val av justerare")
    text("Aisha Rahimi valdes att jämte ordföranden justera protokollet.")
    heading("Godkännande av dagordningen")
    text("Dagordningen godkändes med tillägg av en fråga om snöröjningen under Övriga frågor.")
    heading("Ekonomi")
    heading("Kassörens rapport", 3)
    text("Henrik redovisade bokslutet för 2024. Saldot på föreningens konton var 184 300 kr den 31 december.")
    add(odt_table("Tabell1", [["Post", "Utfall 2024", "Budget 2024"], ["Hyresintäkter", "96 500 kr", "84 000 kr"],
                              ["El och uppvärmning", "61 200 kr", "58 000 kr"],
                              ["Försäkringar", "14 900 kr", "15 000 kr"]]))
    text("Styrelsen tackade Henrik för rapporten.")
    heading("Budget 2025", 3)
    text("Henrik presenterade ett förslag till budget för 2025 med intäkter på 118 000 kr och kostnader på "
         "109 500 kr.",
         "Beslut: Styrelsen beslutade att lägga fram budgetförslaget för årsmötet.")
    heading("Nytt golv i stora salen")
    text("Tre offerter har kommit in. Golvfirman i Ekliden AB har lämnat det lägsta priset, 212 000 kr "
         "inklusive moms.", "Beslut:")
    add(odt_list("Numbering_20_123", ["att anta offerten från Golvfirman i Ekliden AB,",
                                      "att söka bidrag från Boverket för upprustning av samlingslokaler,",
                                      "att arbetet ska vara klart före midsommar."],
                 paragraph_style=s["List_20_Paragraph"]))
    add(SoftPageBreak())
    heading("Uthyrningsregler")
    text("Aisha har sett över reglerna för uthyrning av stora salen. Förslaget innehåller tre ändringar:")
    add(odt_list("List_20_1", ["Städavgiften höjs till 800 kr.", "Nyckeln hämtas och lämnas hos Per-Olof.",
                               "Bokning sker via föreningens webbformulär."], paragraph_style=s["List_20_Paragraph"]))
    text("Styrelsen fastställde de nya uthyrningsreglerna att gälla från 1 mars 2025.")
    heading("Årsmöte 2025", style="P1")  # starts a new page (an automatic style with fo:break-before)
    text("Årsmötet hålls söndag 16 mars kl 14.00 i stora salen. Beslutades att kallelsen skickas ut senast "
         "23 februari. Per-Olof ordnar kaffe och smörgåstårta.")
    heading("Övriga frågor")
    text("Snöröjningen av parkeringen har fungerat dåligt. Margareta kontaktar entreprenören och påminner om "
         "avtalet.")
    heading("Mötets avslutande")
    text("Ordföranden tackade för ett givande möte och avslutade mötet.", "",
         "Vid protokollet: Stina Wallgren", "Justeras: Margareta Lindholm, Aisha Rahimi")
    doc.save(str(path))
    write_gold(path.name, "2025-01-21", "Bygdegårdsföreningen Ekliden, styrelsen", [
        ("1", "Mötets öppnande", False), ("2", "Val av justerare", True),
        ("3", "Godkännande av dagordningen", True), ("4.1", "Kassörens rapport", False),
        ("4.2", "Budget 2025", True), ("5", "Nytt golv i stora salen", True), ("6", "Uthyrningsregler", True),
        ("7", "Årsmöte 2025", True), ("8", "Övriga frågor", False), ("9", "Mötets avslutande", False)])


def write_bjorkhagen(path: Path) -> None:
    from odf.text import P

    doc, s = odt_document()
    add = doc.text.addElement
    add(P(stylename=s["Title"], text="Minnesanteckningar"))
    for line in ["Hyresgästföreningen Björkhagen – lokala styrelsen",
                 "Tisdag 8 oktober 2024 kl. 18.00 i föreningslokalen, Lingonstigen 4", "Närvarande:"]:
        add(P(stylename=s["Standard"], text=line))
    add(odt_list("List_20_1", ["Gunnel Åström (ordförande)", "Kenneth Palm", "Fatima Yusuf",
                               "Jari Koskinen (sekreterare)"]))
    items = [
        ("Mötets öppnande", ["Gunnel öppnade mötet och hälsade Fatima välkommen som ny ledamot."]),
        ("Föregående anteckningar", ["Anteckningarna från 10 september gicks igenom och lades till handlingarna."]),
        ("Rapport från fastighetsvandringen", [
            "Kenneth och Jari deltog i höstens fastighetsvandring med hyresvärden Björkhagens Bostäder AB den "
            "24 september. Hyresvärden lovade att byta de trasiga lamporna i garaget före november.",
            "Tvättstugan i hus C har fortfarande problem med fukt."]),
        ("Skrivelser till hyresvärden", ["Två skrivelser har förberetts:", None,
                                         "Styrelsen beslutade att skicka båda skrivelserna till hyresvärden senast "
                                         "15 oktober."]),
        ("Höstfesten", ["Fatima och Gunnel har undersökt lokal och mat. Festen blir lördag 16 november i "
                        "föreningslokalen.",
                        "Bestämdes att föreningen bjuder på mat och att dryck säljs till självkostnadspris."]),
        ("Ekonomi", ["Kassan uppgår till 23 450 kr. Bidraget från regionen för 2024 har betalats ut."]),
        ("Övriga frågor", ["Jari påminde om att anslagstavlan i hus A behöver uppdateras."]),
        ("Nästa möte", ["Tisdag 12 november kl. 18.00."]),
    ]
    for index, (title, paragraphs) in enumerate(items):
        # LibreOffice writes one list per run of numbered paragraphs; later runs continue the first one.
        add(odt_list("Numbering_20_123", [title], ident="list1" if index == 0 else None,
                     continues=None if index == 0 else "list1"))
        for paragraph in paragraphs:
            if paragraph is None:
                add(odt_list("Numbering_20_abc", ["om fukten i tvättstugan i hus C,",
                                                  "om att åter ställa ut containrar för grovsopor på våren."]))
            else:
                add(P(stylename=s["Text_20_body"], text=paragraph))
    add(P(stylename=s["Standard"], text="Antecknat av Jari Koskinen"))
    doc.save(str(path))
    write_gold(path.name, "2024-10-08", "Hyresgästföreningen Björkhagen, lokala styrelsen", [
        ("1", "Mötets öppnande", False), ("2", "Föregående anteckningar", True),
        ("3", "Rapport från fastighetsvandringen", False), ("4", "Skrivelser till hyresvärden", True),
        ("5", "Höstfesten", True), ("6", "Ekonomi", False), ("7", "Övriga frågor", False),
        ("8", "Nästa möte", False)])


# --- RTF -------------------------------------------------------------------------------------------

def rtf_escape(text: str) -> str:
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 128:
            out.append(char)
        else:
            try:
                out.append("\\'%02x" % char.encode("cp1252")[0])
            except UnicodeEncodeError:
                out.append(f"\\u{ord(char)}?")
    return "".join(out)


RTF_HEAD = r"""{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff0\deff0\stshfdbch0\stshfloch31506\deflang1053\deflangfe1053
{\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}{\f1\fbidi \fswiss\fcharset0\fprq2 Calibri;}}
{\colortbl;\red0\green0\blue0;\red47\green84\blue150;}
{\stylesheet{\ql \li0\ri0\sa160\sl259\slmult1\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \f1\fs22\lang1053\langfe1033 \snext0 \sqformat Normal;}
{\s1\ql \li0\ri0\sb240\keepn\widctlpar\wrapdefault\outlinelevel0\rin0\lin0\itap0 \f1\fs32\cf2 \sbasedon0 \snext0 \slink15 \sqformat heading 1;}
{\s2\ql \fi-432\li432\ri0\sb40\keepn\widctlpar\wrapdefault\ls1\outlinelevel1\rin0\lin432\itap0 \f1\fs26\cf2 \sbasedon0 \snext0 \slink16 \sqformat heading 2;}
{\*\cs10 \additive \ssemihidden Default Paragraph Font;}}
{\*\listtable{\list\listtemplateid-1\listhybrid{\listlevel\levelnfc0\levelnfcn0\leveljc0\leveljcn0\levelfollow0\levelstartat1\levelspace0\levelindent0{\leveltext\leveltemplateid67698703\'02\'00.;}{\levelnumbers\'01;}\fi-432\li432\lin432 }{\listname ;}\listid1}}
{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}
{\info{\title Protokoll k\'e5rstyrelsem\'f6te}{\author Noor Haddad}{\creatim\yr2025\mo3\dy5\hr21\min14}}
\paperw11906\paperh16838\margl1417\margr1417\margt1417\margb1417\gutter0\ltrsect
\widowctrl\ftnbj\aenddoc\hyphhotz425\formshade\horzdoc\dgmargin\dghspace180\dgvspace180\dghorigin1417\dgvorigin1417
\sectd \ltrsect\linex0\headery708\footery708\colsx708\endnhere\sectlinegrid360\sectdefaultcl
{\header \ltrpar \pard\plain \ltrpar\ql \li0\ri0\widctlpar\tqc\tx4536\tqr\tx9072\wrapdefault\rin0\lin0\itap0 \f1\fs18\lang1053 Scoutk\'e5ren Tranan \endash  k\'e5rstyrelsen\par }
"""


def rtf_paragraph(text: str) -> str:
    return (r"\pard\plain \ltrpar\ql \li0\ri0\sa160\sl259\slmult1\widctlpar\wrapdefault\rin0\lin0\itap0 "
            r"\f1\fs22\lang1053\langfe1033 {\rtlch\fcs1 \af0 \ltrch\fcs0 " + rtf_escape(text) + "}\\par\n")


def rtf_heading(level: int, text: str, number: int | None = None) -> str:
    numbered = (r"\ls1\ilvl0" if number else "")
    label = (r"{\listtext\pard\plain\ltrpar \rtlch\fcs1 \af0 \ltrch\fcs0 \f1\fs26\cf2 " + f"{number}.\\tab}}"
             if number else "")
    return (rf"\pard\plain \ltrpar\s{level}\ql \li0\ri0\sb240\keepn\widctlpar\wrapdefault{numbered}"
            rf"\outlinelevel{level - 1}\rin0\lin0\itap0 \f1\fs{32 if level == 1 else 26}\cf2 " + label
            + "{\\rtlch\\fcs1 \\af0 \\ltrch\\fcs0 " + rtf_escape(text) + "}\\par\n")


def rtf_table(rows: list[list[str]]) -> str:
    widths = "".join(rf"\clbrdrt\brdrs\brdrw10 \clbrdrb\brdrs\brdrw10 \cellx{3000 * (i + 1)}"
                     for i in range(len(rows[0])))
    out = []
    for row in rows:
        definition = rf"\trowd \irow0\ts11\trgaph108\trleft-108{widths}"
        cells = "".join(r"\pard\plain \ltrpar\ql \li0\ri0\widctlpar\intbl\wrapdefault\rin0\lin0 \f1\fs22 {"
                        + rtf_escape(value) + r"\cell }" for value in row)
        out.append(definition + "\n" + cells + r"\pard\plain \ltrpar\ql \widctlpar\intbl\wrapdefault {"
                   + definition + r"\row }" + "\n")
    return "".join(out)


def write_tranan(path: Path) -> None:
    parts = [RTF_HEAD, rtf_heading(1, "Protokoll kårstyrelsemöte")]
    for line in ["Scoutkåren Tranan", "Datum: 5 mars 2025", "Tid: 19.00–21.00", "Plats: Scoutstugan vid Tranviken"]:
        parts.append(rtf_paragraph(line))
    parts.append(rtf_table([["Namn", "Uppdrag", "Närvarande"], ["Johanna Berglund", "ordförande", "ja"],
                            ["Mikael Strand", "kassör", "ja"], ["Noor Haddad", "sekreterare", "ja"],
                            ["Elias Forsberg", "ledamot", "ja"], ["Karin Åkesson", "ledamot", "nej"]]))
    items = [
        ("Mötets öppnande", ["Johanna öppnade mötet."]),
        ("Val av justerare", ["Elias Forsberg valdes till justerare."]),
        ("Föregående protokoll", ["Protokollet från 5 februari godkändes."]),
        ("Medlemsläget", ["Kåren har 112 medlemmar, varav 19 ledare. Spårarpatrullen har kö med 14 barn.",
                          "Noor undersöker om fler föräldrar kan bli ledare."]),
        ("Hajk i Trollskogen", ["Upptäckarna åker på hajk 25–27 april. Kostnaden beräknas till 9 800 kr.",
                                "Beslut: Kårstyrelsen beslutar att bevilja 4 000 kr ur aktivitetsfonden till hajken."]),
        ("Ny kanot", ["Mikael har fått ett erbjudande om en begagnad kanadensare för 6 500 kr.",
                      "Frågan bordlades till nästa möte i väntan på en besiktning."]),
        ("Kårstämma", ["Kårstämman hålls 23 mars. Styrelsen fastställde förslaget till verksamhetsplan för 2025 "
                       "som läggs fram på stämman."]),
        ("Övriga frågor", ["Inga övriga frågor."]),
        ("Mötets avslutande", ["Johanna tackade alla och avslutade mötet."]),
    ]
    for number, (title, paragraphs) in enumerate(items, 1):
        if title == "Ny kanot":
            parts.append(r"\pard\plain \ltrpar\ql \widctlpar {\rtlch\fcs1 \af0 \ltrch\fcs0 \page }\par" + "\n")
        parts.append(rtf_heading(2, title, number))
        parts += [rtf_paragraph(paragraph) for paragraph in paragraphs]
    parts += [rtf_paragraph("Vid protokollet: Noor Haddad"),
              rtf_paragraph("Justeras: Johanna Berglund, Elias Forsberg"), "}\n"]
    path.write_bytes("".join(parts).encode("ascii"))
    write_gold(path.name, "2025-03-05", "Scoutkåren Tranan, kårstyrelsen", [
        ("1", "Mötets öppnande", False), ("2", "Val av justerare", True), ("3", "Föregående protokoll", True),
        ("4", "Medlemsläget", False), ("5", "Hajk i Trollskogen", True), ("6", "Ny kanot", True),
        ("7", "Kårstämma", True), ("8", "Övriga frågor", False), ("9", "Mötets avslutande", False)])


# --- HTML ------------------------------------------------------------------------------------------

NORRVIK_ITEMS = [
    ("§ 41", "Mötets öppnande", "<p>Ordföranden Birgitta Holmqvist hälsade välkommen och öppnade sammanträdet.</p>",
     "Birgitta Holmqvist"),
    ("§ 42", "Val av justerare", "<p>Leif Andersson (SPF Seniorerna) utsågs att justera protokollet.</p>", ""),
    ("§ 43", "Information om trygghetsboendet på Älvgatan",
     "<p>Äldreförvaltningen informerade om att bygget av trygghetsboendet är försenat. Inflyttning beräknas "
     "till hösten 2025 i stället för våren.</p>", "Anna-Karin Modig, äldreförvaltningen"),
    ("§ 44", "Färdtjänst – nya regler 2025",
     "<p>Rådet fick information om förslaget att färdtjänstresor ska bokas senast två timmar i förväg. "
     "Rådet lämnade följande synpunkter:</p>\n<ol>\n<li>Bokningstiden bör vara högst en timme.</li>\n"
     "<li>Telefonbokning ska finnas kvar för den som inte använder appen.</li>\n</ol>\n"
     "<p><em>Beslut:</em> Pensionärsrådet beslutar att skicka synpunkterna till tekniska nämnden.</p>",
     "Omar Sheikh, trafikenheten"),
    ("§ 45", "Budget för äldreomsorgen 2025",
     "<p>Ekonomichefen presenterade budgetramen. Ramen ökar med 3,1 procent jämfört med 2024.</p>",
     "Jonas Ridell, ekonomichef"),
    ("§ 46", "Seniordagen 2025",
     "<p>Seniordagen hålls i Folkets hus den 14 maj 2025. Rådet godkände förslaget till program.</p>",
     "Gun Lindberg"),
    ("§ 47", "Övriga frågor",
     "<p>Gun Lindberg (PRO) tog upp att bänkarna längs strandpromenaden behöver bli fler.</p>", ""),
    ("§ 48", "Nästa sammanträde", "<p>Nästa sammanträde hålls den 26 februari 2025.</p>", ""),
]


def write_norrvik(path: Path) -> None:
    rows = "\n".join(
        f'<tr>\n  <td class="paragraf">{number}</td>\n  <td><p><strong>{title}</strong></p>\n{text}</td>\n'
        f"  <td>{presenter}</td>\n</tr>" for number, title, text, presenter in NORRVIK_ITEMS)
    agenda = "\n".join(f"  <li>{title}</li>" for _, title, _, _ in NORRVIK_ITEMS)
    page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kommunala pensionärsrådet 2024-11-27 – Norrviks kommun</title>
<link rel="stylesheet" href="/static/css/site.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="page-protokoll">
<a class="skip" href="#innehall">Till innehållet</a>
<nav class="brodsmulor" aria-label="Du är här"><ol><li><a href="/">Start</a></li><li><a href="/kommun-och-politik">Kommun och politik</a></li><li>Protokoll</li></ol></nav>
<main id="innehall">
<article>
<p class="organisation">Norrviks kommun</p>
<h1>Kommunala pensionärsrådet – protokoll</h1>
<p><strong>Datum:</strong> 2024-11-27<br>
<strong>Tid:</strong> 13.30–15.45<br>
<strong>Plats:</strong> Kommunhuset, sal Älven</p>
<h2>Närvarande</h2>
<ul>
  <li>Birgitta Holmqvist, ordförande (PRO Norrvik)</li>
  <li>Leif Andersson (SPF Seniorerna)</li>
  <li>Gun Lindberg (PRO Norrvik)</li>
  <li>Sven-Erik Dahl (kommunstyrelsen)</li>
  <li>Maja Öhrn, sekreterare</li>
</ul>
<h2>Dagordning</h2>
<ol>
{agenda}
</ol>
<h2>Ärenden</h2>
<table class="arenden">
<thead>
<tr><th scope="col">§</th><th scope="col">Ärende</th><th scope="col">Föredragande</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
<p>Vid protokollet: Maja Öhrn</p>
<p>Justeras: Birgitta Holmqvist, Leif Andersson</p>
</article>
</main>
<footer class="sidfot"><p>Norrviks kommun · Storgatan 1 · 0123-456 00</p><p>Senast uppdaterad 2024-12-02</p></footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")
    write_gold(path.name, "2024-11-27", "Norrviks kommun, Kommunala pensionärsrådet", [
        (number, title, decided) for (number, title, _, _), decided in
        zip(NORRVIK_ITEMS, [False, True, False, True, False, True, False, False])])


WORD_SPACER = "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"


def word_heading(number: int, title: str) -> str:
    return (f"<h2 style='margin-left:21.6pt;text-indent:-21.6pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
            f"<span lang=SV>{number}{WORD_SPACER}</span><![endif]><span lang=SV>{title}</span></h2>\n")


def word_paragraph(text: str, cls: str = "MsoNormal") -> str:
    return f"<p class={cls}><span lang=SV>{text}</span></p>\n"


def word_clause(label: str, text: str, cls: str) -> str:
    return (f"<p class={cls} style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l1 level1 lfo2'>"
            f"<![if !supportLists]><span lang=SV>{label}{WORD_SPACER}</span><![endif]><span lang=SV>{text}"
            "</span></p>\n")


def write_lovudden(path: Path) -> None:
    parts = ["""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>Protokoll styrelsemöte 2024-08-14</title>
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; margin-bottom:8.0pt; font-size:11.0pt; font-family:"Calibri",sans-serif;}
h1 {mso-style-link:"Rubrik 1 Char"; margin-top:12.0pt; font-size:16.0pt;}
h2 {mso-style-link:"Rubrik 2 Char"; mso-list:l0 level1 lfo1; margin-top:2.0pt; font-size:13.0pt;}
@list l0:level1 {mso-level-style-link:"Rubrik 2"; mso-level-text:"%1";}
-->
</style>
</head>
<body lang=SV style='tab-interval:65.2pt;word-wrap:break-word'>
<div class=WordSection1>
<h1><span lang=SV>Protokoll fört vid styrelsemöte</span></h1>
"""]
    for line in ["Samfällighetsföreningen Lövudden", "Datum: 14 augusti 2024", "Tid: 19.00–20.30",
                 "Plats: Hos Gösta Falk, Udden 7",
                 "Närvarande: Gösta Falk (ordförande), Lena Mattsson (kassör), Ahmed Karimi, Birgit Ström "
                 "(sekreterare)", "&nbsp;"]:
        parts.append(word_paragraph(line))
    parts += [word_heading(1, "Mötets öppnande"), word_paragraph("Ordföranden öppnade mötet."),
              word_heading(2, "Godkännande av dagordningen"), word_paragraph("Dagordningen godkändes."),
              word_heading(3, "Vägunderhåll"),
              word_paragraph("Grusningen av Uddvägen utfördes i juni av Lövuddens Maskin AB för 38 400 kr. "
                             "Diket vid infarten behöver rensas före hösten."),
              word_paragraph("Beslut:"),
              word_clause("a)", "att Ahmed beställer dikesrensning för högst 12 000 kr,", "MsoListParagraphCxSpFirst"),
              word_clause("b)", "att kostnaden tas från underhållsfonden.", "MsoListParagraphCxSpLast"),
              "<span lang=SV style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'><br clear=all "
              "style='mso-special-character:line-break;page-break-before:always'>\n</span>\n",
              word_heading(4, "Bryggan"),
              word_paragraph("Bryggans yttersta sektion har lossnat efter vårstormen. Lena har tagit in två "
                             "offerter."),
              word_paragraph("Förslaget att reparera bryggan med virke från Sågverket i Ålsta bifölls."),
              word_heading(5, "Medlemsavgift 2025"),
              word_paragraph("Styrelsen föreslår oförändrad avgift, 1 200 kr per fastighet. Frågan avgörs på "
                             "föreningsstämman."),
              word_heading(6, "Övriga frågor"),
              word_paragraph("Birgit meddelade att hon flyttar i december och inte står till förfogande för omval."),
              word_paragraph("Åtgärdslista:"),
              "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"]
    for row in [["Vad", "Ansvarig", "Klart"], ["Dikesrensning", "Ahmed Karimi", "30 september"],
                ["Reparation av bryggan", "Lena Mattsson", "15 oktober"]]:
        parts.append(" <tr>\n" + "".join(f"  <td width=200 valign=top style='width:150.0pt;padding:0cm 5.4pt'>"
                                          f"<p class=MsoNormal><span lang=SV>{cell}</span></p></td>\n"
                                          for cell in row) + " </tr>\n")
    parts += ["</table>\n", word_paragraph("&nbsp;"), word_heading(7, "Mötets avslutande"),
              word_paragraph("Gösta tackade för mötet och avslutade det."), word_paragraph("&nbsp;"),
              word_paragraph("Vid protokollet: Birgit Ström"), word_paragraph("Justeras: Gösta Falk"),
              "</div>\n</body>\n</html>\n"]
    path.write_bytes("".join(parts).encode("cp1252"))
    write_gold(path.name, "2024-08-14", "Samfällighetsföreningen Lövudden, styrelsen", [
        ("1", "Mötets öppnande", False), ("2", "Godkännande av dagordningen", True), ("3", "Vägunderhåll", True),
        ("4", "Bryggan", True), ("5", "Medlemsavgift 2025", False), ("6", "Övriga frågor", False),
        ("7", "Mötets avslutande", False)])


def main() -> None:
    write_ekliden(MINUTES / "bygdegardsforeningen-ekliden-2025-01-21.odt")
    write_bjorkhagen(MINUTES / "hyresgastforeningen-bjorkhagen-2024-10-08.odt")
    write_tranan(MINUTES / "scoutkaren-tranan-karstyrelsen-2025-03-05.rtf")
    write_norrvik(MINUTES / "pensionarsradet-norrvik-2024-11-27.html")
    write_lovudden(MINUTES / "samfallighetsforeningen-lovudden-2024-08-14.htm")


if __name__ == "__main__":
    main()
