"""Search on the shipped site in Chromium, through the real search page: for real words of each
language, every page whose text (its Markdown, or a province's names) holds the word is a result, and
every result's page holds it. The search page without script lists the key terms (the headings, and
each language's list in content/search-terms/ linked to every page that holds a term); the script stays
under 6 KB gzipped (the first search's budget is checked by test_cli.py on the build's summary)."""
import csv
import re
import unicodedata
import urllib.parse

import pytest

from browser import LANGUAGES, gzip_size, local_file
from conftest import REPO
from test_browser import base_url, browser, phone, site  # noqa: F401  (fixtures)

CONTENT = REPO / "content"

# Real words from the pages (each on at least one page of its language), pieces of words and strings
# across word boundaries among them.
WORDS = {
    "th": ["ลูกจ้าง", "นายจ้าง", "ค่าจ้าง", "หนังสือเดินทาง", "ประกันสังคม", "ล่วงเวลา", "ลาป่วย", "เลิกจ้าง",
           "ค่าชดเชย", "ใบอนุญาตทำงาน", "จ้างขั้น", "อนุญาต", "เชียงใหม่"],
    "my": ["အလုပ်သမား", "ဟော့လိုင်း", "လူမှုဖူလုံရေး", "အလုပ်အကိုင်ဦးစီးဌာန", "လူမှုရေးအကူအညီစင်တာ", "ဝန်ကြီးဌာန",
           "ပစ္စည်း", "အဓမ္မ", "ဗုဒ္ဓသက္ကရာဇ်", "စစ်ဆေးရေးမှူး", "သမားများ"],
    "km": ["ច្បាប់ការពារកម្មករ", "កម្មករ", "របួស", "ឆ្នាំ", "ប៉ូលិស", "អធិការការងារ", "ខ្សែទូរស័ព្ទបន្ទាន់", "សន្តិសុខសង្គម",
           "ក្រសួងការងារ", "មជ្ឈមណ្ឌលជំនួយសង្គម", "ការពារកម្ម"],
    "lo": ["ພະລາຊະບັນຍັດຄຸ້ມຄອງແຮງງານ", "ຄ່າຈ້າງ", "ລູກຈ້າງ", "ກົດກະຊວງ", "ປະກັນສັງຄົມ", "ກະຊວງແຮງງານ", "ກົມການຈັດຫາງານ",
           "ເຮັດວຽກ", "ຂັ້ນຕ່ຳ", "ສະຫວັດດີການ", "ຈ້າງຂັ້ນ"],
    "en": ["passport", "overtime", "employer", "wage", "Labour Protection Act", "social security", "hotline",
           "sick leave", "severance", "work permit", "Chiang Mai", "inspector"],
}


def normalize(text: str) -> str:
    """As the index and the script do: NFC, one space, Latin letters in lower case."""
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return re.sub(r"[A-Z\u00C0-\u024F\u1E00-\u1EFF]", lambda m: m.group(0).lower() if len(m.group(0).lower()) == 1 else m.group(0), text)


def pages_with(word: str, code: str) -> set:
    """The URLs of the language's pages whose source text holds the word, read from the content itself."""
    word = normalize(word)
    found = set()
    for path in CONTENT.rglob(f"*{code}.md"):
        if path.name not in (f"{code}.md", f"_index.{code}.md"):
            continue
        folder = path.parent.relative_to(CONTENT).parts
        if path.name.startswith("_index") and not folder:
            continue  # the language home is not indexed
        if word in normalize(path.read_text(encoding="utf-8")):
            found.add(f"/{code}/" + "".join(part + "/" for part in folder))
    with open(CONTENT / "offices" / "provinces.csv", encoding="utf-8-sig") as table:
        for row in csv.DictReader(table):
            names = [row[key] for key in row if key.startswith("name_")]
            if any(word in normalize(name) for name in names):
                found.add(f"/{code}/offices/{row['slug']}/")
    return found


def search(phone, base_url, code, word):
    """Opens the search page with ?q= and returns the result links (path, fragment) once they are all
    shown: the first results come from the first pieces of the index, and the "more results" button,
    while there is one, checks the rest."""
    phone.goto(f"{base_url}/{code}/search/?q={urllib.parse.quote(word)}", wait_until="load")
    phone.wait_for_selector("#search-results > p, #search-results > button.search-more", timeout=10000)
    if phone.query_selector("#search-results > button.search-more"):
        phone.click("#search-results > button.search-more")
        phone.wait_for_selector("#search-results > p", timeout=10000)
    hrefs = phone.eval_on_selector_all("#search-results li > a", "links => links.map(a => a.getAttribute('href'))")
    marks = phone.eval_on_selector_all("#search-results mark", "marks => marks.map(m => m.textContent)")
    return hrefs, marks


