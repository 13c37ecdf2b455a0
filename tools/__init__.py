"""Developer tools: forms, icons, the app bundle (run from the checkout's root)."""
