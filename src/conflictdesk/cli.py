def main() -> None:
    """Placeholder replaced by the CLI."""
