"""The audit trail (`MINUTES_AUDIT_LOG`, off by default): one JSON line per question, saying who asked
what and which meetings the answer drew on. A file per day; files older than the retention are removed.

It holds personal data (user names, their groups and what they asked), which is why it is off until
an organisation decides it needs it and says how long to keep it (`MINUTES_AUDIT_RETENTION_DAYS`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
from pathlib import Path

from .auth import Principal


class AuditLog:
    """Writes audit lines to `path`, rotated at midnight, `retention_days` files kept."""

    def __init__(self, path: Path, *, retention_days: int):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._log = logging.getLogger(f"minutes.audit.{path}")
        self._log.propagate = False
        self._log.setLevel(logging.INFO)
        if not self._log.handlers:
            handler = logging.handlers.TimedRotatingFileHandler(path, when="midnight", backupCount=retention_days,
                                                                encoding="utf-8", utc=True)
            handler.setFormatter(logging.Formatter("%(message)s"))
            self._log.addHandler(handler)

    def record(self, *, principal: Principal, endpoint: str, question: str, meeting_ids: list[str],
               results: int) -> None:
        self._log.info(json.dumps({
            "time": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "user": principal.user, "groups": sorted(principal.groups), "via": principal.via,
            "endpoint": endpoint, "question": question, "meetings": list(dict.fromkeys(meeting_ids)),
            "results": results}, ensure_ascii=False))

    def close(self) -> None:
        for handler in self._log.handlers:
            handler.close()
        self._log.handlers.clear()
