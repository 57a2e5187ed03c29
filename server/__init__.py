"""The Flask API the extension calls: sign-in, threads and advice, feedback, settings."""
