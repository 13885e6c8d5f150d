"""Minutebook: UK council meeting packs turned into a searchable, cited record."""

__version__ = "0.1.0"
