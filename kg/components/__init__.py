"""spaCy components, one module each, registered with ``@Language.factory("kg_…")``.

Listed in pipeline order in :data:`kg.nlp.PIPELINE`; imported when the pipeline is built.
"""
