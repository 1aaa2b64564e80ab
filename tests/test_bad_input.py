"""Bad input loses nothing: each broken file is named with its reason and skipped, the
rest of the build goes on, and the outputs stay valid, even when a build is killed."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT, sample

from kg import ingest
from kg.build import build
from kg.store import complete_graphs, open_store, report_graphs

GOOD = sample("003").read_text(encoding="utf-8")


def _parses(path: Path) -> int:
    return sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def _case_files(src: Path) -> dict[str, str]:
    """Write one file per case; return file name → what the build must say (or "" if it
    must be read as a report)."""
    import opencc

    to_traditional = opencc.OpenCC("s2t")
    cases = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (b" \n\t\r\n ", "only whitespace"),
        "binary.txt": (bytes(range(256)) * 40, "binary"),
        "bom.txt": (b"\xef\xbb\xbf" + GOOD.encode("utf-8"), ""),
        "gb18030.txt": (GOOD.encode("gb18030"), ""),
        "utf16.txt": (GOOD.encode("utf-16"), ""),
        "cut.txt": (GOOD.encode("utf-8") + "卫".encode("utf-8")[:2], ""),
        "page.html": (("<html><head><title>t</title><script>var a='<p>';</script></head><body><nav>首页 > 工作动态"
                       "</nav><div>字体：大 中 小</div>" + "".join(f"<p>{line}</p>" for line in GOOD.splitlines())
                       + "<footer>版权所有 网站地图</footer></body></html>").encode("utf-8"), ""),
        "traditional.txt": (to_traditional.convert(GOOD).encode("utf-8"), ""),
        "pinyin.txt": (GOOD.replace("卫生", "衛(wèi)生").replace("医疗", "醫(yī)療").encode("utf-8"), ""),
        "dropped-dates.txt": (GOOD.replace("2020年", "2020").replace("月", "", 1).encode("utf-8"), ""),
        "controls.txt": (("\u200b\u200d\ufeff\x07" + GOOD.replace("巡察", "巡\u200b察\x01")).encode("utf-8"), ""),
        'odd "name" \\ <x> \n line.txt': ((GOOD + "\n附件：无").encode("utf-8"), ""),
        "converted.md": (("# " + GOOD.replace("\n", "\n\n")).encode("utf-8"), ""),
        "a-first-003.txt": (sample("003").read_bytes(), ""),
        "z-copy-003.txt": (sample("003").read_bytes(), "same content as"),
    }
    for name, (data, _) in cases.items():
        (src / name).write_bytes(data)
    return {name: why for name, (_, why) in cases.items()}


def test_every_bad_file_is_named_with_its_reason_and_the_rest_is_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    expected = _case_files(src)
    res = build([src], tmp_path / "out", view=False)
    said = {Path(p.path).name: p.message for p in res.skipped + res.duplicates}
    for name, why in expected.items():
        if why:
            assert why in said.get(name, ""), (name, said.get(name))
    readable = [n for n, why in expected.items() if not why]
    assert not set(readable) & set(said), {n: said[n] for n in set(readable) & set(said)}
    assert res.reports == len(readable)
    assert len(report_graphs(open_store(tmp_path / "out" / "store", read_only=True))) == len(readable)
    assert _parses(tmp_path / "out" / "graph.nq") == res.triples + _summary_quads(tmp_path / "out")
    warned = {Path(w.path).name: w.message for w in res.warnings}
    assert "middle of a character" in warned["cut.txt"]


def test_a_file_kg_cannot_read_among_the_reports_is_named_not_passed_over(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sample("003"), src / "003.txt")
    (src / "scan.pdf").write_bytes(b"%PDF-1.4\n")  # a PDF is read; this one is damaged
    (src / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # a .doc is read; this one is damaged
    (src / "invoice.ofd").write_bytes(b"PK\x03\x04")  # China's fixed-layout format: not read
    (src / "draft.docx").write_bytes(b"PK\x03\x04")  # a .docx is read; this one is damaged
    (src / "notes.json").write_text("{}", encoding="utf-8")
    res = build([src], tmp_path / "out", view=False)
    assert res.reports == 1
    warned = {Path(w.path).name: w.message for w in res.warnings}
    assert "save a .ofd file" in warned["invoice.ofd"] and "scan.pdf" not in warned and "old.doc" not in warned
    skipped = {Path(p.path).name: p.message for p in res.skipped}
    assert sorted(skipped) == ["draft.docx", "old.doc", "scan.pdf"]
    assert "damaged Word file" in skipped["draft.docx"] and "damaged PDF" in skipped["scan.pdf"]
    assert "Word 97-2003" in skipped["old.doc"]
    assert "notes.json" not in warned


def _summary_quads(out: Path) -> int:
    return sum(1 for line in (out / "graph.nq").read_text(encoding="utf-8").splitlines() if "graph/summary>" in line)


def test_the_same_content_twice_is_one_report_and_the_copy_is_noted(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sample("003"), src / "a.txt")
    shutil.copy(sample("003"), src / "b.txt")
    res = build([src], tmp_path / "out", view=False, dumps=False)
    assert res.reports == 1 and len(res.duplicates) == 1
    assert res.duplicates[0].path.endswith("b.txt") and "a.txt" in res.duplicates[0].message


def test_a_file_that_disappears_during_the_build_is_named(tmp_path):
    src = tmp_path / "in"
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import generate
    generate(src, 20)  # more than one batch of the pipeline, so the last is read after the first report
    last = sorted(src.iterdir())[-1]

    def vanish(linked):
        if last.exists():
            last.unlink()

    res = build([src], tmp_path / "out", view=False, dumps=False, progress=vanish)
    assert res.reports == 19
    assert [(Path(p.path).name, "disappeared" in p.message) for p in res.skipped] == [(last.name, True)]


# root reads any folder; without these capabilities it obeys permissions like anyone
_NO_OVERRIDE = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                "--bounding-set=-dac_override,-dac_read_search"]


def test_an_unreadable_folder_is_named_and_the_rest_is_built(tmp_path):
    (tmp_path / "in" / "locked").mkdir(parents=True)
    shutil.copy(sample("003"), tmp_path / "in")
    shutil.copy(sample("002"), tmp_path / "in" / "locked")
    (tmp_path / "in" / "locked").chmod(0)
    cmd = [sys.executable, "-m", "kg.cli", "build", str(tmp_path / "in"), "--out", str(tmp_path / "out"),
           "--no-view", "--no-dumps", "--format", "json"]
    try:
        done = subprocess.run((_NO_OVERRIDE if os.geteuid() == 0 else []) + cmd, capture_output=True,
                              text=True, cwd=ROOT, timeout=300)
    finally:
        (tmp_path / "in" / "locked").chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert f"skipped {tmp_path / 'in' / 'locked'}: folder cannot be listed (Permission denied)" in done.stderr
    assert '"reports": 1' in done.stdout


def test_a_50_mb_file_on_one_line_is_read_in_bounded_parts(tmp_path, monkeypatch):
    """The real 50 MB case runs with -m slow; here the same path on a scaled-down file."""
    monkeypatch.setattr(ingest, "PART_CHARS", 5_000)
    monkeypatch.setattr(ingest, "PART_BYTES", 20_000)
    one_line = GOOD.replace("\n", " ") * 6
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text(one_line, encoding="utf-8")
    res = build([tmp_path / "in"], tmp_path / "out", view=False, dumps=False)
    assert res.reports >= len(one_line) // 5_000 and not res.skipped
    assert "read in parts" in res.warnings[0].message
    again = build([tmp_path / "in"], tmp_path / "out", view=False, dumps=False)
    assert again.reports == 0 and again.unchanged == res.reports  # parts are skipped when unchanged


@pytest.mark.slow
def test_a_real_50_mb_file_on_one_line(tmp_path):
    one_line = GOOD.replace("\n", " ")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "huge.txt").write_text(one_line * (50 * 2**20 // len(one_line.encode()) + 1), encoding="utf-8")
    cmd = [sys.executable, "-c", "import resource, sys; from kg.build import build; "
           f"r = build([{str(tmp_path / 'in')!r}], {str(tmp_path / 'out')!r}, view=False, dumps=False); "
           "print(r.reports, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"]
    reports, rss_kb = map(int, subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True,
                                              timeout=1800).stdout.split())
    assert reports > 50 and rss_kb < 1.5 * 2**20


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_a_killed_build_leaves_the_previous_outputs_and_a_consistent_store(tmp_path, sig):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sample("003"), src)
    build([src], tmp_path / "out", view=False)
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("graph.*")}
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from corpus import generate
    generate(src, 120, seed=7)
    # a shell without job control starts background jobs with SIGINT ignored, and a child
    # inherits that: give it the default, as a terminal's Ctrl-C finds it
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(src), "--out", str(tmp_path / "out"),
                             "--no-view"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(5)  # well into the 120 reports
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0, "the build finished before it could be interrupted; give it more reports"
    after = {p.name: p.read_bytes() for p in (tmp_path / "out").glob("graph.*")}
    assert after == before  # the dumps are the previous build's, whole
    assert not list((tmp_path / "out").glob(".*.tmp"))
    store = open_store(tmp_path / "out" / "store", read_only=True)
    complete = complete_graphs(store)
    assert complete <= set(report_graphs(store))
    del store
    res = build([src], tmp_path / "out", view=False)  # the next build completes what was cut short
    store = open_store(tmp_path / "out" / "store", read_only=True)
    assert res.reports + res.unchanged == 121 and complete_graphs(store) == set(report_graphs(store))
    assert len(report_graphs(store)) == 121
