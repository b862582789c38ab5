"""Care pages: the private safety screen and mode, the passcode lock, and reinforcements."""
