"""Small inline SVG charts for the reports (no script, no CDN): a trend of lines, horizontal bars."""
from __future__ import annotations

from html import escape

COLOURS = ("#1f6fb2", "#2e9d57", "#e0a100", "#c8453a", "#7a5aa6", "#5b6770")
WIDTH = 560


def _svg(height: int, body: str, title: str) -> str:
    """An SVG element drawn left to right in both page directions (its text still reads in its language)."""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" class="chart" viewBox="0 0 {WIDTH} {height}" '
            f'width="{WIDTH}" height="{height}" direction="ltr" aria-label="{escape(title)}">'
            f"<title>{escape(title)}</title>{body}</svg>")


def _words(x: float, y: float, text: str, rtl: bool, size: int = 12, anchor: str = "start") -> str:
    """A label whose right-to-left words stay in order in a chart drawn left to right."""
    if rtl:  # in an RTL run, "start" is the right edge: swap the anchors to keep the same position
        anchor = {"start": "end", "end": "start"}.get(anchor, anchor)
        return (f'<text x="{x:.1f}" y="{y}" font-size="{size}" direction="rtl" unicode-bidi="embed" '
                f'text-anchor="{anchor}">{escape(text)}</text>')
    return f'<text x="{x:.1f}" y="{y}" font-size="{size}" text-anchor="{anchor}">{escape(text)}</text>'


def lines(title: str, xs: list[str], series: list[tuple[str, list[int]]], rtl: bool = False) -> str:
    """A line per series over the x labels (weeks), with a legend."""
    left, top, w, h = 40, 30, WIDTH - 60, 150
    top_value = max([1] + [v for _, values in series for v in values])
    step = w / max(1, len(xs) - 1)
    parts = [f'<line x1="{left}" y1="{top + h}" x2="{left + w}" y2="{top + h}" stroke="#999"/>',
             f'<text x="{left - 6}" y="{top + 4}" font-size="11" text-anchor="end">{top_value}</text>',
             f'<text x="{left - 6}" y="{top + h}" font-size="11" text-anchor="end">0</text>']
    for i, x in enumerate(xs):
        parts.append(f'<text x="{left + i * step:.1f}" y="{top + h + 16}" font-size="10" '
                     f'text-anchor="middle">{escape(x)}</text>')
    for k, (name, values) in enumerate(series):
        colour = COLOURS[k % len(COLOURS)]
        points = " ".join(f"{left + i * step:.1f},{top + h - v / top_value * h:.1f}" for i, v in enumerate(values))
        parts.append(f'<polyline class="series" fill="none" stroke="{colour}" stroke-width="2" points="{points}"/>')
        parts.append(f'<rect x="{left + k * 130}" y="6" width="10" height="10" fill="{colour}"/>'
                     + _words(left + k * 130 + 14, 15, name, rtl, 11))
    return _svg(top + h + 26, "".join(parts), title)


def bars(title: str, rows: list[tuple[str, int]], total: int | None = None, rtl: bool = False) -> str:
    """One horizontal bar per row, its length relative to `total` (the largest row by default)."""
    scale = max([1, total or 0] + [v for _, v in rows])
    label_w, bar_w, row_h = 190, WIDTH - 250, 24
    parts = []
    for i, (name, value) in enumerate(rows):
        y = 8 + i * row_h
        length = value / scale * bar_w
        parts.append(_words(label_w - 8, y + 14, name, rtl, anchor="end") +
                     f'<rect class="bar" x="{label_w}" y="{y}" width="{length:.1f}" height="{row_h - 6}" '
                     f'fill="{COLOURS[i % len(COLOURS)]}"/>'
                     f'<text x="{label_w + length + 6:.1f}" y="{y + 14}" font-size="12">{value}</text>')
    return _svg(16 + len(rows) * row_h, "".join(parts), title)
