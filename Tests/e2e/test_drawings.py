"""The drawn files of the shipped site, checked with the tools a reader's or a printer's software uses:
every leaflet PDF is at most two A4 pages (`pdfinfo`), embeds its fonts (`pdffonts`), gives back its
title and body words in each script (`pdftotext`) and carries a QR code that opens the article in the
same language (`zbarimg`); every share picture is a 1200×630 PNG under 100 KB. A page of one PDF and the
share picture of each language are saved in Tests/e2e/screenshots/ for a person to look at."""
import pathlib
import re
import shutil
import struct
import subprocess
import zlib

import pytest
import yaml

from conftest import REPO, run

LANGUAGES = ["th", "my", "km", "lo", "en"]
BASE_URL = "https://sitthi.example.org"
SCREENSHOTS = pathlib.Path(__file__).resolve().parent / "screenshots"
ZERO_WIDTH_SPACE = "\u200b"


def article_folders():
    content = REPO / "content"
    return sorted({p.parent.relative_to(content) for p in content.rglob("th.md")})


@pytest.fixture(scope="module")
def site(sitthi, tmp_path_factory):
    """The shipped site built into a temporary folder (with the repository's drawing cache)."""
    output = tmp_path_factory.mktemp("drawn") / "public"
    result = run(sitthi, "build", "--root", REPO, "--output", output)
    assert result.returncode == 0, result.stdout + result.stderr
    return output


def tool(*args) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True, timeout=120).stdout


def shown_text(article, language):
    """The title, the Thai title (on a translation) and the Markdown body a page in a language shows."""
    own = REPO / "content" / article / f"{language}.md"
    source = REPO / "content" / article / "th.md"
    def split(path):
        _, front, body = path.read_text().split("---\n", 2)
        return yaml.safe_load(front)["title"], body
    title, body = split(own if own.exists() else source)
    texts = [(title, body)]
    if own.exists() and language != "th":
        texts.append(split(source))
    return texts


def sample_words(body, count=4):
    """A few runs of text from the body's paragraphs and list items, without Markdown marks."""
    words = []
    for line in body.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "|", "<", "---")):
            continue
        line = re.sub(r"^([-*]|\d+\.)\s+", "", line)
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"[*_`]", "", line)
        words += [w for w in line.split() if len(w) >= 3 and not w.isascii()]
        if len(words) >= count * 3:
            break
    return words[::3][:count] or words[:count]


def squeezed(text):
    """Text without white space or zero-width spaces: pdftotext puts stray spaces inside Burmese clusters."""
    return re.sub(r"\s", "", text).replace(ZERO_WIDTH_SPACE, "")


def pdfs(site):
    return [(language, article, site / language / article / "leaflet.pdf") for language in LANGUAGES for article in article_folders()]


def test_every_leaflet_pdf_is_at_most_two_a4_pages_with_its_metadata(site):
    for language, article, pdf in pdfs(site):
        info = dict(line.split(":", 1) for line in tool("pdfinfo", pdf).splitlines() if ":" in line)
        assert 1 <= int(info["Pages"]) <= 2, f"{pdf}: {info['Pages']} pages"
        assert "(A4)" in info["Page size"], info["Page size"]
        title = shown_text(article, language)[0][0]
        assert info["Title"].strip() == title, pdf
        assert info["Author"].strip(), pdf
        assert f"/Lang ({language})" in pdf.read_bytes().decode("latin-1"), f"{pdf} names its language"


def test_every_leaflet_pdf_embeds_its_fonts_as_subsets(site):
    for _, _, pdf in pdfs(site):
        rows = tool("pdffonts", pdf).splitlines()[2:]
        assert rows, f"{pdf} has no fonts"
        for row in rows:
            # name, type…, then "emb sub uni" as yes/no before the object id
            flags = row.split()[-5:-2]
            assert flags[0] == "yes" and flags[1] == "yes", f"{pdf}: {row}"
        assert any("Noto" in row for row in rows)


