"""MS Project and GanttProject imports say the same thing, in the same words, of summary
tasks they keep as tasks: one task, or several, never "task(s)"."""

from __future__ import annotations

from cdmo_desktop.exchange.schedule_files import kept_summaries_warning


def test_one_kept_summary_task_reads_in_the_singular() -> None:
    assert str(kept_summaries_warning(1)) == (
        "1 summary task not named like a phase is kept as a task spanning its subtasks."
    )


def test_several_kept_summary_tasks_read_in_the_plural() -> None:
    assert str(kept_summaries_warning(3)).startswith("3 summary tasks not named like a phase are")
