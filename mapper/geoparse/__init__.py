"""Finding and resolving place names: sentences, recognition, resolution, optional spaCy signal."""
