"""Chunks on disk, read by position from a memory map: what a saved lexical index hands out as its chunks.

A million chunks as Python objects take gigabytes and tens of seconds to unpickle; written as one JSON
line each, with their offsets, they open in milliseconds and cost memory only for the pages read
(the few chunks a search returns).
"""

from __future__ import annotations

import json
import mmap
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields
from pathlib import Path

import numpy as np

from .chunks import Chunk

_FIELDS = tuple(f.name for f in fields(Chunk))
_DATA, _OFFSETS = "chunks.jsonl", "chunk-offsets.npy"
DECODED_KEPT = 20_000  # chunks kept decoded (a few kB each)


def write_chunks(chunks: Iterable[Chunk], folder: Path) -> None:
    """One JSON array of the chunk's fields per line, and where each line starts (one more: the end)."""
    offsets = [0]
    with open(folder / _DATA, "wb") as handle:
        for chunk in chunks:
            line = json.dumps([getattr(chunk, name) for name in _FIELDS], ensure_ascii=False).encode() + b"\n"
            handle.write(line)
            offsets.append(offsets[-1] + len(line))
    np.save(folder / _OFFSETS, np.asarray(offsets, dtype=np.int64))


class ChunkTable(Sequence[Chunk]):
    """The chunks written by `write_chunks`, decoded one at a time when asked for."""

    def __init__(self, folder: Path):
        self._offsets = np.load(folder / _OFFSETS, mmap_mode="r")
        with open(folder / _DATA, "rb") as handle:
            # An empty file cannot be mapped; there is nothing to read from it either.
            self._data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if self._offsets[-1] else b""
        self._decoded: dict[int, Chunk] = {}  # searches keep returning the same candidates

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, position):
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        if (found := self._decoded.get(position)) is None:
            start, end = int(self._offsets[position]), int(self._offsets[position + 1])
            found = Chunk(*json.loads(self._data[start:end]))
            if len(self._decoded) >= DECODED_KEPT:
                self._decoded.clear()
            self._decoded[position] = found
        return found

    def __iter__(self) -> Iterator[Chunk]:
        return (self[i] for i in range(len(self)))
