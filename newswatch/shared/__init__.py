"""What the spiders, the workers, the monitor and the CLI share: settings, Redis keys and connections,
the message schema (items), errors, job names, logs, redaction, metrics, Sentry, URL identity."""
