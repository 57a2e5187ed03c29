"""A local emulator of the Gmail v1 REST API, for tests, benchmarks and the demo."""
