"""Maps the one `quotewire` namespace onto its two source roots, which pyproject.toml alone cannot express.

client/ holds what `pip install quotewire` needs; server/ holds what the `server` extra adds. Every package is
found anew at build time, so a new subpackage under either root ships without editing this file.
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup

ROOTS = ("client", "server")
# The bundled Stanza resources are data inside quotewire.models, not packages of their own.
EXCLUDE = ("quotewire.models.*", "*.__pycache__", "*.__pycache__.*")


def package_dirs() -> dict[str, str]:
    """Map each package to the root that holds it; `quotewire` itself is the client root's namespace."""
    dirs = {"quotewire": "client/quotewire"}
    for root in ROOTS:
        for name in find_namespace_packages(root, include=["quotewire.*"], exclude=EXCLUDE):
            dirs[name] = str(Path(root, *name.split(".")))
    return dirs


DIRS = package_dirs()
setup(packages=sorted(DIRS), package_dir=DIRS)
