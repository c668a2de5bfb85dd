"""Runtime hook of the bundle: pythainlp reads only the word lists shipped inside it.

Without these, importing pythainlp creates ~/pythainlp-data and may try to download
corpora; a desk laptop is often offline and its home folder is not ours to fill.
"""

import os

os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
