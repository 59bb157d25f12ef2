"""Gap-free document numbers per year: INV-2026-000123.

The counter is taken inside the caller's transaction, so a document that fails to
post rolls its number back and the next one takes it: no gaps, no duplicates. A
counter set back (by hand, or by restoring part of the books) so that the next number
is already in use is refused with a message naming it, before anything is written.
"""

from __future__ import annotations

from arapp.db.database import db, is_postgres
from arapp.db.models import NumberSequence
from arapp.errors import Conflict
from arapp.i18n import tr

PREFIXES = {"invoice": "INV", "receipt": "RCT", "credit_note": "CN", "customer": "C"}
DOCUMENT_TABLES = {"invoice": "invoice", "receipt": "receipt", "credit_note": "credit_note"}
#: The highest counter a number takes (six digits: INV-2026-999999).
MAX_SEQUENCE = 999_999


def next_number(kind: str, year: int) -> str:
    """Take the next number of ``kind`` for ``year``; call inside a transaction.
    A document number already in use (the counter was set back) is refused (Conflict);
    customer codes are checked by the caller, which may skip to the next free one."""
    value = take_next(kind, year)
    if kind == "customer":
        return f"{PREFIXES[kind]}{value:06d}"
    number = f"{PREFIXES[kind]}-{year}-{value:06d}"
    table = DOCUMENT_TABLES[kind]
    p = db.obj.param
    if db.execute_sql(f"SELECT 1 FROM {table} WHERE number = {p}", (number,)).fetchone():
        raise Conflict(tr("services", "The next number {number} is already in use: the numbering of the books "
                                      "(number_sequence) has been set back. Nothing was saved; set the counter "
                                      "past the highest {prefix}-{year} number in use.",
                          number=number, prefix=PREFIXES[kind], year=year))
    return number


def take_next(name: str, year: int) -> int:
    assert db.obj is not None
    p = db.obj.param
    db.execute_sql(
        f"INSERT INTO number_sequence (name, year, next_value) VALUES ({p}, {p}, 1) "
        "ON CONFLICT (name, year) DO NOTHING",
        (name, year),
    )
    lock = " FOR UPDATE" if is_postgres() else ""
    row = db.execute_sql(
        f"SELECT next_value FROM number_sequence WHERE name = {p} AND year = {p}{lock}", (name, year)
    ).fetchone()
    value = row[0]
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_SEQUENCE:
        raise Conflict(tr("services", "The numbering of the books (number_sequence) holds {value} as the next "
                                      "{name} number for {year}, which is not a number from 1 to {most}: it was "
                                      "changed outside arapp. Nothing was saved; set it past the highest number "
                                      "in use.", value=repr(value), name=name, year=year, most=MAX_SEQUENCE))
    (NumberSequence.update(next_value=value + 1)
     .where((NumberSequence.name == name) & (NumberSequence.year == year)).execute())
    return value


def take_numbers(kind: str, year: int, count: int) -> list[str]:
    """Take the next ``count`` numbers of document ``kind`` for ``year`` at once (a bulk
    import), in order and gap-free after those already given; call inside a transaction.
    Refused (Conflict, nothing written) when the counter was set back onto numbers in
    use or the six digits of the year would run out."""
    from arapp.db.values import chunks, in_list

    if count <= 0:
        return []
    first = _take_block(kind, year, count)
    prefix = f"{PREFIXES[kind]}-{year}-"
    numbers = [f"{prefix}{value:06d}" for value in range(first, first + count)]
    table = DOCUMENT_TABLES[kind]
    p = db.obj.param
    for part in chunks(numbers):
        used = db.execute_sql(f"SELECT number FROM {table} WHERE {in_list('number', part, p)} LIMIT 1",
                              list(part)).fetchone()
        if used:
            raise Conflict(tr("services", "The next number {number} is already in use: the numbering of the books "
                                          "(number_sequence) has been set back. Nothing was saved; set the counter "
                                          "past the highest {prefix}-{year} number in use.",
                              number=used[0], prefix=PREFIXES[kind], year=year))
    return numbers


def take_codes(count: int, used: set[str]) -> list[str]:
    """Take ``count`` customer codes (C000123 …) at once, skipping the codes in ``used``
    (those in the books and those a file brings); call inside a transaction."""
    if count <= 0:
        return []
    codes: list[str] = []
    value = take_next("customer", 0)
    while True:
        code = f"{PREFIXES['customer']}{value:06d}"
        if code not in used:
            codes.append(code)
            if len(codes) == count:
                break
        value += 1
    if value > MAX_SEQUENCE:
        raise Conflict(tr("services", "The customer codes C000001 to C999999 are used up; give the new customers "
                                      "codes of your own. Nothing was saved."))
    (NumberSequence.update(next_value=value + 1)
     .where((NumberSequence.name == "customer") & (NumberSequence.year == 0)).execute())
    return codes


def _take_block(name: str, year: int, count: int) -> int:
    """The first of ``count`` values of the counter, which moves past them."""
    first = take_next(name, year)       # checks the counter and moves it by one
    last = first + count - 1
    if last > MAX_SEQUENCE:
        raise Conflict(tr("services", "{count} more {name} numbers for {year} would pass {most}, the last number "
                                      "of a year. Nothing was saved.", count=count, name=name, year=year,
                          most=MAX_SEQUENCE))
    (NumberSequence.update(next_value=last + 1)
     .where((NumberSequence.name == name) & (NumberSequence.year == year)).execute())
    return first


def peek_next(name: str, year: int) -> int:
    row = (NumberSequence.select(NumberSequence.next_value)
           .where((NumberSequence.name == name) & (NumberSequence.year == year)).first())
    return row.next_value if row else 1
