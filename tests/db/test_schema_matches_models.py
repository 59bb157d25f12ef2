"""The Peewee models equal the schema the migration steps build, on SQLite and PostgreSQL.

For every model of ``arapp.db.models.ALL_MODELS``: its table exists; the table's
columns are the model's fields, by name, with the same nullability, primary key,
type and foreign keys; a constant default the model declares is the schema's default
(and a field without a default has none in the schema). Every ``col IN (...)`` list
of a CHECK (and of a partial index) equals its tuple in :mod:`arapp.domain.vocabulary`
through :data:`CHECK_VOCABULARY`, so a new CHECK without a vocabulary fails here.
Tables no model describes are named in :data:`TABLES_WITHOUT_MODEL`.

The schema is read from the database itself: ``PRAGMA table_info`` and the
``sqlite_master`` SQL on SQLite; ``information_schema``, ``pg_constraint``
(``pg_get_constraintdef``) and ``pg_indexes`` on PostgreSQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import peewee as pw
import pytest

from arapp.db import migrations, models
from arapp.db.database import is_sqlite
from arapp.domain import vocabulary as vocab

#: Tables in the migrated schema that no model describes, and why.
TABLES_WITHOUT_MODEL = {
    "schema_version": "the migration runner's own record of the steps applied (arapp.db.migrations)",
}

#: (table, column) of every CHECK (column IN (...)) in the schema -> its vocabulary tuple.
#: Columns SQLite checks with a trigger (``WHEN NEW.col NOT IN (…)``), PostgreSQL with a CHECK.
SQLITE_TRIGGER_CHECKS = (("app_user", "role"),)

CHECK_VOCABULARY = {
    ("app_user", "role"): "USER_ROLES",
    ("invoice", "status"): "INVOICE_STATUSES",
    ("receipt", "status"): "RECEIPT_STATUSES",
    ("credit_note", "status"): "CREDIT_NOTE_STATUSES",
    ("policy_level", "action"): "LEVEL_ACTIONS",
    ("collection_task", "status"): "TASK_STATUSES",
    ("collection_task", "reason"): "TASK_REASONS",
    ("collection_task", "procedure"): "PROCEDURES",
    ("contact_log", "method"): "CONTACT_METHODS",
    ("contact_log", "reason"): "CONTACT_REASONS",
    ("promise_to_pay", "status"): "PROMISE_STATUSES",
    ("extension_request", "status"): "EXTENSION_STATUSES",
    ("payment_plan", "status"): "PLAN_STATUSES",
    ("plan_instalment", "status"): "INSTALMENT_STATUSES",

    ("invoice_dispute", "status"): "DISPUTE_STATUSES",
    ("customer_status_event", "status"): "STATUS_EVENTS",
    ("document", "kind"): "DOCUMENT_KINDS",
    ("company_image", "kind"): "COMPANY_IMAGE_KINDS",
    ("document_template", "code"): "TEMPLATE_CODES",
    ("document_template", "lang"): "TEMPLATE_LANGS",
    ("document", "lang"): "TEMPLATE_LANGS",
    ("bank_account", "profile"): "BANK_PROFILES",
    ("bank_import", "profile"): "BANK_PROFILES",
    ("bank_line", "direction"): "BANK_DIRECTIONS",
    ("bank_line", "status"): "BANK_LINE_STATUSES",
    ("bank_match", "rule"): "MATCH_RULES",
    ("customer_bank_account", "source"): "CUSTOMER_BANK_ACCOUNT_SOURCES",
    ("book_entry", "direction"): "BANK_DIRECTIONS",
    ("book_entry", "status"): "BOOK_ENTRY_STATUSES",
}

#: (index, column) of every partial index WHERE column IN (...) -> its vocabulary tuple.
INDEX_VOCABULARY = {
    ("ix_collection_task_active", "status"): "TASK_ACTIVE_STATUSES",
}

#: Columns SQLite lets hold NULL though the model (and PostgreSQL) do not: a PRIMARY KEY
#: that is not an INTEGER one may hold NULL on SQLite unless declared NOT NULL, and
#: step 1 did not declare it. The services never write a NULL key; closing it needs
#: a table-rebuilding step of its own.
SQLITE_NULLABLE_KEYS = {("company_setting", "key")}

#: The column type each kind of field has in the schema, per dialect. Money is BIGINT
#: on both (fen past 2^31 is only ¥21 million); SQLite keeps timestamps as text and
#: booleans as integers; a foreign key has the type of the key it refers to.
COLUMN_TYPES = {
    "TEXT": {"sqlite": "TEXT", "postgres": "text"},
    "INT": {"sqlite": "INTEGER", "postgres": "integer"},
    "BIGINT": {"sqlite": "BIGINT", "postgres": "bigint"},
    "BOOL": {"sqlite": "INTEGER", "postgres": "boolean"},
    "DATE": {"sqlite": "DATE", "postgres": "date"},
    "DATETIME": {"sqlite": "TEXT", "postgres": "timestamp without time zone"},
    "AUTO": {"sqlite": "INTEGER", "postgres": "bigint"},
    "BLOB": {"sqlite": "BLOB", "postgres": "bytea"},
}


# --------------------------------------------------------------------------- the schema as read

class Expression(str):
    """A default the schema computes (a function call), not a constant."""


NO_DEFAULT = object()


@dataclass
class Column:
    name: str
    type: str
    not_null: bool
    default: str | None      # the default as the database reports it, None for none
    primary_key: bool
    serial: bool = False     # filled by the database (SQLite INTEGER PRIMARY KEY, PostgreSQL nextval)


@dataclass
class InList:
    table: str
    column: str
    values: tuple[str, ...]
    where: str               # "CHECK" or "index <name>"
    index: str | None = None
    negated: bool = False


@dataclass
class Schema:
    dialect: str
    tables: dict[str, dict[str, Column]] = field(default_factory=dict)
    foreign_keys: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    in_lists: list[InList] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)   # IN/ANY the parser could not read


_STRING = r"'(?:[^']|'')*'"
_SQL_IN = re.compile(rf"(\w+)\s+(NOT\s+)?IN\s*\(\s*({_STRING}(?:\s*,\s*{_STRING})*)\s*\)", re.I)
_PG_ANY = re.compile(r"\(*(\w+)\)?(?:::[\w ]+)?\s*(=\s*ANY|<>\s*ALL)\s*\(\s*\(?ARRAY\[(.*?)\]", re.I)


def _unquote(literal: str) -> str:
    return literal[1:-1].replace("''", "'")


def in_lists_of(expression: str, dialect: str) -> tuple[list[tuple[str, tuple[str, ...], bool]], int]:
    """The (column, values, negated) IN-lists of an SQL expression as the dialect prints
    it, and how many IN/ANY the expression holds (more than read means unreadable)."""
    found = []
    if dialect == "sqlite":
        for m in _SQL_IN.finditer(expression):
            values = tuple(_unquote(v) for v in re.findall(_STRING, m.group(3)))
            found.append((m.group(1), values, bool(m.group(2))))
        held = len(re.findall(r"\bIN\s*\(", expression, re.I))
    else:
        for m in _PG_ANY.finditer(expression):
            values = tuple(_unquote(v) for v in re.findall(_STRING, m.group(3)))
            found.append((m.group(1), values, m.group(2).startswith("<>")))
        held = len(re.findall(r"\b(?:ANY|ALL)\s*\(", expression, re.I)) + len(re.findall(r"\bIN\s*\(", expression, re.I))
    return found, held


def check_clauses(create_sql: str) -> list[str]:
    """The parenthesised expression of each CHECK in a CREATE TABLE statement."""
    out = []
    for m in re.finditer(r"\bCHECK\s*\(", create_sql, re.I):
        depth, i = 1, m.end()
        in_string = False
        while i < len(create_sql) and depth:
            ch = create_sql[i]
            if ch == "'":
                in_string = not in_string
            elif not in_string:
                depth += {"(": 1, ")": -1}.get(ch, 0)
            i += 1
        out.append(create_sql[m.end(): i - 1])
    return out


def _add_in_lists(schema: Schema, table: str, expression: str, where: str, index: str | None = None) -> None:
    found, held = in_lists_of(expression, schema.dialect)
    for column, values, negated in found:
        schema.in_lists.append(InList(table, column, values, where, index, negated))
    if held != len(found):
        schema.unreadable.append(f"{table} {where}: {expression}")


def read_sqlite(db: pw.Database) -> Schema:
    schema = Schema("sqlite")
    rows = db.execute_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('table', 'index') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    for kind, name, table, sql in rows:
        if kind == "table":
            cols = {}
            for _cid, col, type_, not_null, default, pk in db.execute_sql(f'PRAGMA table_info("{name}")'):
                rowid = bool(pk) and type_.upper() == "INTEGER" and _single_pk(db, name)
                cols[col] = Column(col, type_.upper(), bool(not_null) or rowid, default, bool(pk), serial=rowid)
            schema.tables[name] = cols
            for fk in db.execute_sql(f'PRAGMA foreign_key_list("{name}")'):
                schema.foreign_keys[(name, fk[3])] = (fk[2], fk[4])
            for clause in check_clauses(sql):
                _add_in_lists(schema, name, clause, "CHECK")
        elif sql and re.search(r"\bWHERE\b", sql, re.I):
            predicate = re.split(r"\bWHERE\b", sql, maxsplit=1, flags=re.I)[1]
            _add_in_lists(schema, table, predicate, f"index {name}", name)
    return schema


def _single_pk(db: pw.Database, table: str) -> bool:
    return sum(1 for r in db.execute_sql(f'PRAGMA table_info("{table}")') if r[5]) == 1


def read_postgres(db: pw.Database) -> Schema:
    schema = Schema("postgres")
    pks = {
        (t, c) for t, c in db.execute_sql(
            "SELECT kcu.table_name, kcu.column_name FROM information_schema.table_constraints tc "
            "JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name "
            " AND kcu.table_schema = tc.table_schema "
            "WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()"
        )
    }
    for table, col, nullable, default, type_ in db.execute_sql(
        "SELECT c.table_name, c.column_name, c.is_nullable, c.column_default, c.data_type "
        "FROM information_schema.columns c JOIN information_schema.tables t "
        " ON t.table_name = c.table_name AND t.table_schema = c.table_schema "
        "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
        "ORDER BY c.table_name, c.ordinal_position"
    ):
        serial = bool(default) and default.startswith("nextval(")
        schema.tables.setdefault(table, {})[col] = Column(
            col, type_, nullable == "NO", default, (table, col) in pks, serial=serial)
    for table, col, ref_table, ref_col in db.execute_sql(
        "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, af.attname "
        "FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
        "JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1] "
        "WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace"
    ):
        schema.foreign_keys[(table, col)] = (ref_table, ref_col)
    for table, definition in db.execute_sql(
        "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE contype = 'c' AND connamespace = current_schema()::regnamespace ORDER BY 1, 2"
    ):
        _add_in_lists(schema, table, definition, "CHECK")
    for table, name, definition in db.execute_sql(
        "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
        "ORDER BY 2"
    ):
        if " WHERE " in definition:
            _add_in_lists(schema, table, definition.split(" WHERE ", 1)[1], f"index {name}", name)
    return schema


def read_schema(db: pw.Database) -> Schema:
    return read_sqlite(db) if migrations.dialect_of(db) == "sqlite" else read_postgres(db)


# --------------------------------------------------------------------------- comparing

def schema_default(raw: str | None, fld: pw.Field):
    """The constant a schema default stands for, read as the field's kind of value;
    NO_DEFAULT when there is none, an Expression when it is computed."""
    if raw is None:
        return NO_DEFAULT
    text = raw.strip()
    while re.fullmatch(r"\((.*)\)", text):
        text = text[1:-1].strip()
    text = re.sub(r"(::[\w ]+)+$", "", text)
    quoted = len(text) >= 2 and text[0] == text[-1] == "'"
    value = _unquote(text) if quoted else text
    if isinstance(fld, pw.BooleanField):
        answer = {"1": True, "true": True, "0": False, "false": False}.get(value.lower())
        return Expression(raw) if answer is None else answer
    if isinstance(fld, pw.IntegerField | pw.BigIntegerField):
        try:
            return int(value)
        except ValueError:
            return Expression(raw)
    return value if quoted else Expression(raw)


def constant_default(fld: pw.Field):
    """The model's default when it is a constant; NO_DEFAULT when none; None when computed."""
    if fld.default is None:
        return NO_DEFAULT
    if callable(fld.default):
        return None
    return fld.default


