"""The rule layer: plain Python over one article's ArticleDoc (words, tags, heads, entities), with no Stanza,
torch or gRPC. Its stages, in order and with what each reads and writes, are listed in quotewire.engine.stages."""
