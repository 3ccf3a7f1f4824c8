"""What the browser tests share: the shipped site built once, served on loopback, and Debian's Chromium
driven by Playwright (no browser download: the system binary is launched by path)."""
import functools
import gzip
import http.server
import pathlib
import threading

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 360, "height": 740}
LANGUAGES = ["th", "my", "km", "lo", "en"]
SOURCE_LANGUAGE = "th"

# The font each script must be drawn with: what the page's CSS names under :lang(), as Chromium
# reports the platform font it used. Burmese comes from the site's own web font (a subset of Noto
# Sans Myanmar), so a phone whose system font is Zawgyi still draws Unicode text right.
EXPECTED_FONT = {
    "th": "Noto Sans Thai",
    "my": "Noto Sans Myanmar",
    "km": "Noto Sans Khmer",
    "lo": "Noto Sans Lao",
    "en": "Noto Sans",
}

# Characters that identify each script in a text (the first and last letter of each block).
SCRIPT_RANGES = {
    "th": ("\u0e01", "\u0e5b"),
    "my": ("\u1000", "\u104f"),
    "km": ("\u1780", "\u17ff"),
    "lo": ("\u0e81", "\u0edf"),
    "en": ("A", "z"),
}

# The compressed weight an article page's HTML with its inline CSS may have (the first round trip of
# a connection, RFC 6928), and the whole page with its font and pictures.
HTML_BUDGET = 14 * 1024
PAGE_BUDGET = 100 * 1024


# Each kind of page in a language, and the folder of the one the tests open.
KINDS = [("home", ""), ("section", "work/"), ("article", "work/wages/"), ("leaflet", "work/wages/leaflet.html"),
         ("offices", "offices/"), ("province", "offices/bangkok/"), ("glossary", "glossary/"),
         ("offline", "offline/"),
         ("search", "search/?q=%E0%B8%84%E0%B9%88%E0%B8%B2%E0%B8%88%E0%B9%89%E0%B8%B2%E0%B8%87")]  # ?q=ค่าจ้าง

# One page of every kind in every language, as (name, path): the picker, the page for addresses that
# do not exist, and each language's pages of KINDS.
PAGES = [("picker", "/"), ("not-found", "/404.html")] + [
    (f"{code}-{kind}", f"/{code}/{folder}") for code in LANGUAGES for kind, folder in KINDS
]


def served(folder: pathlib.Path):
    """Serves a folder on 127.0.0.1 on a free port; returns (base URL, server)."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def local_file(site: pathlib.Path, path: str) -> pathlib.Path:
    path = path.split("?")[0].split("#")[0]
    return site / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))


# Run in the page: every element that carries `lang` (and the page's h1, in the page's language) with
# text of its own in that language's script, marked so the font check can find it by selector.
MARK_SCRIPT_SAMPLES = """(ranges) => {
  const samples = {};
  const own = (element) => [...element.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('');
  const inScript = (text, [low, high]) => [...text].filter(c => c >= low && c <= high).length;
  // The page's own heading first, then everything in another language.
  const candidates = [...document.querySelectorAll('main h1'), ...document.querySelectorAll('[lang], [lang] *')];
  for (const element of candidates) {
    if (!element.getClientRects().length) continue;
    const lang = element.closest('[lang]').getAttribute('lang');
    if (!(lang in ranges) || samples[lang]) continue;
    const text = own(element);
    if (inScript(text, ranges[lang]) >= 3) {
      element.setAttribute('data-font-sample', lang);
      samples[lang] = text.trim().slice(0, 40);
    }
  }
  return samples;
}"""
