from newsrewind.cli.main import main

raise SystemExit(main())
