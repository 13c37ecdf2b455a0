import sys

from cdmo_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
