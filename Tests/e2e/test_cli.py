"""The `sitthi build` command as an editor and CI use it: exit codes, messages, and the output folder."""
import gzip
import os
import subprocess
import pathlib
import re

import pytest
from conftest import REPO, run

LANGUAGES = ["th", "my", "km", "lo", "en"]
DIAGNOSTIC = re.compile(r"^[^:\s][^:]*:\d+:\d+: (error|warning): .+$")


def article_folders():
    """Every article of the shipped content, found the way the engine defines one."""
    content = REPO / "content"
    return sorted({p.parent.relative_to(content) for p in content.rglob("th.md")})


def test_shipped_site_builds_every_page_in_every_language_without_warnings(sitthi, tmp_path):
    out = tmp_path / "public"
    result = run(sitthi, "build", "--root", REPO, "--output", out)
    assert result.returncode == 0, result.stderr
    # The only warnings allowed are the directory's one-line summaries of what nobody could verify yet,
    # and the placeholder address while the site has no published one.
    unexpected = [line for line in result.stderr.splitlines()
                  if not re.fullmatch(r"content/offices/offices\.csv:1:1: warning: \d+ office\(s\) (have no phone number|were last checked more than 12 months before [\d-]+) \(lines [\d, –]+\); .*", line)
                  and not re.fullmatch(r"content/site\.yml:\d+:\d+: warning: `base_url` is \S+, whose host \S+ is reserved for examples: .*", line)]
    assert unexpected == [], "the shipped content must build without other warnings"
    summary_line, heaviest_line, compressed_line, search_line, drawings_line = result.stdout.splitlines()
    # Each language's search index, gzipped, and the most a first search fetches (at most 60 KB).
    search = re.fullmatch(r"search index per language \(gzip, \d+ files each\): (.+)", search_line)
    assert search, search_line
    first_searches = re.findall(r"(\w+) [\d.]+ KB \(first search at most ([\d.]+) KB\)", search[1])
    assert [code for code, _ in first_searches] == LANGUAGES
    assert all(float(kilobytes) <= 60 for _, kilobytes in first_searches), search_line
    summary = re.fullmatch(r"wrote (\d+) pages and (\d+) other files \(contact cards, sitemap, feeds, assets\) in 5 languages in [\d.]+ s \(load [\d.]+, parse [\d.]+, assemble [\d.]+, render [\d.]+, draw [\d.]+, write [\d.]+\)(, \d+ warning\(s\))?", summary_line)
    assert summary, result.stdout
    # A leaflet PDF per article and language, a share picture per article and language and one per language.
    articles = len(article_folders())
    drawings = re.fullmatch(r"drawings: (\d+) leaflet PDFs \((\d+) drawn(, [\d.]+ ms of processor time each)?; largest [\d.]+ KB, at most 2 pages\) and (\d+) share pictures \((\d+) drawn(, [\d.]+ ms of processor time each)?; largest [\d.]+ KB\); the rest from the cache", drawings_line)
    assert drawings, drawings_line
    assert int(drawings[1]) == 5 * articles and int(drawings[4]) == 5 * articles + 5
    # The heaviest article pages, compressed: the sizes agree with Python's gzip at the same level,
    # and no other article page is heavier.
    heaviest = re.fullmatch(r"heaviest article pages \(gzip, budget 14 KB\): (.+)", heaviest_line)
    assert heaviest, heaviest_line
    reported = [re.fullmatch(r"(\S+) ([\d.]+) KB", item).groups() for item in heaviest[1].split(", ")]
    assert len(reported) == 3
    def weight(path):
        return len(gzip.compress((out / path).read_bytes(), compresslevel=6)) / 1024
    for path, kilobytes in reported:
        assert abs(weight(path + "index.html") - float(kilobytes)) < 0.15, path
    articles_everywhere = [pathlib.Path(language) / article / "index.html" for language in LANGUAGES for article in article_folders()]
    heaviest_article = max(weight(p) for p in articles_everywhere)
    assert heaviest_article <= float(reported[0][1]) + 0.05
    # The budget: every article page's HTML with its inline CSS fits a phone's first round trip.
    assert heaviest_article <= 14, f"an article page weighs {heaviest_article:.1f} KB compressed"
    articles = article_folders()
    assert len(articles) >= 3
    for name in ["index.html", "404.html"]:
        assert (out / name).is_file()
    for language in LANGUAGES:
        assert f'<html lang="{language}">' in (out / language / "index.html").read_text()
        for article in articles:
            page = (out / language / article / "index.html").read_text()
            assert f'<html lang="{language}">' in page, f"{language}/{article}"
    pages = list(out.rglob("*.html"))
    assert int(summary.group(1)) == len(pages)
    assets = [p for p in (REPO / "templates" / "assets").rglob("*") if p.is_file()]
    search_index = list(out.glob("*/search/*.json"))
    assert len(search_index) == len(LANGUAGES) * int(search[0].split("(gzip, ")[1].split(" ")[0])
    drawn = len(list(out.rglob("leaflet.pdf"))) + len(list(out.rglob("share.png")))
    assert int(summary.group(2)) == len(list(out.rglob("*.vcf"))) + len(list(out.rglob("*.xml"))) + len(list(out.rglob("*.webmanifest"))) \
        + 4 + len(assets) + len(search_index) + drawn  # + robots.txt, _headers, sw.js, favicon.ico
    assert (out / "robots.txt").is_file() and (out / "sitemap.xml").is_file()
    # The compressed copies: as many files as have one, and what they weigh.
    compressed = re.fullmatch(r"compressed copies of (\d+) files \(\.gz and \.br\): ([\d.]+) MB as written, ([\d.]+) MB as gzip, "
                              r"([\d.]+) MB as brotli \(([\d.]+) MB saved\); \d+ compressed now, \d+ from the cache", compressed_line)
    assert compressed, compressed_line
    originals = {p.with_suffix("") for p in out.rglob("*") if p.suffix in (".gz", ".br")}
    assert int(compressed[1]) == len(originals)
    megabytes = lambda files: sum(f.stat().st_size for f in files) / 1048576
    assert abs(megabytes(originals) - float(compressed[2])) < 0.01
    brotli_or_original = [p.with_name(p.name + ".br") if p.with_name(p.name + ".br").exists() else p for p in originals]
    assert abs(megabytes(brotli_or_original) - float(compressed[4])) < 0.01
    assert all((out / language / "feed.xml").is_file() for language in LANGUAGES)


