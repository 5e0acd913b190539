"""Worker processes that run SPARQL on the store, so that a query past its timeout can be stopped.

pyoxigraph cannot cancel a running query, and a thread cannot be killed; a process can. Each
query worker holds the store open read-only (reopening it when the store's files change, so a
``kg build`` that ran meanwhile is seen) and answers one request at a time. A request that
outlives its timeout gets its worker killed and replaced, and a 503 answer. Updates go to a
separate worker that opens the store for writing only while it runs one: killed half-way, the
update's transaction is never committed.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import StoreError
from .protocol import Answer, answer_query, answer_update, text_answer

__all__ = ["Task", "WorkerPool"]

_log = logging.getLogger(__name__)
_START_TIMEOUT = 60.0


@dataclass(frozen=True)
class Task:
    """One SPARQL request for a worker: a query (with how to answer it) or an update."""

    sparql: str
    update: bool = False
    accept: str | None = None
    fmt: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context, store_dir: str, max_rows: int, writer: bool) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, store_dir, max_rows, writer),
                                       name="kg-sparql-writer" if writer else "kg-sparql-worker", daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise StoreError(f"a query worker did not start within {timeout:g} s")
        try:
            error = self.conn.recv()
        except EOFError:
            raise StoreError("a query worker died while opening the store") from None
        if error:
            self.kill()
            raise StoreError(error)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(2)
        if self.process.is_alive():
            self.kill()


class WorkerPool:
    """Query workers over one store, plus an update worker when updates are allowed.

    Parameters
    ----------
    store_dir : str or path
        The store directory (it must exist).
    size : int
        How many queries run at once; more wait for a free worker.
    max_rows : int
        The result-row limit passed to :func:`kg.protocol.answer_query`.
    allow_update : bool
        Start the update worker; otherwise :meth:`run` refuses updates with 403.
    """

    def __init__(self, store_dir: str | os.PathLike[str], *, size: int = 2, max_rows: int = 100_000,
                 allow_update: bool = False) -> None:
        if size < 1:
            raise StoreError(f"the pool needs at least one worker, not {size}")
        self.store_dir = str(Path(store_dir))
        self.size = size
        self.max_rows = max_rows
        self.allow_update = allow_update
        self._context = multiprocessing.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._writer: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: list[_Worker] = []
        self._closed = False
        self._started = False

    @property
    def started(self) -> bool:
        """Whether :meth:`start` has run."""
        return self._started

    def start(self) -> None:
        """Start every worker and wait until each has opened the store (raises StoreError if one cannot)."""
        if not Path(self.store_dir).is_dir():
            raise StoreError(f"{self.store_dir}: no store here yet; run 'kg build' first or pass --store")
        self._started = True
        try:
            for _ in range(self.size):
                self._idle.put(self._spawn(writer=False))
            if self.allow_update:
                self._writer.put(self._spawn(writer=True))
        except BaseException:
            self.close()
            raise

    def _spawn(self, writer: bool) -> _Worker:
        worker = _Worker(self._context, self.store_dir, self.max_rows, writer)
        with self._lock:
            self._workers.append(worker)
        worker.wait_ready(_START_TIMEOUT)
        return worker

    def _replace(self, worker: _Worker, pool: queue.Queue, writer: bool) -> None:
        """Kill a worker now and put a fresh one into ``pool`` from a background thread."""
        worker.kill()
        with self._lock:
            if worker in self._workers:
                self._workers.remove(worker)

        def respawn() -> None:
            try:
                fresh = self._spawn(writer)
            except StoreError as exc:
                _log.error("could not replace a SPARQL worker: %s", exc)
                return
            if self._closed:
                fresh.stop()
            else:
                pool.put(fresh)

        if not self._closed:
            threading.Thread(target=respawn, name="kg-respawn", daemon=True).start()

    def run(self, task: Task, timeout: float) -> Answer:
        """Run one task and return its answer; blocks, so call it from a thread.

        The task waits up to ``timeout`` seconds for a free worker (503 if none frees up), then
        runs up to ``timeout`` seconds (503, and the worker is killed, if it does not finish).
        """
        if task.update and not self.allow_update:
            return text_answer(403, "updates are disabled on this server; start kg serve with --allow-update "
                                    "and a token in KG_TOKEN")
        pool = self._writer if task.update else self._idle
        try:
            worker = pool.get(timeout=timeout)
        except queue.Empty:
            busy = "the update worker" if task.update else f"all {self.size} query workers"
            return text_answer(503, f"{busy} stayed busy for {timeout:g} s; retry later",
                               **{"Retry-After": str(max(1, round(timeout)))})
        try:
            worker.conn.send(task)
            if worker.conn.poll(timeout):
                answer = worker.conn.recv()
                pool.put(worker)
                return answer
        except (EOFError, OSError) as exc:
            self._replace(worker, pool, task.update)
            return text_answer(500, f"the worker running the request died ({exc or type(exc).__name__}); "
                                    "it is being restarted")
        self._replace(worker, pool, task.update)
        what = "update" if task.update else "query"
        return text_answer(503, f"the {what} ran longer than the server's {timeout:g} s timeout and was stopped"
                                f"{'; nothing was changed' if task.update else ''}; simplify it, add LIMIT, "
                                "or start kg serve with a larger --timeout")

    def close(self) -> None:
        """Stop every worker (a running query is killed)."""
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, []
        for worker in workers:
            worker.stop()


def _stamp(store_dir: str) -> tuple:
    """What changes when another process writes the store: its files' names, sizes and times."""
    try:
        entries = list(os.scandir(store_dir))
    except OSError:
        return ()
    # The info log changes on every open, and kg push keeps its manifest (and its temporary) here.
    return tuple(sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries
                        if e.is_file() and not e.name.startswith((".", "LOG")) and not e.name.endswith(".json")))


def _work(conn, store_dir: str, max_rows: int, writer: bool) -> None:
    """The worker process: open the store, then answer tasks until the pipe closes."""
    # Ctrl-C reaches the whole process group; the parent decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    store, stamp = None, ()
    try:
        if not writer:
            stamp = _stamp(store_dir)
            store = ox.Store.read_only(store_dir)
        conn.send(None)
    except OSError as exc:
        conn.send(f"{store_dir}: cannot open the store ({exc})")
        return
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        if writer:
            answer = _update(store_dir, task.sparql)
        else:
            now = _stamp(store_dir)
            if now != stamp:
                try:
                    store, stamp = ox.Store.read_only(store_dir), now
                except OSError:
                    pass  # a writer is mid-way; keep the previous snapshot for this query
            answer = answer_query(store, task.sparql, accept=task.accept, fmt=task.fmt, max_rows=max_rows,
                                  default_graphs=task.default_graphs, named_graphs=task.named_graphs)
        try:
            conn.send(answer)
        except (OSError, ValueError):
            return


def _update(store_dir: str, sparql: str) -> Answer:
    """Open the store for writing just for this update, so ``kg build`` can run between updates."""
    started = time.monotonic()
    while True:
        try:
            store = ox.Store(store_dir)
            break
        except OSError as exc:
            if time.monotonic() - started > 2:
                return text_answer(503, f"the store is locked by another process (a kg build?): {exc}; retry later",
                                   **{"Retry-After": "5"})
            time.sleep(0.1)
    try:
        return answer_update(store, sparql)
    finally:
        del store
