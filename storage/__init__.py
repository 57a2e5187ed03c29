"""Where Afterview keeps its state: SQLAlchemy models, Alembic migrations, a few queries.

SQLite (a file in the instance folder) by default, PostgreSQL when `DATABASE_URL` points at
one. The schema is created and changed only by the migrations in `storage/migrations`.
"""
