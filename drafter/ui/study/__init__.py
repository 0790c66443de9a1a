"""The study UI (学习): annotated reading, structure map, notes, comparison, outline
exercise, and the library's structures (结构). Thin views over :mod:`drafter.study`."""
