"""Evaluation harness: gold corpora, geoparsing metrics and a runner.

The analyser under test is any callable ``Article -> Doc``::

    from mapper.evaluation import evaluate, read_corpus
    report = evaluate(read_corpus("../shared/corpora/lgl.xml"), Pipeline().parse)
    print(report.format_table())
"""

from mapper.evaluation.corpora import (
    FORMATS,
    GoldArticle,
    GoldToponym,
    corpus_path,
    read_corpus,
    read_geovirus,
    read_gold_jsonl,
    read_lgl,
    shared_dir,
    sniff_format,
    write_gold_jsonl,
)
from mapper.evaluation.metrics import (
    PRF,
    ErrorRecord,
    Report,
    ResolutionStats,
    auc,
    end_to_end_accuracy,
    error_km,
    is_correct,
    match_exact,
    match_overlap,
    recognition,
    resolution_stats,
    write_errors,
)
from mapper.evaluation.runner import evaluate, evaluate_path

__all__ = [
    "FORMATS",
    "PRF",
    "ErrorRecord",
    "GoldArticle",
    "GoldToponym",
    "Report",
    "ResolutionStats",
    "auc",
    "corpus_path",
    "end_to_end_accuracy",
    "error_km",
    "evaluate",
    "evaluate_path",
    "is_correct",
    "match_exact",
    "match_overlap",
    "read_corpus",
    "read_geovirus",
    "read_gold_jsonl",
    "read_lgl",
    "recognition",
    "resolution_stats",
    "shared_dir",
    "sniff_format",
    "write_errors",
    "write_gold_jsonl",
]
