"""Build-time mapping of the shipped data into the package (everything else is in pyproject.toml).

The repository keeps exercises/ and resources/ at its top; the wheel carries them inside the package as
rehab_planner/data/exercises and rehab_planner/data/resources, where rehab_planner.paths finds them.
"""

from pathlib import Path

from setuptools import find_packages, setup

DATA_FOLDERS = {"rehab_planner.data.exercises": "exercises", "rehab_planner.data.resources": "resources"}


def data_packages() -> list[str]:
    """Each shipped data folder and its sub-folders, named as packages so setuptools copies them whole."""
    names = []
    for package, folder in DATA_FOLDERS.items():
        for sub in sorted(p for p in [Path(folder), *Path(folder).rglob("*")] if p.is_dir()):
            if sub.name == "__pycache__":
                continue
            names.append(".".join([package, *sub.relative_to(folder).parts]))
    return names


DATA = data_packages()

setup(
    packages=find_packages(include=["rehab_planner", "rehab_planner.*"]) + DATA,
    package_dir=DATA_FOLDERS,
    package_data={**{name: ["*"] for name in DATA}, "rehab_planner.storage.migrations": ["*.mako"]},
)
