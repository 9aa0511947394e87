"""Reading articles (readers) and writing results (export)."""
