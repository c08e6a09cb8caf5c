# a source file that starts with a UTF-8 byte order mark: the mark is not part of the first line
print("bom ok", len("é"))
