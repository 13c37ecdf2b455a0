"""The partnership desk: a desktop workspace for CRO/CDMO/CMO partnerships."""

__version__ = "0.1.0"
APP_NAME = "cdmo-desktop"
APP_DISPLAY_NAME = "Partnership Desk"
ORG_NAME = "cdmo-desktop"
