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
    assert "/__sitthi/live.js" not in (root / "public" / "my" / "work" / "hours" / "index.html").read_text(), "files on disk stay clean"
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


# The preview under stress, on loopback only, every loop bounded in count and time: it answers or
# refuses cleanly, and keeps serving.

import concurrent.futures
import http.client
import resource
import shutil
import socket
import threading
from urllib.parse import urlparse


def connection(address, timeout=10):
    parsed = urlparse(address)
    return http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=timeout)


def raw_socket(address, timeout=10):
    parsed = urlparse(address)
    return socket.create_connection((parsed.hostname, parsed.port), timeout=timeout)


def request(address, method, path):
    client = connection(address)
    try:
        client.request(method, path)
        response = client.getresponse()
        return response.status, response.read()
    finally:
        client.close()


def still_serving(address):
    status, body = request(address, "GET", "/th/")
    assert status == 200 and b"</html>" in body


TRAVERSALS = ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
              "/..%2f..%2f..%2fetc/passwd", "/%252e%252e/%252e%252e/etc/passwd", "/..\\..\\etc\\passwd",
              "/th/%5c..%5c..%5cetc%5cpasswd", "/th/index.html%00.png", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
              "//etc/passwd", "/.sitthi-output", "/th/%2e%2e/%2e%2e/%2e%2e/etc/passwd"]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_paths_that_leave_the_site_are_refused_in_every_encoding(served, path):
    _, address = served
    status, body = request(address, "GET", path)
    assert status in (400, 403, 404)
    assert b"root:" not in body
    still_serving(address)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"])
def test_methods_other_than_get_and_head_are_refused(served, method):
    _, address = served
    status, _ = request(address, method, "/th/")
    assert status == 405
    status, body = request(address, "HEAD", "/th/")
    assert status == 200 and body == b""


def test_a_request_line_of_a_megabyte_is_refused_quickly(served):
    _, address = served
    started = time.time()
    with raw_socket(address) as sock:
        try:
            sock.sendall(b"GET /" + b"a" * 1_000_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n")
            answer = sock.recv(200)
        except (ConnectionResetError, BrokenPipeError):
            answer = b""
    assert answer == b"" or answer.startswith(b"HTTP/1.1 4")
    assert time.time() - started < 10
    still_serving(address)


def test_two_hundred_connections_at_once_are_all_answered(served):
    _, address = served
    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        statuses = list(pool.map(lambda _: request(address, "GET", "/my/work/hours/")[0], range(200)))
    assert statuses == [200] * 200


def test_slow_and_idle_connections_are_closed_and_others_still_served(served):
    _, address = served
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, 4096)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, wanted), hard))
    idle = []
    try:
        # More idle connections than a process may by default hold files open (1,024), some of them
        # with half a request: the server neither runs out of descriptors nor waits on them forever.
        for index in range(min(1100, wanted - 100)):
            sock = raw_socket(address, timeout=30)
            if index % 10 == 0:
                sock.sendall(b"GET /th/ HTTP/1.1\r\nHost: x\r\n")
            idle.append(sock)
        client = connection(address, timeout=60)
        client.request("GET", "/th/")
        assert client.getresponse().status == 200
        client.close()
        # After the idle timeout (10 s) the server has closed the half-sent ones.
        time.sleep(13)
        closed = 0
        for sock in idle[::10]:
            try:
                sock.settimeout(5)
                closed += sock.recv(1) == b""
            except (ConnectionResetError, socket.timeout):
                closed += 1
        assert closed == len(idle[::10])
    finally:
        for sock in idle:
            sock.close()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    still_serving(address)


def test_requests_during_rebuilds_always_get_a_whole_page(served):
    root, address = served
    article = root / "content" / "work" / "hours" / "th.md"
    original = article.read_text()
    stop = threading.Event()

    def edit():
        for round_number in range(8):
            if stop.is_set():
                return
            article.write_text(original.replace("เนื้อหาภาษาไทย", f"เนื้อหารอบที่ {round_number}"))
            time.sleep(0.3)

    editor = threading.Thread(target=edit)
    editor.start()
    try:
        for _ in range(80):
            status, body = request(address, "GET", "/th/work/hours/")
            assert status == 200 and body.rstrip().endswith(b"</html>")
    finally:
        stop.set()
        editor.join(timeout=30)


def test_content_deleted_while_serving_keeps_the_last_good_site(served):
    root, address = served
    shutil.rmtree(root / "content")
    state = wait_for_state(address, lambda state: state["errors"])
    assert any("content/" in error for error in state["errors"])
    still_serving(address)
