"""The Swedish Hunspell dictionary compiled into plain tables: spylls' yes/no on a word at dictionary speed.

OCR repair asks "is this a Swedish word?" of every word of a damaged document and of hundreds of readings of
each damaged one. spylls answers exactly but slowly: reading the dictionary takes seconds, and a word that is
no word costs milliseconds, because every way of splitting it into a compound is tried through generic code.
A list of words cannot replace it: Hunspell accepts compounds made on the fly ("styrelsemötesprotokollet"), which
no list holds. So this module keeps Hunspell's own tables (stems with their flags, suffixes by their endings,
the compound settings), read once from spylls' parse and cached on disk, and walks spylls' look-up algorithm
(`spylls.hunspell.algo.lookup`) over them with the same rules, for the features the Swedish .aff uses.

Forms are tried in spylls' order, since a stem marked forbidden stops spylls' search midway. The rare words
whose answer would depend on something not carried over (break points such as "-", a one-letter stem of a word
in capitals) are handed to spylls itself (`dictionary.is_word`), so the answer is always spylls'. `accepts`
is the entry point; the tests compare it with spylls word by word.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
from enum import Enum
from functools import lru_cache
from pathlib import Path

from .dictionary import dictionary_path, is_word

FORMAT = 3  # bump when the tables' layout changes: older cache files are then ignored
NUMBER = re.compile(r"^\d+(\.\d+)?$")  # spylls accepts plain numbers without a look-up
Position = Enum("Position", "BEGIN MIDDLE END")
REGEX_SYNTAX = re.compile(r"[.^$*+?{}\[\]\\|()]")


class AskHunspell(Exception):
    """spylls' answer depends on what these tables leave out: ask spylls."""


def default_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "minutes-search"


@lru_cache(maxsize=100_000)
def accepts(word: str) -> bool:
    """Does Hunspell accept the word? The same answer as `dictionary.is_word`, from the compiled tables."""
    tables = word_tables()
    if tables is None:
        return is_word(word)
    try:
        return tables.accepts(word)
    except AskHunspell:
        return is_word(word)


