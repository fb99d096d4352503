"""The numbers Word shows before the paragraphs of its numbered lists ("1.", "2.1", "b)"), which the text lacks.

Minutes written as a Word list ("1. Inledning", "2. Ekonomi", "2.1 Skatteprognos") keep their agenda numbers
in the numbering definitions (`word/numbering.xml`), not in the paragraphs' text. `ListLabels` follows them as
Word does: each paragraph's list (`w:numPr` on the paragraph or its style) and level, one counter per level of
the abstract list, deeper levels restarting when a higher one counts on, a list instance's start override
honoured once, and the level's `lvlText` ("%1.%2") filled in with each level's number in its format. Bullets
are given "-", as the other readers give them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from docx.oxml.ns import qn

_BULLET = "-"


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass
class _List:
    levels: dict[int, _Level] = field(default_factory=dict)
    counters: dict[int, int] = field(default_factory=dict)


class ListLabels:
    """The label of each numbered paragraph of one document, in document order (call `label` in that order)."""

    def __init__(self, document):
        self._lists: dict[str, _List] = {}   # by abstract list id
        self._instances: dict[str, tuple[str, dict[int, int]]] = {}  # numId → (abstract id, start overrides)
        self._started: set[str] = set()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return  # a document without numbering definitions
        for abstract in root.findall(qn("w:abstractNum")):
            self._lists[abstract.get(qn("w:abstractNumId"))] = _List(
                {int(lvl.get(qn("w:ilvl"), 0)): _level(lvl) for lvl in abstract.findall(qn("w:lvl"))})
        for num in root.findall(qn("w:num")):
            abstract_id = _val(num.find(qn("w:abstractNumId")))
            overrides = {int(o.get(qn("w:ilvl"), 0)): int(_val(o.find(qn("w:startOverride"))))
                         for o in num.findall(qn("w:lvlOverride")) if o.find(qn("w:startOverride")) is not None}
            self._instances[num.get(qn("w:numId"))] = (abstract_id, overrides)

    def label(self, paragraph) -> str | None:
        """The label Word shows before this paragraph ("2.1", "b)", "-"), or None when it is no list entry."""
        num_id, ilvl = _numbering_of(paragraph)
        if num_id is None or num_id not in self._instances:
            return None
        abstract_id, overrides = self._instances[num_id]
        found = self._lists.get(abstract_id)
        if found is None or ilvl not in found.levels:
            return None
        level = found.levels[ilvl]
        if level.fmt == "bullet":
            return _BULLET
        if level.fmt == "none":
            return None
        if num_id not in self._started:  # a list instance that restarts the numbering where it begins
            self._started.add(num_id)
            for lvl, start in overrides.items():
                found.counters[lvl] = start - 1
        found.counters[ilvl] = found.counters.get(ilvl, found.levels[ilvl].start - 1) + 1
        for deeper in [lvl for lvl in found.counters if lvl > ilvl]:
            del found.counters[deeper]
        return _filled(level.text, found)


def _level(lvl) -> _Level:
    start = lvl.find(qn("w:start"))
    fmt = lvl.find(qn("w:numFmt"))
    text = lvl.find(qn("w:lvlText"))
    return _Level(int(_val(start) or 1), _val(fmt) or "decimal", _val(text) if text is not None else "")


def _val(element) -> str | None:
    return None if element is None else element.get(qn("w:val"))


def _numbering_of(paragraph) -> tuple[str | None, int]:
    """(numId, level) from the paragraph's own properties, else its style's."""
    for element in (paragraph._p, getattr(paragraph.style, "element", None)):
        ppr = getattr(element, "pPr", None)
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            num_id = str(num_pr.numId.val)
            return (None if num_id == "0" else num_id), int(ilvl)  # numId 0: numbering switched off
    return None, 0


def _filled(template: str, found: _List) -> str:
    text = template
    for lvl in range(9):
        placeholder = f"%{lvl + 1}"
        if placeholder in text:
            level = found.levels.get(lvl, _Level())
            count = found.counters.get(lvl, level.start)
            text = text.replace(placeholder, _formatted(count, level.fmt))
    return text.strip() or _BULLET


def _formatted(number: int, fmt: str) -> str:
    from .markup import list_label  # the same letters and roman numerals as the ODT and HTML lists

    style = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}.get(fmt, "1")
    return list_label(number, style)
