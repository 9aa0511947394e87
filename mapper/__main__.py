"""`python -m mapper` is the `mapper` command."""

from mapper.entry import main

main()
