"""Which device the Stanza models run on: the CPU (the default, with int8 LSTMs) or a CUDA GPU (in float).

Quantization (quantization.py) is torch's CPU-only int8 path, so on a GPU the models keep their float weights.
The fast paths (stanza_patches.py) run on either device: they build their tensors on the device of the tensors
they are given, or work on numpy arrays after Stanza's own `.cpu()`, and padded id tensors are made on the CPU,
as Stanza makes them, before its models move them.
"""

from __future__ import annotations

import os

from quotewire.engine.errors import DeviceError

DEVICE_ENV = "QUOTEWIRE_DEVICE"  # read by every engine that is not told its device (`quotewire serve` sets it)
CPU = "cpu"
CUDA = "cuda"
DEVICES = (CPU, CUDA)


def choose_device(device: str | None = None) -> str:
    """`device`, else $QUOTEWIRE_DEVICE, else "cpu", checked: "cpu", or "cuda" / "cuda:N" when torch sees that GPU.

    Raises DeviceError saying why and what to do instead, so a missing GPU stops a command at once rather than
    every worker failing on its own.
    """
    name = (os.environ.get(DEVICE_ENV, "") if device is None else device).strip().lower() or CPU
    if name == CPU:
        return CPU
    kind, colon, index = name.partition(":")
    if kind != CUDA or (colon and not index.isdigit()):
        raise DeviceError(name, "is not one quotewire runs on; use cpu or cuda (cuda:N for one GPU of several)")
    import torch

    if not torch.cuda.is_available():
        build = torch.version.cuda  # None: a CPU-only build of torch
        why = (f"this torch ({torch.__version__}) is a CPU-only build; install a CUDA build of torch"
               if build is None else f"torch (CUDA {build}) finds no GPU here; check the driver and "
                                     "CUDA_VISIBLE_DEVICES")
        raise DeviceError(name, f"is not available: {why}, or use --device cpu")
    count = torch.cuda.device_count()
    if colon and int(index) >= count:
        raise DeviceError(name, f"is not available: torch sees {count} GPU{'s' if count > 1 else ''} "
                                f"(cuda:0 to cuda:{count - 1})")
    return name


def quantizes(device: str) -> bool:
    """Whether the models' LSTMs may run in int8 on `device`: torch's dynamic quantization is a CPU path."""
    return device == CPU
