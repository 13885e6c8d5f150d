"""One extractor per kind of fact; each takes lines and segments, returns model objects."""
