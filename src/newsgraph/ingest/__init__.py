"""Bytes in, Articles out: text dumps, HTML, feeds, WARC, JSON Lines; dedupe."""
