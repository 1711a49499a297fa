"""depeche: French news articles to review tables.

    >>> import pipeline
    >>> nlp = pipeline.load()              # spaCy Language with depeche's components
    >>> tables = pipeline.run("seeds/")    # dict of pandas DataFrames
"""

from pipeline.annotate import load
from pipeline.runner import run

__version__ = "0.1.0"

__all__ = ["load", "run"]
