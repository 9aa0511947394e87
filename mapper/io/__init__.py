"""Reading articles and writing results.

readers.py (``read_inputs``: files, directories, stdin) uses decoding.py (bytes to text, bounded),
formats.py (txt, html, jsonl, csv), headers.py (a .txt headline and date line, HTML through
trafilatura) and articles.py (the one place an Article is made); export.py writes the results.
"""
