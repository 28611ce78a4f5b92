"""The coordinator's reports: the weekly figures (JSON, HTML with inline SVG) and the guide-gap report."""
