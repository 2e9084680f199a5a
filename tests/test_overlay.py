"""OpenAPI Overlay 1.0: loading, merging, appending, removing, and errors at file and line."""

from __future__ import annotations

import copy
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.bundle import SourceMap
from generator.overlay import OverlayError, apply_overlay, load_overlay

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Vendor", "version": "1"},
    "tags": [{"name": "a"}],
    "paths": {
        "/things": {
            "get": {"operationId": "listThings", "responses": {"200": {"description": "OK"}}},
            "post": {"operationId": "makeThing", "responses": {"201": {"description": "Made"}}},
        },
        "/things/{id}": {"delete": {"operationId": "dropThing", "responses": {}}},
    },
}


def overlay(tmp_path: Path, actions: str, header: str | None = None) -> Path:
    path = tmp_path / "overlay.yaml"
    head = header or "overlay: 1.0.0\ninfo:\n  title: Additions\n  version: '1'\n"
    body = "\n" + actions if actions.startswith("-") else " " + actions
    path.write_text(head + "actions:" + body, encoding="utf-8")
    return path


def applied(tmp_path: Path, actions: str) -> dict[str, Any]:
    document = copy.deepcopy(DOCUMENT)
    return apply_overlay(document, load_overlay(overlay(tmp_path, actions)))


def test_update_merges_objects_recursively_and_replaces_the_rest(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "- target: $.info\n  update:\n    title: Renamed\n    x-logo: {url: x}\n"
        "- target: $.paths['/things'].get\n  update:\n"
        "    responses: {'401': {description: Denied}}\n",
    )
    assert result["info"] == {"title": "Renamed", "version": "1", "x-logo": {"url": "x"}}
    assert set(result["paths"]["/things"]["get"]["responses"]) == {"200", "401"}


def test_update_appends_to_an_array(tmp_path: Path) -> None:
    result = applied(tmp_path, "- target: $.tags\n  update: {name: b}\n")
    assert result["tags"] == [{"name": "a"}, {"name": "b"}]


def test_one_action_updates_every_selected_node(tmp_path: Path) -> None:
    result = applied(tmp_path, "- target: $.paths.*.*\n  update: {x-owner: team}\n")
    owners = [op["x-owner"] for item in result["paths"].values() for op in item.values()]
    assert owners == ["team", "team", "team"]


def test_remove_drops_the_selected_nodes(tmp_path: Path) -> None:
    result = applied(
        tmp_path, "- target: $.paths['/things'][?@.operationId == 'makeThing']\n  remove: true\n"
    )
    assert set(result["paths"]["/things"]) == {"get"}


def test_actions_apply_in_order(tmp_path: Path) -> None:
    result = applied(
        tmp_path,
        "- target: $.info\n  update: {x-step: 1}\n- target: $.info\n  update: {x-step: 2}\n",
    )
    assert result["info"]["x-step"] == 2


def test_the_update_is_copied_not_shared(tmp_path: Path) -> None:
    result = applied(tmp_path, "- target: $.paths.*.*\n  update: {x-tags: [a]}\n")
    operations = [op for item in result["paths"].values() for op in item.values()]
    operations[0]["x-tags"].append("changed")
    assert operations[1]["x-tags"] == ["a"]


def test_additions_are_located_in_the_overlay(tmp_path: Path) -> None:
    path = overlay(tmp_path, "- target: $.info\n  update:\n    x-contact:\n      team: sms\n")
    source_map = SourceMap()
    result = apply_overlay(copy.deepcopy(DOCUMENT), load_overlay(path), source_map=source_map)
    origin = source_map.origin(result["info"]["x-contact"])
    assert origin is not None
    assert origin[0] == path
    assert origin[1].line == 9


@pytest.mark.parametrize(
    ("actions", "line", "problem"),
    [
        ("- target: $.paths['/nope']\n  update: {x: 1}\n", 6, "selects nothing in the document"),
        ("- target: $.info.title\n  update: {x: 1}\n", 6, "selects str"),
        ("- target: $.tags[1:2]\n  remove: true\n", 6, "array slices are not supported"),
        ("- target: info\n  update: {x: 1}\n", 6, "starting with '$'"),
        ("- target: $.info\n", 6, "neither updates nor removes"),
        ("- target: $.info\n  remove: yes-please\n", 7, "remove must be true or false"),
        ("- target: $.info\n  upate: {x: 1}\n", 7, "unknown field 'upate'"),
        ("- target: $\n  remove: true\n", 6, "the document root cannot be removed"),
        ("[]\n", 5, "actions must be a non-empty list"),
    ],
)
def test_errors_name_the_overlay_line(
    tmp_path: Path, actions: str, line: int, problem: str
) -> None:
    with pytest.raises(OverlayError) as caught:
        applied(tmp_path, actions)
    assert caught.value.line == line
    assert problem in caught.value.message
    assert str(caught.value).startswith(f"{caught.value.where}: ")


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("overlay: 1.1.0\ninfo: {title: t, version: '1'}\n", "overlay version '1.1.0'"),
        ("overlay: 1.0.0\n", "info needs a title and a version"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nextra: 1\n", "unknown overlay field"),
    ],
)
def test_the_document_itself_is_checked(tmp_path: Path, header: str, problem: str) -> None:
    with pytest.raises(OverlayError, match=problem):
        load_overlay(overlay(tmp_path, "- target: $.info\n  update: {x: 1}\n", header))


_NAMES = st.from_regex(r"x-[a-z]{1,8}", fullmatch=True)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(string.ascii_letters + " ", max_size=5),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(_NAMES, children, max_size=3),
    max_leaves=8,
)


def _merged(target: Any, update: Any) -> Any:
    if isinstance(target, dict) and isinstance(update, dict):
        return {**target, **{k: _merged(target.get(k), v) for k, v in update.items()}}
    return update


@given(st.dictionaries(_NAMES, _VALUES, max_size=4), st.dictionaries(_NAMES, _VALUES, max_size=4))
def test_update_is_a_recursive_merge(
    tmp_path_factory: pytest.TempPathFactory, before: dict[str, Any], update: dict[str, Any]
) -> None:
    import json

    directory = tmp_path_factory.mktemp("overlay")
    path = overlay(directory, f"- target: $.info\n  update: {json.dumps(update)}\n")
    document = {"openapi": "3.1.0", "info": copy.deepcopy(before)}
    apply_overlay(document, load_overlay(path))
    assert document["info"] == _merged(before, update)
