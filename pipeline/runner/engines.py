"""What every engine shares, apart from the model: how many processes, how they start, rows already computed."""

from __future__ import annotations

import multiprocessing
import os

from pipeline.runner.results import DocumentResult


def default_workers() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def pool_context() -> multiprocessing.context.BaseContext:
    """Fork where the platform has it, so a child shares what this process has loaded (the model, the code)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class Done:
    """Rows already computed, with the interface of a pending result."""

    def __init__(self, results: list[DocumentResult]) -> None:
        self.results = results

    def ready(self) -> bool:
        return True

    def get(self) -> list[DocumentResult]:
        return self.results
