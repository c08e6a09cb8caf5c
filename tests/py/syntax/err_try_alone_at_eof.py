# A try with neither except nor finally before the end of the file.
try:
    value = 1
