"""constraints.txt pins the tested set: every dependency pyproject.toml declares, extras included, at one
version its requirement allows, and the venv the tests run in holds exactly those versions."""

import tomllib
from importlib.metadata import PackageNotFoundError, version

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from newswatch.shared.settings import PROJECT_ROOT

PROJECT = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text("utf-8"))["project"]
DECLARED = [Requirement(line) for line in [*PROJECT["dependencies"],
                                           *(r for extra in PROJECT["optional-dependencies"].values() for r in extra)]]


def pins():
    found = {}
    for line in (PROJECT_ROOT / "constraints.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, pinned = line.partition("==")
            assert pinned, f"constraints.txt: {line!r} is not a pin (name==version)"
            found[canonicalize_name(name)] = pinned.strip()
    return found


PINS = pins()


@pytest.mark.parametrize("requirement", DECLARED, ids=str)
def test_every_declared_dependency_is_pinned_to_a_version_it_allows(requirement):
    pinned = PINS.get(canonicalize_name(requirement.name))
    assert pinned is not None, f"{requirement.name} is not in constraints.txt: run scripts/lock"
    assert requirement.specifier.contains(pinned, prereleases=True), f"{requirement.name}=={pinned} breaks {requirement}"


def test_the_venv_runs_the_pinned_versions():
    off = {}
    for requirement in DECLARED:
        try:
            installed = version(requirement.name)
        except PackageNotFoundError:
            continue  # an extra this venv does not install (bench, dashboard)
        if installed != PINS[canonicalize_name(requirement.name)]:
            off[requirement.name] = installed
    assert off == {}, "the venv is not the tested set: run scripts/setup"
