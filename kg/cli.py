"""The `kg` command: thin wrappers that parse options, call the stages and print.

Library errors (`KgError`) become one `Error:` line and exit code 1.
"""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from kg.errors import KgError

DEFAULT_INPUT = "data/samples"
DEFAULT_OUT = "output"


def _errors(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except KgError as e:
            raise click.ClickException(str(e)) from e

    return wrapper


def _tell(kind: str, problems) -> None:
    """One line on stderr per file skipped, duplicated or read with a warning."""
    for p in problems:
        click.echo(f"{kind} {p.path}: {p.message}", err=True)


def _interrupt_on_sigterm() -> None:
    """SIGTERM unwinds like Ctrl-C: temporary files are removed, the store is closed,
    and the previous dumps stay as they were."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, stop)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Turn inspection-rectification reports (巡视/巡察整改情况通报) into a knowledge graph."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="Folder for the store, dumps and view.")
@click.option("--encoding", help="Read every file in this encoding instead of detecting it.")
@click.option("--no-view", is_flag=True, help="Do not write graph.html.")
@click.option("--no-dumps", is_flag=True, help="Update the store only; `kg export` writes dumps later.")
@click.option("--prune", is_flag=True, help="Drop the graphs of reports no longer among PATHS.")
@click.option("--force", is_flag=True, help="Rebuild every report, even those whose content is unchanged.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes analysing reports (this process writes the store).")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Analyse on this Dask distributed cluster instead, and also write OUT/nquads/part-*.nq.gz "
                   "for bulk loaders. The workers need kg installed.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="How to print the summary.")
@_errors
def build(paths: tuple[Path, ...], out: Path, encoding: str | None, no_view: bool, no_dumps: bool,
          prune: bool, force: bool, jobs: int, scheduler: str | None, fmt: str) -> None:
    """Build the graph from report files or folders (default: data/samples).

    Reads .txt, .html/.htm, Markdown (.md), Word (.docx, .doc; .wps in Word's format), .rtf,
    OpenDocument (.odt, .ods), Excel (.xlsx) and PDF files with a text layer; an .ofd,
    .xls or .et in a folder is named in a warning. Writes OUT/store (Oxigraph,
    one named graph per report), OUT/graph.nq, .trig, .ttl, .jsonld and OUT/graph.html. Unreadable files are reported and skipped. Reports whose
    content is unchanged since the last build are skipped; --prune drops those gone.
    """
    from kg.build import build as run_build, count_sources

    _interrupt_on_sigterm()
    paths = paths or (Path(DEFAULT_INPUT),)
    total = count_sources(paths)
    with click.progressbar(length=total, label="Building", file=sys.stderr,
                           show_pos=True, show_eta=False) as bar:
        res = run_build(paths, out, encoding=encoding, view=not no_view, prune=prune, force=force,
                        dumps=not no_dumps, jobs=jobs, scheduler=scheduler,
                        progress=lambda linked: bar.update(1))
    _tell("skipped", res.skipped)
    _tell("duplicate", res.duplicates)
    summary = {
        "reports": res.reports, "unchanged": res.unchanged, "pruned": res.pruned,
        "skipped": len(res.skipped), "duplicates": len(res.duplicates),
        "triples": res.triples, "warnings": len(res.warnings), "seconds": round(res.seconds, 2),
        "entities": dict(sorted(res.entities.items())),
        "outputs": [str(p) for p in res.outputs],
    }
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    from kg.query import format_rows

    rows = [[k, summary[k]] for k in ("reports", "unchanged", "pruned", "skipped", "duplicates", "triples",
                                      "warnings", "seconds")]
    rows += [[f"entities: {t}", n] for t, n in summary["entities"].items()]
    click.echo(format_rows(["", "count"], rows))
    _tell("warning", res.warnings)
    if summary["outputs"]:
        click.echo(f"wrote {', '.join(summary['outputs'])}")
    elif no_dumps:
        click.echo(f"updated {out / 'store'}; `kg export` writes the dumps")
    else:
        click.echo("nothing changed; the dumps and view are up to date")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", type=click.Path(path_type=Path), required=True,
              help="Folder for one JSON file per report (gold schema).")
@click.option("--encoding", help="Read every file in this encoding instead of detecting it.")
@_errors
def extract(paths: tuple[Path, ...], out: Path, encoding: str | None) -> None:
    """Write one JSON record per report in the gold schema (data/gold/SCHEMA.md)."""
    from kg.build import Problem, analyse, read_all
    from kg.export import atomic_write
    from kg.record import to_record

    problems: list[Problem] = []
    notes: list[Problem] = []
    n = 0
    for linked in analyse(read_all(paths, problems, encoding, notes=notes), problems):
        rec = to_record(linked)
        with atomic_write(out / (Path(rec["doc"]).stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
        n += 1
    _tell("skipped", problems)
    _tell("warning", notes)
    if n == 0:
        raise click.ClickException("no report could be read")
    click.echo(f"wrote {n} records to {out}")


@main.command("eval")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path), default="data/gold", show_default=True,
              help="Folder of gold annotations.")
@click.option("--errors", is_flag=True, help="List false positives and misses with their sentence.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@_errors
def evaluate(paths: tuple[Path, ...], gold_dir: Path, errors: bool, fmt: str) -> None:
    """Score extraction against gold annotations: P/R/F1 per type, fields, issues, roles."""
    from kg.build import Problem, analyse, read_all
    from kg.evaluate import load_gold, score
    from kg.query import format_rows
    from kg.record import to_record

    gold = load_gold(gold_dir)
    problems: list[Problem] = []
    notes: list[Problem] = []
    records, texts = [], {}
    for linked in analyse(read_all(paths or (Path(DEFAULT_INPUT),), problems, notes=notes), problems):
        rec = to_record(linked)
        if rec["doc"] in gold:
            records.append(rec)
            texts[rec["doc"]] = linked.report.text.text
    _tell("skipped", problems)
    _tell("warning", notes)
    if not records:
        raise click.ClickException(f"none of the reports has a gold file in {gold_dir}")
    sc = score(records, gold, texts)
    d = sc.as_dict()
    if fmt == "json":
        if errors:
            d["errors"] = sc.errors
        click.echo(json.dumps(d, ensure_ascii=False, indent=2))
        return
    rows = [[t, c["predicted"], c["gold"], f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}"]
            for t, c in d["entities"].items()]
    click.echo(f"{len(records)} reports scored against {gold_dir}\n")
    click.echo(format_rows(["type", "predicted", "gold", "precision", "recall", "F1"], rows, fmt))
    click.echo("")
    frows = [[k, v["correct"], v["total"], f"{v['accuracy']:.3f}"] for k, v in d["fields"].items()]
    click.echo(format_rows(["field", "correct", "total", "accuracy"], frows, fmt))
    i, r = d["issues"], d["roles"]
    click.echo(f"\nissues: {i['matched']}/{i['gold']} found (recall {i['recall']:.3f}), "
               f"{i['predicted']} predicted, extra {i['extra']:.1%}; "
               f"{i['status_and_deadline_right']}/{i['matched']} found with the gold's status and deadline")
    click.echo(f"roles: {r['found']}/{r['gold']} (person, post) pairs found (recall {r['recall']:.3f})")
    if errors:
        erows = [[e["doc"][:12], e["type"], e["kind"], e["text"], e["sentence"]] for e in sc.errors]
        click.echo("")
        click.echo(format_rows(["doc", "type", "kind", "text", "sentence"], erows, fmt, max_width=60))


@main.command()
@click.argument("query_or_name", required=False, metavar="SPARQL|NAME")
@click.option("-f", "--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A named query's parameter (repeatable); bound as an RDF term.")
@click.option("--store", type=click.Path(path_type=Path), default=f"{DEFAULT_OUT}/store", show_default=True,
              help="The Oxigraph store to query.")
@click.option("--endpoint", metavar="URL",
              help="Query this SPARQL endpoint instead of the store (e.g. http://host:7878/query). "
                   "Credentials from KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD or KG_ENDPOINT_TOKEN.")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for the endpoint.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@_errors
def query(query_or_name: str | None, file: Path | None, list_: bool, params: tuple[str, ...],
          store: Path, endpoint: str | None, timeout: float, fmt: str) -> None:
    """Run SPARQL or a named query against the store (all report graphs as one) or a
    SPARQL endpoint that `kg load` filled.

    NAME is one of `kg query --list` (recurring-policies, agency-issues, issue-status,
    money-by-region, citations, people-posts); anything else is SPARQL text.
    """
    from kg.query import format_rows, named, named_queries, run
    from kg.remote import Endpoint
    from kg.store import open_store

    if list_:
        rows = [[q.name, q.description, "; ".join(f"{p.name} ({p.type}, default {p.default or 'none'}): {p.help}"
                                                  for p in q.params)]
                for q in named_queries().values()]
        click.echo(format_rows(["name", "description", "parameters"], rows, fmt, max_width=70))
        return
    values = {}
    for item in params:
        if "=" not in item:
            raise click.UsageError(f"--param {item!r}: write NAME=VALUE")
        k, v = item.split("=", 1)
        values[k.strip()] = v
    if file is not None:
        sparql = file.read_text(encoding="utf-8")
    elif query_or_name and query_or_name in named_queries():
        sparql = named(query_or_name).bind(values)
    else:
        sparql = query_or_name
        if values:
            raise click.UsageError("--param applies to named queries only")
    if not sparql:
        raise click.UsageError("give SPARQL, a query NAME (see --list) or -f FILE.rq")
    target = Endpoint(endpoint, timeout=timeout) if endpoint else open_store(store, read_only=True)
    cols, rows = run(target, sparql)
    click.echo(format_rows(cols, rows, fmt))


@main.command()
@click.option("--endpoint", metavar="URL", required=True,
              help="The server's Graph Store Protocol service (e.g. http://host:7878/store, "
                   "Fuseki's http://host:3030/DATASET/data).")
@click.option("--store", type=click.Path(path_type=Path), default=f"{DEFAULT_OUT}/store", show_default=True,
              help="The Oxigraph store whose report graphs are pushed.")
@click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds to wait for each request.")
@_errors
def load(endpoint: str, store: Path, timeout: float) -> None:
    """Push every report graph to a SPARQL 1.1 server, one named graph per report,
    and the summary graph the build derives from them.

    Each graph is sent with an HTTP PUT, so loading a report again replaces its graph.
    Credentials, if the server needs them, come from the environment:
    KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (HTTP Basic) or KG_ENDPOINT_TOKEN (Bearer).
    """
    from kg.remote import Endpoint, load as push
    from kg.store import open_store, report_graphs
    from kg.vocab import SUMMARY

    target = Endpoint(endpoint, timeout=timeout)
    st = open_store(store, read_only=True)
    graphs = report_graphs(st)
    if not graphs:
        raise click.ClickException(f"{store} holds no report graphs; run `kg build` first")
    graphs.append(SUMMARY)  # the derived graph recurring-policies reads
    with click.progressbar(length=len(graphs), label="Loading", file=sys.stderr, show_pos=True) as bar:
        triples = push(st, target, graphs, progress=lambda g: bar.update(1))
    click.echo(f"loaded {len(graphs) - 1} report graphs and the summary ({triples:,} triples) "
               f"into {target.display}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["nq", "trig", "ttl", "nt", "jsonld"]), default="nq",
              show_default=True, help="N-Quads and TriG keep one graph per report; the others merge them.")
@click.option("--gzip", "gz", is_flag=True, help="Compress the dump with gzip.")
@click.option("--out", "-o", type=click.Path(path_type=Path),
              help="File or folder to write (default: output/graph.FORMAT[.gz]); '-' for standard output.")
@click.option("--store", type=click.Path(path_type=Path), default=f"{DEFAULT_OUT}/store", show_default=True)
@_errors
def export(fmt: str, gz: bool, out: Path | None, store: Path) -> None:
    """Dump the store for any triple store: N-Quads, TriG, Turtle, N-Triples or JSON-LD."""
    import gzip as gzip_module

    from kg.export import stream, write_dump
    from kg.store import open_store

    st = open_store(store, read_only=True)
    if str(out) == "-":
        stdout = click.get_binary_stream("stdout")
        if gz:
            with gzip_module.GzipFile(fileobj=stdout, mode="wb", mtime=0, filename="") as z:
                stream(st, fmt, z.write)
        else:
            stream(st, fmt, stdout.write)
        return
    name = f"graph.{fmt}" + (".gz" if gz else "")
    out = out / name if out is not None and out.is_dir() else out or Path(DEFAULT_OUT) / name
    write_dump(st, out, fmt, gz=gz)
    click.echo(f"wrote {out}")


@main.command()
@click.option("--kind", type=click.Choice(["network", "policy-region", "report"]), default="network",
              show_default=True, help="network: findings and the entities around them; policy-region: which "
                                      "policies recur where; report: one report's structure.")
@click.option("--region", help="Only reports of this region or of places within it (e.g. 郑州市, 河南省).")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Only nodes of this type (repeatable): finding, agency, hospital, company, policy, document, "
                   "person. Without finding, entities one finding links are joined directly.")
@click.option("--top", type=click.IntRange(min=1), default=250, show_default=True,
              help="Draw only the TOP nodes of highest degree, so the page stays fluid.")
@click.option("--report", help="For --kind report: the report's file name (or its start) or IRI.")
@click.option("--out", "-o", type=click.Path(path_type=Path), help="The page to write (default: output/view-KIND.html).")
@click.option("--store", type=click.Path(path_type=Path), default=f"{DEFAULT_OUT}/store", show_default=True)
@_errors
def view(kind: str, region: str | None, types: tuple[str, ...], top: int, report: str | None,
         out: Path | None, store: Path) -> None:
    """Write an interactive HTML view of the graph that opens offline in any browser.

    Nodes are coloured and shaped by type (legend at the top) and sized by degree;
    hovering shows a node's name, type, regions and up to three sentences it comes from.
    """
    from kg.store import open_store
    from kg.views import write_view

    out = out or Path(DEFAULT_OUT) / f"view-{kind}.html"
    nodes, edges = write_view(open_store(store, read_only=True), out, kind, region, types, top, report)
    click.echo(f"wrote {out} ({nodes} nodes, {edges} edges)")


@main.command()
@click.option("--projection", "projections", multiple=True,
              type=click.Choice(["agency-issue", "policy-region", "co-mention"]),
              help="Which projection (repeatable; default: all three). agency-issue: findings and the bodies "
                   "they concern; policy-region: policies and regions; co-mention: entities one finding names.")
@click.option("--region", help="Only reports of this region or of places within it.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Rows per table.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--export", "export_fmt", type=click.Choice(["graphml", "gexf"]),
              help="Also write each projection with its measures, for Gephi.")
@click.option("--out", "-o", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT,
              show_default=True, help="Folder for --export files (PROJECTION.FORMAT).")
@click.option("--store", type=click.Path(path_type=Path), default=f"{DEFAULT_OUT}/store", show_default=True)
@_errors
def analytics(projections: tuple[str, ...], region: str | None, top: int, fmt: str, export_fmt: str | None,
              out: Path, store: Path) -> None:
    """Network measures over projections of the graph: degree and betweenness
    centrality, Louvain communities, and the nodes that bridge regions."""
    from kg.analytics import PROJECTIONS, export, measures, projection, tables
    from kg.projections import entity_network
    from kg.query import format_rows
    from kg.store import open_store

    st = open_store(store, read_only=True)
    chosen = projections or PROJECTIONS
    network = entity_network(st, region) if set(chosen) - {"policy-region"} else None
    result, written = [], []
    with click.progressbar(chosen, label="Analysing", file=sys.stderr) as bar:
        for name in bar:
            g = projection(st, name, region, network)
            measures(g)
            result.append((name, g, tables(g, name, top)))
            if export_fmt:
                written.append(export(g, out / f"{name}.{export_fmt}", export_fmt))
    if fmt == "json":
        click.echo(json.dumps({name: {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                                      "tables": [{"title": t.title, "rows": [dict(zip(t.columns, r)) for r in t.rows]}
                                                 for t in ts]}
                               for name, g, ts in result}, ensure_ascii=False, indent=2))
    else:
        for name, g, ts in result:
            click.echo(f"# {name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges\n")
            for t in ts:
                click.echo(f"## {t.title}" if fmt == "table" else f"# {t.title}")
                click.echo(format_rows(t.columns, t.rows, fmt, max_width=50) + "\n")
    for p in written:
        click.echo(f"wrote {p}", err=True)


@main.command()
@click.argument("dump", required=False, type=click.Path(path_type=Path))
@_errors
def validate(dump: Path | None) -> None:
    """Check a dump (default: output/graph.nq) against the SHACL shapes."""
    from kg.validate import validate_dump

    dump = dump or Path(DEFAULT_OUT) / "graph.nq"
    if not dump.exists():
        raise click.ClickException(f"{dump}: no such dump; run `kg build` first")
    conforms, text = validate_dump(dump)
    if not conforms:
        lines = text.splitlines()
        click.echo("\n".join(lines[:60]) + (f"\n… {len(lines) - 60} more lines" if len(lines) > 60 else ""))
        raise click.ClickException(f"{dump} does not conform to ontology/shapes.ttl")
    click.echo(f"{dump} conforms to ontology/shapes.ttl")


if __name__ == "__main__":
    main()