def test_pdf_text_gives_back_the_titles_and_body_words_in_each_script(site):
    for language, article, pdf in pdfs(site):
        text = squeezed(tool("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"))
        for title, body in shown_text(article, language):
            assert squeezed(title) in text, f"{pdf}: title {title!r}"
            for word in sample_words(body):
                assert squeezed(word) in text, f"{pdf}: {word!r}"


def test_every_qr_code_opens_the_article_in_its_language(site, tmp_path):
    for language, article, pdf in pdfs(site):
        image = tmp_path / "qr"
        # The top right corner of the first page, at 100 dpi, holds the code.
        tool("pdftoppm", "-r", "100", "-f", "1", "-l", "1", "-x", "560", "-y", "0", "-W", "267", "-H", "260", "-png", "-singlefile", pdf, image)
        decoded = tool("zbarimg", "--raw", "-q", f"{image}.png").strip()
        assert decoded == f"{BASE_URL}/{language}/{article}/", pdf


def png_pixels_ok(data: bytes):
    """The width and height a PNG declares, after checking that its image data inflates to exactly that."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = height = 0
    idat = b""
    position = 8
    bits_per_pixel = 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            bits_per_pixel = depth * {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += chunk
        assert zlib.crc32(data[position + 4:position + 8 + length]) == struct.unpack(">I", data[position + 8 + length:position + 12 + length])[0]
        position += 12 + length
    assert len(zlib.decompress(idat)) == height * (1 + width * bits_per_pixel // 8)
    return width, height


def test_every_share_picture_is_1200_by_630_and_under_100_kb(site):
    pictures = sorted(site.rglob("share.png"))
    assert len(pictures) == 5 * len(article_folders()) + 5
    for picture in pictures:
        data = picture.read_bytes()
        assert png_pixels_ok(data) == (1200, 630), picture
        assert len(data) < 100_000, f"{picture}: {len(data)} bytes"


def test_pages_point_at_their_pictures_and_pdfs(site):
    article = (site / "km" / "work" / "wages" / "index.html").read_text()
    assert f'<meta property="og:image" content="{BASE_URL}/km/work/wages/share.png">' in article
    assert 'href="/km/work/wages/leaflet.pdf"' in article and 'href="/km/work/wages/leaflet.html"' in article
    assert 'href="/km/work/wages/leaflet.pdf"' in (site / "km" / "work" / "wages" / "leaflet.html").read_text()
    assert f'<meta property="og:image" content="{BASE_URL}/km/share.png">' in (site / "km" / "index.html").read_text()


def test_missing_fonts_are_one_error_naming_the_debian_package(sitthi, fixture_site, tmp_path):
    root = fixture_site("bilingual")
    config = tmp_path / "no-fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>' + str(tmp_path / "empty") + "</dir><cachedir>" + str(tmp_path / "cache") + "</cachedir></fontconfig>\n")
    (tmp_path / "empty").mkdir()
    env = {"FONTCONFIG_FILE": str(config), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([str(sitthi), "build", "--root", str(root)], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, result.stderr
    assert "fonts-noto-core" in errors[0] and "`Noto Sans Myanmar`" in errors[0]
    assert not (root / "public").exists(), "nothing is written"


@pytest.mark.parametrize("language", LANGUAGES)
def test_screenshots_for_review(site, language, tmp_path):
    """A leaflet PDF's first page and the share picture of each language, for a person to look at."""
    SCREENSHOTS.mkdir(exist_ok=True)
    pdf = site / language / "work" / "wages" / "leaflet.pdf"
    tool("pdftoppm", "-r", "110", "-f", "1", "-l", "1", "-png", "-singlefile", pdf, SCREENSHOTS / f"leaflet-pdf-{language}")
    shutil.copyfile(site / language / "work" / "wages" / "share.png", SCREENSHOTS / f"share-{language}.png")
    assert (SCREENSHOTS / f"leaflet-pdf-{language}.png").stat().st_size > 10_000
