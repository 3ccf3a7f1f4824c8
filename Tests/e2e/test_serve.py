"""`sitthi serve`: the preview builds, serves on 127.0.0.1, rebuilds after an edit and reports errors."""
import json
import re
import subprocess
import time
import urllib.error
import urllib.request

import pytest


@pytest.fixture
def served(sitthi, fixture_site):
    root = fixture_site("bilingual")
    process = subprocess.Popen([str(sitthi), "serve", "--root", str(root), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    address = None
    deadline = time.time() + 60
    while time.time() < deadline and address is None:
        line = process.stdout.readline()
        match = re.search(r"serving (http://127\.0\.0\.1:\d+)/", line)
        if match:
            address = match.group(1)
    assert address, "serve did not start"
    yield root, address
    process.terminate()
    process.wait(timeout=10)


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_for_state(address, test, timeout=20):
    deadline = time.time() + timeout
    while time.time() < deadline:
        state = json.loads(get(address + "/__sitthi/state")[1])
        if test(state):
            return state
        time.sleep(0.2)
    raise AssertionError("the preview did not rebuild in time")


def test_serves_pages_with_the_reload_script_and_the_404_page(served):
    root, address = served
    status, page = get(address + "/my/work/hours/")
    assert status == 200 and '<html lang="my">' in page
    assert '<script src="/__sitthi/live.js"></script></body>' in page
    assert "<script" not in (root / "public" / "my" / "work" / "hours" / "index.html").read_text(), "files on disk stay clean"
    assert get(address + "/no/such/page/")[0] == 404


def test_rebuilds_after_an_edit_and_shows_build_errors(served):
    root, address = served
    first = json.loads(get(address + "/__sitthi/state")[1])["version"]
    article = root / "content" / "work" / "hours" / "th.md"
    article.write_text(article.read_text().replace("เนื้อหาภาษาไทย", "เนื้อหาที่แก้ใหม่"))
    wait_for_state(address, lambda state: state["version"] > first)
    assert "เนื้อหาที่แก้ใหม่" in get(address + "/th/work/hours/")[1]

    article.write_text("---\ntitle: [broken\n---\n")
    state = wait_for_state(address, lambda state: state["errors"])
    assert state["errors"][0].startswith("content/work/hours/th.md:3:1: error: invalid YAML")
    assert "เนื้อหาที่แก้ใหม่" in get(address + "/th/work/hours/")[1], "the last good build is still served"
