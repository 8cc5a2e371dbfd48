"""The library tree (publication → issue → section → article) and the entity lists beside it."""