def test_shipped_articles_are_translated_into_all_five_languages():
    for article in article_folders():
        for language in LANGUAGES:
            assert (REPO / "content" / article / f"{language}.md").is_file(), f"{article}/{language}.md"


def test_pages_request_nothing_from_other_hosts(sitthi, tmp_path):
    out = tmp_path / "public"
    assert run(sitthi, "build", "--root", REPO, "--output", out).returncode == 0
    loads = re.compile(r'<(script|img|iframe|link(?![^>]*rel="(canonical|alternate)"))[^>]*(src|href)="(https?:)?//', re.I)
    for page in out.rglob("*.html"):
        text = page.read_text()
        assert not loads.search(text), page
        # The scripts are the site's own, external (the policy allows no inline script): the page script
        # that keeps pages offline, and the search page's.
        scripts = re.findall(r"<script[^>]*>", text, re.I)
        allowed = r'<script src="/assets/(offline|search)\.[0-9a-f]{8}\.js" defer>'
        assert all(re.fullmatch(allowed, s) for s in scripts), page
        assert page.parent.name == "search" or not any("/search." in s for s in scripts), page


def test_broken_site_reports_every_problem_as_file_line_col_and_exits_1(sitthi, fixture_site):
    root = fixture_site("broken")
    result = run(sitthi, "build", "--root", root)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("build failed: 15 error(s), 6 warning(s)")  # one of them: the placeholder base_url
    for line in lines[:-1]:
        assert DIAGNOSTIC.match(line), line
    assert result.stdout == ""
    assert not (root / "public").exists()


def test_failed_build_leaves_previous_output_untouched(sitthi, fixture_site):
    root = fixture_site("bilingual")
    assert run(sitthi, "build", "--root", root).returncode == 0
    before = {p: p.read_bytes() for p in (root / "public").rglob("*") if p.is_file()}
    (root / "content" / "work" / "hours" / "th.md").write_text("---\ntitle: [broken\n---\n")
    result = run(sitthi, "build", "--root", root)
    assert result.returncode == 1
    assert "content/work/hours/th.md:3:1: error: invalid YAML" in result.stderr
    assert "which starts on line 2" in result.stderr
    after = {p: p.read_bytes() for p in (root / "public").rglob("*") if p.is_file()}
    assert after == before
    # The cache folder holds the first build's drawings; no working folder (.sitthi-next, .sitthi-old) is left.
    assert sorted(p.name for p in root.iterdir()) == [".sitthi-cache", "content", "public", "templates"], "no working folder left behind"


def test_default_root_is_the_current_folder(sitthi, fixture_site):
    root = fixture_site("bilingual")
    result = run(sitthi, "build", cwd=root)
    assert result.returncode == 0, result.stderr
    assert (root / "public" / "th" / "work" / "hours" / "index.html").is_file()


def test_missing_root_is_a_clear_error(sitthi, tmp_path):
    result = run(sitthi, "build", "--root", tmp_path / "nowhere")
    assert result.returncode == 1
    assert "no `content/` folder" in result.stderr


