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
SNAP = 3.0  # pdfplumber's default snap, join and intersection tolerances


@dataclass
class RuledTable:
    box: Box
    rows: list[list[Box]]  # cells, top row first, left to right


def find_tables(page: pdfium.PdfPage) -> list[RuledTable]:
    """The ruled tables on a page: at least two rows and two columns of cells."""
    height = page.get_height()
    across, down = _edges(page, height)
    if len(across) < MIN_RULES or len(down) < MIN_RULES or len(across) + len(down) > MAX_RULES:
        return []
    down = _merge(down)
    points = _intersections(_close_cut_rows(_merge(across), down), down)
    out: list[RuledTable] = []
    for table in _tables(_cells(points)):
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


# Rules in pdfplumber's top-down frame, as plain tuples: (at, lo, hi) = a horizontal rule's `top` and
# its x0..x1, or a vertical rule's x and its top..bottom.
Rule = tuple[float, float, float]


def _merge(rules: list[Rule]) -> list[Rule]:
    """pdfplumber's `merge_edges` with its default tolerances, for rules of
    one direction: rules within SNAP of each other move to their mean
    position (chained, as its `cluster_list` does), then collinear rules that
    touch or overlap (within SNAP) join into one."""
    if not rules:
        return []
    values = sorted({r[0] for r in rules})
    cluster_of: dict[float, int] = {}
    last, k = values[0], 0
    for v in values:
        if v > last + SNAP:
            k += 1
        cluster_of[v] = k
        last = v
    members: dict[int, list[Rule]] = {}
    for r in rules:
        members.setdefault(cluster_of[r[0]], []).append(r)
    out: list[Rule] = []
    for k in sorted(members):
        ms = members[k]
        at = sum(r[0] for r in ms) / len(ms)
        spans = sorted((r[1], r[2]) for r in ms)
        a, b = spans[0]
        for lo, hi in spans[1:]:
            if lo <= b + SNAP:
                b = max(b, hi)
            else:
                out.append((at, a, b))
                a, b = lo, hi
        out.append((at, a, b))
    return out


def _close_cut_rows(across: list[Rule], down: list[Rule]) -> list[Rule]:
    """A table the page cuts: a row that runs on over the page end has no rule under it on this page
    (or none over it on the next), only its column rules stopping together at the cut. A rule is
    added across them there, so the row's cells close. Three column rules at least: two are a box."""
    out = list(across)
    for end, at in ((2, max), (1, min)):  # the bottom of the lowest table, the top of the highest
        if len(down) < 3:
            break
        edge = at(r[end] for r in down)
        cut = [r for r in down if abs(r[end] - edge) <= SNAP]
        left, right = min(r[0] for r in cut), max(r[0] for r in cut)
        ruled = any(abs(y - edge) <= SNAP and x0 <= left + SNAP and x1 >= right - SNAP for y, x0, x1 in across)
        if len(cut) >= 3 and not ruled:
            out.append((edge, left, right))
    return out


Point = tuple[float, float]


def _intersections(across: list[Rule], down: list[Rule]) -> dict[Point, tuple[set[int], set[int]]]:
    """pdfplumber's `edges_to_intersections` with the tolerance its table finder passes (3, its
    `intersection_tolerance`; a rule drawn a point short of the frame still meets it): where a vertical
    rule meets a horizontal one, with the rules (by number) that meet there:
    vertical rules numbered 0.., horizontal ones numbered after them."""
    points: dict[Point, tuple[set[int], set[int]]] = {}
    nv = len(down)
    hs = sorted(range(len(across)), key=lambda i: (across[i][0], across[i][1]))
    for vi in sorted(range(nv), key=lambda i: (down[i][0], down[i][1])):
        x, vtop, vbottom = down[vi]
        for hi in hs:
            y, x0, x1 = across[hi]
            if vtop <= y + SNAP and vbottom >= y - SNAP and x >= x0 - SNAP and x <= x1 + SNAP:
                sets = points.get((x, y))
                if sets is None:
                    sets = points[(x, y)] = (set(), set())
                sets[0].add(vi)
                sets[1].add(nv + hi)
    return points


