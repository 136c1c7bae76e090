"""armscontrol: an open, executable model of the nuclear arms-control system."""

__version__ = "0.1.0"
