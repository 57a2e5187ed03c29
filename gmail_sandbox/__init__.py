"""A local emulator of the Gmail v1 REST API, for tests, benchmarks and the demo.

Entry points (import them from their modules; importing this package loads nothing):
- `gmail_sandbox.sandbox.Sandbox`: mailboxes, OAuth tokens, quota and faults, in memory.
- `gmail_sandbox.app.create_app(sandbox, admin=False)`: the Flask app serving it.
- `gmail_sandbox.serve.running_sandbox(...)`: serve one on a free port in a thread.
- `gmail_sandbox.loading`: fill a mailbox from .eml/.mbox files or generated threads.
- `cli.sandbox.run`: `afterview sandbox`.
"""
