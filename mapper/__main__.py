"""`python -m mapper` is the `mapper` command: the console script runs the same ``mapper.cli.main``."""

from mapper.cli import main

main()
