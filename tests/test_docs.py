"""The documentation: the site builds strictly (links, anchors, every page in the nav), the generated
reference pages match the code, and the README's links lead to pages that exist."""

import re
import subprocess
import sys

from newswatch.shared.settings import PROJECT_ROOT

README = PROJECT_ROOT / "README.md"


def test_the_site_builds_strictly(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
                             str(PROJECT_ROOT / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "site" / "reference" / "cli" / "index.html").exists()


def test_the_generated_reference_pages_are_up_to_date():
    result = subprocess.run([sys.executable, str(PROJECT_ROOT / "docs" / "generate_reference.py"), "--check"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_the_readme_is_short_and_its_links_lead_somewhere():
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) < 250
    targets = [target.split("#")[0] for target in re.findall(r"\]\(([^)\s]+)\)", text)
               if not target.startswith(("http://", "https://", "#"))]
    assert targets and all((PROJECT_ROOT / target).exists() for target in targets), targets
