"""The `mapper` console script.

Start-up (imports, then the gazetteer's ~2M objects) allocates far more than it frees, so the cyclic
garbage collector is paused first; `mapper.cli` re-enables it, with the gazetteer frozen, once the
pipeline is loaded.
"""

import gc

gc.disable()

from mapper.cli import main  # noqa: E402

__all__ = ["main"]
