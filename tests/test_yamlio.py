"""The strict spec loader: YAML 1.1-only plain scalars and duplicate keys are errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.yamlio import SpecSyntaxError, load_file

AMBIGUOUS = ["yes", "No", "ON", "off", "y", "N", "2020-01-01", "2020-1-2T10:00:00Z"]


def _load(tmp_path: Path, text: str, name: str = "doc.yaml") -> object:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_file(path)


@pytest.mark.parametrize("scalar", AMBIGUOUS)
def test_plain_yaml11_scalars_are_refused_with_their_place(tmp_path: Path, scalar: str) -> None:
    with pytest.raises(
        SpecSyntaxError, match=r"doc\.yaml:2: plain scalar .* \(column 8\) .*; quote it$"
    ):
        _load(tmp_path, f"a: 1\nvalue: {scalar}\n")


@pytest.mark.parametrize("scalar", AMBIGUOUS)
def test_a_vendor_document_reads_them_the_yaml_12_way(tmp_path: Path, scalar: str) -> None:
    path = tmp_path / "vendor.yaml"
    path.write_text(f"value: {scalar}\n", encoding="utf-8")
    assert load_file(path, strict=False) == {"value": scalar}


@pytest.mark.parametrize("scalar", AMBIGUOUS)
def test_quoted_they_are_strings(tmp_path: Path, scalar: str) -> None:
    assert _load(tmp_path, f"a: '{scalar}'\nb: \"{scalar}\"\n") == {"a": scalar, "b": scalar}


def test_yaml12_scalars_keep_their_types(tmp_path: Path) -> None:
    text = "a: true\nb: False\nc: 1.5\nd: null\ne: [1, x]\nf: 0x10\n"
    assert _load(tmp_path, text) == {
        "a": True,
        "b": False,
        "c": 1.5,
        "d": None,
        "e": [1, "x"],
        "f": 16,
    }


@pytest.mark.parametrize("suffix", ["yaml", "json"])
def test_duplicate_keys_are_refused(tmp_path: Path, suffix: str) -> None:
    text = "a: 1\na: 2\n" if suffix == "yaml" else '{"a": 1, "a": 2}'
    with pytest.raises(SpecSyntaxError, match="duplicate key 'a'"):
        _load(tmp_path, text, f"doc.{suffix}")


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [("doc.yaml", "a: 1\nb: [1\n", 3), ("doc.json", '{"a": 1,\n "b": }', 2)],
)
def test_syntax_errors_are_one_line_naming_file_and_line(
    tmp_path: Path, name: str, text: str, line: int
) -> None:
    with pytest.raises(SpecSyntaxError) as caught:
        _load(tmp_path, text, name)
    message = str(caught.value)
    assert "\n" not in message
    assert f"{name}:{line}: not valid" in message


@given(
    st.dictionaries(
        st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True),
        st.text(st.characters(exclude_categories=("Cs", "Cc"))),
    )
)
def test_quoted_strings_round_trip(
    tmp_path_factory: pytest.TempPathFactory, data: dict[str, str]
) -> None:
    # JSON is YAML: every JSON-quoted string loads back as itself.
    text = "".join(
        f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}\n"
        for key, value in data.items()
    )
    path = tmp_path_factory.mktemp("yaml") / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_file(path) == (data or None)
