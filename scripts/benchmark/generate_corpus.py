#!/usr/bin/env python3
"""Generates a benchmark corpus from the shape of the real content, as two equivalent sites:
a Sitthi site (content/ + the project's templates/) and a Hugo site (five content dirs + layouts).

Each article bundle is built from one of the shipped articles: its intro and a fixed-seed choice of its
`##` sections, the same choice in all five languages, so translations stay aligned as in real content.
Texts keep their scripts, headings, lists, tables and links; a bundle number is worked into titles and
body so that no two pages are identical.
"""
import argparse
import pathlib
import random
import re
import shutil

LANGUAGES = ["th", "my", "km", "lo", "en"]
REPO = pathlib.Path(__file__).resolve().parents[2]
SECTIONS = 20


def split_front_matter(text):
    _, front, body = text.split("---\n", 2)
    fields = {}
    for line in front.splitlines():
        match = re.match(r'^(title|summary):\s*"(.*)"\s*$', line)
        if match:
            fields[match.group(1)] = match.group(2)
    return fields, body


def split_sections(body):
    parts = re.split(r"(?m)^(?=## )", body)
    return parts[0], parts[1:]


def load_articles():
    articles = []
    for folder in sorted({p.parent for p in (REPO / "content").rglob("th.md")}):
        texts = {}
        for language in LANGUAGES:
            fields, body = split_front_matter((folder / f"{language}.md").read_text())
            intro, sections = split_sections(body)
            texts[language] = (fields, intro, sections)
        counts = {len(texts[l][2]) for l in LANGUAGES}
        assert len(counts) == 1, f"{folder}: translations do not align"
        articles.append(texts)
    return articles


def bundle_text(source, number, rng_choice, language, hugo):
    fields, intro, sections = source[language]
    chosen = [sections[i] for i in rng_choice]
    title = f'{fields["title"]} {number}'
    summary = fields["summary"]
    front = [
        "---",
        f'title: "{title}"',
        f'summary: "{summary}"',
        "updated: 2026-11-26",
        f"weight: {number}",
        "sources:",
        '  - "Labour Protection Act s.70"',
    ]
    if language != "th":
        front += ["translation: draft", "source_version: 2026-11-26"]
    front.append("---")
    body = intro.rstrip() + f" ({number})\n\n" + "".join(chosen)
    return "\n".join(front) + "\n" + INCLUDE.sub("", SITE_LINK.sub(r"\1", body))


# A link to a page of the shipped site (`/my/work/wages/`, `../leave/`, `#heading`): the corpus does not
# have those pages, so the link keeps only its text. Links to other sites stay.
SITE_LINK = re.compile(r"\[([^\]]*)\]\((?:/|\.\.?/|#)[^)]*\)")
# A Sitthi include (```include … ```, the wage table) shows the site's own data, which the corpus does not
# have and Hugo would not show: left out of both.
INCLUDE = re.compile(r"^```include\n.*?^```\n?", re.M | re.S)


def generate(pages, out):
    articles = load_articles()
    bundles = pages // len(LANGUAGES)
    rng = random.Random(pages)
    sitthi = out / "sitthi"
    hugo = out / "hugo"
    for site in (sitthi, hugo):
        if site.exists():
            shutil.rmtree(site)
    (sitthi / "content").mkdir(parents=True)
    shutil.copytree(REPO / "templates", sitthi / "templates")
    shutil.copy(REPO / "content" / "site.yml", sitthi / "content" / "site.yml")
    shutil.copytree(REPO / "content" / "i18n", sitthi / "content" / "i18n")
    for language in LANGUAGES:
        shutil.copy(REPO / "content" / f"_index.{language}.md", sitthi / "content" / f"_index.{language}.md")

    shutil.copytree(pathlib.Path(__file__).parent / "hugo-site", hugo)
    (hugo / "layouts" / "partials").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "templates" / "style.css", hugo / "layouts" / "partials" / "style.css")

    for section in range(SECTIONS):
        name = f"topic-{section + 1:02d}"
        for language in LANGUAGES:
            index = f'---\ntitle: "Topic {section + 1} {language}"\nsummary: "Section {section + 1}"\nweight: {section}\n' + (
                "translation: draft\nsource_version: 2026-11-26\n" if language != "th" else "") + "---\nSection intro.\n"
            (sitthi / "content" / name).mkdir(parents=True, exist_ok=True)
            (sitthi / "content" / name / f"_index.{language}.md").write_text(index)
            (hugo / "content" / language / name).mkdir(parents=True, exist_ok=True)
            (hugo / "content" / language / name / "_index.md").write_text(index)

    for number in range(bundles):
        source = articles[number % len(articles)]
        count = len(source["th"][2])
        choice = sorted(rng.sample(range(count), min(3, count)))
        section = f"topic-{number % SECTIONS + 1:02d}"
        slug = f"article-{number + 1:05d}"
        folder = sitthi / "content" / section / slug
        folder.mkdir()
        for language in LANGUAGES:
            text = bundle_text(source, number + 1, choice, language, hugo=False)
            (folder / f"{language}.md").write_text(text)
            (hugo / "content" / language / section / f"{slug}.md").write_text(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, required=True, help="article pages in all (bundles × 5 languages)")
    parser.add_argument("--out", type=pathlib.Path, required=True)
    args = parser.parse_args()
    generate(args.pages, args.out)


if __name__ == "__main__":
    main()