def _cells(points: dict[Point, tuple[set[int], set[int]]]) -> list[tuple[float, float, float, float]]:
    """pdfplumber's `intersections_to_cells`, same rule: for each corner, the
    smallest rectangle whose four sides are drawn (the first corner below it
    along a shared rule, then the first to its right, that close a cell).
    The corners below and to the right are tried one at a time, nearest
    first, instead of listing them all for every corner."""
    by_x: dict[float, list[Point]] = {}
    by_y: dict[float, list[Point]] = {}
    ordered = sorted(points)
    for pt in ordered:
        by_x.setdefault(pt[0], []).append(pt)
        by_y.setdefault(pt[1], []).append(pt)
    # Position of each point in its column (by_x, rising y) and its row (by_y, rising x).
    in_col = {pt: i for col in by_x.values() for i, pt in enumerate(col)}
    in_row = {pt: i for row in by_y.values() for i, pt in enumerate(row)}
    cells = []
    for pt in ordered:
        v, h = points[pt]
        col, row = by_x[pt[0]], by_y[pt[1]]
        rights = [r for r in row[in_row[pt] + 1 :] if not h.isdisjoint(points[r][1])]
        if not rights:
            continue
        found = None
        for b in col[in_col[pt] + 1 :]:
            bv, bh = points[b]
            if v.isdisjoint(bv):
                continue
            for r in rights:
                corner = points.get((r[0], b[1]))
                if corner is not None and not corner[0].isdisjoint(points[r][0]) and not corner[1].isdisjoint(bh):
                    found = (pt[0], pt[1], r[0], b[1])
                    break
            if found:
                break
        if found:
            cells.append(found)
    return cells


def _tables(cells: list[tuple[float, float, float, float]]) -> list[list[tuple[float, float, float, float]]]:
    """pdfplumber's `cells_to_tables`: cells that share a corner, directly or
    through others, are one table; tables top to bottom, then left to right,
    and only those of more than one cell."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[Point, int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            j = owner.setdefault(corner, i)
            if j != i:
                a, b = root(i), root(j)
                if a != b:
                    parent[a] = b
    groups: dict[int, list[tuple[float, float, float, float]]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(root(i), []).append(cell)
    tables = sorted(groups.values(), key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def _plain(function, restype, *argtypes):  # noqa: ANN001, ANN202
    """pdfium's function with plain ctypes types: handles pass as integers, not
    wrapped pointer objects, which halves the cost of a call in the one loop
    that visits every object on every page."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_FLOAT_P = ctypes.POINTER(ctypes.c_float)
_GET_OBJECT = _plain(pdfium_c.FPDFPage_GetObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
_GET_TYPE = _plain(pdfium_c.FPDFPageObj_GetType, ctypes.c_int, ctypes.c_void_p)
_GET_BOUNDS = _plain(pdfium_c.FPDFPageObj_GetBounds, ctypes.c_int, ctypes.c_void_p, *[_FLOAT_P] * 4)
_COUNT_SEGMENTS = _plain(pdfium_c.FPDFPath_CountSegments, ctypes.c_int, ctypes.c_void_p)


def _edges(page: pdfium.PdfPage, height: float) -> tuple[list[Rule], list[Rule]]:
    """Rules from the page's path objects, in pdfplumber's top-down frame:
    horizontal ones as (top, x0, x1), vertical ones as (x, top, bottom)."""
    across: list[Rule] = []
    down: list[Rule] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))  # passed as they are: faster than byref()
    n = pdfium_c.FPDFPage_CountObjects(page)
    if n > MAX_OBJECTS:
        return across, down
    handle = ctypes.cast(page.raw, ctypes.c_void_p).value
    get_object, get_type, get_bounds, count_segments = _GET_OBJECT, _GET_TYPE, _GET_BOUNDS, _COUNT_SEGMENTS
    path = pdfium_c.FPDF_PAGEOBJ_PATH
    for k in range(n):
        if len(across) + len(down) > MAX_RULES:
            break
        obj = get_object(handle, k)
        if get_type(obj) != path or not get_bounds(obj, left, bottom, right, top):
            continue
        x0, y0, x1, y1 = left.value, bottom.value, right.value, top.value
        w, h = x1 - x0, y1 - y0
        if h < THIN and w > THIN:
            across.append((height - (y0 + y1) / 2, x0, x1))
        elif w < THIN and h > THIN:
            down.append(((x0 + x1) / 2, height - y1, height - y0))
        elif w > THIN and h > THIN and count_segments(obj) <= 6:
            # a box (cell border or shading): its four sides
            across += [(height - y0, x0, x1), (height - y1, x0, x1)]
            down += [(x0, height - y1, height - y0), (x1, height - y1, height - y0)]
    return across, down
