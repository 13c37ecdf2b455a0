import sys

from cdmo_desktop.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a frozen app's PDF worker starts through here too
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
