"""Afterview's domain: read interview threads and advise what to do next.

Pure Python on plain data: this package never imports Flask, Redis, RQ or Google clients
(tests/test_domain_purity.py checks it), so every rule is unit-testable without a server.
"""

__version__ = "0.1.0"
