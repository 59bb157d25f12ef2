"""Reserved for the helper "guards" (issue #8: immutability triggers and cached amounts).

On this branch the step does nothing, so the numbering stays 1..n; when the branches are
merged, the guards' own step 6 replaces this file (delete it then).
"""

DESCRIPTION = "reserved (guards)"


def apply(database, dialect):
    return None
