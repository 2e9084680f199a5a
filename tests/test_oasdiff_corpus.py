"""oasdiff's own checker test corpus, run through ``smsspec diff``.

``tests/oasdiff/cases.json`` lists spec pairs from oasdiff's ``data/`` with the level its
``checker/*_test.go`` assert for each (see ``tests/oasdiff/README.md``). oasdiff's ``ERR`` is
*breaking*; ``INFO`` (or no change) is *non-breaking*; ``WARN`` is reported on its own
(smsspec files those cases as breaking, see ``generator/diff/rules.py``). A deliberate policy
difference counts as agreement only when its case is listed in ``policy_differences`` with a
reason, and a listed case must really differ.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator.diff import diff_specs, load_source
from generator.paths import REPO_ROOT

CORPUS = Path(__file__).parent / "oasdiff"
ASSERTED_GROUPS = ("openapi", "json-schema-2020-12")
MIN_AGREEMENT = 0.95  # ERR/INFO pairs of the asserted groups
MIN_KEYWORD_AGREEMENT = 0.90  # ERR/INFO pairs of the JSON Schema 2020-12 keyword group


@dataclass(frozen=True)
class Outcome:
    """smsspec's verdict on one corpus case."""

    case: dict[str, Any]
    breaking: bool | None  # None: smsspec crashed
    rules: tuple[str, ...]
    error: str = ""

    @property
    def expected(self) -> str:
        return str(self.case["expected"])

    @property
    def agrees(self) -> bool:
        return self.breaking is not None and self.breaking == (self.expected == "ERR")


@cache
def corpus() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))
    return data


@cache
def outcomes() -> tuple[Outcome, ...]:
    result = []
    for case in corpus()["cases"]:
        try:
            old = load_source(str(CORPUS / case["base"])).document
            new = load_source(str(CORPUS / case["revision"])).document
            changes = diff_specs(old, new)
        except Exception as exc:  # a crash is what this counts
            result.append(Outcome(case, None, (), f"{type(exc).__name__}: {exc}"))
            continue
        rules = tuple(sorted({c.rule for c in changes}))
        result.append(Outcome(case, any(c.breaking for c in changes), rules))
    return tuple(result)


def _scored(group: str | None) -> list[Outcome]:
    """ERR/INFO (and no-change) outcomes of ``group`` (``None``: every asserted group)."""
    groups = ASSERTED_GROUPS if group is None else (group,)
    return [o for o in outcomes() if o.case["group"] in groups and o.expected != "WARN"]


def _agreement(items: list[Outcome]) -> tuple[int, int, int]:
    """(agreeing, of which by listed policy difference, total)."""
    listed = corpus()["policy_differences"]
    plain = sum(1 for o in items if o.agrees)
    by_policy = sum(1 for o in items if not o.agrees and o.case["id"] in listed)
    return plain + by_policy, by_policy, len(items)


def _line(title: str, items: list[Outcome]) -> str:
    agree, by_policy, total = _agreement(items)
    share = agree / total if total else 1.0
    policy = f" ({by_policy} by documented policy difference)" if by_policy else ""
    return f"  {title}: {agree}/{total} = {share:.1%}{policy}"


def test_corpus_agreement_per_group() -> None:
    source = corpus()["source"]
    warn = [o for o in outcomes() if o.expected == "WARN"]
    extensions = [
        o for o in outcomes() if o.case["group"] == "oasdiff-extensions" and o.expected != "WARN"
    ]
    crashes = [o for o in outcomes() if o.breaking is None]
    listed = corpus()["policy_differences"]
    disagreements = [o for o in _scored(None) if not o.agrees and o.case["id"] not in listed]
    lines = [
        f"oasdiff checker corpus ({source['repository']} @ {source['commit'][:12]}, "
        f"{len(outcomes())} pairs)",
        _line("ERR/INFO pairs (OpenAPI + JSON Schema)", _scored(None)),
        _line("JSON Schema 2020-12 keyword pairs", _scored("json-schema-2020-12")),
        _line("OpenAPI structure pairs", _scored("openapi")),
        _line("oasdiff's own extensions (x-sunset, x-stability-level; not asserted)", extensions),
        f"  WARN pairs: {sum(1 for o in warn if o.breaking)}/{len(warn)} reported breaking "
        "(smsspec files WARN as breaking)",
        f"  crashes: {len(crashes)}",
    ]
    lines += [
        f"  disagrees: {o.case['id']} expected {o.expected}, smsspec {list(o.rules)}"
        for o in disagreements
    ]
    print("\n" + "\n".join(lines))
    agree, _, total = _agreement(_scored(None))
    assert agree / total >= MIN_AGREEMENT
    agree, _, total = _agreement(_scored("json-schema-2020-12"))
    assert agree / total >= MIN_KEYWORD_AGREEMENT


def test_no_case_crashes() -> None:
    crashes = [(o.case["id"], o.error) for o in outcomes() if o.breaking is None]
    assert crashes == []


def test_listed_policy_differences_really_differ_and_are_documented() -> None:
    """A listed case that agrees is stale; every reason is explained in examples/README.md."""
    by_id = {o.case["id"]: o for o in outcomes()}
    listed: dict[str, str] = corpus()["policy_differences"]
    reasons: dict[str, str] = corpus()["policy_reasons"]
    readme = (REPO_ROOT / "examples" / "README.md").read_text(encoding="utf-8")
    for case_id, reason in listed.items():
        assert case_id in by_id, case_id
        assert not by_id[case_id].agrees, f"{case_id} agrees with oasdiff: drop it from the list"
        assert reason in reasons, reason
        assert case_id in readme, f"{case_id} is not in examples/README.md"
    assert set(reasons) == set(listed.values())


def test_case_files_exist_and_cases_are_unique() -> None:
    cases = corpus()["cases"]
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    assert Counter(c["expected"] for c in cases).keys() <= {"ERR", "WARN", "INFO", "NONE"}
    for case in cases:
        assert (CORPUS / case["base"]).is_file(), case["base"]
        assert (CORPUS / case["revision"]).is_file(), case["revision"]
        assert case["group"] in corpus()["groups"], case["group"]


@pytest.mark.parametrize(
    "case_id",
    [
        "checker/request_property_any_of_removed_base..request_property_any_of_removed_revision",
        "checker/webhook_base..webhook_revision",
        "checker/not_base..not_revision",
        "checker/request_parameter_default_value_changed_base..request_parameter_default_value_changed_revision",
    ],
)
def test_cases_named_in_the_issue_are_breaking(case_id: str) -> None:
    """Changes the issue found unreported: 3 → 2 anyOf, webhooks, `not`, parameter defaults."""
    (outcome,) = [o for o in outcomes() if o.case["id"] == case_id]
    assert outcome.breaking, outcome.rules
