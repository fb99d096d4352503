"""Which pages of the file an agenda item stands on, for citations like "punkt 8, s. 3".

Found by looking the item up in the pages as read: its title, then the end of its text. Only letters and
digits are compared (folded), so hyphens joined at line ends, page furniture and spacing that reading
cleaned up do not matter. Files read as one page (text, Markdown) get no page numbers.
"""

from __future__ import annotations

import re

from swedish.text import fold

from .models import AgendaItem

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
TAIL_CHARS = 30  # how much of the item's last text identifies the page it ends on


def _key(text: str) -> str:
    return _NOT_ALNUM.sub("", fold(text))


def with_pages(items: list[AgendaItem], pages: list[str]) -> list[AgendaItem]:
    """The items with `page` and `last_page` (1-based) where the pages show them; unchanged for one page."""
    if len(pages) < 2:
        return items
    keys = [_key(page) for page in pages]
    placed, cursor = [], 0
    for item in items:
        first = _page_of(_key(item.title), keys, cursor)
        if first is None:
            placed.append(item)
            continue
        tail = _key(item.text)[-TAIL_CHARS:]
        last = _page_of(tail, keys, first) if tail else first
        placed.append(item.model_copy(update={"page": first + 1, "last_page": (last if last is not None else first) + 1}))
        cursor = first
    return placed


def _page_of(key: str, keys: list[str], start: int) -> int | None:
    """The first page from `start` on whose text holds the key; a key split by a page break counts for the page
    it starts on."""
    if not key:
        return None
    for index in range(start, len(keys)):
        if key in keys[index] or (index + 1 < len(keys) and key in keys[index][-len(key):] + keys[index + 1][:len(key)]):
            return index
    return None
