"""The operator CLI, ``newswatch``: the root group (main) and one module per command group."""
