"""How a header's lines are put together before its fields are read: a value wrapped over lines, a label on a line
of its own over its value, a list that runs on to the next line, a table row that holds the header's fields, and
what the label of a line is."""

from __future__ import annotations

import re

from swedish.labels import FIELD_LABELS, LABEL, PEOPLE_LABELS, SIGN_OFF_LABEL, is_field_line

from .people import looks_like_names


_DESCRIBED_LABEL = re.compile(r"^(?P<label>[^():]+?)\s*\([^)]*\)\s*:?\s*$")


def label_of(line: str) -> tuple[str | None, str]:
    """('Plats', 'Regionhuset') from 'Plats: Regionhuset' or, in column layout, 'Plats och tid Stadshuset …'."""
    match = LABEL.match(line)
    if match:
        return match["label"].strip(), match["value"].strip()
    described = _DESCRIBED_LABEL.match(line)  # "Deltagare (Namn – Organisation – Roll)"
    if described and described["label"].lower() in PEOPLE_LABELS:
        return described["label"], ""
    words = line.split()
    for size in (4, 3, 2, 1):
        candidate = " ".join(words[:size]).lower()
        if len(words) > size and (candidate in PEOPLE_LABELS or candidate in FIELD_LABELS):
            return " ".join(words[:size]), " ".join(words[size:]).lstrip("|").strip()  # a table row's next cell
        if len(words) == size and (candidate in PEOPLE_LABELS or candidate in FIELD_LABELS):
            return " ".join(words), ""  # "Plats och tid" alone: not "Plats" with the value "och tid"
    return None, ""


def join_wrapped_values(lines: list[str]) -> list[str]:
    """'Övriga medverkande: A, B, Maria' + 'Everthsson och Johanna' → one line; same for 'Plats: … samt' + '…'."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        label, value = label_of(previous) if previous else (None, "")
        wraps = value and (value.count(",") >= 2 or value.endswith((",", " samt", " och")))
        if line and wraps and not is_field_line(line) and label_of(line)[0] is None and not previous.endswith("."):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return out


_ROLE_LABELS = {"ordförande", "mötesordförande", "sekreterare", "mötessekreterare", "protokollförare", "antecknare",
                "utses att justera", "justerande"}
_A_NAME = re.compile(r"^[A-ZÅÄÖ][\wåäöé'-]+(?:\s+[A-ZÅÄÖ][\wåäöé'-]+){1,3}(?:,\s+[\wåäö ]+)?$")


def join_label_lines(lines: list[str]) -> list[str]:
    """'Tid' + '13.00–15.45' → 'Tid: 13.00–15.45': a field's label on a line of its own, its value on the next (a
    PDF's two-column header read row by row); 'Ordförande' + 'Karin Lindqvist' likewise."""
    out: list[str] = []
    for line in lines:
        previous = out[-1].strip().rstrip(":").lower() if out else ""
        if (previous in FIELD_LABELS or (previous in _ROLE_LABELS and _A_NAME.match(line.strip()))) \
                and line.strip() and label_of(line)[0] is None and not is_field_line(line):
            out[-1] = f"{out[-1].strip().rstrip(':')}: {line.strip()}"
        else:
            out.append(line)
    return out


def join_open_endings(lines: list[str]) -> list[str]:
    """'Roger Sandell (SD), tjänstgörande ersättare för' + 'Fredrik Oskarsson (SD)': a list line that ends in 'för'
    goes on on the next line; so does a list of names between semicolons that does not end in one or in a full
    stop ('…; Birgitta Ek; Per-Olof' + 'Wikström (via Teams); Emil Forsberg, sekreterare')."""
    out: list[str] = []
    for line in lines:
        open_list = out and (";" in out[-1] or out[-1].endswith(",")) and not out[-1].endswith(".") \
            and label_of(line)[0] is None
        if out and (out[-1].endswith((" för", " efter")) or open_list) and line and not LABEL.match(line) \
                and not is_field_line(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def join_sign_off_labels(lines: list[str]) -> list[str]:
    """'Vid protokollet' + 'Per Alm' on the next line → 'Vid protokollet: Per Alm'; a signature table's cells
    ('Ordförande; Gunnel Åkesson | Protokollförare; Karin Wallgren') one by one, the same way."""
    out: list[str] = []
    for line in (cell for line in lines for cell in _signature_cells(line)):
        previous = next((l for l in reversed(out) if l.strip()), "")
        if line.strip() and SIGN_OFF_LABEL.match(previous.strip()) and looks_like_names(line.strip()):
            while out and not out[-1].strip():
                out.pop()
            out[-1] = f"{out[-1].strip()}: {line.strip()}"
        else:
            out.append(line)
    return out


def _signature_cells(line: str) -> list[str]:
    """A signature table's row read as its cells, each 'Label; Name' as 'Label' over 'Name' (lines and dots of
    the signature left out); any other line as it is."""
    if " | " not in line:
        return [line]
    cells, signed = [], False
    for cell in line.split(" | "):
        label, _, name = _SIGNATURE_RULE.sub("", cell).strip().partition(";")
        if name and SIGN_OFF_LABEL.match(label.strip()):
            cells += [label.strip(), name.strip()]
            signed = True
        else:
            cells.append(cell)
    return cells if signed else [line]  # any other table row stays one line


_SIGNATURE_RULE = re.compile(r"^[_.\s]{3,}")


def table_rows_read(lines: list[str]) -> list[str]:
    """Minutes set as one table: its column headings ('Punkt | Ärende | Anteckning | Ansvarig') name nothing, and
    a row 'Mötesuppgifter | Ledningsgruppen, Medicinkliniken; Datum: 2024-12-10; …' holds the name, then fields."""
    result = []
    for line in lines:
        cells = [cell.strip() for cell in line.split(" | ")]
        if len(cells) < 2:
            result.append(line)
        elif len(cells) >= 3 and all(COLUMN_HEADING.match(cell) for cell in cells if cell):
            continue
        elif len(cells) == 2 and COLUMN_HEADING.match(cells[0]) and _FIELDS_IN_A_CELL.search(cells[1]) \
                and not LABEL.match(cells[0]):  # "Beslutande | Johan Ek; Lena Berg" is a label and its list
            result += [part.strip() for part in cells[1].split(";")]
        else:
            result.append(line)
    return result


_FIELDS_IN_A_CELL = re.compile(r";\s*[A-ZÅÄÖ][a-zåäö]+:")
COLUMN_HEADING = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+(?:\s[a-zåäöé]+){0,2}$")
