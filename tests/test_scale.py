"""Extraction at scale: the stream, the process pool and Dask give the plain loop's events."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from itertools import count, islice
from pathlib import Path
from typing import Any

import pytest

from conflictdesk.extract import extract_document
from conflictdesk.ingest import ingest_paths
from conflictdesk.model import Document, Event, Extraction
from conflictdesk.resolve.registry import load_registry
from conflictdesk.scale import (
    ExtractionFailed,
    ExtractionFailure,
    extract_parallel,
    extract_stream,
)
from conflictdesk.scale.stream import CHUNKS_AHEAD

SAMPLES = Path(__file__).resolve().parents[1] / "src/conflictdesk/packs/afghanistan/samples/docs"
# Wire, analysis, an incident summary and non-English reports, small enough for a fast test.
SAMPLE_NAMES = (
    "wire-2023-03-27-mofa.md",
    "wire-2022-09-05-russian-embassy.md",
    "analysis-iskp-embassies.md",
    "sum-2021-07-10-andar-ied.txt",
    "wire-tr-2023-03-27-disisleri.md",
    "wire-ru-2022-09-05-posolstvo.md",
)


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    result = ingest_paths([SAMPLES / name for name in SAMPLE_NAMES])
    assert not result.failures
    return list(result.documents)


@pytest.fixture(scope="module")
def plain(documents: list[Document]) -> list[tuple[Event, ...]]:
    registry = load_registry()
    return [extract_document(d, registry).events for d in documents]


def broken(document_id: str = "broken") -> Document:
    """A document whose extraction raises (no text), as a bug on one input would."""
    return Document(id=document_id, text=None, content_hash="0" * 64)  # type: ignore[arg-type]


def events_of(extractions: list[Extraction]) -> list[tuple[Event, ...]]:
    return [e.events for e in extractions]


class Counted:
    """An endless stream of copies of some documents that counts how many were taken."""

    def __init__(self, documents: list[Document]) -> None:
        self.documents = documents
        self.taken = 0

    def __iter__(self) -> Iterator[Document]:
        for number in count():
            self.taken += 1
            yield self.documents[number % len(self.documents)]


# -- stream and pool ------------------------------------------------------------------------


def test_stream_gives_the_plain_loops_events(
    documents: list[Document], plain: list[tuple[Event, ...]]
) -> None:
    assert events_of(list(extract_stream(documents))) == plain
    assert any(plain), "the samples should give events"


def test_stream_reads_its_input_lazily(documents: list[Document]) -> None:
    endless = Counted(documents[:2])
    taken = list(islice(extract_stream(endless), 3))
    assert len(taken) == 3
    assert endless.taken == 3


def test_stream_reports_a_failed_document_and_goes_on(documents: list[Document]) -> None:
    failures: list[ExtractionFailure] = []
    kept = list(extract_stream([documents[0], broken(), documents[1]], on_failure=failures.append))
    assert [e.document.id for e in kept] == [documents[0].id, documents[1].id]
    assert [f.source for f in failures] == ["broken"]
    assert failures[0].error.startswith("TypeError")


def test_stream_without_a_handler_names_the_failed_document(documents: list[Document]) -> None:
    with pytest.raises(ExtractionFailed, match="broken"):
        list(extract_stream([documents[0], broken()]))


def test_pool_gives_the_plain_loops_events_in_order(
    documents: list[Document], plain: list[tuple[Event, ...]]
) -> None:
    failures: list[ExtractionFailure] = []
    with_a_bad_one = [*documents[:3], broken(), *documents[3:]]
    pooled = list(
        extract_parallel(with_a_bad_one, processes=2, chunksize=1, on_failure=failures.append)
    )
    assert events_of(pooled) == plain
    assert [f.source for f in failures] == ["broken"]


def test_pool_keeps_a_bounded_number_of_documents_in_flight(documents: list[Document]) -> None:
    endless = Counted(documents[:2])
    processes, chunksize = 2, 2
    taken = list(islice(extract_parallel(endless, processes=processes, chunksize=chunksize), 3))
    assert len(taken) == 3
    # the chunks in flight, plus the one being cut when the third result was handed out
    assert endless.taken <= (processes * CHUNKS_AHEAD + 1) * chunksize + 1


# -- Dask -----------------------------------------------------------------------------------


def test_dask_local_cluster_gives_the_plain_loops_events(
    documents: list[Document], plain: list[tuple[Event, ...]]
) -> None:
    from conflictdesk.scale.dask_runner import extract_with_dask

    with_a_bad_one = [*documents[:2], broken(), *documents[2:]]
    result = extract_with_dask(with_a_bad_one, partitions=3)
    assert events_of(list(result.extractions)) == plain
    assert [f.source for f in result.failures] == ["broken"]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A cluster in this process (threads, quick to start), reached by its address."""
    distributed: Any = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def test_dask_reads_files_on_the_workers_like_ingest(scheduler: str, tmp_path: Path) -> None:
    from conflictdesk.scale.dask_runner import extract_with_dask

    copy = tmp_path / "copy-of-mofa.md"
    copy.write_text((SAMPLES / SAMPLE_NAMES[0]).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    paths = [SAMPLES / name for name in SAMPLE_NAMES[:3]] + [tmp_path, tmp_path / "missing.txt"]
    ingested = ingest_paths(paths)
    result = extract_with_dask(paths, scheduler=scheduler, partitions=2)
    expected = [extract_document(d).events for d in ingested.documents]
    assert events_of(list(result.extractions)) == expected
    failed = sorted(Path(f.source).name for f in result.failures)
    assert failed == ["empty.txt", "missing.txt"]


def test_dask_refuses_documents_mixed_with_paths(documents: list[Document]) -> None:
    from conflictdesk.errors import InputError
    from conflictdesk.scale.dask_runner import extract_with_dask

    with pytest.raises(InputError, match="both documents and paths"):
        extract_with_dask([documents[0], SAMPLES])
