"""Pages of list operations (the spec's ``x-pagination``).

A paginated resource method returns the first page. Iterating over a page yields every item
of that page and of every later page, fetching them as needed; ``pages()`` yields the pages
themselves; ``current`` is the decoded answer of this page and ``data`` its items. The end is
the one the API documents: the last page number (``page`` style), a missing cursor or a false
``has_more`` (``cursor`` style), a missing next link (``next-link`` style); an empty page
always ends the iteration.

    for contact in client.contacts.list(per_page=200):
        print(contact.phone_number)

    async for message in await client.messages.list(from_=line, to=chat):
        ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

import httpx

from ._base_client import get_field

__all__ = ["AsyncPage", "Pagination", "SyncPage"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages (names are the wire names of the spec's ``x-pagination``)."""

    style: Literal["page", "cursor", "next-link"]
    items: str
    page_param: str | None = None
    size_param: str | None = None
    total_pages: str | None = None
    cursor_param: str | None = None
    next_cursor: str | None = None
    has_more: str | None = None
    next_link: str | None = None

    def next_request(
        self, kwargs: dict[str, Any], body: object, count: int
    ) -> dict[str, Any] | None:
        """The request of the page after the one ``kwargs`` asked for and ``body`` answered
        (``count`` items), or ``None`` at the end."""
        if count == 0:
            return None
        params = dict(kwargs.get("params") or {})
        if self.style == "page" and self.page_param is not None:
            current = _integer(params.get(self.page_param)) or 1
            total = _integer(get_field(body, self.total_pages))
            if total is not None and current >= total:
                return None
            size = _integer(params.get(self.size_param)) if self.size_param else None
            if total is None and size is not None and count < size:
                return None
            params[self.page_param] = current + 1
            return {**kwargs, "params": params}
        if self.style == "cursor" and self.cursor_param is not None:
            if self.has_more is not None and get_field(body, self.has_more) is False:
                return None
            cursor = get_field(body, self.next_cursor)
            if not isinstance(cursor, str) or not cursor or cursor == params.get(self.cursor_param):
                return None
            params[self.cursor_param] = cursor
            return {**kwargs, "params": params}
        if self.style == "next-link":
            link = get_field(body, self.next_link)
            if not isinstance(link, str) or not link or link == str(kwargs.get("url")):
                return None
            return {**kwargs, "url": link, "params": {}}
        return None


def _integer(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _body(response: httpx.Response) -> object:
    try:
        body: object = response.json()
    except ValueError:
        return None
    return body


class _PageBase(Generic[PageT, ItemT]):
    def __init__(
        self,
        *,
        response: httpx.Response,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], PageT],
        items: Callable[[PageT], list[ItemT]],
        pagination: Pagination,
    ) -> None:
        self.http_response = response
        self.current: PageT = parse(response)
        """The decoded answer of this page (with its counters and links)."""
        self.data: list[ItemT] = items(self.current)
        """The items of this page."""
        self._kwargs = kwargs
        self._parse = parse
        self._items = items
        self._pagination = pagination

    def _next_kwargs(self) -> dict[str, Any] | None:
        return self._pagination.next_request(
            self._kwargs, _body(self.http_response), len(self.data)
        )

    def has_next_page(self) -> bool:
        """Whether a later page exists (by the documented end of the list)."""
        return self._next_kwargs() is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.data)} items>"


class SyncPage(_PageBase[PageT, ItemT]):
    """A page of a list; iterating yields every item of this page and the later ones."""

    def __init__(
        self,
        *,
        response: httpx.Response,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], PageT],
        items: Callable[[PageT], list[ItemT]],
        pagination: Pagination,
        fetch: Callable[[dict[str, Any]], httpx.Response],
    ) -> None:
        super().__init__(
            response=response, kwargs=kwargs, parse=parse, items=items, pagination=pagination
        )
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[PageT, ItemT]:
        """Fetch the next page; ``LookupError`` on the last one."""
        following = self._next_kwargs()
        if following is None:
            raise LookupError("this is the last page")
        return SyncPage(
            response=self._fetch(following),
            kwargs=following,
            parse=self._parse,
            items=self._items,
            pagination=self._pagination,
            fetch=self._fetch,
        )

    def pages(self) -> Iterator[SyncPage[PageT, ItemT]]:
        """This page and every later one, fetched as the iteration reaches them."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page.data


class AsyncPage(_PageBase[PageT, ItemT]):
    """Async twin of :class:`SyncPage`: ``async for item in page`` crosses pages."""

    def __init__(
        self,
        *,
        response: httpx.Response,
        kwargs: dict[str, Any],
        parse: Callable[[httpx.Response], PageT],
        items: Callable[[PageT], list[ItemT]],
        pagination: Pagination,
        fetch: Callable[[dict[str, Any]], Awaitable[httpx.Response]],
    ) -> None:
        super().__init__(
            response=response, kwargs=kwargs, parse=parse, items=items, pagination=pagination
        )
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[PageT, ItemT]:
        """Fetch the next page; ``LookupError`` on the last one."""
        following = self._next_kwargs()
        if following is None:
            raise LookupError("this is the last page")
        return AsyncPage(
            response=await self._fetch(following),
            kwargs=following,
            parse=self._parse,
            items=self._items,
            pagination=self._pagination,
            fetch=self._fetch,
        )

    async def pages(self) -> AsyncIterator[AsyncPage[PageT, ItemT]]:
        """This page and every later one, fetched as the iteration reaches them."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.pages():
            for item in page.data:
                yield item
