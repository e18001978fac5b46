"""The packages' boundaries (docs/reference/layout.md): what each side may import of the others.

A worker reads its settings, keys and messages from newswatch.shared and never imports the crawler
(Scrapy, Twisted, Chromium's driver); newswatch.shared imports none of the packages built on it.
"""

import json
import subprocess
import sys

import pytest

from newswatch.shared.settings import PROJECT_ROOT


def modules_loaded_by(*imports):
    code = ("import json, sys\n" + "".join(f"import {name}\n" for name in imports)
            + "print(json.dumps(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


@pytest.mark.parametrize("module", ["workers.jobs", "workers.reliable", "workers.config", "workers.draining"])
def test_a_worker_imports_nothing_of_the_crawler(module):
    loaded = modules_loaded_by(module)
    assert [name for name in loaded if name == "crawler" or name.startswith(("crawler.", "scrapy_playwright"))] == []


def test_the_shared_package_imports_none_of_the_packages_built_on_it():
    shared = [f"newswatch.shared.{path.stem}" for path in (PROJECT_ROOT / "newswatch" / "shared").glob("*.py")]
    assert len(shared) > 10
    loaded = modules_loaded_by(*shared)
    assert [name for name in loaded if name.split(".")[0] in ("crawler", "workers")
            or name.startswith(("newswatch.cli", "newswatch.monitor", "newswatch.web", "newswatch.demo"))] == []
