import sys

from cdmo_desktop.cli import main

sys.exit(main())