@pytest.mark.parametrize("code", LANGUAGES)
def test_results_are_exactly_the_pages_holding_the_word(code, site, base_url, phone):
    for word in WORDS[code]:
        expected = pages_with(word, code)
        assert expected, f"{word} is on no {code} page: the test word list is stale"
        hrefs, marks = search(phone, base_url, code, word)
        found = {href.split("#")[0] for href in hrefs}
        assert expected <= found, f"{code} {word}: missing {sorted(expected - found)}"
        for path in found:
            html = local_file(site, path).read_text(encoding="utf-8")
            main = html.split('<main id="main">', 1)[1].split("</main>", 1)[0]
            text = normalize(re.sub(r"<[^>]+>", " ", main).replace("&amp;", "&"))
            assert normalize(word) in text, f"{code} {word}: {path} does not hold it"
        assert len(hrefs) == len(found), "a page is listed twice"
        assert marks and all(normalize(mark) == normalize(word) for mark in marks)


def test_a_thai_word_on_another_languages_page_opens_that_languages_pages(site, base_url, phone):
    hrefs, _ = search(phone, base_url, "my", "เชียงใหม่")
    assert "/my/offices/chiang-mai/" in {href.split("#")[0] for href in hrefs}
    assert all(href.startswith("/my/") for href in hrefs)


def test_the_page_lists_key_terms_without_script_and_every_page_has_a_search_form(site):
    for code in LANGUAGES:
        html = local_file(site, f"/{code}/search/").read_text(encoding="utf-8")
        assert '<form role="search"' in html and '<input type="search"' in html and 'id="search-results"' in html
        terms = re.findall(r'<section class="search-terms">(.*?)</section>', html, re.S)[0]
        assert len(re.findall(r"<li>", terms)) >= 10
        home = local_file(site, f"/{code}/").read_text(encoding="utf-8")
        assert f'action="/{code}/search/"' in home


def html_escape(text: str) -> str:
    """As the build escapes text in a page."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


def listed_terms(code: str) -> list:
    """The terms of the language's key-term list, content/search-terms/<code>.yml (one `- "term"` a line)."""
    path = CONTENT / "search-terms" / f"{code}.yml"
    return re.findall(r'^- "(.*)"$', path.read_text(encoding="utf-8"), re.M)


def offices_pages_with(term: str, code: str) -> set:
    """The directory pages of the provinces whose offices (not the hotlines) are named with the term, in
    the language or in Thai, as a province's page lists them."""
    term = normalize(term)
    with open(CONTENT / "offices" / "provinces.csv", encoding="utf-8-sig") as table:
        slugs = {row["code"]: row["slug"] for row in csv.DictReader(table)}
    found = set()
    with open(CONTENT / "offices" / "offices.csv", encoding="utf-8-sig") as table:
        for row in csv.DictReader(table):
            names = [row.get(f"name_{code}", ""), row["name_th"]]
            if row["kind"] != "hotline" and row["province"] in slugs and any(term in normalize(name) for name in names):
                found.add(f"/{code}/offices/{slugs[row['province']]}/")
    return found


def test_each_listed_term_links_to_every_page_that_holds_it_at_a_heading_of_that_page(site):
    for code in LANGUAGES:
        html = local_file(site, f"/{code}/search/").read_text(encoding="utf-8")
        terms = listed_terms(code)
        assert 10 <= len(terms) <= 20, code
        for term in terms:
            items = re.findall(rf"<li>{re.escape(html_escape(term))}: (<a .*?)</li>", html)
            assert len(items) == 1, (code, term)
            hrefs = re.findall(r'<a href="([^"]+)">', items[0])
            assert {href.split("#")[0] for href in hrefs} == pages_with(term, code) | offices_pages_with(term, code), (code, term)
            for href in hrefs:
                page, _, anchor = href.partition("#")
                if anchor:
                    target = local_file(site, page).read_text(encoding="utf-8")
                    assert f' id="{anchor}"' in target, (code, term, href)


def test_a_first_search_fetches_only_its_first_text_pieces_and_the_button_finds_the_rest(site, base_url, phone):
    """A word on nearly every page: the first results come from at most the first two text pieces, and
    the button brings the rest without losing any page."""
    code, word = "th", "ลูกจ้าง"
    fetched = []
    phone.on("request", lambda request: fetched.append(request.url))
    phone.goto(f"{base_url}/{code}/search/?q={urllib.parse.quote(word)}", wait_until="load")
    phone.wait_for_selector("#search-results li", timeout=10000)
    first = [url for url in fetched if re.search(r"/search/text-\d+\.json$", url)]
    assert 1 <= len(first) <= 2
    more = phone.query_selector("#search-results > button.search-more")
    assert more, "a word on nearly every page has candidates beyond the first pieces on the shipped site"
    more.click()
    phone.wait_for_selector("#search-results > p", timeout=10000)
    hrefs = phone.eval_on_selector_all("#search-results li > a", "links => links.map(a => a.getAttribute('href'))")
    assert pages_with(word, code) <= {href.split("#")[0] for href in hrefs}


def test_the_script_stays_small(site):
    scripts = list((site / "assets").glob("search.*.js"))
    assert len(scripts) == 1
    assert gzip_size(scripts[0].read_bytes()) <= 6 * 1024
