"""depeche: French news articles to review tables.

    >>> import pipeline
    >>> nlp = pipeline.load()              # spaCy Language with depeche's components
    >>> tables = pipeline.run("seeds/")    # dict of pandas DataFrames
"""

__version__ = "0.1.0"  # before the imports: the cache's fingerprint reads it while they run

from pipeline.annotate import load  # noqa: E402
from pipeline.run import run  # noqa: E402

__all__ = ["load", "run"]
