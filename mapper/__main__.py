"""`python -m mapper` is the `mapper` command."""

from mapper.cli import main

main()
