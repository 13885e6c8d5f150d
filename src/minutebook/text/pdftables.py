"""Ruled tables in PDFs -> rows of cells, so one table reader serves PDF and text packs.

A table drawn with rules says where its cells are, which position alone does
not: a cell whose text wraps over three lines would otherwise read as three
rows. The cells come from pdfplumber's geometry (snap and join the rules,
intersect them, close the cells, group the cells into tables), fed with the
rules pdfium already holds for the page. Running pdfplumber's own page parser
costs about 150 ms a page, far more than the whole of the rest of the text
layer, so only its cell geometry is used, and only on pages that hold rules
in both directions.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Box = tuple[float, float, float, float]  # left, bottom, right, top in PDF user space (y up)

MIN_RULES = 3  # horizontal and vertical rules a page needs before tables are looked for
# Beyond this many rules a page is a drawing (a plan, a map, a chart), not a table, and the
# corner search (rules x rules) would cost seconds.
MAX_RULES = 800
MAX_OBJECTS = 20000  # a page of this many drawing objects is a plan or a map: not looked at
THIN = 3.0  # a path thinner than this is a rule
SNAP = 3.0  # pdfplumber's default snap and join tolerances


@dataclass
class RuledTable:
    box: Box
    rows: list[list[Box]]  # cells, top row first, left to right


def find_tables(page: pdfium.PdfPage) -> list[RuledTable]:
    """The ruled tables on a page: at least two rows and two columns of cells."""
    height = page.get_height()
    edges = _edges(page, height)
    across = sum(e["orientation"] == "h" for e in edges)
    if across < MIN_RULES or len(edges) - across < MIN_RULES or len(edges) > MAX_RULES:
        return []
    from pdfplumber.table import cells_to_tables, edges_to_intersections  # slow to import: only here

    edges = _merge_edges(edges)
    cells = _cells(edges_to_intersections(edges, 1, 1))
    out: list[RuledTable] = []
    for table in cells_to_tables(cells):
        rows: dict[float, list[tuple[float, float, float, float]]] = {}
        for x0, top, x1, bottom in table:
            rows.setdefault(round(top, 1), []).append((x0, height - bottom, x1, height - top))
        if len(rows) < 2 or max(len(r) for r in rows.values()) < 2:
            continue
        ordered = [sorted(rows[k]) for k in sorted(rows)]
        left = min(c[0] for r in ordered for c in r)
        right = max(c[2] for r in ordered for c in r)
        bottom = min(c[1] for r in ordered for c in r)
        top = max(c[3] for r in ordered for c in r)
        out.append(RuledTable((left, bottom, right, top), ordered))
    return out


def _merge_edges(edges: list[dict]) -> list[dict]:
    """pdfplumber's `merge_edges` with its default tolerances: rules within
    SNAP of each other move to their mean position, then collinear rules that
    touch or overlap (within SNAP) join into one. Same result, without
    pdfplumber's generic object copying, which cost more than the rest."""
    out: list[dict] = []
    for orientation, pos, lo, hi in (("h", "top", "x0", "x1"), ("v", "x0", "top", "bottom")):
        group = [e for e in edges if e["orientation"] == orientation]
        if not group:
            continue
        values = sorted({e[pos] for e in group})
        cluster_of: dict[float, int] = {}
        last, k = values[0], 0
        for v in values:
            if v > last + SNAP:
                k += 1
            cluster_of[v] = k
            last = v
        members: dict[int, list[dict]] = {}
        for e in group:
            members.setdefault(cluster_of[e[pos]], []).append(e)
        for k in sorted(members):
            ms = members[k]
            at = sum(e[pos] for e in ms) / len(ms)
            spans = sorted((e[lo], e[hi]) for e in ms)
            joined = [list(spans[0])]
            for a, b in spans[1:]:
                if a <= joined[-1][1] + SNAP:
                    joined[-1][1] = max(joined[-1][1], b)
                else:
                    joined.append([a, b])
            for a, b in joined:
                if orientation == "h":
                    out.append(
                        {"orientation": "h", "x0": a, "x1": b, "top": at, "bottom": at, "width": b - a, "height": 0.0}
                    )
                else:
                    out.append(
                        {"orientation": "v", "x0": at, "x1": at, "top": a, "bottom": b, "width": 0.0, "height": b - a}
                    )
    return out


def _cells(intersections: dict) -> list[tuple[float, float, float, float]]:
    """pdfplumber's `intersections_to_cells`, same rule (for each corner, the
    smallest rectangle whose four sides are drawn), with each corner's edges
    turned into sets once instead of at every comparison: about ten times
    faster on a page of budget tables."""
    vsets = {p: {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in d["v"]} for p, d in intersections.items()}
    hsets = {p: {(e["x0"], e["top"], e["x1"], e["bottom"]) for e in d["h"]} for p, d in intersections.items()}
    by_x: dict[float, list[tuple[float, float]]] = {}
    by_y: dict[float, list[tuple[float, float]]] = {}
    for pt in sorted(intersections):
        by_x.setdefault(pt[0], []).append(pt)
        by_y.setdefault(pt[1], []).append(pt)
    cells = []
    for pt in sorted(intersections):
        below = [b for b in by_x[pt[0]] if b[1] > pt[1] and vsets[pt] & vsets[b]]
        right = [r for r in by_y[pt[1]] if r[0] > pt[0] and hsets[pt] & hsets[r]]
        found = None
        for b in below:
            for r in right:
                corner = (r[0], b[1])
                if corner in intersections and vsets[corner] & vsets[r] and hsets[corner] & hsets[b]:
                    found = (pt[0], pt[1], corner[0], corner[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _edges(page: pdfium.PdfPage, height: float) -> list[dict[str, float | str]]:
    """Rules from the page's path objects, in pdfplumber's top-down edge form."""
    edges: list[dict[str, float | str]] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    n = pdfium_c.FPDFPage_CountObjects(page)
    if n > MAX_OBJECTS:
        return edges
    for k in range(n):
        if len(edges) > MAX_RULES:
            break
        obj = pdfium_c.FPDFPage_GetObject(page, k)
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        w, h = x1 - x0, y1 - y0
        if h < THIN and w > THIN:
            edges.append(_edge("h", x0, x1, y0, y1, height))
        elif w < THIN and h > THIN:
            edges.append(_edge("v", x0, x1, y0, y1, height))
        elif w > THIN and h > THIN and pdfium_c.FPDFPath_CountSegments(obj) <= 6:
            # a box (cell border or shading): its four sides
            edges += [
                _edge("h", x0, x1, y0, y0, height),
                _edge("h", x0, x1, y1, y1, height),
                _edge("v", x0, x0, y0, y1, height),
                _edge("v", x1, x1, y0, y1, height),
            ]
    return edges


def _edge(orientation: str, x0: float, x1: float, y0: float, y1: float, height: float) -> dict[str, float | str]:
    if orientation == "h":
        y = (y0 + y1) / 2
        top, bottom = height - y, height - y
        return {"orientation": "h", "x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": 0.0}
    x = (x0 + x1) / 2
    top, bottom = height - y1, height - y0
    return {"orientation": "v", "x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0, "height": y1 - y0}
