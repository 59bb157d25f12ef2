"""``python -m arapp.cli``: the same as the ``arapp`` command."""

import sys

from arapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
