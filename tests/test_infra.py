"""infra/: the compose file (valid for `docker compose config` where the client can check
it; its services, health checks and persistence as infra/README.md describes them), the
image's Dockerfile, the env example (every setting, with its meaning) and the plain
process files, whose commands are the CLI's."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import jsonschema
import pytest
import yaml

import afterview_config
from cli.main import COMMANDS
from tests.conftest import ROOT

INFRA = ROOT / "infra"


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((INFRA / "compose.yaml").read_text("utf-8"))


def _docker_compose_available() -> str | None:
    """Why `docker compose config` cannot run here, or None when it can."""
    if shutil.which("docker") is None:
        return "no docker client on this machine"
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
    if probe.returncode != 0:
        first_line = (probe.stderr.strip().splitlines() or ["no output"])[0]
        return f"the docker client has no compose plugin ({first_line})"
    return None


def test_docker_compose_accepts_the_file(tmp_path):
    why = _docker_compose_available()
    if why:
        pytest.skip(f"docker compose config: {why}; no engine runs here either")
    env_file = INFRA / ".env"
    created = not env_file.exists()
    if created:
        env_file.write_text(
            "POSTGRES_PASSWORD=x\nAFTERVIEW_PUBLIC_URL=https://a.example.com\n", "utf-8"
        )
    try:
        result = subprocess.run(
            ["docker", "compose", "-f", str(INFRA / "compose.yaml"), "config", "--quiet"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        if created:
            env_file.unlink()
    assert result.returncode == 0, result.stderr


def test_the_compose_file_follows_the_compose_specification(compose):
    # The schema `docker compose config` checks first: runs where the plugin does not.
    schema = json.loads((ROOT / "tests/data/compose/compose-spec.json").read_text("utf-8"))
    validator = jsonschema.Draft7Validator(schema)

    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(compose)]

    assert errors == []
    broken = {
        **compose,
        "services": {**compose["services"], "api": {"healthcheck": {"interval": 5}}},
    }
    assert not validator.is_valid(broken)  # the check can fail


def test_the_stack_has_every_role_with_a_health_check(compose):
    services = compose["services"]

    assert {"caddy", "api", "worker", "scheduler", "migrate", "redis", "postgres"} <= set(services)
    for name, service in services.items():
        if name != "migrate":  # it runs once and exits
            assert "healthcheck" in service, name
    assert "/readyz" in " ".join(services["api"]["healthcheck"]["test"])


def test_one_image_for_every_afterview_role(compose):
    services = compose["services"]
    roles = ("api", "worker", "scheduler", "migrate")

    assert {services[r]["build"]["dockerfile"] for r in roles} == {"infra/Dockerfile"}
    assert {services[r]["image"] for r in roles} == {"afterview:latest"}


def test_only_caddy_is_published_and_it_serves_tls(compose):
    services = compose["services"]
    published = {name for name, service in services.items() if service.get("ports")}

    assert published == {"caddy"}
    assert "443:443" in services["caddy"]["ports"]
    caddyfile = (INFRA / "Caddyfile").read_text("utf-8")
    assert "{$AFTERVIEW_PUBLIC_URL}" in caddyfile and "reverse_proxy api:8000" in caddyfile
    # The API trusts exactly one proxy's forwarded headers.
    assert services["api"]["environment"]["AFTERVIEW_PROXY_FIX_X_FOR"] == "1"


def test_redis_persists_with_the_append_only_file(compose):
    command = compose["services"]["redis"]["command"]

    assert command[command.index("--appendonly") + 1] == "yes"
    assert compose["services"]["redis"]["volumes"]


def test_workers_scale_and_the_scheduler_runs_the_periodic_jobs(compose):
    services = compose["services"]

    assert "container_name" not in services["worker"]  # --scale worker=N needs no fixed name
    assert "--no-cron" in " ".join(services["worker"]["command"])
    assert services["scheduler"]["command"] == ["afterview", "scheduler"]


def test_the_dockerfile_is_multi_stage_and_runs_unprivileged():
    dockerfile = (INFRA / "Dockerfile").read_text("utf-8")
    stages = re.findall(r"^FROM ", dockerfile, re.MULTILINE)
    users = re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)

    assert len(stages) >= 2
    assert users and users[-1].split(":")[0] not in {"root", "0"}


def test_the_env_example_lists_every_setting_with_its_meaning():
    example = (INFRA / ".env.example").read_text("utf-8")
    names = re.findall(r"^#?\s*AFTERVIEW_([A-Z_]+)=", example, re.MULTILINE)

    assert sorted(names) == sorted(afterview_config.BY_NAME)
    for name in names:
        # The line above each setting says what it means.
        before = example.split(f"AFTERVIEW_{name}=", 1)[0].rstrip("#\n ").splitlines()[-1]
        assert before.startswith("# "), name


def _afterview_commands(text: str) -> list[str]:
    return re.findall(r"\bafterview ([a-z]+)", text)


@pytest.mark.parametrize(
    "path",
    [
        "Procfile",
        "systemd/afterview-api.service",
        "systemd/afterview-worker@.service",
        "systemd/afterview-scheduler.service",
    ],
)
def test_process_files_run_commands_the_cli_has(path):
    commands = _afterview_commands((INFRA / path).read_text("utf-8"))

    assert commands
    assert set(commands) <= set(COMMANDS)
