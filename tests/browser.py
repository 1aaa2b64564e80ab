"""Headless Debian Chromium driven by Playwright: open a view, wait for its layout to
settle, collect console errors and network requests, hover nodes, take screenshots.

Used by tests/test_browser.py and, to make the README's pictures, directly:

    python tests/browser.py docs/      # builds the samples, writes docs/view-*.png
"""
from __future__ import annotations

import os
import shutil
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# as root, in a sandbox with no network: no sandbox, no GPU, no background connections
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


def available() -> str | None:
    """Why the browser cannot run here, or None when it can."""
    if not Path(CHROMIUM).exists():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium, or set KG_CHROMIUM)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    return None


@dataclass
class Visit:
    """What a page did while it was open."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@contextmanager
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield b
        finally:
            b.close()


@contextmanager
def open_view(b, path: Path, width: int = 1400, height: int = 950):
    """The page at `path`, its layout settled (physics off), with what it did."""
    page = b.new_page(viewport={"width": width, "height": height})
    visit = Visit()
    page.on("console", lambda m: visit.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: visit.errors.append(str(e)))
    page.on("request", lambda r: visit.requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.on("dialog", lambda d: (visit.dialogs.append(d.message), d.dismiss()))
    page.goto(Path(path).resolve().as_uri())
    # kg's pages switch physics off once the layout has stabilised
    page.wait_for_function("typeof network !== 'undefined' && network.physics.options.enabled === false",
                           timeout=60_000)
    page.wait_for_timeout(300)
    try:
        yield page, visit
    finally:
        page.close()


def hover(page, node_id: str) -> str:
    """Move the mouse onto a node and return the tooltip's text as shown."""
    page.evaluate("id => network.focus(id, {scale: 1.2, animation: false})", node_id)
    page.wait_for_timeout(100)
    box = page.evaluate("""id => {
        const p = network.canvasToDOM(network.getPosition(id));
        const r = document.querySelector('#mynetwork canvas').getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y};
    }""", node_id)
    page.mouse.move(box["x"] + 40, box["y"] + 40)
    page.mouse.move(box["x"], box["y"], steps=4)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    return page.inner_text("div.vis-tooltip")


def screenshots(out: Path) -> list[Path]:
    """Build the bundled samples and save a screenshot of each view under `out`."""
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kg.build import build
    from kg.store import open_store
    from kg.views import write_view

    out.mkdir(parents=True, exist_ok=True)
    shots = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(__file__).resolve().parent.parent
        build([root / "data" / "samples"], Path(tmp), view=False, dumps=False)
        store = open_store(Path(tmp) / "store", read_only=True)
        views = {"network": {"top": 120}, "policy-region": {"top": 90}, "report": {"report": "003_"}}
        with browser() as b:
            for kind, opts in views.items():
                page_path = Path(tmp) / f"{kind}.html"
                write_view(store, page_path, kind, **opts)
                with open_view(b, page_path, 1280, 800) as (page, _):
                    shots.append(out / f"view-{kind}.png")
                    page.screenshot(path=str(shots[-1]))
    return shots


if __name__ == "__main__":
    for p in screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")):
        print(f"wrote {p}")
