#!/usr/bin/env python3
"""Set up and run arapp for development: one script, standard library only.

    python3 dev.py run [args...]     set up .venv, then run arapp: with no --db, on the demo books (a
                                     file of their own, made first; the GUI, or headless: balance)
    python3 dev.py test [args...]    set up, then run pytest offscreen (PostgreSQL tests too, if possible)
    python3 dev.py bench [args...]   set up, then run the benchmarks in tests/perf
    python3 dev.py lint [args...]    run ruff check arapp tests
    python3 dev.py i18n [--check]    update the translation catalogs from the code (--check: only
                                     report, exit 1 when they are out of date)

"Set up" means: create .venv if missing; `pip install -e ".[test,postgres]"` when
pyproject.toml changed since the last install (a hash is kept in .venv); on Debian or
Ubuntu as root, apt-get install the system libraries Qt, the fonts, the PDF checks and
the PostgreSQL tests need when any is missing. Works with Python 3.11+ on Linux,
macOS and Windows (on Windows: `py dev.py run`).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if sys.version_info < (3, 11):  # noqa: UP036 - the check is the point
    sys.exit(f"[dev] Python 3.11 or newer is needed; this is {sys.version.split()[0]}")

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".arapp-install-stamp"
EXTRAS = "test,postgres"
IS_WINDOWS = os.name == "nt"
IS_LINUX = sys.platform.startswith("linux")

# Debian/Ubuntu packages, installed together in one apt-get call when any is missing.
APT_PACKAGES = [
    # for PySide6 to import and draw
    "libglib2.0-0", "libgl1", "libxkbcommon0", "libegl1", "libfreetype6", "libfontconfig1",
    "libdbus-1-3",
    # Chinese glyphs
    "fonts-wqy-microhei",
    # real-window tests under Xvfb (the xcb platform plugin)
    "xvfb", "xauth", "libxkbcommon-x11-0", "libx11-xcb1", "libxcb-cursor0", "libxcb-icccm4",
    "libxcb-keysyms1", "libxcb-shape0", "libxcb-randr0", "libxcb-image0", "libxcb-render-util0",
    "libxcb-xkb1", "libxcb-xfixes0", "libxcb-sync1",
    # PDF checks (pdftotext, pdftoppm) with CJK support
    "poppler-utils", "poppler-data",
    # the printed payment QR read back (zbarimg)
    "zbar-tools",
    # the PostgreSQL tests
    "postgresql",
]

PG_DATABASE = "arapp_test"


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def fail(message: str, code: int = 1) -> None:
    print(f"[dev] error: {message}", file=sys.stderr, flush=True)
    raise SystemExit(code)


# --------------------------------------------------------------------------- venv + pip

def venv_bin(name: str) -> Path:
    if IS_WINDOWS:
        return VENV / "Scripts" / f"{name}.exe"
    return VENV / "bin" / name


def venv_python() -> Path:
    return venv_bin("python")


def install_hash() -> str:
    digest = hashlib.sha256()
    digest.update((ROOT / "pyproject.toml").read_bytes())
    digest.update(f"\0extras={EXTRAS}".encode())
    return digest.hexdigest()


def ensure_venv() -> None:
    python = venv_python()
    if VENV.exists() and not python.exists():
        say(".venv exists but has no Python in it: recreating it")
        shutil.rmtree(VENV)
    if not VENV.exists():
        say(f"creating .venv with Python {sys.version.split()[0]}")
        result = subprocess.run([sys.executable, "-m", "venv", str(VENV)])
        if result.returncode != 0 or not python.exists():
            shutil.rmtree(VENV, ignore_errors=True)
            hint = " (on Debian/Ubuntu: apt-get install python3-venv)" if IS_LINUX else ""
            fail(f"could not create .venv{hint}")

    wanted = install_hash()
    try:
        done = STAMP.read_text().strip()
    except OSError:
        done = ""
    if done == wanted:
        return
    say(f'installing arapp into .venv: pip install -e ".[{EXTRAS}]" (the first time takes a few minutes)')
    STAMP.unlink(missing_ok=True)
    result = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
         "-e", f".[{EXTRAS}]"],
        cwd=ROOT,
    )
    if result.returncode != 0:
        fail(f"pip install failed (exit {result.returncode}); fix the error above and run again")
    STAMP.write_text(wanted + "\n")


# --------------------------------------------------------------------------- apt

def is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def missing_apt_packages(packages: list[str]) -> list[str]:
    """The packages dpkg does not list as installed ([] when this is not a dpkg system)."""
    if not shutil.which("dpkg-query"):
        return []
    # Ubuntu 24.04 / Debian 13 renamed some libraries with a t64 suffix; either name counts.
    names = packages + [p + "t64" for p in packages]
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Status}\\n", *names],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    installed = set()
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == "installed":
            installed.add(parts[0].split(":")[0])
    return [p for p in packages if p not in installed and p + "t64" not in installed]


def ensure_apt_packages() -> None:
    if not IS_LINUX:
        return
    missing = missing_apt_packages(APT_PACKAGES)
    if not missing:
        return
    apt_get = Path("/usr/bin/apt-get")
    command = "apt-get install -y --no-install-recommends " + " ".join(missing)
    if not is_root() or not apt_get.exists():
        say(f"missing system packages; to install them: sudo {command}")
        return
    say(f"installing apt packages: {' '.join(missing)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    update = subprocess.run([str(apt_get), "update", "-q"], env=env)
    if update.returncode != 0:
        say(f"warning: apt-get update failed (exit {update.returncode}); trying the install anyway")
    install = subprocess.run(
        [str(apt_get), "install", "-y", "-q", "--no-install-recommends", *missing], env=env
    )
    if install.returncode != 0:
        say(f"warning: apt-get install failed (exit {install.returncode}); "
            "Qt, the fonts or the PostgreSQL tests may not work")


def setup(apt: bool = True) -> None:
    if apt:
        ensure_apt_packages()
    ensure_venv()


# --------------------------------------------------------------------------- PostgreSQL

def find_pg_bin() -> Path | None:
    """The directory holding initdb and pg_ctl: Debian's newest, else the one on PATH."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    for directory in candidates:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    initdb = shutil.which("initdb")
    if initdb:
        directory = Path(initdb).resolve().parent
        if (directory / ("pg_ctl.exe" if IS_WINDOWS else "pg_ctl")).exists():
            return directory
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1 with trust auth, for the test run.

    As root the cluster belongs to the `postgres` user (the server refuses to run as root);
    otherwise to the current user. Its data lives in a temp folder that is removed first
    (a stale one from a killed run) and again after stop().
    """

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = free_port()
        self.run_as: str | None = "postgres" if is_root() else None
        tmp = Path("/tmp") if (is_root() and Path("/tmp").is_dir()) else Path(tempfile.gettempdir())
        tag = hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]
        self.base = tmp / f"arapp-test-pg-{tag}"
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        self.started = False

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{PG_DATABASE}"

    def _tool(self, name: str) -> str:
        return str(self.bindir / (name + ".exe" if IS_WINDOWS else name))

    def _run(self, args: list[str], as_owner: bool = True, timeout: float = 120) -> tuple[int, str]:
        """Run a PostgreSQL tool (as the cluster's owner); returns (exit code, output)."""
        if as_owner and self.run_as:
            if shutil.which("runuser"):
                args = ["runuser", "-u", self.run_as, "--", *args]
            else:
                args = ["su", self.run_as, "-s", "/bin/sh", "-c", shlex.join(args)]
        # Output goes to a file, not a pipe: a server started by pg_ctl must not hold our pipe open.
        with tempfile.TemporaryFile() as out:
            try:
                code = subprocess.run(
                    args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    cwd=self.base if self.base.is_dir() else None, timeout=timeout,
                ).returncode
            except subprocess.TimeoutExpired:
                code = -1
            out.seek(0)
            return code, out.read().decode(errors="replace").strip()

    def _remove_stale(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run([self._tool("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                      timeout=30)
        shutil.rmtree(self.base, ignore_errors=True)
        if self.base.exists():
            raise RuntimeError(f"could not remove the old test cluster in {self.base}")

    def start(self) -> None:
        if self.run_as and not shutil.which("runuser") and not shutil.which("su"):
            raise RuntimeError("running as root but neither runuser nor su is available")
        self._remove_stale()
        self.base.mkdir(parents=True)
        if self.run_as:
            shutil.chown(self.base, user=self.run_as)
        code, out = self._run([self._tool("initdb"), "-D", str(self.data), "-A", "trust",
                               "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"])
        if code != 0:
            raise RuntimeError(f"initdb failed (exit {code}): {out[-800:]}")
        options = f"-h 127.0.0.1 -p {self.port} -F -c synchronous_commit=off -c full_page_writes=off"
        if not IS_WINDOWS:
            options += f" -k {self.data}"
        code, out = self._run([self._tool("pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                               "-o", options, "-w", "-t", "60", "start"])
        self.started = code == 0 or (self.data / "postmaster.pid").exists()
        if code != 0:
            log = self.log.read_text(errors="replace")[-800:] if self.log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed (exit {code}): {out[-400:]} {log}")
        deadline = time.monotonic() + 30
        while True:
            code, out = self._run([self._tool("createdb"), "-h", "127.0.0.1", "-p", str(self.port),
                                   "-U", "postgres", PG_DATABASE], as_owner=False, timeout=30)
            if code == 0:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(f"createdb {PG_DATABASE} failed (exit {code}): {out[-400:]}")
            time.sleep(0.5)

    def stop(self) -> None:
        if self.started:
            code, out = self._run([self._tool("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w",
                                   "-t", "30", "stop"], timeout=60)
            if code != 0:
                code, out = self._run([self._tool("pg_ctl"), "-D", str(self.data), "-m", "immediate",
                                       "-w", "stop"], timeout=30)
            if code != 0:
                say(f"warning: could not stop the test PostgreSQL in {self.data}: {out[-300:]}")
                return
            self.started = False
        shutil.rmtree(self.base, ignore_errors=True)


def start_test_postgres() -> PostgresServer | None:
    """Start a PostgreSQL for the tests and set ARAPP_TEST_PG_URL; None (one line said) if not."""
    if os.environ.get("ARAPP_TEST_PG_URL"):
        say("using ARAPP_TEST_PG_URL from the environment")
        return None
    bindir = find_pg_bin()
    if bindir is None:
        say("PostgreSQL is not installed (no initdb found): the postgres tests will be skipped")
        return None
    server = PostgresServer(bindir)
    try:
        server.start()
    except Exception as exc:  # any failure here only means the postgres tests skip
        server.stop()
        say(f"could not start PostgreSQL ({exc}); the postgres tests will be skipped")
        return None
    os.environ["ARAPP_TEST_PG_URL"] = server.url
    say(f"PostgreSQL {bindir.parent.name} started for the tests: ARAPP_TEST_PG_URL={server.url}")
    return server


# --------------------------------------------------------------------------- commands

def run_process(args: list[str], env: dict[str, str] | None = None) -> int:
    try:
        return subprocess.run(args, cwd=ROOT, env=env).returncode
    except KeyboardInterrupt:
        return 130
    except FileNotFoundError:
        fail(f"{args[0]} not found; is arapp installed in .venv? (delete {STAMP.name} in .venv to reinstall)")
        return 1


def has_display() -> bool:
    if not IS_LINUX:
        return True
    return any(os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def cmd_run(args: list[str]) -> int:
    setup()
    arapp = str(venv_bin("arapp"))
    # With no command (no arguments, or only options such as --db), a machine with no screen
    # gets the headless demo instead of a window that cannot open.
    only_options = not args or args[0].startswith("-")
    asks_info = any(a in ("-h", "--help", "--version") for a in args)
    # Books named with --db (or --demo) are used as they are: never filled with demo data here.
    names_books = any(a in ("--db", "--demo") or a.startswith("--db=") for a in args)
    if only_options and not asks_info and not names_books:
        # The demo books: a file of their own in the data folder (made once), never the user's books.
        code = run_process([arapp, "demo", "--if-empty", *args])
        if code != 0:
            say(f"arapp demo exited with {code}")
            return code
        args = ["--demo", *args]
    if not has_display() and only_options and not asks_info:
        say("no display (DISPLAY/WAYLAND_DISPLAY unset), so running headless: arapp balance")
        return run_process([arapp, *args, "balance"])
    return run_process([arapp, *args])


def pytest_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run_pytest(pytest_args: list[str]) -> int:
    setup()
    server = start_test_postgres()
    try:
        return run_process([str(venv_python()), "-m", "pytest", *pytest_args], env=pytest_env())
    finally:
        if server is not None:
            server.stop()
            say("PostgreSQL stopped")


def test_workers() -> int:
    """How many pytest-xdist workers the suite runs in: one per core, at most 4 (each has
    its own PostgreSQL database), 0 (no xdist) on one core."""
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(cores, 4)


def cmd_test(args: list[str]) -> int:
    # The suite runs in parallel workers, whole files to one worker (module fixtures are
    # built once); a run asking for its own -n, -p no:xdist or a debugger stays as asked.
    asked = any(a.startswith(("-n", "--numprocesses", "--pdb")) or a in ("no:xdist", "-pno:xdist")
                for a in args)
    workers = test_workers()
    if workers and not asked:
        args = ["-n", str(workers), "--dist", "loadfile", *args]
    return run_pytest(args)


def cmd_bench(args: list[str]) -> int:
    # pyproject's addopts ignore tests/perf in ordinary runs; naming it explicitly collects it.
    return run_pytest(["tests/perf", "-s", *args])


def cmd_lint(args: list[str]) -> int:
    setup(apt=False)
    return run_process([str(venv_python()), "-m", "ruff", "check", "arapp", "tests", *args])


def cmd_i18n(args: list[str]) -> int:
    setup(apt=False)
    return run_process([str(venv_python()), "-m", "arapp.i18n_extract", *args])


COMMANDS = {"run": cmd_run, "test": cmd_test, "bench": cmd_bench, "lint": cmd_lint, "i18n": cmd_i18n}


def _terminate(signum: int, _frame: object) -> None:
    # Turn SIGTERM into SystemExit so that `finally` blocks stop the test PostgreSQL.
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__.strip())
        if argv and argv[0] in ("-h", "--help", "help"):
            return 0
        if argv:
            print(f"\n[dev] unknown command: {argv[0]}", file=sys.stderr)
        return 2
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, _terminate)
    os.chdir(ROOT)
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