def test_check_writes_nothing_and_exits_by_severity(sitthi, fixture_site):
    root = fixture_site("bilingual")
    result = run(sitthi, "check", "--root", root)
    assert result.returncode == 0, result.stderr
    assert not (root / "public").exists()
    assert "translations: 1 reviewed, 2 draft, 1 out-of-date, 8 missing" in result.stdout
    strict = run(sitthi, "check", "--root", root, "--strict")
    assert strict.returncode == 1, "warnings fail with --strict"


def test_check_formats_for_ci(sitthi, fixture_site):
    import json
    root = fixture_site("broken")
    github = run(sitthi, "check", "--root", root, "--format", "github")
    assert github.returncode == 1
    annotations = [line for line in github.stdout.splitlines() if line.startswith("::")]
    assert annotations and all(re.match(r"^::(error|warning) file=[^,]+,line=\d+,col=\d+::", line) for line in annotations)
    report = json.loads(run(sitthi, "check", "--root", root, "--format", "json").stdout)
    assert report["errors"] == 15 and not report["succeeded"]
    assert {"severity", "file", "line", "column", "message"} <= set(report["diagnostics"][0])


def test_new_article_creates_the_thai_file_and_translation_stubs(sitthi, fixture_site):
    root = fixture_site("bilingual")
    result = run(sitthi, "new", "article", "work/overtime", "--root", root)
    assert result.returncode == 0, result.stderr
    folder = root / "content" / "work" / "overtime"
    assert sorted(p.name for p in folder.iterdir()) == ["en.md", "km.md", "lo.md", "my.md", "th.md"]
    assert "translation: draft" in (folder / "my.md").read_text()
    assert "translation:" not in (folder / "th.md").read_text()
    # Until the editor writes the title, the build says where.
    assert "content/work/overtime/th.md:2:8: error: field `title` must not be empty" in run(sitthi, "build", "--root", root).stderr
    again = run(sitthi, "new", "article", "work/overtime", "--root", root)
    assert again.returncode == 1 and "exists already" in again.stderr
    assert run(sitthi, "new", "article", "Work/Overtime", "--root", root).returncode == 1


def test_two_builds_in_separate_processes_are_byte_identical(sitthi, tmp_path):
    # Separate processes: Swift seeds its hashing per process, so any output that followed a
    # dictionary's order would differ here.
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        assert run(sitthi, "build", "--root", REPO, "--output", out).returncode == 0
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)


def test_check_external_asks_other_sites_only_when_told(sitthi, fixture_site):
    import http.server
    import threading

    class Pages(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self):
            self.send_response(200 if self.path == "/ok" else 404)
            self.end_headers()

        do_GET = do_HEAD

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        root = fixture_site("bilingual")
        port = server.server_address[1]
        page = root / "content" / "work" / "hours" / "en.md"
        page.write_text(page.read_text() + f"\n[fine](http://127.0.0.1:{port}/ok) [gone](http://127.0.0.1:{port}/missing)\n")
        line = len(page.read_text().splitlines())
        assert run(sitthi, "check", "--root", root).returncode == 0, "external links are not asked for by default"
        result = run(sitthi, "check", "--root", root, "--external")
        assert result.returncode == 1
        # (The fixture's other external link, to example.org, cannot be reached from a machine with no
        # network; only the errors of the page edited here are compared.)
        errors = [l for l in result.stderr.splitlines() if l.startswith("content/work/hours/en.md") and ": error: " in l]
        assert errors == [f"content/work/hours/en.md:{line}:{len('[fine](http://127.0.0.1:' + str(port) + '/ok) ') + 1}: error: "
                          f"link `http://127.0.0.1:{port}/missing`: the site answers 404"]
    finally:
        server.shutdown()


def test_output_folder_with_other_files_is_refused_and_kept(sitthi, fixture_site, tmp_path):
    root = fixture_site("bilingual")
    web = tmp_path / "web"
    (web / ".well-known").mkdir(parents=True)
    (web / ".well-known" / "token").write_text("keep")
    (web / "uploads.txt").write_text("keep")
    for _ in range(2):
        result = run(sitthi, "build", "--root", root, "--output", web)
        assert result.returncode == 1
        assert "was not written by sitthi" in result.stderr and "--force" in result.stderr
    assert sorted(p.name for p in web.rglob("*")) == [".well-known", "token", "uploads.txt"]
    assert run(sitthi, "build", "--root", root, "--output", web, "--force").returncode == 0
    assert (web / "th" / "index.html").is_file() and not (web / "uploads.txt").exists()