def same_default(declared, actual) -> bool:
    if declared is NO_DEFAULT or actual is NO_DEFAULT:
        return declared is actual
    return not isinstance(actual, Expression) and declared == actual


def _shown(value) -> str:
    return "none" if value is NO_DEFAULT else repr(value)


def pk_columns(model: type[pw.Model]) -> set[str]:
    pk = model._meta.primary_key
    if isinstance(pk, pw.CompositeKey):
        return {model._meta.fields[name].column_name for name in pk.field_names}
    return {pk.column_name}


def expected_type(fld: pw.Field, schema: Schema) -> str:
    if isinstance(fld, pw.ForeignKeyField):
        ref = schema.tables.get(fld.rel_model._meta.table_name, {}).get(fld.rel_field.column_name)
        return ref.type if ref else "?"
    return COLUMN_TYPES[fld.field_type][schema.dialect]


def mismatches(model: type[pw.Model], schema: Schema) -> list[str]:
    """Every way the model and its table differ, as readable lines (empty: they agree)."""
    table = model._meta.table_name
    cols = schema.tables.get(table)
    if cols is None:
        return [f"{table}: no such table in the migrated schema ({model.__name__})"]
    out = []
    fields = {f.column_name: f for f in model._meta.sorted_fields}
    for name in sorted(set(cols) - set(fields)):
        out.append(f"{table}.{name}: in the schema, not in {model.__name__}")
    for name in sorted(set(fields) - set(cols)):
        out.append(f"{table}.{name}: in {model.__name__}, not in the schema")
    keys = pk_columns(model)
    for name, fld in fields.items():
        col = cols.get(name)
        if col is None:
            continue
        where = f"{table}.{name}"
        model_null = fld.null and name not in keys
        schema_null = not col.not_null
        if schema.dialect == "sqlite" and (table, name) in SQLITE_NULLABLE_KEYS:
            if not schema_null:
                out.append(f"{where}: NOT NULL on SQLite now; remove it from SQLITE_NULLABLE_KEYS")
            schema_null = False
        if model_null != schema_null:
            out.append(f"{where}: model null={model_null}, schema {'NULL' if schema_null else 'NOT NULL'}")
        if (name in keys) != col.primary_key:
            out.append(f"{where}: model primary key={name in keys}, schema primary key={col.primary_key}")
        want = expected_type(fld, schema)
        if col.type != want:
            out.append(f"{where}: {type(fld).__name__} wants {want}, schema has {col.type}")
        declared = constant_default(fld)
        if declared is not None:   # a computed default (the clock's now) is the model's own
            actual = NO_DEFAULT if col.serial else schema_default(col.default, fld)
            if not same_default(declared, actual):
                out.append(f"{where}: model default {_shown(declared)}, schema default {_shown(actual)}")
        ref = schema.foreign_keys.get((table, name))
        if isinstance(fld, pw.ForeignKeyField):
            want_ref = (fld.rel_model._meta.table_name, fld.rel_field.column_name)
            if ref != want_ref:
                out.append(f"{where}: model refers to {want_ref}, schema to {ref}")
        elif ref is not None:
            out.append(f"{where}: schema refers to {ref}, the model field is a plain {type(fld).__name__}")
    return out


