"""Who may read which meetings: the rules of `MINUTES_ACCESS_FILE`, applied each time someone asks.

The file is TOML:

    default = "deny"                 # or "allow": meetings that no rule names
    admin_groups = ["minutes-admin"]  # read everything
    [[rule]]
    body = "Styrgrupp för Barnens bästa*"   # glob on the body name, case-insensitive
    groups = ["styrgrupp-barnens-basta"]
    [[rule]]
    source = "konfidentiellt/**"            # or a glob on the source path below an ingested folder
    groups = ["ledning"]

A meeting that some rule names is readable by the groups of the rules that name it ("*" = everyone,
signed in or not); a meeting no rule names follows `default`. An appendix is readable only when its
meeting is. The file is read again when it changes (or on SIGHUP), so editing it takes effect without
re-ingesting; a broken edit keeps the rules that were in force and says why in the log.
"""

from __future__ import annotations

import fnmatch
import logging
import re
import threading
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path, PurePath

from index.catalog import MeetingCatalog
from index.search import SearchFilters
from ingest.models import Meeting

from .auth import Principal
from .settings import Settings

log = logging.getLogger("minutes.access")

EVERYONE = "*"
_TOP_KEYS = {"default", "admin_groups", "rule"}
_RULE_KEYS = {"body", "source", "groups"}


class AccessFileError(ValueError):
    """A rule file that cannot be used; the message names the file, the line and what to change."""


@dataclass(frozen=True)
class Rule:
    groups: frozenset[str]
    body: str | None = None  # glob on the body name, case-insensitive
    source: str | None = None  # glob on the end of the source path

    def names(self, meeting: Meeting) -> bool:
        if self.body is not None and fnmatch.fnmatchcase(meeting.body.casefold(), self.body.casefold()):
            return True
        return self.source is not None and _source_matches(meeting.source, self.source)


@dataclass(frozen=True)
class Policy:
    """The rules in force. `Policy()` (no file) lets everyone read everything."""

    default_allow: bool = True
    admin_groups: frozenset[str] = frozenset()
    rules: tuple[Rule, ...] = ()

    @property
    def open(self) -> bool:
        return self.default_allow and not self.rules

    def may_read(self, meeting: Meeting, groups: frozenset[str]) -> bool:
        if groups & self.admin_groups:
            return True
        naming = [rule for rule in self.rules if rule.names(meeting)]
        if not naming:
            return self.default_allow
        return any(EVERYONE in rule.groups or rule.groups & groups for rule in naming)

    def readable(self, meetings: list[Meeting], groups: frozenset[str]) -> frozenset[str] | None:
        """Ids of the meetings these groups may read (appendices only with their meeting); None = all."""
        if self.open or groups & self.admin_groups:
            return None
        allowed = {m.id for m in meetings if self.may_read(m, groups)}
        return frozenset(m.id for m in meetings if m.id in allowed and (not m.appendix_of or m.appendix_of in allowed))


def _source_matches(source: str, pattern: str) -> bool:
    """The pattern matches the whole source path or any tail of it ('konfidentiellt/**' below any folder)."""
    parts = PurePath(source).parts
    pattern = pattern.strip("/")
    return any(fnmatch.fnmatchcase("/".join(parts[i:]).casefold(), pattern.casefold()) for i in range(len(parts)))


