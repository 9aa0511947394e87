"""Every core: analyse articles in worker processes that share the parent's loaded pipeline.

    for item in parse_in_order(pipeline, items, jobs=4):
        ...   # each Article of ``items`` comes back as its Doc, in input order; anything else as it was

The parent loads the pipeline (gazetteer, models) once, then forks the workers (multiprocessing's
"fork" context), so they share the index pages copy-on-write instead of loading their own. Articles
go to the workers in small batches and their documents come back in input order (with their final
layers only, mentions, events, roles and user: the intermediate ones, the discourse labels among them,
stay in the worker); at most a few
batches per worker are in flight, so memory does not grow with the input. Anything in ``items`` that
is not an Article (an InputProblem from the readers) is passed through in its place, in order.

Workers ignore SIGINT (Ctrl-C reaches the whole process group: only the parent decides) and die on
SIGTERM; when the parent stops early (Ctrl-C, SIGTERM, an error, or a caller that stops iterating),
it terminates them before the exception goes on, so no worker outlives the run.

``jobs=1`` analyses in the calling process, exactly as before; so does a platform without fork.
"""

from __future__ import annotations

import copyreg
import dataclasses
import gc
import io
import multiprocessing
import multiprocessing.pool
import operator
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from mapper.doc import Doc
from mapper.errors import MapperError
from mapper.model import Article, Event, Mention, Place, Role
from mapper.pipeline import Pipeline

T = TypeVar("T")

BATCH = 16  # articles per task: pickling one small task per article costs more than it saves
IN_FLIGHT = 4  # batches per worker queued ahead, so a worker never waits for the parent

_pipeline: Pipeline | None = None  # the parent's pipeline, inherited by the forked workers


def default_jobs() -> int:
    """All the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _worker_init() -> None:
    # Ctrl-C goes to the whole foreground process group: the parent handles it and terminates us.
    # The parent's SIGTERM handler raises Terminated for a clean-up only the parent does: a worker
    # just dies.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


# What a worker sends back of a document: the layers the parent uses (merging, records, the map, the
# summary, evaluation), not the article it already has nor the intermediate layers (sentences,
# candidates, clauses; and the discourse component's sentence labels, ``user["discourse"]``, which only
# the events component reads). Pickling and unpickling whole documents cost about 1.1 ms per LGL article
# in CPU (5.5 KB each); these layers 0.06 ms (about 1 KB; _DISPATCH). See bench/bench_throughput.py --jobs.
Layers = tuple[list[Mention], list[Event], "list[Role] | None", dict[str, Any]]
_INTERMEDIATE_USER = ("discourse", "site_probability")  # read by later components only


def _flat(cls: type) -> Callable[[Any], tuple]:
    """Pickle a frozen dataclass as its class and field values, rebuilt by its constructor: the
    dataclass's own ``__getstate__``/``__setstate__`` are Python loops over its fields, this is one C
    call (attrgetter) each way. Equal values: every field is an init field, none is computed."""
    fields = dataclasses.fields(cls)
    assert all(f.init for f in fields) and not hasattr(cls, "__post_init__"), cls
    get = operator.attrgetter(*(f.name for f in fields))
    return lambda obj: (cls, get(obj))


# A worker's answer is pickled with this table (the parent's plain pickle.loads reads it). Dumps and loads
# of the layers of LGL and GeoVirus took 0.19 ms of CPU per article; without the discourse labels 0.13;
# with this table as well 0.06.
_DISPATCH = {**copyreg.dispatch_table, **{cls: _flat(cls) for cls in (Mention, Place, Role)}}


def _dumps(obj: Any) -> bytes:
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH
    pickler.dump(obj)
    return buf.getvalue()


def answer(doc: Doc) -> Layers:
    """What a worker sends back of ``doc`` (pickled with ``_dumps``)."""
    user = doc.user
    if any(k in user for k in _INTERMEDIATE_USER):
        user = {k: v for k, v in user.items() if k not in _INTERMEDIATE_USER}
    return doc.mentions, doc.events, doc.roles, user


def _parse_batch(articles: list[Article]) -> bytes:
    assert _pipeline is not None, "worker started without a pipeline"
    return _dumps([answer(_pipeline.parse(a)) for a in articles])


class _Pool(multiprocessing.pool.Pool):
    """multiprocessing's Pool without its busy wait: its worker-maintenance thread also waits on the
    result pipe, so while the result thread reads and unpickles an answer it wakes again and again
    (about 70 times per answer, measured), taking CPU from the workers' cores and the GIL from the
    result thread. It needs to wake only when a worker exits (its sentinel, still watched) or the pool
    changes state (close, terminate: the change notifier)."""

    def _get_sentinels(self) -> list:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]


def _docs(articles: list[Article], layers: list[Layers]) -> Iterator[Doc]:
    """The parent's documents: its own articles with the layers their workers sent back."""
    for article, (mentions, events, roles, user) in zip(articles, layers, strict=True):
        yield Doc(article, mentions, events, roles=roles, user=user)


