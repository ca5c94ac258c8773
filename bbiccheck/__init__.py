"""bbiccheck: an offline, rule-based quality checker for Swedish BBIC child-welfare investigations."""

__version__ = "0.1.0"
