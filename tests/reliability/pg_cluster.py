"""A throwaway PostgreSQL cluster for one test: initdb in a temporary folder, a free port on 127.0.0.1,
restarted or stopped at will. The shared server on 127.0.0.1:5432 is never touched.

    cluster = PgCluster.create()     # None when no PostgreSQL binaries are installed
    url = cluster.start()            # postgresql://rafiq@127.0.0.1:PORT/postgres
    cluster.restart()                # pg_ctl restart -m fast: every connection is cut
    cluster.stop(); cluster.start()  # the same with an outage of the caller's choosing
    cluster.destroy()

initdb refuses to run as root: as root the cluster belongs to the `postgres` account (runuser).
"""
from __future__ import annotations

import glob
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def binaries() -> Path | None:
    """The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    for initdb in reversed(found):
        folder = Path(initdb).parent
        if (folder / "pg_ctl").exists():
            return folder
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path and shutil.which("pg_ctl") else None


def fixed_port() -> int:
    """A free port below the ephemeral range. While the server is down, clients retrying on an ephemeral
    port can connect to themselves (TCP simultaneous open) and take it, and the server then comes back
    on its Unix socket only."""
    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768
    for port in random.sample(range(15000, max(15001, min(low, 30000))), 200):
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below the ephemeral range")


def owner() -> str | None:
    """The account that runs the cluster: this one, or `postgres` when running as root (None: none fits)."""
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid()).pw_name
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    return "postgres" if shutil.which("runuser") else None


class PgCluster:
    """One temporary cluster; see the module docstring."""

    def __init__(self, bin_dir: Path, user: str) -> None:
        self.bin_dir = bin_dir
        self.user = user
        self.folder = Path(tempfile.mkdtemp(prefix="rafiq-pg-"))  # not under pytest's root-only tmp folder
        self.data = self.folder / "data"
        self.port = fixed_port()

    @classmethod
    def create(cls) -> PgCluster | None:
        """A new, not yet started cluster; None when PostgreSQL or a suitable account is missing."""
        bin_dir, user = binaries(), owner()
        if bin_dir is None or user is None:
            return None
        cluster = cls(bin_dir, user)
        if os.geteuid() == 0:
            shutil.chown(cluster.folder, user)
        cluster._run("initdb", "-D", str(cluster.data), "-A", "trust", "-U", "rafiq", "-E", "UTF8", "--no-sync")
        return cluster

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the cluster's `postgres` database."""
        return f"postgresql://rafiq@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bin_dir / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=self.folder)
        if done.returncode != 0:
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stdout}{done.stderr}")
        return done

    def _ctl(self, action: str, *extra: str) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w", "-t", "30",
                  "-o", options, *extra, action)

    def start(self) -> str:
        """Start the server; its URL."""
        self._ctl("start")
        return self.url

    def stop(self) -> None:
        """`pg_ctl stop -m fast`: sessions are terminated, new connections refused until `start`."""
        self._ctl("stop", "-m", "fast")

    def restart(self) -> None:
        """`pg_ctl restart -m fast`: sessions are terminated, the server comes back on the same port."""
        self._ctl("restart", "-m", "fast")

    def log(self) -> str:
        """The server's log."""
        try:
            return (self.folder / "server.log").read_text(errors="replace")
        except OSError:
            return ""

    def destroy(self) -> None:
        """Stop the server (immediately) and delete its folder."""
        try:
            self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "immediate", "stop")
        except RuntimeError:
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
