from afterview.cli import main

raise SystemExit(main())
