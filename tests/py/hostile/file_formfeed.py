# a form feed before the indentation resets the column count
if True:
    print("form feed")
