"""The `afterview` command line: one package over all the others.

`cli.main.main` dispatches to one module per command (`cli.mail` for classify/advise,
`cli.sync`, `cli.serve`, `cli.db`, `cli.sandbox`, `cli.generate`, `cli.evaluate`) and to
the demo (`gmail_sandbox.demo`). Nothing below this package imports it back.
"""
