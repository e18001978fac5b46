"""The related-news graph: which article links to which under "Related News".

Nodes are canonical article URLs (with their titles); an edge goes from an
article to each related one, with the anchor text, category and date the
page gives. Spiders record each article's edges in Redis as the article is
enqueued; ``newswatch graph export`` writes a crawl's graph as JSON
(node-link) or GraphML through networkx.
"""

import json

import networkx

from newswatch.shared.urls import link_url

EXPORT_FORMATS = ("json", "graphml")


def record_article(pipe, keys, article, ttl):
    """Queue on ``pipe`` the writes of one article's node and outgoing edges."""
    source = article.canonical_url or article.url
    nodes, edges = keys.graph_nodes(article.crawl_id), keys.graph_edges(article.crawl_id)
    pipe.hset(nodes, source, article.title)
    for link in article.related:
        edge = {"anchor": link.title, "category": link.category or "", "date": link.date or ""}
        pipe.hset(edges, f"{source}\t{link_url(link.url)}", json.dumps(edge, ensure_ascii=False))
    pipe.expire(nodes, ttl)
    pipe.expire(edges, ttl)


def latest_crawl_id(connection, keys):
    """The id of the crawl started last, whatever its name (every site's, or one site's as the monitor runs them);
    None before any crawl."""
    with connection.pipeline(transaction=False) as pipe:
        for name in connection.smembers(keys.crawl_names):
            pipe.hmget(keys.crawl_state(name.decode()), "id", "started_ms")
        states = pipe.execute()
    started = [(int(ms or 0), crawl_id.decode()) for crawl_id, ms in states if crawl_id]
    return max(started)[1] if started else None


def load_graph(connection, keys, crawl_id):
    """The crawl's graph as a networkx DiGraph; targets never fetched are nodes without a title."""
    graph = networkx.DiGraph(crawl_id=crawl_id)
    for url, title in connection.hgetall(keys.graph_nodes(crawl_id)).items():
        graph.add_node(url.decode(), title=title.decode())
    for pair, edge in connection.hgetall(keys.graph_edges(crawl_id)).items():
        source, target = pair.decode().split("\t", 1)
        graph.add_edge(source, target, **json.loads(edge))
    for _, data in graph.nodes(data=True):
        data.setdefault("title", "")
    return graph


def export(graph, output, fmt):
    """Write ``graph`` to the open binary file ``output`` as JSON (node-link) or GraphML."""
    if fmt == "json":
        data = networkx.node_link_data(graph, edges="edges")
        output.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    elif fmt == "graphml":
        networkx.write_graphml(graph, output, encoding="utf-8")
    else:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
