#!/usr/bin/env python3
"""Sitthi against Hugo on the same content: wall time, pages per second, peak memory and their ratios,
at several corpus sizes, with runs of the two alternating; where Sitthi's time goes, from its own stage
timings and from an instruction profile (valgrind's callgrind, which is stable on a noisy machine).

Run it through scripts/benchmark/run, which installs Hugo, GNU time and valgrind and builds Sitthi.
"""
import argparse
import datetime
import os
import pathlib
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
SITTHI = REPO / ".build" / "release" / "sitthi"
STAGES = ["load", "parse", "assemble", "render", "write"]


def measure(command, cwd=None):
    """Runs a command under GNU time; returns (wall seconds, peak RSS in MB, stdout, CPU seconds: user + system)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        result = subprocess.run(["/usr/bin/time", "-v", "-o", report.name, *command], cwd=cwd,
                                capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{command[0]} failed:\n{result.stderr[-3000:]}")
        text = report.read()
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", text)
    hours, minutes, seconds = int(wall.group(1) or 0), int(wall.group(2)), float(wall.group(3))
    rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1))
    return hours * 3600 + minutes * 60 + seconds, rss_kb / 1024, result.stdout, cpu


def stage_times(summary):
    return {stage: float(re.search(rf"{stage} ([\d.]+)", summary).group(1)) for stage in STAGES}


def run_size(pages, rounds, work):
    corpus = work / f"corpus-{pages}"
    # Made anew on every run, from the content as it is now: a corpus kept from an earlier run could
    # hide a change that breaks it.
    print(f"generating {pages} pages …", flush=True)
    subprocess.run([sys.executable, HERE / "generate_corpus.py", "--pages", str(pages), "--out", corpus], check=True)
    # Templates and settings come from the working tree on every run, so the corpus never lags behind them.
    shutil.rmtree(corpus / "sitthi" / "templates")
    shutil.copytree(REPO / "templates", corpus / "sitthi" / "templates")
    shutil.copytree(HERE / "hugo-site" / "layouts", corpus / "hugo" / "layouts", dirs_exist_ok=True)
    (corpus / "hugo" / "layouts" / "partials").mkdir(exist_ok=True)
    shutil.copy(REPO / "templates" / "style.css", corpus / "hugo" / "layouts" / "partials" / "style.css")
    shutil.rmtree(corpus / "sitthi" / "content" / "i18n")
    shutil.copytree(REPO / "content" / "i18n", corpus / "sitthi" / "content" / "i18n")
    # Two Sitthi sites over the same content: the shipped settings (leaflets on: an A4 leaflet page per
    # article and language on top of what Hugo makes) and leaflets off (the same pages as Hugo's).
    # The shipped settings, less what names the shipped site's own pages (the corpus has other ones) and
    # with compression off: the benchmark times the build, not brotli. Drawn PDFs and share pictures are
    # off too: their cost is measured on its own (the build's "drawings" line gives the time of each).
    shipped = (REPO / "content" / "site.yml").read_text()
    settings = re.sub(r"^offline_pages:.*\n(?:[ \t]+-.*\n)*", "", shipped, flags=re.M) + "compress: false\n"
    settings += "leaflet_pdfs: false\nshare_images: false\n"
    (corpus / "sitthi" / "content" / "site.yml").write_text(settings)
    shutil.rmtree(corpus / "sitthi-off", ignore_errors=True)
    shutil.copytree(corpus / "sitthi", corpus / "sitthi-off")
    (corpus / "sitthi-off" / "content" / "site.yml").write_text(settings + "leaflets: false\n")
    def sitthi_cmd(site):
        return [str(SITTHI), "build", "--root", str(corpus / site), "--output", str(corpus / f"out-{site}")]
    hugo_cmd = ["hugo", "--quiet", "--source", str(corpus / "hugo"), "--destination", str(corpus / "out-hugo")]

    def clear():
        # Cold means no output and no cache: Sitthi keeps the output it replaced in the site's .sitthi-cache.
        for site in ("sitthi", "sitthi-off"):
            for folder in (corpus / f"out-{site}", corpus / f".out-{site}.sitthi-next", corpus / site / ".sitthi-cache"):
                shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(corpus / "out-hugo", ignore_errors=True)

    # Cold: every build into an empty folder, as in CI's fresh clone; alternating, `rounds` times.
    cold = {"on": [], "off": [], "hugo": []}
    for round_number in range(rounds):
        print(f"  {pages} pages, cold round {round_number + 1}/{rounds}", flush=True)
        clear()
        cold["on"].append(measure(sitthi_cmd("sitthi")))
        cold["off"].append(measure(sitthi_cmd("sitthi-off")))
        cold["hugo"].append(measure(hugo_cmd))

    # Warm: the same builds again over their previous output, leaflets off, after one warm-up each.
    measure(sitthi_cmd("sitthi-off"))
    runs = {"sitthi": [], "hugo": []}
    for round_number in range(rounds):
        print(f"  {pages} pages, warm round {round_number + 1}/{rounds}", flush=True)
        runs["sitthi"].append(measure(sitthi_cmd("sitthi-off")))
        runs["hugo"].append(measure(hugo_cmd))

    sitthi_pages = int(re.search(r"wrote (\d+) pages", runs["sitthi"][0][2]).group(1))
    leaflet_pages = int(re.search(r"wrote (\d+) pages", cold["on"][0][2]).group(1))  # HTML pages, leaflets included
    hugo_pages = sum(1 for _ in (corpus / "out-hugo").rglob("*.html"))
    stages = {stage: statistics.median(stage_times(run[2])[stage] for run in runs["sitthi"]) for stage in STAGES}
    def median(values, index):
        return statistics.median(value[index] for value in values)
    return {
        "leaflet_pages": leaflet_pages,
        "cold_on": median(cold["on"], 0), "cold_off": median(cold["off"], 0), "cold_hugo": median(cold["hugo"], 0),
        "cpu_on": median(cold["on"], 3), "cpu_off": median(cold["off"], 3), "cpu_hugo": median(cold["hugo"], 3),
        "rss_on": max(value[1] for value in cold["on"]),
        "pages": pages,
        "sitthi_pages": sitthi_pages,
        "hugo_pages": hugo_pages,
        "sitthi_wall": statistics.median(r[0] for r in runs["sitthi"]),
        "hugo_wall": statistics.median(r[0] for r in runs["hugo"]),
        "sitthi_rss": max(r[1] for r in runs["sitthi"]),
        "hugo_rss": max(r[1] for r in runs["hugo"]),
        "stages": stages,
        "corpus": corpus,
    }


def profile(corpus, work):
    """Instruction counts by stage for one build under callgrind. Valgrind 3.19 cannot read the DWARF 5
    debug information Swift writes, so it profiles a copy with the debug sections stripped (symbols stay)."""
    binary = work / "sitthi-stripped"
    shutil.copy(SITTHI, binary)
    subprocess.run(["strip", "--strip-debug", str(binary)], check=True)
    out = work / "callgrind.out"
    # Into an empty folder each time, so that the write stage is counted the same way in every run.
    shutil.rmtree(corpus / "out-profile", ignore_errors=True)
    shutil.rmtree(corpus / "sitthi" / ".sitthi-cache", ignore_errors=True)
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", str(binary), "build",
                    "--root", str(corpus / "sitthi"), "--output", str(corpus / "out-profile")],
                   check=True, capture_output=True)
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                          capture_output=True, text=True, check=True).stdout
    total = int(re.search(r"([\d,]+) \(100\.0%\)\s+PROGRAM TOTALS", text).group(1).replace(",", ""))
    patterns = {
        "load (Loader.load)": r"SitthiKit6LoaderV4load",
        "parse: front matter": r"SitthiKit17FrontMatterParserO5parse",
        "parse: Markdown (cmark-gfm)": r"SitthiKit16MarkdownRendererO6render_11reservedIDs10idPrefixes",
        "assemble (Assembler.assemble)": r"SitthiKit9AssemblerV8assemble",
        "render: building page models": r"SitthiKit16PageModelBuilderV5model",
        "render: Mustache templates": r"Mustache0A7LibraryV6render_12withTemplate",
        "render: layout frames filled": r"SitthiKit12LayoutFramesV4fill",
        "render: QR codes": r"SitthiKit6QRCodeO3svg",
        "write (Writer.Session)": r"SitthiKit6WriterV7SessionC5write",
    }
    rows = []
    for label, pattern in patterns.items():
        counts = [int(m.group(1).replace(",", "")) for m in re.finditer(rf"^\s*([\d,]+) \([\d. ]+%\)\s+\S*{pattern}", text, re.M)]
        rows.append((label, max(counts) if counts else 0))
    return total, rows


def machine():
    cpu = "unknown"
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = int(re.search(r"MemTotal:\s+(\d+)", pathlib.Path("/proc/meminfo").read_text()).group(1)) // 1024 // 1024
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB, {platform.system()} {platform.release()}; {swift}; Hugo {hugo}"


def report(results, profile_rows, rounds):
    lines = [
        "Cold builds, into an empty folder and with no cache, as in CI's fresh clone (median of the rounds):",
        "",
        "| article pages | Sitthi, leaflets on: s (pages) | Sitthi, leaflets off: s | Hugo s | Hugo ÷ Sitthi, leaflets on | Hugo ÷ Sitthi, leaflets off "
        "| CPU s per 1,000 pages: on / off / Hugo | peak MB: on / Hugo |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        thousands = r["hugo_pages"] / 1000
        lines.append(
            f"| {r['hugo_pages']:,} | {r['cold_on']:.2f} ({r['leaflet_pages']:,}) | {r['cold_off']:.2f} | {r['cold_hugo']:.2f} "
            f"| **{r['cold_hugo'] / r['cold_on']:.1f}×** | **{r['cold_hugo'] / r['cold_off']:.1f}×** "
            f"| {r['cpu_on'] / thousands:.2f} / {r['cpu_off'] / thousands:.2f} / {r['cpu_hugo'] / thousands:.2f} "
            f"| {r['rss_on']:,.0f} / {r['hugo_rss']:,.0f} |")
    lines += [
        "",
        "Warm builds, over the previous output, leaflets off:",
        "",
        "| pages | Sitthi s | Hugo s | Sitthi pages/s | Hugo pages/s | throughput × Hugo | Sitthi MB | Hugo MB | memory ÷ Hugo | Sitthi ms/page |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    # Throughput counts the pages both generators make from the same content (Hugo's count); Sitthi's
    # feeds and sitemap come on top and are not counted in its favour.
    per_page = [r["sitthi_wall"] / r["hugo_pages"] * 1000 for r in results]
    for r, ms in zip(results, per_page):
        s_rate = r["hugo_pages"] / r["sitthi_wall"]
        h_rate = r["hugo_pages"] / r["hugo_wall"]
        lines.append(
            f"| {r['hugo_pages']:,} | {r['sitthi_wall']:.2f} | {r['hugo_wall']:.2f} | {s_rate:,.0f} | {h_rate:,.0f} "
            f"| **{s_rate / h_rate:.1f}×** | {r['sitthi_rss']:,.0f} | {r['hugo_rss']:,.0f} | **{r['sitthi_rss'] / r['hugo_rss']:.2f}** "
            f"| {ms:.3f} |")
    mean = statistics.mean(per_page)
    spread = max(abs(ms - mean) / mean for ms in per_page) * 100
    lines += ["", f"Time per page across sizes: {', '.join(f'{ms:.3f}' for ms in per_page)} ms; "
              f"largest deviation from their mean: {spread:.0f}% (target: within ±20%).", "",
              "Sitthi's own stage timings (median of the warm runs, seconds):", "",
              "| pages | " + " | ".join(STAGES) + " |", "|---:|" + "---:|" * len(STAGES)]
    for r in results:
        lines.append(f"| {r['sitthi_pages']:,} | " + " | ".join(f"{r['stages'][s]:.3f}" for s in STAGES) + " |")
    if profile_rows:
        total, rows = profile_rows
        lines += ["", f"Instruction profile of one build of the smallest corpus (callgrind, {total:,} instructions "
                  "in all threads; a part may include another):", "", "| part | instructions | share |", "|---|---:|---:|"]
        for label, count in rows:
            lines.append(f"| {label} | {count:,} | {count / total * 100:.1f}% |")
    lines += ["", f"Cold and warm: the median of {rounds} alternating runs (Sitthi, Hugo, Sitthi, …), the warm ones after "
              "one warm-up build each; memory is the largest peak resident set size of those runs and CPU the user + system "
              "seconds (GNU time)."]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,40000", help="article pages per corpus, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--work", type=pathlib.Path, default=pathlib.Path(tempfile.gettempdir()) / "sitthi-benchmark")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--update-docs", action="store_true", help="rewrite the table in docs/performance.md")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    results = [run_size(pages, args.rounds, args.work) for pages in sizes]
    rows = None if args.no_profile else profile(results[0]["corpus"], args.work)
    table = report(results, rows, args.rounds)
    header = f"Measured {datetime.date.today()} on {machine()}.\n\nCommand: `scripts/benchmark/run {' '.join(sys.argv[1:])}`".rstrip()
    print("\n" + header + "\n\n" + table)
    if args.update_docs:
        doc = REPO / "docs" / "performance.md"
        text = doc.read_text()
        start, end = "<!-- results:start -->", "<!-- results:end -->"
        before, rest = text.split(start, 1)
        after = rest.split(end, 1)[1]
        doc.write_text(f"{before}{start}\n{header}\n\n{table}\n{end}{after}")
        print(f"\nupdated {doc.relative_to(REPO)}")


if __name__ == "__main__":
    main()