def load_policy(path: Path) -> Policy:
    """The rules of the file, or AccessFileError naming the line and what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise AccessFileError(f"{path}: kan inte läsas ({exc}).") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AccessFileError(f"{path}: ogiltig TOML: {exc}. Rätta raden och starta om.") from exc
    rule_lines = [n for n, line in enumerate(text.splitlines(), 1) if re.match(r"\s*\[\[\s*rule\s*\]\]", line)]
    return _policy(data, path, rule_lines)


def _policy(data: dict, path: Path, rule_lines: list[int]) -> Policy:
    if unknown := sorted(set(data) - _TOP_KEYS):
        raise AccessFileError(f"{path}: okänd nyckel {unknown[0]!r}; tillåtna är default, admin_groups och [[rule]].")
    default = data.get("default", "deny")
    if default not in ("allow", "deny"):
        raise AccessFileError(f"{path}: default = {default!r}; skriv \"allow\" eller \"deny\".")
    rules = data.get("rule", [])
    if not isinstance(rules, list):
        raise AccessFileError(f"{path}: regler skrivs som [[rule]]-tabeller.")
    return Policy(default_allow=default == "allow", admin_groups=_groups(data.get("admin_groups", []), path, "admin_groups"),
                  rules=tuple(_rule(rule, path, rule_lines[i] if i < len(rule_lines) else None)
                              for i, rule in enumerate(rules)))


def _rule(rule: dict, path: Path, line: int | None) -> Rule:
    where = f"{path}, rad {line}" if line else f"{path}"
    if unknown := sorted(set(rule) - _RULE_KEYS):
        raise AccessFileError(f"{where}: okänd nyckel {unknown[0]!r} i [[rule]]; tillåtna är body, source och groups.")
    if ("body" in rule) == ("source" in rule):
        raise AccessFileError(f"{where}: en [[rule]] anger antingen body eller source (ett mönster), inte båda "
                              "och inte inget.")
    pattern = rule.get("body", rule.get("source"))
    if not isinstance(pattern, str) or not pattern.strip():
        raise AccessFileError(f"{where}: mönstret ska vara en text, t.ex. body = \"Styrgrupp*\".")
    groups = _groups(rule.get("groups"), where, "groups")
    if not groups:
        raise AccessFileError(f"{where}: regeln saknar grupper; ange groups = [\"…\"] (\"*\" = alla).")
    return Rule(groups=groups, body=rule.get("body"), source=rule.get("source"))


def _groups(value, where: Path | str, key: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(g, str) and g.strip() for g in value):
        raise AccessFileError(f"{where}: {key} ska vara en lista med gruppnamn, t.ex. {key} = [\"ledning\"].")
    return frozenset(g.strip() for g in value)


@dataclass(frozen=True)
class Reader:
    """Who asks, and the meetings they may read (None = every meeting)."""

    principal: Principal
    meeting_ids: frozenset[str] | None = None

    def may_read(self, meeting_id: str) -> bool:
        return self.meeting_ids is None or meeting_id in self.meeting_ids

    def within(self, filters: SearchFilters) -> SearchFilters:
        """The filters, narrowed to what this reader may read: applied inside ranking, not after it."""
        return replace(filters, meeting_ids=self.meeting_ids)


class AccessRules:
    """The policy of a rule file, read again when the file changes or `reload()` is called (SIGHUP)."""

    def __init__(self, path: Path | None):
        self.path = path
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self.version = 0
        self._policy = load_policy(path) if path else Policy()
        self._stamp = self._file_stamp()
        self._readable: dict[tuple, frozenset[str] | None] = {}

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat() if self.path else None
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size) if stat else None

    def current(self) -> Policy:
        if self.path and self._file_stamp() != self._stamp:
            self.reload()
        return self._policy

    def reload(self) -> None:
        """Read the file again; a broken file keeps the rules in force (and says why in the log)."""
        if not self.path:
            return
        with self._lock:
            self._stamp = self._file_stamp()
            try:
                policy = load_policy(self.path)
            except AccessFileError as exc:
                log.error("behörighetsfilen lästes inte om, de tidigare reglerna gäller: %s", exc)
                return
            self._policy = policy
            self.version += 1
            log.info("behörighetsfilen %s inläst: %d regler", self.path, len(policy.rules))

    def reader(self, principal: Principal, catalog: MeetingCatalog) -> Reader:
        """The principal with the meetings the rules in force let them read (worked out once per store
        generation, rule-file version and set of groups)."""
        policy = self.current()
        if policy.open:
            return Reader(principal)
        generation, meetings = catalog.records()
        key = (generation, self.version, principal.groups)
        if key not in self._readable:
            if len(self._readable) > 1000:
                self._readable.clear()
            self._readable[key] = policy.readable(meetings, principal.groups)
        return Reader(principal, self._readable[key])


def is_admin(principal: Principal, policy: Policy, settings: Settings) -> bool:
    """Who may add, remove and re-read minutes (POST/DELETE /api/documents, the page /admin).

    - a caller with a valid API key (`MINUTES_API_KEYS`), whatever groups the key reads as;
    - a signed-in user (OIDC or proxy) in one of the rule file's `admin_groups`;
    - everyone, on an open laptop service: `MINUTES_AUTH=none`, no API keys and no rule file (whoever can
      reach it can run `minutes ingest` on the same machine anyway).

    Everyone else is refused (403), also when they may read every meeting.
    """
    if principal.via == "api-nyckel":
        return True
    if principal.groups & policy.admin_groups:
        return True
    return settings.auth == "none" and not settings.api_key_set and settings.access_file is None
