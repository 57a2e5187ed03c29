"""The ids a job's log lines carry: the RQ job's id and the ids among its arguments
(`account_id`, `user_id`, `draft_request_id`); a job that learns its account later (a
draft) adds it with `afterview_config.logs.bound`."""

from __future__ import annotations

from typing import Any

from rq import get_current_job

# Arguments of the jobs (worker.jobs) that name what the job is about.
ID_ARGUMENTS = ("account_id", "user_id", "draft_request_id")


def job_fields() -> dict[str, Any]:
    job = get_current_job()
    if job is None:
        return {}
    fields: dict[str, Any] = {"job_id": job.id}
    arguments = job.kwargs or {}
    for name in ID_ARGUMENTS:
        if name in arguments:
            fields[name] = arguments[name]
    return fields
