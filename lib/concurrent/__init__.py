"""concurrent -- a package for concurrent execution (only its futures)."""
