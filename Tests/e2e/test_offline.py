"""The site installed and read offline, in Debian's Chromium through Playwright: the service worker keeps
a page once opened and each language's main pages once any page of it is opened; an unsaved page shows
the offline page in the reader's language; a rebuilt site's new text shows as soon as the reader is
online; the manifest passes Chromium's own installability check; and nothing needs JavaScript."""
import re
import shutil
import time

import pytest
from playwright.sync_api import sync_playwright

from browser import CHROMIUM, PHONE, served
from conftest import REPO, run

SAVED = """async () => {
  const paths = [];
  for (const name of await caches.keys())
    for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
  return paths;
}"""


def make_site(sitthi, folder):
    """A copy of the shipped site's sources, built (without compressed copies, which change nothing
    here), and served on loopback."""
    root = folder / "site"
    shutil.copytree(REPO / "content", root / "content")
    shutil.copytree(REPO / "templates", root / "templates")
    settings = root / "content" / "site.yml"
    settings.write_text(settings.read_text() + "compress: false\n")
    build(sitthi, root)
    url, server = served(root / "public")
    return root, url, server


def build(sitthi, root):
    result = run(sitthi, "build", "--root", root)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def site(sitthi, tmp_path_factory):
    root, url, server = make_site(sitthi, tmp_path_factory.mktemp("offline"))
    yield root, url
    server.shutdown()


@pytest.fixture(scope="module")
def playwright():
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="module")
def browser(playwright):
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    yield chromium
    chromium.close()