# --------------------------------------------------------------------------- the tests

def test_every_model_of_the_books_is_in_all_models():
    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    defined = {m for m in subclasses(models.BaseModel) if m.__module__ == models.__name__}
    assert defined - set(models.ALL_MODELS) == set()
    assert len(models.ALL_MODELS) == len(set(models.ALL_MODELS))


def test_the_schema_holds_the_model_tables_and_only_those(ledger_db):
    schema = read_schema(ledger_db)
    described = {m._meta.table_name for m in models.ALL_MODELS}
    missing = sorted(described - set(schema.tables))
    unexplained = sorted(set(schema.tables) - described - set(TABLES_WITHOUT_MODEL))
    assert missing == [], f"tables the models describe but the migrations never build: {missing}"
    assert unexplained == [], f"tables no model describes (model them or list them in TABLES_WITHOUT_MODEL): {unexplained}"
    assert set(TABLES_WITHOUT_MODEL) <= set(schema.tables)


def test_every_model_equals_its_migrated_table(ledger_db):
    schema = read_schema(ledger_db)
    found = [line for model in models.ALL_MODELS for line in mismatches(model, schema)]
    if found:
        pytest.fail(f"{len(found)} difference(s) between arapp/db/models.py and the migrated schema:\n  "
                    + "\n  ".join(found))


