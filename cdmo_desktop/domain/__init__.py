"""Tables, enums and pure rules of the partnership desk. No Qt, no I/O."""
