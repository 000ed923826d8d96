"""The NLP layer: everything that touches Stanza. It loads the bundled models (resources, int8 quantization), runs
the pipeline a step at a time, mends the tokenizer's output (title abbreviations, false contraction splits,
sentences too long to parse), and carries quotewire's fast paths and work-skipping patches of Stanza, all listed
in stanza_patches. Its product is a Stanza Document, which document.py turns into the rules' ArticleDoc."""