def test_every_in_list_in_the_schema_equals_its_vocabulary(ledger_db):
    schema = read_schema(ledger_db)
    assert schema.unreadable == [], f"IN-lists this test cannot read: {schema.unreadable}"
    problems = []
    seen_checks, seen_indexes = set(), set()
    for item in schema.in_lists:
        if item.index is None:
            key, mapping, seen = (item.table, item.column), CHECK_VOCABULARY, seen_checks
        else:
            key, mapping, seen = (item.index, item.column), INDEX_VOCABULARY, seen_indexes
        seen.add(key)
        label = f"{item.table}.{item.column} ({item.where})"
        if item.negated:
            problems.append(f"{label}: a NOT IN list; name what it excludes in the vocabulary and here")
            continue
        name = mapping.get(key)
        if name is None:
            problems.append(f"{label}: IN {item.values} has no vocabulary; add {key} to this test's mapping")
            continue
        codes = getattr(vocab, name)
        if len(set(item.values)) != len(item.values):
            problems.append(f"{label}: {item.values} names a code twice")
        if set(item.values) != set(codes):
            problems.append(f"{label}: schema {sorted(item.values)} != vocabulary.{name} {sorted(codes)}")
    if is_sqlite(ledger_db):
        # SQLite cannot add a CHECK to a table that exists: step 12 checks the role with triggers.
        for table, column in SQLITE_TRIGGER_CHECKS:
            for (sql,) in ledger_db.execute_sql(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE ?",
                    (table, f"%NEW.{column} NOT IN (%")).fetchall():
                values = re.findall(r"'([^']*)'", sql.split(" NOT IN (", 1)[1].split(")", 1)[0])
                seen_checks.add((table, column))
                name = CHECK_VOCABULARY[(table, column)]
                if set(values) != set(getattr(vocab, name)):
                    problems.append(f"{table}.{column} (trigger): {sorted(values)} != vocabulary.{name}")
    stale = sorted((set(CHECK_VOCABULARY) - seen_checks) | (set(INDEX_VOCABULARY) - seen_indexes))
    if stale:
        problems.append(f"mapped but no such IN-list in the schema: {stale}")
    if problems:
        pytest.fail("\n  ".join(["CHECK / index IN-lists against arapp/domain/vocabulary.py:", *problems]))


