"""The six kinds of entity, in the order the legend shows them; importing this loads no jieba."""

KINDS = ("person", "position", "place", "organization", "date", "quantity")
