"""Storage: SQLAlchemy models, sessions, migrations and encrypted secrets, for server and worker."""
