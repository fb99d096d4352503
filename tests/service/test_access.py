"""service.access: the rule file (its errors name the line), which meetings a set of groups may read,
reloading when the file changes, and `minutes serve` refusing to start on a broken file."""

from __future__ import annotations

import os
import time

import pytest

from ingest.models import Meeting
from service.access import AccessFileError, AccessRules, Policy, load_policy
from tests.conftest import invoke_cli

# The rule file of issue #13; the tests here add a rule that lets everyone read one body.
ISSUE_RULES = """default = "deny"
admin_groups = ["minutes-admin"]

[[rule]]
body = "Styrgrupp för Barnens bästa*"
groups = ["styrgrupp-barnens-basta"]

[[rule]]
source = "konfidentiellt/**"
groups = ["ledning"]
"""
RULES = ISSUE_RULES + """
[[rule]]
body = "Öppna nätverket"
groups = ["*"]
"""


def meeting(id_: str, body: str, source: str = "/data/minutes/x.txt", appendix_of: str | None = None) -> Meeting:
    return Meeting(id=id_, date="2023-03-14", body=body, source=source, content_hash=id_,
                   appendix_of=appendix_of, appendix_label="Bilaga 1" if appendix_of else None)


MEETINGS = [
    meeting("styr", "STYRGRUPP för barnens bästa i Ekvik"),
    meeting("styr-bilaga", "Styrgrupp för Barnens bästa i Ekvik", appendix_of="styr"),
    meeting("ledning", "Kommunledningsgruppen", source="/data/minutes/konfidentiellt/2023/protokoll.txt"),
    meeting("natverk", "Öppna nätverket"),
    meeting("annan", "Kulturrådet"),
]


@pytest.fixture
def rules(tmp_path):
    path = tmp_path / "access.toml"
    path.write_text(RULES, encoding="utf-8")
    return path


def readable(policy: Policy, *groups: str) -> set[str] | None:
    found = policy.readable(MEETINGS, frozenset(groups))
    return None if found is None else set(found)


def test_each_group_reads_what_its_rules_name_and_everyone_what_star_names(rules):
    policy = load_policy(rules)
    assert readable(policy) == {"natverk"}  # anonymous: only what "*" allows under default = "deny"
    assert readable(policy, "styrgrupp-barnens-basta") == {"styr", "styr-bilaga", "natverk"}  # glob, any case
    assert readable(policy, "ledning") == {"ledning", "natverk"}  # source glob below any folder
    assert readable(policy, "ledning", "styrgrupp-barnens-basta") == {"styr", "styr-bilaga", "ledning", "natverk"}
    assert readable(policy, "minutes-admin") is None  # admins read everything


def test_default_allow_opens_what_no_rule_names_and_an_appendix_follows_its_meeting(rules):
    rules.write_text(RULES.replace('default = "deny"', 'default = "allow"'), encoding="utf-8")
    policy = load_policy(rules)
    assert readable(policy) == {"natverk", "annan"}
    lone_appendix = [meeting("bilaga", "Kulturrådet", appendix_of="styr"), *MEETINGS]
    assert "bilaga" not in policy.readable(lone_appendix, frozenset())
    assert Policy().open and Policy().readable(MEETINGS, frozenset()) is None  # no file: everything


@pytest.mark.parametrize(("text", "expected"), [
    ('default = "deny"\n[[rule]]\nbody = "X"\ngroups = [\n', "ogiltig TOML"),
    ('default = "kanske"\n', "skriv \"allow\" eller \"deny\""),
    ('standard = "deny"\n', "okänd nyckel 'standard'"),
    ('default = "deny"\n\n[[rule]]\nbody = "X"\ngroup = ["a"]\n', "rad 3: okänd nyckel 'group'"),
    ('default = "deny"\n[[rule]]\nbody = "X"\ngroups = ["a"]\n\n[[rule]]\nbody = "Y"\n', "rad 6: regeln saknar grupper"),
    ('[[rule]]\nbody = "X"\ngroups = []\n', "rad 1: regeln saknar grupper"),
    ('[[rule]]\nbody = "X"\nsource = "y/**"\ngroups = ["a"]\n', "antingen body eller source"),
    ('[[rule]]\ngroups = ["a"]\n', "antingen body eller source"),
    ('[[rule]]\nbody = "X"\ngroups = "a"\n', "lista med gruppnamn"),
])
def test_rule_file_errors_name_the_line_and_the_reason(tmp_path, text, expected):
    path = tmp_path / "access.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AccessFileError) as error:
        load_policy(path)
    assert expected in str(error.value) and str(path) in str(error.value)


def test_invalid_toml_names_the_line(tmp_path):
    path = tmp_path / "access.toml"
    path.write_text('default = "deny"\nadmin_groups = ["a",\n\n[[rule]]\n', encoding="utf-8")
    with pytest.raises(AccessFileError, match=r"line \d"):
        load_policy(path)


def test_an_edited_file_takes_effect_and_a_broken_edit_keeps_the_rules_in_force(rules):
    access = AccessRules(rules)
    assert access.current().readable(MEETINGS, frozenset({"ledning"})) == {"ledning", "natverk"}
    _rewrite(rules, RULES.replace('groups = ["ledning"]', 'groups = ["ledning", "revision"]'))
    assert "ledning" in access.current().readable(MEETINGS, frozenset({"revision"}))
    _rewrite(rules, RULES + "[[rule]]\nbody = 'Z'\n")  # no groups: refused, the earlier rules still hold
    assert "ledning" in access.current().readable(MEETINGS, frozenset({"revision"}))
    _rewrite(rules, RULES)
    access.reload()  # what SIGHUP does
    assert "ledning" not in access.current().readable(MEETINGS, frozenset({"revision"}))


def _rewrite(path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    later = time.time() + 2  # a different modification time even on coarse file systems
    os.utime(path, (later, later))


def test_serve_refuses_to_start_on_a_broken_rule_file_with_the_line_and_reason(tmp_path):
    path = tmp_path / "access.toml"
    path.write_text('default = "deny"\n[[rule]]\nbody = "Styrgrupp*"\n', encoding="utf-8")
    result = invoke_cli("serve", "--port", "1", env={"MINUTES_DATA_DIR": str(tmp_path / "data"),
                                                     "MINUTES_ACCESS_FILE": str(path)})
    assert result.returncode == 2
    assert f"{path}, rad 2: regeln saknar grupper" in result.stderr


def test_serve_names_a_bad_sign_in_setting(tmp_path):
    result = invoke_cli("serve", env={"MINUTES_DATA_DIR": str(tmp_path), "MINUTES_AUTH": "oidc"})
    assert result.returncode == 2 and "MINUTES_OIDC_JWKS_URL" in result.stderr
    result = invoke_cli("serve", env={"MINUTES_DATA_DIR": str(tmp_path), "MINUTES_TRUSTED_PROXIES": "proxyn"})
    assert result.returncode == 2 and "MINUTES_TRUSTED_PROXIES" in result.stderr
