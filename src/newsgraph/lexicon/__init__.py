"""Knowledge as data: word lists and tables the extractors read, with their loaders."""
