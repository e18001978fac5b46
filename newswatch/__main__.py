"""``python -m newswatch``: the same CLI as the ``newswatch`` console script."""

from newswatch.cli.main import main

main()
