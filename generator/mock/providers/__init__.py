"""Per-provider business rules for the mock (one small module per API, named after it)."""
