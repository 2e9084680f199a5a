"""JSONPath (RFC 9535), the subset OpenAPI Overlay 1.0 targets need.

Supported: the root ``$``; child segments ``.name``, ``.*``, ``['name']``/``["name"]``,
``[0]``/``[-1]``, ``[*]`` and unions of those (``['get','post']``); descendant segments
``..name``, ``..*``, ``..[…]``; filters ``[?<expr>]`` where ``<expr>`` combines existence
tests (``@.x``, ``!@.x``) and comparisons (``==``, ``!=``, ``<``, ``<=``, ``>``, ``>=``) of
singular queries (``@.a.b``, ``@['a']``, ``$.x``) and literals (strings, numbers, ``true``,
``false``, ``null``) with ``&&``, ``||``, ``!`` and parentheses. Array slices and the filter
functions (``length()``, ``match()``…) are not supported: they raise :class:`JSONPathError`
saying so, with the column.

:func:`select` returns the matched nodes with their parent and key, so a caller can replace
or remove them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

_NAME = re.compile(r"[A-Za-z_\u0080-\U0010ffff][A-Za-z0-9_\u0080-\U0010ffff]*")
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")


class JSONPathError(ValueError):
    """A JSONPath expression that is malformed or uses what smsspec does not support."""

    def __init__(self, message: str, expression: str, position: int) -> None:
        self.expression = expression
        self.position = position
        super().__init__(f"{message} at column {position + 1} of {expression!r}")


@dataclass(frozen=True)
class Node:
    """A matched value, with the container holding it and its key there (``None`` for the
    document root)."""

    value: Any
    parent: Any
    key: str | int | None


Selector = Callable[[Node, Any], Iterator[Node]]
"""A selector: the nodes it selects among the children of one node (``root``: the document,
for ``$`` inside filters)."""
Filter = Callable[[Any, Any], bool]
Operand = Callable[[Any, Any], list[Any]]


def _children(node: Node) -> Iterator[Node]:
    value = node.value
    if isinstance(value, dict):
        for key, child in value.items():
            yield Node(child, value, key)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield Node(child, value, index)


def _descendants(node: Node) -> Iterator[Node]:
    yield node
    for child in _children(node):
        yield from _descendants(child)


def _name(name: str) -> Selector:
    def select(node: Node, root: Any) -> Iterator[Node]:
        if isinstance(node.value, dict) and name in node.value:
            yield Node(node.value[name], node.value, name)

    return select


def _index(index: int) -> Selector:
    def select(node: Node, root: Any) -> Iterator[Node]:
        value = node.value
        if isinstance(value, list) and -len(value) <= index < len(value):
            position = index % len(value)
            yield Node(value[position], value, position)

    return select


def _wildcard(node: Node, root: Any) -> Iterator[Node]:
    yield from _children(node)


def _filter(test: Filter) -> Selector:
    def select(node: Node, root: Any) -> Iterator[Node]:
        for child in _children(node):
            if test(child.value, root):
                yield child

    return select


@dataclass(frozen=True)
class _Segment:
    selectors: tuple[Selector, ...]
    descendant: bool

    def apply(self, nodes: list[Node], root: Any) -> list[Node]:
        out: list[Node] = []
        for node in nodes:
            for base in _descendants(node) if self.descendant else (node,):
                for selector in self.selectors:
                    out.extend(selector(base, root))
        return out


class _Parser:
    """Recursive descent over the expression text; ``pos`` is the next character."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def error(self, message: str, pos: int | None = None) -> JSONPathError:
        return JSONPathError(message, self.text, self.pos if pos is None else pos)

    def peek(self, token: str) -> bool:
        return self.text.startswith(token, self.pos)

    def eat(self, token: str) -> bool:
        if self.peek(token):
            self.pos += len(token)
            return True
        return False

    def expect(self, token: str) -> None:
        if not self.eat(token):
            found = self.text[self.pos : self.pos + 1] or "the end"
            raise self.error(f"expected {token!r}, found {found!r}")

    def spaces(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\n\r":
            self.pos += 1

    # -- queries ------------------------------------------------------------------------------

    def query(self) -> list[_Segment]:
        if not self.eat("$"):
            raise self.error("a JSONPath expression starts with '$'")
        segments = self.segments()
        if self.pos != len(self.text):
            raise self.error(f"unexpected {self.text[self.pos]!r}")
        return segments

    def segments(self) -> list[_Segment]:
        segments: list[_Segment] = []
        while True:
            if self.eat(".."):
                if self.peek("["):
                    segments.append(_Segment(self.bracket(), descendant=True))
                else:
                    segments.append(_Segment((self.member(),), descendant=True))
            elif self.eat("."):
                segments.append(_Segment((self.member(),), descendant=False))
            elif self.peek("["):
                segments.append(_Segment(self.bracket(), descendant=False))
            else:
                return segments

    def member(self) -> Selector:
        if self.eat("*"):
            return _wildcard
        found = _NAME.match(self.text, self.pos)
        if found is None:
            raise self.error("expected a member name or '*' (use ['…'] for other names)")
        self.pos = found.end()
        if self.peek("("):
            raise self.error(f"function {found.group()}() is not supported", found.start())
        return _name(found.group())

    def bracket(self) -> tuple[Selector, ...]:
        self.expect("[")
        selectors = [self.selector()]
        self.spaces()
        while self.eat(","):
            selectors.append(self.selector())
            self.spaces()
        self.expect("]")
        return tuple(selectors)

    def selector(self) -> Selector:
        self.spaces()
        if self.peek("'") or self.peek('"'):
            return _name(self.string())
        if self.eat("*"):
            return _wildcard
        if self.eat("?"):
            return _filter(self.logical_or())
        found = _INT.match(self.text, self.pos)
        if found is not None:
            self.pos = found.end()
            self.spaces()
            if self.peek(":"):
                raise self.error("array slices are not supported")
            return _index(int(found.group()))
        if self.peek(":"):
            raise self.error("array slices are not supported")
        raise self.error("expected a quoted name, an index, '*' or a filter '?…'")

    def string(self) -> str:
        quote = self.text[self.pos]
        start = self.pos
        self.pos += 1
        chars: list[str] = []
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == quote:
                self.pos += 1
                return "".join(chars)
            if char == "\\":
                escape = self.text[self.pos + 1 : self.pos + 2]
                mapping = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "/": "/"}
                if escape in ("'", '"', "\\"):
                    chars.append(escape)
                elif escape in mapping:
                    chars.append(mapping[escape])
                elif escape == "u":
                    chars.append(self.unicode_escape())
                else:
                    raise self.error(f"unknown escape \\{escape}")
                self.pos += 2
                continue
            chars.append(char)
            self.pos += 1
        raise self.error("unterminated string", start)

    def unicode_escape(self) -> str:
        """The character of the ``\\uXXXX`` escape at ``pos`` (a surrogate pair: two escapes,
        one character); ``pos`` is left two short of its end, as the caller steps two."""
        hexdigits = "0123456789abcdefABCDEF"
        digits = self.text[self.pos + 2 : self.pos + 6]
        if len(digits) != 4 or not all(c in hexdigits for c in digits):
            raise self.error("\\u needs four hex digits")
        code = int(digits, 16)
        self.pos += 4
        low = self.text[self.pos + 2 : self.pos + 8]
        if 0xD800 <= code < 0xDC00 and low[:2] == "\\u" and len(low) == 6:
            second = int(low[2:], 16) if all(c in hexdigits for c in low[2:]) else 0
            if 0xDC00 <= second < 0xE000:
                self.pos += 6
                return chr(0x10000 + ((code - 0xD800) << 10) + (second - 0xDC00))
        return chr(code)

    # -- filters ------------------------------------------------------------------------------

    def logical_or(self) -> Filter:
        terms = [self.logical_and()]
        self.spaces()
        while self.eat("||"):
            terms.append(self.logical_and())
            self.spaces()
        if len(terms) == 1:
            return terms[0]
        return lambda value, root: any(term(value, root) for term in terms)

    def logical_and(self) -> Filter:
        terms = [self.basic()]
        self.spaces()
        while self.eat("&&"):
            terms.append(self.basic())
            self.spaces()
        if len(terms) == 1:
            return terms[0]
        return lambda value, root: all(term(value, root) for term in terms)

    def basic(self) -> Filter:
        self.spaces()
        if self.eat("!"):
            self.spaces()
            inner = self.basic_positive()
            return lambda value, root: not inner(value, root)
        return self.basic_positive()

    def basic_positive(self) -> Filter:
        if self.eat("("):
            inner = self.logical_or()
            self.spaces()
            self.expect(")")
            return inner
        start = self.pos
        left, singular = self.comparable()
        self.spaces()
        operator = next((op for op in _COMPARISONS if self.peek(op)), None)
        if operator is None:
            if singular is None:
                raise self.error("a literal alone is not a test; compare it with '=='", start)
            return lambda value, root: bool(left(value, root))
        self.pos += len(operator)
        self.spaces()
        right, _ = self.comparable()
        return _comparison(operator, left, right)

    def comparable(self) -> tuple[Operand, bool | None]:
        """An operand: a query (``@…``/``$…``; the flag says it is one) or a literal."""
        if self.peek("@") or self.peek("$"):
            relative = self.text[self.pos] == "@"
            self.pos += 1
            segments = self.segments()

            def run(value: Any, root: Any) -> list[Any]:
                nodes = [Node(value if relative else root, None, None)]
                for segment in segments:
                    nodes = segment.apply(nodes, root)
                return [node.value for node in nodes]

            return run, True
        if self.peek("'") or self.peek('"'):
            literal: Any = self.string()
        else:
            found = _NUMBER.match(self.text, self.pos)
            word = re.match(r"true|false|null", self.text[self.pos :])
            if found is not None:
                self.pos = found.end()
                literal = json.loads(found.group())
            elif word is not None:
                self.pos += len(word.group())
                literal = json.loads(word.group())
            else:
                name = _NAME.match(self.text, self.pos)
                if name is not None and self.text[name.end() : name.end() + 1] == "(":
                    raise self.error(f"function {name.group()}() is not supported")
                raise self.error("expected a query (@… or $…) or a literal")
        return (lambda value, root, _v=literal: [_v]), None