@pytest.mark.parametrize("output", ["", ".", "content", "templates", "content/work", ".."])
def test_output_may_not_be_the_site_or_its_sources(sitthi, fixture_site, output):
    root = fixture_site("bilingual")
    before = sorted(str(p.relative_to(root)) for p in root.rglob("*"))
    result = run(sitthi, "build", "--force", "--output", output, cwd=root)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*")) == before


def test_nothing_is_left_beside_the_output_after_good_builds(sitthi, fixture_site):
    root = fixture_site("bilingual")
    for _ in range(3):
        assert run(sitthi, "build", "--root", root).returncode == 0
    assert sorted(p.name for p in root.iterdir()) == [".sitthi-cache", "content", "public", "templates"]


def test_invalid_source_date_epoch_is_an_error(sitthi, fixture_site):
    root = fixture_site("bilingual")
    result = subprocess.run([str(sitthi), "build", "--root", str(root)], capture_output=True, text=True, timeout=300,
                            env={**os.environ, "SOURCE_DATE_EPOCH": "yesterday"})
    assert result.returncode == 1
    assert "error: SOURCE_DATE_EPOCH is `yesterday`" in result.stderr


def test_empty_settings_file_is_counted_as_an_error(sitthi, fixture_site):
    root = fixture_site("bilingual")
    (root / "content" / "site.yml").write_text("")
    for command in (["build"], ["check", "--strict"]):
        result = run(sitthi, *command, "--root", root)
        assert result.returncode == 1
        assert "content/site.yml:1:1: error: site.yml is empty" in result.stderr
        assert "0 error(s)" not in result.stderr + result.stdout


def test_serve_with_a_bad_host_is_a_clear_error(sitthi, fixture_site):
    root = fixture_site("bilingual")
    result = run(sitthi, "serve", "--root", root, "--host", "example.org", "--port", "0")
    assert result.returncode == 1
    assert "error: --host `example.org` is not an address to listen on" in result.stderr


PLACEHOLDER = re.compile(r"content/site\.yml:1:11: (warning|error): `base_url` is https://fixture\.example/, whose host fixture\.example is reserved for examples: .*--base-url$", re.M)


def test_placeholder_base_url_warns_in_build_and_fails_check_strict(sitthi, fixture_site):
    root = fixture_site("bilingual")
    build = run(sitthi, "build", "--root", root)
    assert build.returncode == 0, build.stderr
    assert [m.group(1) for m in PLACEHOLDER.finditer(build.stderr)] == ["warning"]
    assert "https://fixture.example/my/work/hours/" in (root / "public" / "my" / "work" / "hours" / "index.html").read_text()
    check = run(sitthi, "check", "--root", root)
    assert [m.group(1) for m in PLACEHOLDER.finditer(check.stdout + check.stderr)] == ["warning"]
    strict = run(sitthi, "check", "--root", root, "--strict", "--format", "github")
    assert strict.returncode == 1
    assert "::error file=content/site.yml,line=1,col=11::`base_url` is https://fixture.example/" in strict.stdout


def test_base_url_option_replaces_the_setting_everywhere(sitthi, fixture_site):
    root = fixture_site("bilingual")
    result = run(sitthi, "build", "--root", root, "--base-url", "https://rights.sitthi-preview.org/site/")
    assert result.returncode == 0, result.stderr
    assert "base_url" not in result.stderr and "--base-url" not in result.stderr
    page = (root / "public" / "my" / "work" / "hours" / "index.html").read_text()
    assert '<link rel="canonical" href="https://rights.sitthi-preview.org/site/my/work/hours/">' in page
    assert "fixture.example" not in page
    assert "https://rights.sitthi-preview.org/site/th/work/hours/" in (root / "public" / "sitemap.xml").read_text()
    check = run(sitthi, "check", "--root", root, "--strict", "--base-url", "https://rights.sitthi-preview.org")
    assert "base_url" not in check.stdout + check.stderr


def test_base_url_option_is_checked_like_the_setting(sitthi, fixture_site):
    root = fixture_site("bilingual")
    assert run(sitthi, "build", "--root", root).returncode == 0
    before = (root / "public" / "index.html").read_bytes()
    bad = run(sitthi, "build", "--root", root, "--base-url", "https://rights.org/a b")
    assert bad.returncode == 1
    assert "error: --base-url: the address may have a path of letters, digits and `-._~/%` only" in bad.stderr
    assert (root / "public" / "index.html").read_bytes() == before, "a failed build leaves the output as it was"
    reserved = run(sitthi, "check", "--root", root, "--strict", "--base-url", "http://localhost:8000")
    assert reserved.returncode == 1
    assert "error: --base-url is http://localhost:8000, whose host localhost is reserved for examples" in reserved.stdout + reserved.stderr