def test_a_code_column_defaults_to_one_of_its_codes():
    """Each model default on a CHECKed column is a code the CHECK accepts."""
    by_table = {m._meta.table_name: m for m in models.ALL_MODELS}
    wrong = []
    for (table, column), name in CHECK_VOCABULARY.items():
        fld = {f.column_name: f for f in by_table[table]._meta.sorted_fields}[column]
        default = constant_default(fld)
        if default not in (NO_DEFAULT, None) and default not in getattr(vocab, name):
            wrong.append(f"{table}.{column} defaults to {default!r}, not in vocabulary.{name}")
    assert not wrong, wrong


# ------------------------------------------------------------------ the readers themselves

def test_defaults_read_alike_from_both_dialects():
    text, flag, number = pw.TextField(), pw.BooleanField(), models.MoneyField()
    assert schema_default("'enterprise'", text) == schema_default("'enterprise'::text", text) == "enterprise"
    assert schema_default("''", text) == schema_default("''::text", text) == ""
    assert schema_default("'it''s'", text) == "it's"
    assert schema_default("1", flag) is True and schema_default("true", flag) is True
    assert schema_default("0", flag) is False and schema_default("false", flag) is False
    assert schema_default("1000000", number) == 1_000_000
    assert schema_default("'-5'::integer", number) == -5 and schema_default("(0)", number) == 0
    assert schema_default(None, text) is NO_DEFAULT
    assert isinstance(schema_default("CURRENT_TIMESTAMP", text), Expression)
    assert isinstance(schema_default("nextval('x_id_seq'::regclass)", number), Expression)


def test_in_lists_read_alike_from_both_dialects():
    sqlite_found, held = in_lists_of("status IN ('open', 'it''s')", "sqlite")
    assert (sqlite_found, held) == ([("status", ("open", "it's"), False)], 1)
    pg = "CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])))"
    assert in_lists_of(pg, "postgres") == ([("status", ("open", "closed"), False)], 1)
    pg_cast = "((kind)::text <> ALL ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"
    assert in_lists_of(pg_cast, "postgres") == ([("kind", ("a", "b"), True)], 1)
    # a list the reader cannot take apart is counted, so the test says so instead of passing
    assert in_lists_of("n IN (1, 2)", "sqlite") == ([], 1)


def test_check_clauses_are_cut_at_their_own_parenthesis():
    sql = "CREATE TABLE t (a TEXT, CHECK (a IN ('x)', 'y')), CHECK ((a <> '') AND (a <> 'z')))"
    assert check_clauses(sql) == ["a IN ('x)', 'y')", "(a <> '') AND (a <> 'z')"]


def test_a_model_that_drifts_from_its_table_is_reported(ledger_db):
    """A changed default, a nullability and a missing column are each seen."""

    class Drifted(models.BaseModel):
        username = pw.TextField(unique=True)
        display_name = pw.TextField(default="someone")
        role = pw.TextField(null=True)
        active = pw.BooleanField(default=True)
        created_at = pw.DateTimeField(default=models.now)
        nickname = pw.TextField(default="")
        password_hash = pw.TextField(null=True)
        failed_logins = pw.IntegerField(default=0)
        locked_until = pw.DateTimeField(null=True)
        password_set_at = pw.DateTimeField(null=True)

        class Meta:
            table_name = "app_user"

    found = mismatches(Drifted, read_schema(ledger_db))
    assert any("display_name: model default 'someone'" in line for line in found)
    assert any("role: model null=True, schema NOT NULL" in line for line in found)
    assert any("nickname: in Drifted, not in the schema" in line for line in found)
    assert len(found) == 3, found