def _comparison(operator: str, left: Operand, right: Operand) -> Filter:
    def test(value: Any, root: Any) -> bool:
        a, b = left(value, root), right(value, root)
        if len(a) > 1 or len(b) > 1:
            return False  # only singular queries compare
        x = a[0] if a else _NOTHING
        y = b[0] if b else _NOTHING
        if operator == "==":
            return _equal(x, y)
        if operator == "!=":
            return not _equal(x, y)
        if operator in ("<=", ">="):
            first, second = (x, y) if operator == "<=" else (y, x)
            return _less(first, second) or _equal(first, second)
        return _less(x, y) if operator == "<" else _less(y, x)

    return test


_NOTHING = object()


def _equal(x: Any, y: Any) -> bool:
    if x is _NOTHING or y is _NOTHING:
        return x is y
    if isinstance(x, bool) or isinstance(y, bool):
        return type(x) is type(y) and x == y
    return bool(x == y)


def _less(x: Any, y: Any) -> bool:
    numbers = (int, float)
    if isinstance(x, bool) or isinstance(y, bool):
        return False
    if isinstance(x, numbers) and isinstance(y, numbers):
        return x < y
    if isinstance(x, str) and isinstance(y, str):
        return x < y
    return False


@cache
def compile_path(expression: str) -> tuple[_Segment, ...]:
    """Parse ``expression`` once; raises :class:`JSONPathError`."""
    return tuple(_Parser(expression).query())


def select(document: Any, expression: str) -> list[Node]:
    """The nodes of ``document`` that ``expression`` selects, in document order of the
    selectors (duplicates kept, as RFC 9535 says)."""
    nodes = [Node(document, None, None)]
    for segment in compile_path(expression):
        nodes = segment.apply(nodes, document)
    return nodes
