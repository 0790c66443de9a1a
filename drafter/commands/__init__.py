"""Sub-commands of the ``drafter`` CLI; each module has ``register(subparsers)``."""