@lru_cache(maxsize=1)
def word_tables(cache_dir: Path | None = None) -> WordTables | None:
    """The compiled dictionary, read from the cache (`cache_dir`, by default the user's cache folder) or built
    and cached on first use; None if the dictionary uses Hunspell features that the tables do not carry (then
    every word goes to spylls)."""
    cached = (cache_dir or default_cache_dir()) / f"sv_SE-{source_digest()}.marshal"
    try:
        data = marshal.loads(cached.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        data = compile_tables()
        _write_quietly(cached, marshal.dumps(data))
    return WordTables(data) if data["supported"] else None


def source_digest() -> str:
    """What the cache depends on: the dictionary files, spylls' look-up (whose parse and rules the tables carry)
    and this module's table format; told apart by size and modification time, which reading is not needed for."""
    import spylls.hunspell.algo.lookup as lookup

    sources = [dictionary_path().with_suffix(".aff"), dictionary_path().with_suffix(".dic"), Path(lookup.__file__)]
    stats = [(str(path), path.stat().st_size, path.stat().st_mtime_ns) for path in sources]
    return hashlib.sha256(repr((FORMAT, stats)).encode()).hexdigest()[:16]


def _write_quietly(path: Path, payload: bytes) -> None:
    """Write atomically; a cache that cannot be written only costs the next process a rebuild."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(payload)
        os.replace(partial, path)
    except OSError:
        pass


def compile_tables() -> dict:
    """The tables, from spylls' parse of the dictionary (a few seconds): plain values that marshal can store."""
    from .dictionary import _hunspell

    hunspell = _hunspell()
    aff, dic = hunspell.aff, hunspell.dic
    flag_sets: dict[frozenset, int] = {}
    groups: dict[tuple[int, ...], int] = {}

    def ids(words) -> int:
        """The homonyms' flag sets, as the place of that combination of flag sets (few are distinct)."""
        sets = tuple(flag_sets.setdefault(frozenset(w.flags), len(flag_sets)) for w in words)
        return groups.setdefault(sets, len(groups))

    stems = {stem: ids(words) for stem, words in dic.index.items()}
    forbidden = [stem for stem, words in dic.index.items()
                 if aff.FORBIDDENWORD and any(aff.FORBIDDENWORD in w.flags for w in words)]
    # spylls indexes lower-case stems letter by letter here (see read_dic); one-letter keys are left to spylls.
    lowered = {stem: ids(words) for stem, words in dic.lowercase_index.items() if len(stem) > 1}
    suffixes = [(s.flag, s.strip, s.add, s.condition, frozenset(s.flags))
                for s in (s for group in aff.SFX.values() for s in group)]
    settings = {name: getattr(aff, name) for name in (
        "FORBIDDENWORD", "NEEDAFFIX", "ONLYINCOMPOUND", "FORCEUCASE", "COMPOUNDFLAG", "COMPOUNDBEGIN",
        "COMPOUNDMIDDLE", "COMPOUNDEND", "COMPOUNDPERMITFLAG", "COMPOUNDMIN", "COMPOUNDWORDMAX",
        "SIMPLIFIEDTRIPLE", "CHECKCOMPOUNDTRIPLE", "CHECKCOMPOUNDDUP", "CHECKCOMPOUNDREP")}
    return {
        "format": FORMAT, "supported": not unsupported_features(aff), "settings": settings,
        "stems": stems, "lowered": lowered, "forbidden_stems": forbidden, "flag_sets": list(flag_sets),
        "groups": list(groups), "suffixes": suffixes, "rules": [rule.text for rule in aff.COMPOUNDRULE],
        "rep": [(rep.pattern, rep.replacement) for rep in aff.REP], "breaks": [b.pattern for b in aff.BREAK],
    }


def unsupported_features(aff) -> list[str]:
    """The .aff settings that spylls' look-up uses and these tables do not carry (none for Swedish)."""
    from spylls.hunspell.algo.capitalization import Casing

    used = [name for name in ("KEEPCASE", "CIRCUMFIX", "COMPOUNDFORBIDFLAG", "ICONV", "IGNORE", "CHECKSHARPS",
                              "COMPLEXPREFIXES", "CHECKCOMPOUNDCASE", "CHECKCOMPOUNDPATTERN", "PFX")
            if getattr(aff, name)]
    if type(aff.casing) is not Casing:
        used.append("casing")
    # Suffixes are taken off by string slicing, where spylls uses a regular expression: the same only for
    # endings without regular-expression syntax.
    if any(REGEX_SYNTAX.search(s.add) or "\\" in s.strip for group in aff.SFX.values() for s in group):
        used.append("SFX")
    return used


class WordTables:
    """spylls' `Lookup` over the compiled tables. Method names follow spylls' (`affix_forms`, `compounds_by_flags`,
    `is_bad_compound`, …) so the two can be read side by side; only what the Swedish .aff uses is carried."""

    def __init__(self, data: dict):
        from spylls.hunspell.algo.capitalization import Casing, Type
        from spylls.hunspell.data.aff import BreakPattern, CompoundRule, RepPattern

        self.casing, self.cap = Casing(), Type
        self.set = data["settings"]
        self.stems: dict[str, int] = data["stems"]
        self.lowered: dict[str, int] = data["lowered"]
        self.groups: list[tuple[frozenset, ...]] = [tuple(data["flag_sets"][i] for i in group)
                                                     for group in data["groups"]]
        self.forbidden_stems = frozenset(data["forbidden_stems"])
        self.suffixes = [Suffix(*row) for row in data["suffixes"]]
        self.by_ending: dict[str, list[Suffix]] = {}
        for suffix in self.suffixes:
            self.by_ending.setdefault(suffix.add, []).append(suffix)
        self.ending_lengths = sorted({len(ending) for ending in self.by_ending})
        self.continued = frozenset().union(*(suffix.flags for suffix in self.suffixes))
        self.rules = [CompoundRule(text) for text in data["rules"]]
        self.rule_flags = frozenset().union(*(rule.flags for rule in self.rules))
        self.rep = [RepPattern(pattern, replacement) for pattern, replacement in data["rep"]]
        self.breaks = [BreakPattern(pattern) for pattern in data["breaks"]]
        self.permit = [self.set["COMPOUNDPERMITFLAG"]] if self.set["COMPOUNDPERMITFLAG"] else []
        self.place_flags = {Position.BEGIN: self.set["COMPOUNDBEGIN"], Position.MIDDLE: self.set["COMPOUNDMIDDLE"],
                            Position.END: self.set["COMPOUNDEND"]}
        self.splits = lru_cache(maxsize=200_000)(self._splits)
        self.with_flags = lru_cache(maxsize=None)(self._with_flags)
        self.ending_lengths_for = lru_cache(maxsize=None)(self._ending_lengths_for)

    def homonyms(self, stem: str) -> tuple[frozenset, ...]:
        """The flag sets of the dictionary entries with exactly this stem."""
        group = self.stems.get(stem)
        return () if group is None else self.groups[group]

    def accepts(self, word: str) -> bool:
        """spylls' `Lookup.__call__` for a word without break points (others go to spylls)."""
        forbidden = self.set["FORBIDDENWORD"]
        homonyms = self.homonyms(word)
        if forbidden and homonyms and all(forbidden in flags for flags in homonyms):
            return False
        if NUMBER.fullmatch(word):
            return True
        if any(pattern.regexp.search(word) for pattern in self.breaks):
            raise AskHunspell(word)
        captype, variants = self.casing.variants(word)
        return any(self.affix_forms(variant, captype) or self.compound_forms(variant, captype)
                   for variant in variants)

    def _splits(self, word: str, required: tuple[str, ...] | None) -> tuple[tuple, ...]:
        """spylls' `produce_affix_forms` without prefixes, in its order: (stem, suffix, outer suffix) for the
        word itself, then for up to two suffixes taken off that carry the `required` flags (None: no suffixes)
        and match their conditions. Only stems that some dictionary entry could match are kept: the others can
        neither pass a look-up nor stop it."""
        forms: list[tuple] = [(word, None, None)] if self.may_match(word) else []
        for length in self.ending_lengths_for(required) if required is not None else ():
            if length > len(word):
                break
            ending, base = word[len(word) - length:], word[:len(word) - length]
            if ending not in self.by_ending:
                continue
            suffixes, strips = self.with_flags(ending, required)
            live = {strip for strip in strips if self.may_match(base + strip)}
            for suffix in suffixes:
                continued = suffix.flag in self.continued
                if (suffix.strip in live or continued) and suffix.condition.search(base + suffix.strip):
                    if suffix.strip in live:
                        forms.append((base + suffix.strip, suffix, None))
                    if continued:
                        forms += self.inner_forms(base + suffix.strip, suffix, required)
        return tuple(forms)

    def inner_forms(self, stem: str, outer: Suffix, required: tuple[str, ...]) -> list[tuple]:
        """The forms with a second suffix under `outer`: one that carries `outer`'s flag."""
        forms = []
        for length in self.ending_lengths:
            if length > len(stem):
                break
            ending, base = stem[len(stem) - length:], stem[:len(stem) - length]
            for inner in self.with_flags(ending, (outer.flag, *required))[0] if ending in self.by_ending else ():
                if self.may_match(base + inner.strip) and inner.condition.search(base + inner.strip):
                    forms.append((base + inner.strip, inner, outer))
        return forms

    def may_match(self, stem: str) -> bool:
        """Could a dictionary entry match this stem: as it is, in lower case (FORCEUCASE) or by spylls'
        lower-case index (upper-case words)? One-letter stems are kept: they go to spylls."""
        if stem in self.stems or stem in self.lowered or len(stem) < 2:
            return True
        lower = stem.lower()
        return lower != stem and lower in self.stems

    def _ending_lengths_for(self, required: tuple[str, ...]) -> list[int]:
        """The lengths of the endings of suffixes that carry the `required` flags, shortest first."""
        return sorted({len(s.add) for s in self.suffixes if all(flag in s.flags for flag in required)})

    def _with_flags(self, ending: str, required: tuple[str, ...]) -> tuple[tuple[Suffix, ...], frozenset[str]]:
        """The suffixes with this ending that carry the `required` flags, in the .aff's order, and their strips."""
        suffixes = tuple(s for s in self.by_ending[ending] if all(flag in s.flags for flag in required))
        return suffixes, frozenset(s.strip for s in suffixes)

    def affix_forms(self, word: str, captype, position: Position | None = None,
                    with_forbidden: bool = False) -> list[frozenset]:
        """spylls' `affix_forms`: the flags of each good form of the word at this place in a compound.

        The forms come in spylls' order (the word itself, then suffixes by the length of their ending, in the
        .aff's order), because spylls stops at the first one whose stem has a forbidden homonym ("gruppa"
        stops "grupper" after "grupp" was found)."""
        suffixes_allowed = position in (None, Position.END) or self.permit
        required = tuple(self.permit) if position in (Position.BEGIN, Position.MIDDLE) else ()
        forms = self.splits(word, required) if suffixes_allowed else self.splits(word, None)
        good = []
        for stem, suffix, outer in forms:
            if not with_forbidden and (position or suffix) and stem in self.forbidden_stems:
                break
            found = self.good_flags(self.homonyms(stem), suffix, outer, position)
            if position == Position.BEGIN and self.set["FORCEUCASE"] and captype == self.cap.INIT:
                found += self.good_flags(self.homonyms(stem.lower()), suffix, outer, position)
            good += found
            if found or position or captype != self.cap.ALL or self.casing.guess(word) != self.cap.NO:
                continue
            if len(stem) == 1:
                raise AskHunspell(word)
            lowered = self.lowered.get(stem)
            good += self.good_flags(() if lowered is None else self.groups[lowered], suffix, outer, position)
        return good

    def good_flags(self, homonyms: tuple[frozenset, ...], suffix: Suffix | None, outer: Suffix | None,
                   position: Position | None) -> list[frozenset]:
        """spylls' `is_good_form` for each homonym: the flags of the forms it allows."""
        s = self.set
        good = []
        for root in homonyms:
            flags = root | suffix.flags if suffix else root
            affixes = [a for a in (suffix, outer) if a]
            if s["NEEDAFFIX"] and ((s["NEEDAFFIX"] in root and not suffix)
                                   or (affixes and all(s["NEEDAFFIX"] in a.flags for a in affixes))):
                continue
            if suffix and suffix.flag not in flags:
                continue
            if position is None:
                allowed = s["ONLYINCOMPOUND"] not in flags
            else:
                allowed = (s["COMPOUNDFLAG"] is not None and s["COMPOUNDFLAG"] in flags) \
                    or self.place_flags[position] in flags
            if allowed:
                good.append(flags)
        return good

    def compound_forms(self, word: str, captype) -> bool:
        """spylls' `compound_forms`: is the word a good compound, by the compound flags or by the rules?"""
        forbidden = self.set["FORBIDDENWORD"]
        if forbidden and any(forbidden in flags for flags in self.affix_forms(word, captype, with_forbidden=True)):
            return False
        by_flags = self.compounds_by_flags(word, captype, 0, {}) \
            if self.set["COMPOUNDBEGIN"] or self.set["COMPOUNDFLAG"] else []
        by_rules = self.compounds_by_rules(word, (), tuple(range(len(self.rules))), {}) if self.rules else []
        return any(not self.is_bad_compound(parts, captype) for parts in [*by_flags, *by_rules])

    def compounds_by_flags(self, rest: str, captype, depth: int, seen: dict) -> list[tuple[str, ...]]:
        """spylls' `compounds_by_flags`: the texts of the parts of each split of `rest` whose parts all have
        a good form for their place (a doubled letter may stand for three: SIMPLIFIEDTRIPLE)."""
        if (rest, depth) in seen:
            return seen[rest, depth]
        s = self.set
        splits = [(rest,)] if depth and self.affix_forms(rest, captype, Position.END) else []
        if len(rest) >= s["COMPOUNDMIN"] * 2 and not (s["COMPOUNDWORDMAX"] and depth >= s["COMPOUNDWORDMAX"]):
            position = Position.MIDDLE if depth else Position.BEGIN
            for cut in range(s["COMPOUNDMIN"], len(rest) - s["COMPOUNDMIN"] + 1):
                head, tail = rest[:cut], rest[cut:]
                heads = [head] if self.affix_forms(head, captype, position) else []
                if s["SIMPLIFIEDTRIPLE"] and head[-1] == tail[0] and self.affix_forms(head + head[-1], captype,
                                                                                    position):
                    heads.append(head)
                for part in heads:
                    splits += [(part, *more) for more in self.compounds_by_flags(tail, captype, depth + 1, seen)]
        seen[rest, depth] = splits
        return splits

    def compounds_by_rules(self, rest: str, previous: tuple[frozenset, ...], rules: tuple[int, ...],
                           seen: dict) -> list[tuple[str, ...]]:
        """spylls' `compounds_by_rules`: the texts of the parts of each split of `rest` into dictionary stems
        whose flags, after the `previous` parts' flags, follow one of the COMPOUNDRULEs (`rules`: their places)."""
        key = (rest, previous, rules)
        if key in seen:
            return seen[key]
        s = self.set
        splits = []
        if previous and any(self.rules[rule].fullmatch([*previous, flags])
                            for flags in self.homonyms(rest) for rule in rules):
            splits.append((rest,))
        if len(rest) >= s["COMPOUNDMIN"] * 2 and not (s["COMPOUNDWORDMAX"] and len(previous) >= s["COMPOUNDWORDMAX"]):
            for cut in range(s["COMPOUNDMIN"], len(rest) - s["COMPOUNDMIN"] + 1):
                for flags in self.homonyms(rest[:cut]):
                    if not flags & self.rule_flags:
                        continue  # no rule can match a part without any of the rules' flags
                    parts = (*previous, flags)
                    matching = tuple(rule for rule in rules if self.rules[rule].partial_match(parts))
                    if matching:
                        splits += [(rest[:cut], *more)
                                   for more in self.compounds_by_rules(rest[cut:], parts, matching, seen)]
        seen[key] = splits
        return splits

    def is_bad_compound(self, parts: tuple[str, ...], captype) -> bool:
        """spylls' `is_bad_compound` for the settings the Swedish .aff uses."""
        from spylls.hunspell.algo.permutations import replchars

        s = self.set
        if s["FORCEUCASE"] and captype not in (self.cap.ALL, self.cap.INIT) and any(
                s["FORCEUCASE"] in flags for flags in self.homonyms(parts[-1])):
            return True
        for index, (left, right) in enumerate(zip(parts, parts[1:])):
            if self.affix_forms(left + " " + right, captype):
                return True
            if s["CHECKCOMPOUNDREP"] and any(isinstance(candidate, str) and self.affix_forms(candidate, captype)
                                             for candidate in replchars(left + right, self.rep)):
                return True
            if s["CHECKCOMPOUNDTRIPLE"] and (len(set(left[-2:] + right[:1])) == 1
                                             or len(set(left[-1:] + right[:2])) == 1):
                return True
            if s["CHECKCOMPOUNDDUP"] and left == right and index == len(parts) - 2:
                return True
        return False


class Suffix:
    """One SFX line: `add` taken off a word's end and `strip` put back give the stem, which must match the
    condition."""

    __slots__ = ("flag", "strip", "add", "flags", "condition")

    def __init__(self, flag: str, strip: str, add: str, condition: str, flags: frozenset):
        self.flag, self.strip, self.add, self.flags = flag, strip, add, flags
        self.condition = re.compile(condition.replace("-", "\\-") + "$")
