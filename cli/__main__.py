"""`python -m cli`: the `afterview` command, from a checkout."""

from cli.main import main

raise SystemExit(main())
