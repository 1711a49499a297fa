"""`python -m pipeline` is the `depeche` command."""

from pipeline.cli import command

command()
