"""The report layer: words, plots, section contexts, Jinja templates, and building the reports."""
