"""The compressed copies of the shipped site, opened with Python's own gzip and the brotli package: each
one is its file, byte for byte, and smaller; and `sitthi serve` sends them to a browser that accepts them."""
import gzip
import re
import subprocess
import time
import urllib.request

import brotli
import pytest

from conftest import REPO, run

DECOMPRESS = {".gz": gzip.decompress, ".br": brotli.decompress}
TEXT = {".html", ".xml", ".css", ".js", ".svg", ".json", ".webmanifest", ".vcf", ".txt"}


@pytest.fixture(scope="module")
def site(sitthi, tmp_path_factory):
    output = tmp_path_factory.mktemp("shipped") / "public"
    result = run(sitthi, "build", "--root", REPO, "--output", output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def test_every_compressed_copy_opens_to_its_file_and_is_smaller(site):
    copies = [p for p in site.rglob("*") if p.suffix in DECOMPRESS]
    assert len(copies) > 1000
    for copy in copies:
        original = copy.with_suffix("")
        assert original.suffix in TEXT, f"{copy}: only text gets compressed copies"
        data = copy.read_bytes()
        assert DECOMPRESS[copy.suffix](data) == original.read_bytes(), copy
        assert len(data) < original.stat().st_size, copy


def test_every_page_has_both_copies_and_pictures_none(site):
    for page in site.rglob("*.html"):
        assert page.with_name(page.name + ".gz").is_file() and page.with_name(page.name + ".br").is_file(), page
    for binary in list(site.rglob("*.png")) + list(site.rglob("*.woff2")):
        assert not binary.with_name(binary.name + ".gz").exists() and not binary.with_name(binary.name + ".br").exists()


def test_gzip_copies_are_at_the_strongest_level(site):
    page = site / "my" / "work" / "wages" / "index.html"
    ours = (site / "my" / "work" / "wages" / "index.html.gz").read_bytes()
    assert len(ours) <= len(gzip.compress(page.read_bytes(), compresslevel=9)) + 32


@pytest.fixture
def served(sitthi, fixture_site):
    root = fixture_site("bilingual")
    settings = root / "content" / "site.yml"
    settings.write_text(settings.read_text().replace("compress: false", "compress: true"))
    process = subprocess.Popen([str(sitthi), "serve", "--root", str(root), "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    address = None
    deadline = time.time() + 60
    while time.time() < deadline and address is None:
        match = re.search(r"serving (http://127\.0\.0\.1:\d+)/", process.stdout.readline())
        address = match and match.group(1)
    assert address, "serve did not start"
    yield root, address
    process.terminate()
    process.wait(timeout=10)


def fetch(url, encoding):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding} if encoding else {})
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.headers, response.read()


@pytest.mark.parametrize("encoding,expected", [("br", "br"), ("gzip, deflate, br", "br"), ("gzip", "gzip"), (None, None)])
def test_serve_sends_compressed_files_when_asked(served, encoding, expected):
    root, address = served
    headers, body = fetch(address + "/sitemap.xml", encoding)
    assert headers.get("Content-Encoding") == expected
    assert headers.get("Vary") == "Accept-Encoding"
    assert headers.get("Content-Type").startswith("application/xml")
    plain = DECOMPRESS[".br" if expected == "br" else ".gz"](body) if expected else body
    assert plain == (root / "public" / "sitemap.xml").read_bytes()

    headers, body = fetch(address + "/my/work/hours/", encoding)
    assert headers.get("Content-Encoding") == expected
    page = (DECOMPRESS[".br" if expected == "br" else ".gz"](body) if expected else body).decode()
    assert '<html lang="my">' in page and '<script src="/__sitthi/live.js"></script></body>' in page
