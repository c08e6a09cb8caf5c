# a triple-quoted string that never ends
doc = """Start of the docs

more text
