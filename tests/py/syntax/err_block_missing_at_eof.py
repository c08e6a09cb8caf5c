# The block this "if" promises never comes: the file ends first.
ready = True
if ready:
