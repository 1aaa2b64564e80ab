"""A real SPARQL server: `kg load` fills an Oxigraph server over the Graph Store
Protocol and every named query answers there exactly as on the embedded store."""
from __future__ import annotations

import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KgError
from kg.query import named_queries, run
from kg.remote import Endpoint
from kg.store import report_graphs
from kg.vocab import SUMMARY

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`oxigraph serve` on a loopback port, with its data in a temporary folder."""
    if OXIGRAPH is None:
        pytest.fail("the oxigraph server is not installed; pip install -e '.[test]'")
    port = _free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.stderr.read().decode(errors='replace')}")
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture(scope="module")
def loaded(server, built):
    out, _ = built
    res = CliRunner().invoke(main, ["load", "--endpoint", f"{server}/store", "--store", str(out / "store")])
    assert res.exit_code == 0, res.output
    return server, res.output


def _canonical(rows):
    """Rows as a sorted list, with GROUP_CONCAT lists (whose order SPARQL leaves open) sorted."""
    return sorted([[("、".join(sorted(v.split("、"))) if v and "、" in v else v) for v in r] for r in rows],
                  key=lambda r: [v or "" for v in r])


@pytest.mark.parametrize("name, params", [(n, {}) for n in sorted(named_queries())] + [
    ("recurring-policies", {"min_regions": "3"}), ("issue-status", {"only_overdue": "true"})])
def test_named_queries_answer_the_same_on_the_server(loaded, store, name, params):
    url, _ = loaded
    text = named_queries()[name].bind(params)
    local_cols, local_rows = run(store, text)
    remote_cols, remote_rows = run(Endpoint(f"{url}/query"), text)
    assert remote_cols == local_cols
    assert local_rows or params  # every query answers on the samples with its defaults
    assert _canonical(remote_rows) == _canonical(local_rows)


def test_one_named_graph_per_report_and_reloading_replaces(loaded, store, built):
    url, output = loaded
    count = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    first = dict(run(Endpoint(f"{url}/query"), count)[1])
    assert set(first) == set(report_graphs(store)) | {SUMMARY}
    assert first == dict(run(store, count)[1])
    assert f"loaded {len(first) - 1} report graphs and the summary" in output
    out, _ = built
    again = CliRunner().invoke(main, ["load", "--endpoint", f"{url}/store", "--store", str(out / "store")])
    assert again.exit_code == 0, again.output
    assert dict(run(Endpoint(f"{url}/query"), count)[1]) == first  # PUT replaced, nothing doubled


def test_cli_query_on_the_endpoint(loaded):
    url, _ = loaded
    res = CliRunner().invoke(main, ["query", "--endpoint", f"{url}/query", "recurring-policies",
                                    "-p", "min_regions=3", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert "三重一大,3," in res.output


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A server that wants credentials it never accepts, or redirects elsewhere."""

    seen: list[dict] = []
    redirect: str | None = None

    def _answer(self):
        self.seen.append({"method": self.command, "path": self.path, "auth": self.headers.get("Authorization")})
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.redirect:
            self.send_response(307)
            self.send_header("Location", self.redirect)
        else:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="kg"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = do_GET = _answer

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.seen, _Recorder.redirect = [], None
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", _Recorder
    srv.shutdown()


def test_credentials_come_from_the_environment_and_are_never_shown(recorder, built):
    url, handler = recorder
    out, _ = built
    env = {"KG_ENDPOINT_USER": "analyst", "KG_ENDPOINT_PASSWORD": "s3cret-Pa55"}
    res = CliRunner().invoke(main, ["load", "--endpoint", f"{url}/store", "--store", str(out / "store")], env=env)
    assert res.exit_code == 1
    assert "401" in res.output and "credentials" in res.output
    assert "s3cret" not in res.output and "analyst" not in res.output
    assert handler.seen[0]["method"] == "PUT" and handler.seen[0]["auth"].startswith("Basic ")
    assert "graph=" in handler.seen[0]["path"]
    res = CliRunner().invoke(main, ["query", "--endpoint", f"{url}/query", "citations"],
                             env={"KG_ENDPOINT_TOKEN": "tok-123456"})
    assert res.exit_code == 1 and "tok-123456" not in res.output
    assert handler.seen[-1]["auth"] == "Bearer tok-123456"


def test_credentials_in_the_url_are_refused():
    with pytest.raises(KgError, match="KG_ENDPOINT_USER") as e:
        Endpoint("http://analyst:s3cret@127.0.0.1:1/store")
    assert "s3cret" not in str(e.value)


def test_redirects_are_not_followed_with_credentials(recorder):
    url, handler = recorder
    handler.redirect = "http://elsewhere.invalid/steal"
    with pytest.raises(KgError, match="redirected"):
        Endpoint(f"{url}/query", env={"KG_ENDPOINT_TOKEN": "tok"}).query("ASK {}")
    assert len(handler.seen) == 1