@pytest.fixture
def phone(browser):
    """A new phone each time: no service worker and no cache from another test."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"script errors: {errors}"


def wait_until_saved(page, paths, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        saved = set(page.evaluate(SAVED))
        if set(paths) <= saved:
            return saved
        time.sleep(0.2)
    raise AssertionError(f"not saved in {timeout} s: {set(paths) - set(page.evaluate(SAVED))}")


def heading(page):
    return page.locator("main h1").first.inner_text()


def title_of(root, path):
    html = (root / "public" / path.lstrip("/") / "index.html").read_text()
    return re.search(r"<h1>(?:<span[^>]*>)?(.*?)(?:</span>)?</h1>", html).group(1)


def test_a_page_opened_once_reloads_offline(site, phone):
    root, url = site
    phone.goto(url + "/my/work/wages/")
    wait_until_saved(phone, ["/my/work/wages/"])
    phone.context.set_offline(True)
    response = phone.reload()
    assert response.status == 200 and response.from_service_worker
    assert heading(phone) == title_of(root, "/my/work/wages/")
    assert phone.evaluate("document.documentElement.lang") == "my"


def test_how_to_complain_opens_offline_after_only_the_home_was_visited(site, phone):
    root, url = site
    phone.goto(url + "/km/")
    wait_until_saved(phone, ["/km/", "/km/offices/", "/km/help/how-to-complain/", "/km/offline/"])
    phone.context.set_offline(True)
    response = phone.goto(url + "/km/help/how-to-complain/")
    assert response.status == 200 and response.from_service_worker
    assert heading(phone) == title_of(root, "/km/help/how-to-complain/")
    assert phone.locator("a[href^='tel:']").count() >= 4, "the hotlines are on the page"


def test_an_unopened_page_shows_the_offline_page_in_the_readers_language(site, phone):
    root, url = site
    phone.goto(url + "/lo/")
    wait_until_saved(phone, ["/lo/offline/"])
    phone.context.set_offline(True)
    phone.goto(url + "/lo/work/leave/")
    assert phone.evaluate("document.documentElement.lang") == "lo"
    assert heading(phone) == title_of(root, "/lo/offline/")
    assert phone.locator("a[href='tel:1546']").count() >= 1
    kept = phone.eval_on_selector_all("main li a", "links => links.map(a => a.getAttribute('href'))")
    assert kept[:3] == ["/lo/", "/lo/offices/", "/lo/help/how-to-complain/"]
    # The offline page itself works offline: its list of what else is saved appears.
    phone.wait_for_selector("#offline-saved", state="visible", timeout=10_000)


def test_the_offline_page_lists_what_she_opened_and_deletes_it(site, phone):
    _, url = site
    phone.goto(url + "/en/work/wages/")
    wait_until_saved(phone, ["/en/work/wages/", "/en/offline/"])
    phone.goto(url + "/en/offline/")
    phone.wait_for_selector("#offline-saved", state="visible", timeout=10_000)
    opened = phone.eval_on_selector_all("#offline-saved li a", "links => links.map(a => a.getAttribute('href'))")
    assert "/en/work/wages/" in opened
    phone.click("#offline-saved button")
    phone.wait_for_selector("#offline-cleared", state="visible", timeout=10_000)
    assert phone.evaluate(SAVED) == []
    assert phone.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0


def test_after_a_rebuild_the_new_text_shows_once_online(sitthi, browser, tmp_path):
    root, url, server = make_site(sitthi, tmp_path)
    try:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        page.goto(url + "/th/work/wages/")
        wait_until_saved(page, ["/th/work/wages/", "/th/"])
        article = root / "content" / "work" / "wages" / "th.md"
        article.write_text(article.read_text() + "\nย่อหน้าใหม่หลังการแก้ไขเนื้อหา\n")
        build(sitthi, root)
        page.goto(url + "/th/work/wages/")
        assert "ย่อหน้าใหม่หลังการแก้ไขเนื้อหา" in page.inner_text("main")
        # And offline afterwards, the kept copy is the new one.
        page.wait_for_timeout(500)
        context.set_offline(True)
        page.reload()
        assert "ย่อหน้าใหม่หลังการแก้ไขเนื้อหา" in page.inner_text("main")
        context.close()
    finally:
        server.shutdown()


@pytest.mark.parametrize("code", ["th", "my", "en"])
def test_the_manifest_passes_chromiums_installability_check(site, playwright, tmp_path, code):
    _, url = site
    # A profile of its own: Chromium offers no installation in an incognito context (Playwright's default).
    context = playwright.chromium.launch_persistent_context(
        tmp_path / "profile", executable_path=CHROMIUM, args=["--no-sandbox"], viewport=PHONE)
    phone = context.new_page()
    phone.goto(url + f"/{code}/")
    phone.evaluate("navigator.serviceWorker.ready.then(() => true)")
    cdp = phone.context.new_cdp_session(phone)
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["url"] == f"{url}/{code}/manifest.webmanifest"
    assert manifest["errors"] == [], manifest["errors"]
    assert f'"lang":"{code}"' in manifest["data"]
    deadline = time.time() + 20
    while True:
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        if errors == [] or time.time() > deadline:
            break
        time.sleep(0.5)
    context.close()
    assert errors == [], errors


def test_nothing_breaks_without_javascript(site, browser):
    root, url = site
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    for path in ["/my/work/wages/", "/my/offline/", "/my/help/how-to-complain/"]:
        response = page.goto(url + path)
        assert response.status == 200
        assert heading(page) == title_of(root, path)
        assert page.locator("a[href='tel:1546']").first.is_visible()
    assert page.locator("#offline-saved").is_hidden(), "the part that needs the script stays out of the way"
    context.close()


def test_pages_load_only_their_own_external_script(site):
    """Every page loads the offline script and nothing inline; the search pages load the search script
    too; every script is one of the site's own fingerprinted files."""
    root, _ = site
    for page in (root / "public").rglob("*.html"):
        scripts = re.findall(r"<script[^>]*>.*?</script>", page.read_text(), re.S)
        own = [re.fullmatch(r'<script src="/assets/(offline|search)\.[0-9a-f]{8}\.js" defer></script>', script) for script in scripts]
        assert all(own), page
        names = sorted(match.group(1) for match in own)
        expected = ["offline", "search"] if page.parent.name == "search" else ["offline"]
        assert names == expected, page
