"""Refusals the store reports to the user in one sentence."""


class StoreError(Exception):
    """A database the app will not open or write; str() is the message to show."""


class NotADatabaseError(StoreError):
    pass


class NewerSchemaError(StoreError):
    pass


class DatabaseLockedError(StoreError):
    pass
