"""The Flask API the extension calls: sign-in, threads and advice, feedback, preferences.

`create_app(config=None)` builds the app: defaults, then `AFTERVIEW_*` environment
variables, then `config` (tests). Creating it does no I/O: the database and Redis are
reached when a request first needs them. Each subsystem has its own `init_app`.

How the extension receives its API token after Google sign-in (in a URL fragment, never
in a URL a server sees) is described in `server/signin.py`; the routes, settings and the
hand-off are summarised in server/README.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    from server import (
        api,
        db,
        errors,
        health,
        hooks,
        jobs,
        limits,
        logs,
        security,
        signin,
        summary_settings,
    )
    from server import config as settings

    app = Flask(__name__, static_folder=None)
    settings.load(app, config)
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the documented order; faster
    logs.init_app(app)
    errors.init_app(app)
    db.init_app(app)
    jobs.init_app(app)
    security.init_app(app)
    limits.init_app(app, api.blueprint, signin.blueprint, hooks.blueprint)
    app.register_blueprint(health.blueprint)
    app.register_blueprint(signin.blueprint)
    app.register_blueprint(api.blueprint)
    app.register_blueprint(summary_settings.blueprint)
    app.register_blueprint(hooks.blueprint)
    return app
