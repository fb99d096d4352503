"""Micro-batching of query embeddings: concurrent requests share one model call.

FastAPI runs the (sync) search endpoints in a thread pool, so eight clients at once means eight threads
asking for a query vector at about the same time. Eight single-text model calls contend for two cores;
one call over eight texts costs little more than one. The first caller runs the model for everything
queued; callers that arrive while it runs wait and are encoded together in the next call (optionally
after waiting `window_s` for more). A lone caller never waits: with no call in flight it encodes at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np


class _Slot:
    __slots__ = ("text", "vector", "error", "done")

    def __init__(self, text: str):
        self.text = text
        self.vector: np.ndarray | None = None
        self.error: BaseException | None = None
        self.done = False


class QueryBatcher:
    """`embed(text)` from many threads; `encode(texts)` (one model call) runs for up to `max_batch` at once."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray], *, max_batch: int = 32, window_s: float = 0.0):
        self.encode = encode
        self.max_batch = max_batch
        self.window_s = window_s
        self._queue: list[_Slot] = []
        self._busy = False
        self._cond = threading.Condition()
        self.calls = 0  # model calls made, for tests and benchmarks
        self.texts = 0

    def embed(self, text: str) -> np.ndarray:
        slot = _Slot(text)
        with self._cond:
            self._queue.append(slot)
            while not slot.done:
                if self._busy:
                    self._cond.wait()
                else:
                    self._lead()
        if slot.error is not None:
            raise slot.error
        return slot.vector

    def _lead(self) -> None:
        """Called holding the lock with no call in flight: encode the queue's head, lock released meanwhile."""
        self._busy = True
        try:
            if self.window_s > 0 and len(self._queue) < self.max_batch:
                self._cond.wait(self.window_s)  # lets more callers queue up (notify only comes from a finish)
            batch = self._queue[:self.max_batch]
            del self._queue[:self.max_batch]
            self._cond.release()
            try:
                self._run(batch)
            finally:
                self._cond.acquire()
        finally:
            self._busy = False
            self._cond.notify_all()

    def _run(self, batch: list[_Slot]) -> None:
        try:
            vectors = self.encode([s.text for s in batch])
            for slot, vector in zip(batch, vectors):
                slot.vector = vector
        except BaseException as exc:  # every waiting caller gets the model's error, not a hang
            for slot in batch:
                slot.error = exc
        finally:
            self.calls += 1
            self.texts += len(batch)
            for slot in batch:
                slot.done = True
