"""Remote SPARQL 1.1 servers: push report graphs with the Graph Store HTTP Protocol and
run queries over the SPARQL Protocol, for analysts who keep the graph in their own store.

Each command takes the URL of the service it uses, so any server works: Oxigraph
(`/store`, `/query`), Fuseki (`/DATASET/data`, `/DATASET/query`), GraphDB
(`/repositories/R/rdf-graphs/service`, `/repositories/R`), Virtuoso
(`/sparql-graph-crud-auth`, `/sparql`). Credentials come only from the environment
(`KG_ENDPOINT_USER` + `KG_ENDPOINT_PASSWORD`, or `KG_ENDPOINT_TOKEN`), never from the
URL, and no message repeats them. Redirects are refused rather than followed, so a
credential is never sent to a host the user did not name.
"""
from __future__ import annotations

import base64
import json
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable

import pyoxigraph as ox

from kg.errors import KgError

USER, PASSWORD, TOKEN = "KG_ENDPOINT_USER", "KG_ENDPOINT_PASSWORD", "KG_ENDPOINT_TOKEN"
RESULTS_JSON = "application/sparql-results+json"


class EndpointError(KgError):
    """A SPARQL server could not be reached or refused a request."""


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        raise EndpointError(f"{_safe(req.full_url)} redirected ({code}) to {_safe(newurl)}; "
                            "give that URL instead")


def _safe(url: str) -> str:
    """The URL without query string or user info, fit for messages."""
    p = urllib.parse.urlsplit(url)
    host = p.hostname or ""
    if p.port:
        host += f":{p.port}"
    return urllib.parse.urlunsplit((p.scheme, host, p.path, "", ""))


class Endpoint:
    """One HTTP service of a SPARQL server: a query endpoint or a Graph Store endpoint."""

    def __init__(self, url: str, timeout: float = 60.0, env: dict[str, str] | None = None):
        p = urllib.parse.urlsplit(url)
        if p.scheme not in ("http", "https") or not p.hostname:
            raise EndpointError(f"{url!r} is not an http(s) URL")
        if p.username or p.password:
            raise EndpointError(f"put credentials in {USER}/{PASSWORD} or {TOKEN}, not in the URL")
        self.url = url
        self.timeout = timeout
        self._auth = _authorization(os.environ if env is None else env)
        self._opener = urllib.request.build_opener(_NoRedirect)

    @property
    def display(self) -> str:
        """The URL as messages show it: no query string, no user info."""
        return _safe(self.url)

    def __repr__(self) -> str:
        return f"Endpoint({self.display!r})"

    def _request(self, method: str, url: str, body: bytes | None, headers: dict[str, str]) -> tuple[bytes, str]:
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        if self._auth:
            req.add_unredirected_header("Authorization", self._auth)
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as e:
            detail = e.read(500).decode("utf-8", "replace").strip().splitlines()
            hint = " (check the credentials in the environment)" if e.code in (401, 403) else ""
            raise EndpointError(f"{method} {_safe(url)}: {e.code} {e.reason}{hint}"
                                + (f": {detail[0]}" if detail else "")) from None
        except urllib.error.URLError as e:
            raise EndpointError(f"cannot reach {_safe(url)}: {e.reason}") from None
        except (TimeoutError, ConnectionError) as e:
            raise EndpointError(f"{method} {_safe(url)}: {e}") from None

    def query(self, sparql: str) -> tuple[list[str], list[list[str | None]]]:
        """Run a SELECT or ASK query (SPARQL Protocol, form-encoded POST); rows of strings
        as `kg.query.run` gives them for the embedded store."""
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        data, _ = self._request("POST", self.url, body, {
            "Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_JSON})
        try:
            res = json.loads(data)
        except ValueError as e:
            raise EndpointError(f"{_safe(self.url)} did not answer with SPARQL JSON results: {e}") from None
        if "boolean" in res:
            return ["ask"], [["true" if res["boolean"] else "false"]]
        cols = res["head"]["vars"]
        return cols, [[(b.get(c) or {}).get("value") for c in cols] for b in res["results"]["bindings"]]

    def put_graph(self, graph: str, ntriples: bytes) -> None:
        """Replace the named graph `graph` with these triples (Graph Store Protocol PUT).

        N-Triples is sent as `text/turtle`, of which it is a subset, because every Graph
        Store implementation accepts Turtle."""
        self._request("PUT", self._graph_url(graph), ntriples, {"Content-Type": "text/turtle"})

    def delete_graph(self, graph: str) -> None:
        self._request("DELETE", self._graph_url(graph), None, {})

    def _graph_url(self, graph: str) -> str:
        sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
        return f"{self.url}{sep}{urllib.parse.urlencode({'graph': graph})}"


def _authorization(env) -> str | None:
    if env.get(TOKEN):
        return f"Bearer {env[TOKEN]}"
    if env.get(USER):
        pair = f"{env[USER]}:{env.get(PASSWORD, '')}".encode("utf-8")
        return "Basic " + base64.b64encode(pair).decode("ascii")
    return None


def load(store: ox.Store, endpoint: Endpoint, graphs: Iterable[str],
         progress: Callable[[str], None] | None = None) -> int:
    """PUT each report graph of `store` to the Graph Store `endpoint`; reloading a
    report replaces its graph. Returns the number of triples sent."""
    sent = 0
    for graph in graphs:
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))
        endpoint.put_graph(graph, data)
        sent += data.count(b"\n")
        if progress:
            progress(graph)
    return sent