def _batches(items: Iterable[T]) -> Iterator[list[T]]:
    """Runs of items, each either all Articles (at most BATCH) or one other item."""
    run: list[T] = []
    for item in items:
        if isinstance(item, Article):
            run.append(item)
            if len(run) == BATCH:
                yield run
                run = []
        else:
            if run:
                yield run
                run = []
            yield [item]
    if run:
        yield run


def parse_in_order(pipeline: Pipeline, items: Iterable[Article | T], jobs: int = 1) -> Iterator[Doc | T]:
    """Each Article of ``items`` parsed by ``pipeline`` into its Doc, and every other item passed
    through, in input order, using ``jobs`` processes (1: this one).

    Items are consumed lazily (a bounded number ahead of what has been yielded), so an input of any
    length streams. Non-article items are yielded when reached in order, not when read.
    """
    if jobs <= 1 or not can_fork():
        for item in items:
            yield pipeline.parse(item) if isinstance(item, Article) else item
        return
    global _pipeline
    _pipeline = pipeline
    # What exists now is shared with the workers copy-on-write: frozen, the workers' cyclic collector
    # never walks it (walking it writes to every object and copies every page). The CLI froze it already.
    gc.freeze()
    pool = _Pool(jobs, initializer=_worker_init, context=multiprocessing.get_context("fork"))
    try:
        pending: deque = deque()  # (batch, async result or None for passed-through items)
        limit = jobs * IN_FLIGHT

        workers = {p.pid for p in pool._pool}  # type: ignore[attr-defined]

        def ready() -> Iterator[Doc | T]:
            batch, result = pending.popleft()
            if result is None:
                yield from batch
                return
            while not result.ready():
                result.wait(1.0)
                # A worker that dies (killed, out of memory) takes its batch with it and the pool quietly
                # starts another: without this check the run would wait for that batch for ever. Pool
                # has no public way to see it, hence the private list of its processes.
                if {p.pid for p in pool._pool} != workers:  # type: ignore[attr-defined]
                    raise MapperError("a worker process died (killed, or out of memory?); the run stopped")
            yield from _docs(batch, pickle.loads(result.get()))

        for batch in _batches(items):
            articles = isinstance(batch[0], Article)
            pending.append((batch, pool.apply_async(_parse_batch, (batch,)) if articles else None))
            while len(pending) > limit or (pending and pending[0][1] is None):
                yield from ready()
        while pending:
            yield from ready()
        pool.close()
        pool.join()
    finally:
        pool.terminate()  # no-op after a clean close; on Ctrl-C, SIGTERM or an error, stops the workers
        _pipeline = None


def parse_ahead(pipeline: Pipeline, articles: Iterable[Article], jobs: int = 1) -> Callable[[Article], Doc]:
    """A parse function for a caller that asks for ``articles`` one by one, in this order (an
    evaluation loop that times and scores each): the documents are made ahead in ``jobs`` processes.
    Asking for any other article than the next one is an error."""
    docs = parse_in_order(pipeline, articles, jobs)

    def parse(article: Article) -> Doc:
        doc = next(docs, None)
        if doc is None or doc.article.id != article.id:  # type: ignore[union-attr]
            raise MapperError(f"article {article.id!r} asked for out of order")
        return doc  # type: ignore[return-value]

    return parse
