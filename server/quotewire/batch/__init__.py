"""Batch attribution of archives on Ray Data (the quotewire-server[batch] extra): `quotewire batch`, and
`attribute_dataset` for a Ray Dataset of articles."""

from quotewire.batch.inputs import InputError
from quotewire.batch.parts import OutputError
from quotewire.batch.run import Summary, attribute_dataset, batch_size_for, run_batch

__all__ = ["InputError", "OutputError", "Summary", "attribute_dataset", "batch_size_for", "run_batch"]
