"""deploy/: the compose file, the Caddyfile, the systemd unit and the environment file agree with each other,
with the settings and with docs/deployment.md (Docker is not run here: the files are read and checked)."""
from __future__ import annotations

import configparser
import ipaddress
import re
from pathlib import Path

import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
COMPOSE = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
WORKERS = sorted(name for name in COMPOSE["services"] if re.fullmatch(r"rafiq\d+", name))
SETTINGS = {f"RAFIQ_{name.upper()}" for name in Settings.model_fields}


def env_file() -> dict[str, str]:
    lines = (DEPLOY / "rafiq.env.example").read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def test_compose_runs_postgres_one_migration_several_workers_and_a_proxy():
    services = COMPOSE["services"]
    assert {"postgres", "migrate", "caddy"} <= set(services) and len(WORKERS) >= 2
    assert services["migrate"]["command"] == ["python", "-m", "bot.store"]
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    volumes = set()
    for name in WORKERS:
        worker = services[name]
        assert worker["depends_on"]["migrate"]["condition"] == "service_completed_successfully", name
        assert worker["env_file"] == ["rafiq.env"] and worker["restart"] == "unless-stopped"
        [volume] = worker["volumes"]
        assert volume.endswith(":/var/lib/rafiq"), "each worker's data folder is a volume"
        volumes.add(volume.split(":")[0])
    assert len(volumes) == len(WORKERS), "no two workers share a data folder (their index caches would race)"
    assert volumes <= set(COMPOSE["volumes"]) and "pgdata" in COMPOSE["volumes"]
    assert (ROOT / services[WORKERS[0]]["build"]["context"].replace("..", ".") / "deploy" / "Dockerfile").exists()


def test_the_proxy_spreads_over_every_worker_and_checks_health():
    caddy = (DEPLOY / "Caddyfile").read_text(encoding="utf-8")
    upstreams = re.search(r"reverse_proxy ([^{]+)\{", caddy).group(1).split()
    assert upstreams == [f"{name}:8000" for name in WORKERS]
    assert "health_uri /health" in caddy and "lb_try_duration" in caddy
    mounts = COMPOSE["services"]["caddy"]["volumes"]
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in mounts


def test_the_environment_file_names_only_real_settings_and_the_shared_ones():
    variables = env_file()
    assert set(variables) <= SETTINGS, set(variables) - SETTINGS
    assert variables["RAFIQ_DATABASE_URL"].startswith("postgresql://") and "@postgres:5432/" in \
        variables["RAFIQ_DATABASE_URL"]
    for shared in ("RAFIQ_SECRET_KEY", "RAFIQ_TELEGRAM_WEBHOOK_URL", "RAFIQ_TELEGRAM_WEBHOOK_SECRET"):
        assert shared in variables
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    for name in re.findall(r"(RAFIQ_[A-Z_]+)=", dockerfile):
        assert name in SETTINGS, name


def test_the_systemd_unit_runs_one_worker_per_instance():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read_string((DEPLOY / "rafiq@.service").read_text(encoding="utf-8"))
    service = unit["Service"]
    assert service["ExecStart"].endswith("rafiq serve") and service["ExecStartPre"].endswith("-m bot.store")
    assert service["EnvironmentFile"] == "/etc/rafiq/rafiq.env" and service["Restart"] == "always"
    environment = (DEPLOY / "rafiq@.service").read_text(encoding="utf-8")
    assert "RAFIQ_HTTP_PORT=800%i" in environment and "RAFIQ_DATA_DIR=/var/lib/rafiq/%i" in environment
    assert unit["Install"]["WantedBy"] == "multi-user.target"


def test_the_guide_names_every_file_and_the_backup_commands():
    guide = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    for needed in ("deploy/compose.yaml", "deploy/Caddyfile", "deploy/rafiq@.service", "deploy/rafiq.env.example",
                   "python -m bot.store", "pg_dump -Fc", "pg_restore", "--check", "RAFIQ_SECRET_KEY"):
        assert needed in guide, needed
    assert "docs/deployment.md" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_workers_believe_x_forwarded_for_from_caddy_only():
    """Caddy reaches the workers from another container: its fixed address on the `edge` network is the one
    RAFIQ_TRUSTED_PROXIES names, so the /api/ask limit is per visitor, not one budget for all (#12, defect 9)."""
    caddy = COMPOSE["services"]["caddy"]
    [(network, address)] = [(name, spec["ipv4_address"]) for name, spec in caddy["networks"].items()]
    subnet = COMPOSE["networks"][network]["ipam"]["config"][0]["subnet"]
    assert ipaddress.ip_address(address) in ipaddress.ip_network(subnet)
    for name in WORKERS:
        worker = COMPOSE["services"][name]
        assert network in worker["networks"] and "default" in worker["networks"], name
        assert worker["environment"]["RAFIQ_TRUSTED_PROXIES"] == address, name
        assert Settings(trusted_proxies=worker["environment"]["RAFIQ_TRUSTED_PROXIES"])
    assert "RAFIQ_TRUSTED_PROXIES" in (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
