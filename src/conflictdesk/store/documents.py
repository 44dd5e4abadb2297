"""Documents: stored once, found again by id or by content hash."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from conflictdesk.errors import StoreError
from conflictdesk.model import Document
from conflictdesk.store.schema import documents
from conflictdesk.store.sqlutil import chunks, now

# Documents read per query while iterating over all of them.
PAGE = 200


class DocumentNotFound(StoreError):
    code = "E306"


@dataclass(frozen=True, slots=True)
class AddResult:
    """``added``: ids stored now. ``existing``: ids of stored documents that inputs duplicated
    (same id, or same content under another id); every id here can be passed to ``document``."""

    added: tuple[str, ...]
    existing: tuple[str, ...]


def add_documents(conn: Connection, docs: Iterable[Document]) -> AddResult:
    batch = list(docs)
    known_ids, known_hashes = _known(conn, batch)
    added: list[str] = []
    existing: list[str] = []
    rows: list[dict[str, Any]] = []
    at = now()
    for doc in batch:
        match = doc.id if doc.id in known_ids else known_hashes.get(doc.content_hash)
        if match is not None:
            existing.append(match)
            continue
        rows.append(_row(doc, at))
        added.append(doc.id)
        known_ids.add(doc.id)
        known_hashes[doc.content_hash] = doc.id
    if rows:
        conn.execute(documents.insert(), rows)
    return AddResult(added=tuple(added), existing=tuple(dict.fromkeys(existing)))


def _known(conn: Connection, batch: list[Document]) -> tuple[set[str], dict[str, str]]:
    ids: set[str] = set()
    hashes: dict[str, str] = {}
    c = documents.c
    for part in chunks({d.id for d in batch}):
        ids.update(conn.execute(sa.select(c.id).where(c.id.in_(part))).scalars())
    for part in chunks({d.content_hash for d in batch}):
        query = sa.select(c.content_hash, c.id).where(c.content_hash.in_(part))
        hashes.update({str(h): str(i) for h, i in conn.execute(query)})
    return ids, hashes


def _row(doc: Document, at: Any) -> dict[str, Any]:
    return {
        "id": doc.id,
        "content_hash": doc.content_hash,
        "title": doc.title,
        "url": doc.url,
        "publisher": doc.publisher,
        "published": doc.published,
        "accessed": doc.accessed,
        "language": doc.language,
        "path": doc.path,
        "genre": doc.genre,
        "text": doc.text,
        "added_at": at,
    }


def _document(row: sa.Row[Any]) -> Document:
    return Document(
        id=row.id,
        text=row.text,
        content_hash=row.content_hash,
        title=row.title,
        url=row.url,
        publisher=row.publisher,
        published=row.published,
        accessed=row.accessed,
        language=row.language,
        path=row.path,
        genre=row.genre,
    )


def get_document(conn: Connection, document_id: str) -> Document:
    row = conn.execute(sa.select(documents).where(documents.c.id == document_id)).first()
    if row is None:
        raise DocumentNotFound(
            f"no document with id {document_id!r}",
            remedy="ingest it with `conflictdesk ingest PATH`; ids are the documents' `id` keys",
        )
    return _document(row)


def iter_documents(engine: Engine) -> Iterator[Document]:
    """All documents by id, read a page at a time so no transaction stays open in between."""
    after: str | None = None
    while True:
        query = sa.select(documents).order_by(documents.c.id).limit(PAGE)
        if after is not None:
            query = query.where(documents.c.id > after)
        with engine.connect() as conn:
            page = [_document(row) for row in conn.execute(query)]
        yield from page
        if len(page) < PAGE:
            return
        after = page[-1].id


def count_documents(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(documents)).scalar_one())
