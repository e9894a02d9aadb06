"""Extractors: pure functions from an analysed article to frozen records."""
