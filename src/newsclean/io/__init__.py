"""Side effects live here: decoding bytes, walking inputs, atomic writes, batch runs."""
