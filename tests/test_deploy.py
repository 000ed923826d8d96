"""deploy/: the Kubernetes manifest is valid against the bundled Kubernetes schemas and agrees with the image."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml
from packaging.specifiers import SpecifierSet

from quotewire.cli import cli
from quotewire.transport import SERVICE_NAME

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
MANIFEST = ROOT / "deploy" / "kubernetes.yaml"
KUBERNETES_VERSION = "1.33"
STARTUP_BUDGET_S = 180  # the longest model load the startup probe must wait out


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, Any]]:
    """The manifest's objects by kind."""
    return {document["kind"]: document for document in yaml.safe_load_all(MANIFEST.read_text(encoding="utf-8"))}


@pytest.fixture(scope="module")
def container(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    [only] = documents["Deployment"]["spec"]["template"]["spec"]["containers"]
    container: dict[str, Any] = only
    return container


def dockerfile_instructions(keyword: str) -> list[str]:
    """The arguments of each instruction `keyword` in the Dockerfile."""
    lines = DOCKERFILE.read_text(encoding="utf-8").splitlines()
    return [line.split(None, 1)[1] for line in lines if line.split(None, 1)[:1] == [keyword]]


def test_manifest_is_valid_kubernetes(documents: dict[str, dict[str, Any]]) -> None:
    assert set(documents) == {"Deployment", "Service"}
    for document in documents.values():
        kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def test_schema_check_catches_a_misspelt_field(documents: dict[str, dict[str, Any]]) -> None:
    broken = yaml.safe_load(yaml.safe_dump(documents["Deployment"]))
    broken["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["grpc"]["sevice"] = SERVICE_NAME
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


def test_probes_ask_the_health_service(container: dict[str, Any]) -> None:
    grpc_port = next(port["containerPort"] for port in container["ports"] if port["name"] == "grpc")
    readiness, liveness, startup = (container[probe]["grpc"] for probe in
                                    ("readinessProbe", "livenessProbe", "startupProbe"))
    assert readiness == {"port": grpc_port, "service": SERVICE_NAME}
    assert liveness.get("service", "") == ""  # the server as a whole
    assert liveness["port"] == grpc_port
    assert startup["port"] == grpc_port
    budget = container["startupProbe"]["periodSeconds"] * container["startupProbe"]["failureThreshold"]
    assert budget >= STARTUP_BUDGET_S


def test_the_container_runs_serve_as_the_image_does(documents: dict[str, dict[str, Any]],
                                                    container: dict[str, Any]) -> None:
    command = [*container["command"], *container["args"]]
    assert command[:2] == ["quotewire", "serve"]
    params = cli.commands["serve"].make_context("serve", command[2:]).params  # the options exist and parse
    assert params["host"] == "0.0.0.0"
    container_ports = {port["name"]: port["containerPort"] for port in container["ports"]}
    assert container_ports["grpc"] == params["port"]
    assert container_ports["metrics"] == params["metrics_port"]
    assert documents["Deployment"]["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] > params["grace"]


def test_container_ports_are_the_images(container: dict[str, Any]) -> None:
    [expose] = dockerfile_instructions("EXPOSE")
    assert {port["containerPort"] for port in container["ports"]} == {int(port) for port in expose.split()}


def test_headless_service_reaches_every_pod(documents: dict[str, dict[str, Any]], container: dict[str, Any]) -> None:
    service = documents["Service"]["spec"]
    assert service["clusterIP"] == "None"
    assert service["selector"].items() <= documents["Deployment"]["spec"]["template"]["metadata"]["labels"].items()
    [port] = service["ports"]
    assert port["targetPort"] in {p["name"] for p in container["ports"]}


def test_image_installs_the_pinned_torch_first_and_runs_as_a_user() -> None:
    [torch_pin] = re.findall(r"torch==[\d.]+", (ROOT / "scripts" / "install.sh").read_text(encoding="utf-8"))
    server = tomllib.loads((ROOT / "server" / "pyproject.toml").read_text(encoding="utf-8"))
    [torch_range] = [r for r in server["project"]["dependencies"] if r.startswith("torch")]
    assert SpecifierSet(torch_range.removeprefix("torch")).contains(torch_pin.removeprefix("torch=="))
    runs = dockerfile_instructions("RUN")
    assert re.search(rf"\b{re.escape(torch_pin)}$", runs[0])
    assert any("pip install . ./server" in run for run in runs[1:])
    [user] = dockerfile_instructions("USER")
    assert user not in {"root", "0"}
    assert dockerfile_instructions("CMD") == ['["quotewire", "serve", "--host", "0.0.0.0"]']
